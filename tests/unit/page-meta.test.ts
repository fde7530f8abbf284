// The text-file header and the page date: one rule for the command-line check, the extension and the eval
// scripts. Metadata is never page text, and a year in a URL or a title never becomes the page's date.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { choosePageDate, normalisePageDate, parseTextHeader } from '../../src/core/page-meta';

const DEVSET = path.resolve(import.meta.dirname, '../../../shared/devset/articles');

describe('parseTextHeader', () => {
  test('a header block: metadata apart, the body after the --- line, offsets from the body', () => {
    const raw = 'URL: https://example.com/2024/05/zhipu-2023-revenue\nTITLE: Zhipu 2023 revenue\nDATE: 2026-02-13\nLANG: en\n---\nZhipu said revenue rose 31.8%.';
    const h = parseTextHeader(raw);
    expect(h.meta).toEqual({ URL: 'https://example.com/2024/05/zhipu-2023-revenue', TITLE: 'Zhipu 2023 revenue', DATE: '2026-02-13', LANG: 'en' });
    expect(h.body).toBe('Zhipu said revenue rose 31.8%.');
    expect(raw.slice(h.bodyStart)).toBe(h.body);
  });

  test.each([
    ['no header at all', 'Zhipu said revenue rose 31.8%.\n---\nmore'],
    ['a key line without the --- line', 'DATE: 2026-02-13\nZhipu said revenue rose 31.8%.'],
    ['a text line before the ---', 'URL: x\nZhipu said revenue rose.\n---\nbody'],
    ['a --- line first (a rule, not a header)', '---\nbody'],
    ['a lower-case key', 'date: 2026-02-13\n---\nbody'],
  ])('%s: the whole input is the body', (_name, raw) => {
    expect(parseTextHeader(raw)).toEqual({ meta: {}, body: raw, bodyStart: 0 });
  });

  test('Windows line ends and a byte-order mark', () => {
    const h = parseTextHeader('\ufeffDATE: 2025-08-29\r\nLANG: zh\r\n---\r\n商湯收入增72%');
    expect(h.meta).toEqual({ DATE: '2025-08-29', LANG: 'zh' });
    expect(h.body).toBe('商湯收入增72%');
  });

  test('only the first --- line ends the header; a later one is body text', () => {
    expect(parseTextHeader('DATE: unknown\n---\na\n---\nb').body).toBe('a\n---\nb');
  });

  test('every development-set article has a header of URL, TITLE, DATE, LANG', () => {
    const files = readdirSync(DEVSET).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const raw = readFileSync(path.join(DEVSET, f), 'utf8');
      const h = parseTextHeader(raw);
      expect(Object.keys(h.meta)).toEqual(['URL', 'TITLE', 'DATE', 'LANG']);
      expect(h.body.startsWith('URL:')).toBe(false);
      expect(raw.slice(0, h.bodyStart).endsWith('---\n')).toBe(true);
    }
  });
});

describe('normalisePageDate', () => {
  test.each([
    ['2026-02-13', '2026-02-13'],
    ['2026-02-13T08:30:00+08:00', '2026-02-13'],
    ['2026-02-13 08:30', '2026-02-13'],
    ['  2026-2-3 ', '2026-02-03'],
    ['2026/02/13', '2026-02-13'],
    ['2026年2月13日', '2026-02-13'],
    ['2026-02', '2026-02'],
    ['2026', '2026'],
    ['unknown', null],
    ['', null],
    ['2026-13-01', null],
    ['2026-02-30', null],
    ['20260213', null],
    ['724 million', null],
    ['Feb 13, 2026', null],
  ])('%s → %s', (value, expected) => {
    expect(normalisePageDate(value)).toBe(expected);
  });
});

describe('choosePageDate: --date, then the header, the meta tag, JSON-LD, <time>', () => {
  const all = { given: '2026-03-01', header: '2026-02-13', meta: '2025-12-31T23:00:00Z', jsonLd: '2025-11-01', time: '2025-10-01' };
  test.each([
    ['--date wins over everything', all, '2026-03-01'],
    ['then the header', { ...all, given: undefined }, '2026-02-13'],
    ['a header DATE of unknown is none', { ...all, given: undefined, header: 'unknown' }, '2025-12-31'],
    ['then JSON-LD', { jsonLd: '2025-11-01', time: '2025-10-01' }, '2025-11-01'],
    ['then <time>', { meta: 'not a date', time: '2025-10-01T10:00' }, '2025-10-01'],
    ['nothing', {}, null],
    ['only malformed values', { header: 'unknown', meta: 'yesterday', time: '' }, null],
  ])('%s', (_name, candidates, expected) => {
    expect(choosePageDate(candidates)).toBe(expected);
  });
});
