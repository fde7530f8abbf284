// browser.i18n.getMessage as a browser answers it, from the extension's own catalogs (public/_locales): named
// placeholders ($COUNT$) stand for their content ("$1"), which takes the substitutions; "$$" is a dollar sign.
// The fake browser of the DOM tests has no i18n of its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function catalog(locale: 'en' | 'zh_CN'): Catalog {
  const file = path.resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Catalog;
}

export function getMessageFrom(messages: Catalog) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message
      .split('$$')
      .map((part) => part.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => positional(placeholders[name.toLowerCase()] ?? '')))
      .join('$');
  };
}

/** Answer getMessage from this locale's catalog for the rest of the test file. */
export function useCatalog(locale: 'en' | 'zh_CN' = 'en'): void {
  const lookup = getMessageFrom(catalog(locale));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(lookup as typeof fakeBrowser.i18n.getMessage);
}
