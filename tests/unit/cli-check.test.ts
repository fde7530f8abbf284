// The command-line check: its main function for the report and the error cases, and one real run through tsx
// reading stdin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, visibleTextOfHtml, type CliIO } from '../../scripts/check';
import type { Report } from '../../src/core/types';
import { SEEDS_DIR, SEED_FILES, seedText } from './check-helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-check-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: () => Buffer.from(stdin) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const gatePath = path.join(SEEDS_DIR, SEED_FILES['gate-archie-surge']);
const ainewsPath = path.join(SEEDS_DIR, SEED_FILES['ainews-trillion-valuation']);

describe('errors: one line on stderr and a non-zero exit', () => {
  test.each([
    ['a missing file', () => [path.join(dir, 'nope.txt')], /^check: cannot read .*nope\.txt: no such file$/],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x37, 0x25]))], /^check: .*latin1\.txt is not valid UTF-8 text$/],
    ['an empty file', () => [file('empty.txt', '  \n\t ')], /^check: .*empty\.txt is empty$/],
    ['HTML with no visible text', () => [file('blank.html', '<html><body><script>var revenue = "724 million yuan";</script></body></html>')], /^check: .*blank\.html has no visible text$/],
    ['no input', () => [], /^check: no input given; usage: /],
    ['an unknown option', () => [gatePath, '--yaml'], /^check: unknown option --yaml/],
    ['a directory', () => [dir], /^check: cannot read .*: is a directory$/],
  ])('%s', async (_name, args, message) => {
    const r = await run(args());
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});

describe('the report', () => {
  test('readable: a summary, the page source, flagged figures first', async () => {
    const r = await run([ainewsPath]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/: \d+ figures: \d+ flagged \((\d+ [a-z-]+(, )?)+\)/);
    // flagged figures come first
    const verdicts = lines.filter((l) => /^ {2}[a-z-]+ +[ *]“/.test(l)).map((l) => l.trim().split(/\s+/)[0] as string);
    const firstUnflagged = verdicts.findIndex((v) => !['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'].includes(v));
    expect(firstUnflagged).toBeGreaterThan(0);
    expect(verdicts.slice(firstUnflagged).some((v) => ['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'].includes(v))).toBe(false);
    expect(r.out).toContain('This page is a source in the database: AINews (ainews-trillion-valuation)');
  });

  test('--json: exactly one JSON document whose offsets index the text', async () => {
    const r = await run([gatePath, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.pageSource).toBe('gate-archie-surge');
    const text = seedText('gate-archie-surge');
    expect(report.figures.length).toBeGreaterThan(0);
    for (const f of report.figures) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      for (const key of ['value', 'valueMax', 'unit', 'kind', 'qualifier', 'entity', 'metric', 'period', 'basis', 'segment', 'evidence', 'verdict', 'explanation', 'claims', 'flagged'])
        expect(f).toHaveProperty(key);
      expect(Object.keys(f.evidence).sort()).toEqual(['entity', 'metric', 'period']);
      for (const c of f.claims) for (const key of ['claimId', 'sourceId', 'value', 'unit', 'verdict']) expect(c).toHaveProperty(key);
    }
  });

  test('--json: flagged, basis, segment and evidence as a reader of the page would give them', async () => {
    const r = await run(['-', '--json', '--date', '2026-04-02'], "Zhipu's revenue for 2025 was 7.24 billion yuan, the company said. Its cloud unit had sales of 1 billion yuan in 2025.");
    const [seven, cloud] = (JSON.parse(r.out) as Report).figures;
    expect(seven).toMatchObject({
      text: '7.24 billion yuan',
      flagged: true,
      basis: 'fy',
      segment: null,
      evidence: { entity: { text: 'Zhipu', scope: 'sentence' }, metric: { text: 'revenue', scope: 'sentence' }, period: { text: '2025', scope: 'sentence' } },
    });
    expect(cloud).toMatchObject({ text: '1 billion yuan', flagged: false, segment: 'cloud' });
  });

  test('HTML is read as the extension reads it: offsets index the visible text', async () => {
    const text = seedText('nbd-zhipu-api');
    const paragraphs = text.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    const html = `<!doctype html><html><head><title>t</title><style>.x{}</style></head><body><nav><script>var a = "9 billion yuan";</script></nav>${paragraphs.join('\n')}</body></html>`;
    const p = file('nbd.html', html);
    const r = await run([p, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    const visible = await visibleTextOfHtml(html);
    expect(visible).not.toContain('9 billion yuan');
    expect(report.pageSource).toBe('nbd-zhipu-api');
    expect(report.figures.length).toBeGreaterThan(0);
    for (const f of report.figures) expect(visible.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('input from stdin and options', () => {
  test('HTML on stdin is recognised and read as visible text', async () => {
    const html = '<!doctype html><html><body><p>Zhipu AI reported <b>revenue</b> of 7 billion yuan in 2025.</p><script>x = "5 billion yuan"</script></body></html>';
    const r = await run(['-', '--json'], html);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    const visible = await visibleTextOfHtml(html);
    for (const f of report.figures) expect(visible.slice(f.start, f.end)).toBe(f.text);
    expect(report.figures.some((f) => f.text.includes('5 billion'))).toBe(false);
  });

  test('--date sets the page date; a bad date is an error', async () => {
    const ok = await run(['-', '--json', '--date', '2025-07'], 'Zhipu AI said revenue was 190 million yuan.');
    expect(ok.code).toBe(0);
    const bad = await run(['-', '--date', 'July'], 'text');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('check: --date needs YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

describe('a real run', () => {
  test('npm run check -- - --json reads stdin', () => {
    const input = 'Zhipu AI reported revenue of 7 billion yuan in 2025, while Gate said revenue reached 724 million yuan.';
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '-', '--json'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as Report;
    expect(report.pageSource).toBeNull();
    for (const f of report.figures) expect(input.slice(f.start, f.end)).toBe(f.text);
  }, 60_000);

  test('an error exits non-zero with one line', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', path.join(dir, 'missing.html')], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
