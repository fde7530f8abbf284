// The popup's text: message() from the catalogs, in the browser's language. Headless Chromium was seen answering
// chrome.i18n.getMessage with "" for every key in an extension page opened after a content script had answered
// a message (Firefox answers; see the browser tests): rather than an empty popup, the English catalog's message.
import en from '../../../public/_locales/en/messages.json';
import { message, type MessageKey } from '../shared/i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Chrome's substitution rules: $NAME$ is its placeholder's content, $1…$9 the substitutions, $$ a dollar sign. */
export function fromCatalog(catalog: Catalog, key: string, substitutions: readonly string[] = []): string {
  const entry = catalog[key];
  if (!entry) return '';
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  return entry.message
    .split('$$')
    .map((part) => part.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => positional(named.get(name.toLowerCase()) ?? '')))
    .join('$');
}

export function popupMessage(key: MessageKey, substitutions?: string | string[]): string {
  const text = message(key, substitutions);
  if (text) return text;
  return fromCatalog(en as Catalog, key, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]);
}
