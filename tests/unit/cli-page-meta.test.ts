// The command-line check and page metadata: a text file's header is metadata (offsets count from its body), the
// page date comes from the one shared rule (--date, the header, the markup) and reaches the reader, and a year in
// a URL or a title never becomes the date.
import { describe, expect, test } from 'vitest';
import { main, readHtmlPage, readTextPage, type CliIO } from '../../scripts/check';

interface JsonReport {
  pageDate: string | null;
  figures: { text: string; start: number; end: number; period: string | null }[];
}

async function runJson(args: string[], stdin: string): Promise<JsonReport> {
  const out: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => out.push(`ERR ${t}`), readStdin: () => Buffer.from(stdin) };
  expect(await main([...args, '--json'], io)).toBe(0);
  return JSON.parse(out.join('\n')) as JsonReport;
}

const BODY = 'Zhipu said its API revenue in March reached 100 million yuan, up 40% from February.';
const HEADER = 'URL: https://example.com/2023/05/zhipu-2023\nTITLE: Zhipu 2023 revenue\nDATE: 2026-04-02\nLANG: en\n---\n';

describe('a text file with a header', () => {
  test('offsets count from the body; the header DATE is the page date and dates the figures', async () => {
    const r = await runJson(['-'], HEADER + BODY);
    expect(r.pageDate).toBe('2026-04-02');
    const f = r.figures.find((x) => x.text === '100 million yuan')!;
    expect(f.start).toBe(BODY.indexOf('100 million yuan'));
    expect(BODY.slice(f.start, f.end)).toBe(f.text);
    // "in March" is read as of the page date
    expect(f.period).toBe('2026-03');
  });

  test('--date wins over the header', async () => {
    const r = await runJson(['-', '--date', '2025-05-01'], HEADER + BODY);
    expect(r.pageDate).toBe('2025-05-01');
    expect(r.figures.find((x) => x.text === '100 million yuan')?.period).toBe('2025-03');
  });

  test('DATE: unknown is no date; the years in the URL and the title are never used', async () => {
    const r = await runJson(['-'], HEADER.replace('2026-04-02', 'unknown') + BODY);
    expect(r.pageDate).toBeNull();
    expect(r.figures.find((x) => x.text === '100 million yuan')?.period).toBeNull();
    expect(r.figures.every((x) => x.start < BODY.length)).toBe(true);
  });

  test('the readable report says the page date it used', async () => {
    const out: string[] = [];
    const io: CliIO = { out: (t) => out.push(t), err: (t) => out.push(t), readStdin: () => Buffer.from(HEADER + BODY) };
    expect(await main(['-'], io)).toBe(0);
    expect(out.join('\n').split('\n')[1]).toBe('Page date: 2026-04-02.');
  });

  test('readTextPage: the header is not text', () => {
    const page = readTextPage(HEADER + BODY);
    expect(page).toMatchObject({ text: BODY, pageDate: '2026-04-02' });
    // the header's address, title and language are what the page says about itself, for extract's sources
    expect(page.about).toEqual({ url: 'https://example.com/2023/05/zhipu-2023', title: 'Zhipu 2023 revenue', siteName: null, lang: 'en' });
    expect(page.text).not.toContain('2023');
  });
});

describe('an HTML page', () => {
  const html = (head: string) =>
    `<!doctype html><html><head><title>Zhipu 2023 results</title>${head}</head><body><article><h1>Zhipu</h1><p>${BODY}</p></article></body></html>`;

  test('the date comes from the markup (meta, then JSON-LD, then <time>)', async () => {
    expect((await readHtmlPage(html('<meta property="article:published_time" content="2026-04-02T08:00:00+08:00">'))).pageDate).toBe('2026-04-02');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-02"}</script>';
    expect((await readHtmlPage(html(ld))).pageDate).toBe('2026-05-02');
    const r = await runJson(['-'], html(ld));
    expect(r.pageDate).toBe('2026-05-02');
    expect(r.figures.find((x) => x.text === '100 million yuan')?.period).toBe('2026-03');
  });

  test('a page without a date in its markup has none (not the title’s year)', async () => {
    expect((await readHtmlPage(html(''))).pageDate).toBeUndefined();
    expect((await readHtmlPage(html(''), '2025-01-31')).pageDate).toBe('2025-01-31');
  });
});
