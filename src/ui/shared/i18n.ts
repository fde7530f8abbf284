// UI text from the extension's message catalogs (public/_locales/<locale>/messages.json), in the reader's language:
// the browser's by default (zh_CN for a Chinese browser, else en, the manifest's default_locale), or the one chosen
// in the options (a page calls setLanguage once its settings are loaded). The catalogs are bundled and read by the
// pure translator in src/core/i18n, because browser.i18n.getMessage cannot answer in another language than the
// browser's. Pages mark translated elements with data-i18n="<key>"; they hold the English text too.
import { browser } from 'wxt/browser';
import { chooseLanguage, LANG_TAG, translate, type Lang, type LanguageSetting, type MessageKey, type Substitutions } from '../../core/i18n/translate';

export type { Lang, MessageKey };

/** The browser's UI language ("zh-CN"), or null where there is no extension API (unit tests). */
export function browserLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? null : navigator.language;
  }
}

let current: Lang | null = null;

/** The language the UI speaks now. */
export function uiLanguage(): Lang {
  return (current ??= chooseLanguage('browser', browserLanguage()));
}

/** Speak `setting`'s language from now on ('page' is the browser's here: an extension page has no article). */
export function setLanguage(setting: LanguageSetting | Lang, pageTag: string | null = null): Lang {
  current = chooseLanguage(setting, browserLanguage(), pageTag);
  return current;
}

/** A message with its $1…$9 substitutions (Chrome's placeholder format: "$COUNT$ disagreements"). */
export function message(key: MessageKey, subs: string | number | Substitutions = []): string {
  return translate(uiLanguage(), key, typeof subs === 'string' || typeof subs === 'number' ? [subs] : subs);
}

/** The BCP 47 tag of the UI language, for `lang` attributes. */
export const uiLangTag = (): string => LANG_TAG[uiLanguage()];

/**
 * Put each data-i18n element under `root` in the UI language (textContent only) and set the language on `root`
 * (<html> for a document): a page that is not yet translated localises only its translated part.
 */
export function localise(root: Document | HTMLElement, lookup: (key: MessageKey) => string = message): void {
  const lang = lookup('htmlLang');
  if (lang) ('documentElement' in root ? root.documentElement : root).lang = lang;
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = lookup(node.dataset.i18n as MessageKey);
    if (text) node.textContent = text;
  }
}
