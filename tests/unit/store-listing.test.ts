// What the stores get besides the packages: the listing texts in English and Chinese within the stores' limits
// (the short description is the manifest's), 1280×800 screenshots for both, and a changelog whose newest entry is
// package.json's version (which WXT writes into both manifests).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(ROOT, file));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['en', /[A-Za-z]/],
  ['zh_CN', /[\u4e00-\u9fff]/],
])('store listing %s', (locale, script) => {
  test('the short description is the manifest description and fits 132 characters', () => {
    const short = read(`store/${locale}/short-description.txt`).trim();
    const catalog = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>;
    expect(short).toBe(catalog.extDescription!.message);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  test('the long description is in its language and within 16,000 characters', () => {
    const long = read(`store/${locale}/description.md`);
    expect(long).toMatch(script);
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThanOrEqual(16_000);
  });

  test('there are screenshots at 1280×800', () => {
    const prefix = locale === 'en' ? 'en-' : 'zh-';
    const shots = readdirSync(path.join(ROOT, 'store/screenshots')).filter((f) => f.startsWith(prefix) && f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(2);
    for (const shot of shots) expect(pngSize(`store/screenshots/${shot}`), shot).toEqual({ width: 1280, height: 800 });
  });
});

test('the changelog’s newest entry is package.json’s version', () => {
  expect(/^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(pkg.version);
});
