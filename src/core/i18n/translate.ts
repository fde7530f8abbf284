// Messages in the reader's language, from the extension's catalogs (public/_locales/<locale>/messages.json), looked
// up without the browser: browser.i18n.getMessage always answers in the browser's own language, and the reader may
// choose another (the language setting), and the command line and unit tests have no browser at all. Both catalogs
// are bundled; substitution follows Chrome's rules, so the same catalogs stay valid for browser.i18n and the stores:
// `$name$` is the named placeholder's content, `$1`…`$9` the substitutions, `$$` a dollar sign.
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export type MessageKey = keyof typeof en;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const CATALOGS: Record<Lang, Record<string, Entry>> = { en, zh };

/** The BCP 47 tag of a language, for `lang` attributes. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** The catalog language for a BCP 47 tag or a browser locale ("zh-CN", "zh_TW", "en-GB"); null if neither. */
export function langOf(tag: string | null | undefined): Lang | null {
  const t = (tag ?? '').trim().toLowerCase();
  if (/^zh(?:[-_]|$)/.test(t)) return 'zh';
  if (/^en(?:[-_]|$)/.test(t)) return 'en';
  return null;
}

export type LanguageSetting = 'browser' | 'page' | 'en' | 'zh';

/**
 * The language to speak: the reader's choice, else the browser's (or, for 'page', the page's own `lang`, falling
 * back on the browser's where there is no page or it is in neither language); English when all else fails.
 */
export function chooseLanguage(setting: LanguageSetting, browserTag: string | null | undefined, pageTag: string | null = null): Lang {
  if (setting === 'en' || setting === 'zh') return setting;
  if (setting === 'page') return langOf(pageTag) ?? langOf(browserTag) ?? 'en';
  return langOf(browserTag) ?? 'en';
}

const substitute = (text: string, subs: readonly string[]) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

/** Substitutions: in order ($1, $2 …), or by the names of the message's placeholders ({ host: 'example.org' }). */
export type Substitutions = readonly (string | number)[] | Readonly<Record<string, string | number>>;

/** Named substitutions in the order the placeholders' contents ("$1", "$2" …) give them. */
function inOrder(entry: Entry, subs: Substitutions): string[] {
  if (Array.isArray(subs)) return subs.map(String);
  const named = subs as Readonly<Record<string, string | number>>;
  const args: string[] = [];
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    const at = /^\$(\d)$/.exec(placeholder.content);
    if (at && name in named) args[Number(at[1]) - 1] = String(named[name]);
  }
  return args;
}

/** The message `key` in `lang` with its substitutions; the English one when the language lacks it; '' if unknown. */
export function translate(lang: Lang, key: MessageKey | string, subs: Substitutions = []): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return '';
  const args = inOrder(entry, subs);
  const named = (name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return placeholder ? substitute(placeholder.content, args) : '';
  };
  // one pass, so a substituted value that holds "$1" or "$name$" is never read again
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, digit: string | undefined) => {
    if (whole === '$$') return '$';
    if (name !== undefined) return named(name);
    return args[Number(digit) - 1] ?? '';
  });
}

/** A translator bound to one language. */
export type Translator = (key: MessageKey | string, subs?: Substitutions) => string;
export const translator = (lang: Lang): Translator => (key, subs) => translate(lang, key, subs);
