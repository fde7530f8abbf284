// UI text from the extension's message catalogs (public/_locales/<locale>/messages.json): the browser picks the
// catalog of its own language (zh_CN for a Chinese browser) and falls back to en, the manifest's default_locale.
// Pages mark translated elements with data-i18n="<key>"; they hold the English text too, for tests without a
// browser.
import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../../../public/_locales/en/messages.json');

/** A message, with `substitutions` for its $1…$9 placeholders (Chrome's format: "$COUNT$ disagreements"). */
export function message(key: MessageKey, substitutions?: string | string[]): string {
  return substitutions === undefined ? browser.i18n.getMessage(key) : browser.i18n.getMessage(key, substitutions);
}

/**
 * Put each data-i18n element under `root` in the browser's language (textContent only) and set the language on
 * `root` (<html> for a document): a page that is not yet translated localises only its translated part.
 */
export function localise(root: Document | HTMLElement, lookup: (key: MessageKey) => string = message): void {
  const lang = lookup('htmlLang');
  if (lang) ('documentElement' in root ? root.documentElement : root).lang = lang;
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = lookup(node.dataset.i18n as MessageKey);
    if (text) node.textContent = text;
  }
}
