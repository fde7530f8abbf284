import { expect, test } from 'vitest';
import type { FigureSummary } from '../../src/core/messages';
import { csvCell, exportFilename, figuresToCsv, figuresToJson } from '../../src/ui/popup/export-figures';

test.each([
  ['plain', 'revenue', 'revenue'],
  ['a comma', 'US$1,200 million', '"US$1,200 million"'],
  ['quotes', 'the "API" model', '"the ""API"" model"'],
  ['a newline', 'line one\nline two', '"line one\nline two"'],
  ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ['a plus', '+1 555', "'+1 555"],
  ['a minus', '-2+3', "'-2+3"],
  ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
  ['Chinese text', '营收3.12亿元', '营收3.12亿元'],
] as const)('csvCell: %s', (_, input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

test('numbers (including negative ones) and nulls are written as they are', () => {
  expect(csvCell(-0.25)).toBe('-0.25');
  expect(csvCell(null)).toBe('');
});

const figures: FigureSummary[] = [
  { index: 3, text: '$1.2 billion', verdict: 'conflict', explanation: 'Sources say "US$ 724 million", not this.', entity: 'zhipu', metric: 'revenue', period: '2025', value: 1.2e9, unit: 'USD', context: 'Zhipu made $1.2 billion,\nanalysts said' },
];

test('CSV has a header, one row per figure, the page URL and title, CRLF line ends and survives a round trip', () => {
  const csv = figuresToCsv({ url: 'https://example.org/a?b=1,2', title: 'Zhipu, "the" IPO' }, figures);
  expect(csv.startsWith('\uFEFFpage_url,page_title,index,verdict,figure,')).toBe(true);
  const body = csv.slice(1);
  // A minimal RFC 4180 reader: the cells must come back exactly.
  const cells: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.at(-1)!.push(cell), (cell = '');
    else if (c === '\r' && body[i + 1] === '\n') cells.at(-1)!.push(cell), (cell = ''), cells.push([]), i++;
    else cell += c;
  }
  expect(cells.at(-1)).toEqual([]);
  expect(cells[1]).toEqual([
    'https://example.org/a?b=1,2',
    'Zhipu, "the" IPO',
    '3',
    'conflict',
    '$1.2 billion',
    'zhipu',
    'revenue',
    '2025',
    '1200000000',
    'USD',
    'Sources say "US$ 724 million", not this.',
    'Zhipu made $1.2 billion,\nanalysts said',
  ]);
});

test('JSON carries the page and the figures unchanged', () => {
  const json = JSON.parse(figuresToJson({ url: 'https://example.org/', title: 'T' }, figures, new Date('2026-11-22T08:00:00Z')));
  expect(json).toEqual({ url: 'https://example.org/', title: 'T', exportedAt: '2026-11-22T08:00:00.000Z', figures });
});

test('file names carry the host and the date', () => {
  const when = new Date('2026-11-22T08:00:00Z');
  expect(exportFilename('https://www.reuters.com/tech/x', when, 'csv')).toBe('figure-check-www.reuters.com-2026-11-22.csv');
  expect(exportFilename('not a url', when, 'json')).toBe('figure-check-page-2026-11-22.json');
});
