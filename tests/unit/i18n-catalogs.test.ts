// The message catalogs (public/_locales): the same keys in English and Chinese, every key a page names exists, the
// English text a page carries in its markup is the catalog's, and the manifest texts fit the stores' limits.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Catalog = Record<string, { message: string; description?: string }>;
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const en = catalog('en');
const zh = catalog('zh_CN');

/** data-i18n keys and the text each element carries in the page's markup. */
function pageStrings(): { page: string; key: string; text: string }[] {
  const out: { page: string; key: string; text: string }[] = [];
  for (const dir of readdirSync(path.join(ROOT, 'entrypoints'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const file = path.join(ROOT, 'entrypoints', dir.name, 'index.html');
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const m of html.matchAll(/<(\w+)[^>]*\sdata-i18n="([^"]+)"[^>]*>([^<]*)<\/\1>/g)) {
      out.push({ page: dir.name, key: m[2]!, text: m[3]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'") });
    }
  }
  return out;
}

describe('message catalogs', () => {
  test('English and Chinese have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  test('Chinese messages are written in Chinese', () => {
    // Exempt: the product name, the language tag, brand names that Chinese writes in Latin letters (MiniMax,
    // OpenAI) and messages without words (punctuation and placeholders: "、", "$period$$value$（$source$）").
    const brand = (key: string, m: { message: string }) => key.startsWith('entity_') && m.message === en[key]?.message;
    const wordless = (m: { message: string }) => !/[A-Za-z]/.test(m.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''));
    const untranslated = Object.entries(zh).filter(
      ([key, m]) => !['extName', 'htmlLang'].includes(key) && !brand(key, m) && !wordless(m) && !/[\u4e00-\u9fff]/.test(m.message),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
    expect(Object.keys(zh).filter((key) => brand(key, zh[key]!))).toEqual(['entity_minimax', 'entity_openai', 'entity_anthropic', 'entity_meta']);
  });

  test('every $name$ in a message is a placeholder of that message, in both languages (Chrome refuses others)', () => {
    for (const [locale, cat] of [['en', en], ['zh_CN', zh]] as const) {
      for (const [key, m] of Object.entries(cat) as [string, { message: string; placeholders?: Record<string, { content: string }> }][]) {
        for (const [, name] of m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          expect(m.placeholders?.[name!.toLowerCase()], `${locale}: ${key}: $${name}$`).toBeDefined();
        }
        // the same placeholders in both languages, so a substitution means the same thing in each
        expect(Object.keys(m.placeholders ?? {}).sort(), `${locale}: ${key}`).toEqual(
          Object.keys((en[key] as { placeholders?: object } | undefined)?.placeholders ?? {}).sort(),
        );
      }
    }
  });

  test('the manifest description fits the Chrome Web Store limit of 132 characters', () => {
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(zh.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  const strings = pageStrings();
  test('the pages name keys of the catalogs, with the English message as their markup text', () => {
    expect(strings.length).toBeGreaterThan(10);
    for (const { page, key, text } of strings) {
      expect(en[key], `${page}: ${key}`).toBeDefined();
      expect(text, `${page}: ${key}`).toBe(en[key]!.message);
    }
  });
});

test("no message carries a marker of its own making ({host}): parts are the browser's placeholders ($HOST$), declared", () => {
  const homemade = [...Object.entries(en), ...Object.entries(zh)].filter(([, m]) => /\{\w+\}/.test(m.message)).map(([k]) => k);
  expect(homemade).toEqual([]);
});
