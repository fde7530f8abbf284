// The command-line check: `npm run check -- <file.html|file.txt|-> [--json] [--date YYYY-MM-DD]`.
// Reads a page (HTML through the same main-content and visible-text rules as the content script, so figures and
// offsets match what the extension marks; a text file without its `KEY: value … ---` header, so offsets count from
// the body), takes the page's date by the one rule the extension uses (src/core/page-meta.ts; --date wins), runs
// the figure reader and the cross-check against the bundled database, and prints one line per figure (flagged
// first) or, with --json, exactly one JSON document. Errors: one line on stderr, exit 1.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { analyzeText } from '../src/core/analyze';
import { bundledDatabase } from '../src/core/bundled-database';
import { metricLabel } from '../src/core/check/arithmetic';
import { formatValue } from '../src/core/check/format-value';
import { formatPeriod } from '../src/core/check/periods';
import { VERDICT_RANK, isFlagged } from '../src/core/check/severity';
import { sourceLabel } from '../src/core/check/source-label';
import type { CheckedFigure, Report, Verdict } from '../src/core/types';
import type { ClaimDatabase } from '../src/core/validate';
import { choosePageDate, parseTextHeader } from '../src/core/page-meta';
import { ENTITIES } from '../src/core/vocabulary';
import { pageDate } from '../src/page/page-date';
import { pageText } from '../src/page/page-text';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Buffer;
}

const USAGE = 'usage: npm run check -- <file.html|file.txt|-> [--json] [--date YYYY-MM-DD]';
const HTML_EXT_RE = /\.x?html?$/i;
const HTML_SNIFF_RE = /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i;

class CliError extends Error {}

interface Args {
  input: string;
  json: boolean;
  date: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let input: string | undefined;
  let json = false;
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--date') {
      date = argv[++i];
      if (!date || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new CliError(`--date needs YYYY, YYYY-MM or YYYY-MM-DD`);
    } else if (a === '-h' || a === '--help') throw new CliError(USAGE);
    else if (a.startsWith('--')) throw new CliError(`unknown option ${a}; ${USAGE}`);
    else if (input === undefined) input = a;
    else throw new CliError(`one input only; ${USAGE}`);
  }
  if (input === undefined) throw new CliError(`no input given; ${USAGE}`);
  return { input, json, date };
}

function readInput(input: string, io: CliIO): { text: string; html: boolean; name: string } {
  const name = input === '-' ? 'stdin' : input;
  let bytes: Buffer;
  try {
    bytes = input === '-' ? io.readStdin() : readFileSync(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new CliError(`cannot read ${name}: ${why}`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text`);
  }
  if (!raw.trim()) throw new CliError(`${name} is empty`);
  const html = input === '-' ? HTML_SNIFF_RE.test(raw) : HTML_EXT_RE.test(input);
  return { text: raw, html, name };
}

export interface ReadPage {
  /** The page text the figures' offsets count from. */
  text: string;
  /** The page's date by the shared rule (`given` first), or undefined. */
  pageDate: string | undefined;
  /** What the page says about itself (never page text): its address, title, site name and language, where given. */
  about: PageAbout;
}

export interface PageAbout {
  url: string | null;
  title: string | null;
  siteName: string | null;
  lang: string | null;
}

const known = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t && t.toLowerCase() !== 'unknown' ? t : null;
};

function aboutDocument(doc: Document): PageAbout {
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
  return {
    url: known(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url')),
    title: known(meta('og:title') ?? doc.title),
    siteName: known(meta('og:site_name')),
    lang: known(doc.documentElement.getAttribute('lang')),
  };
}

/**
 * An HTML page as the extension reads it: the visible text of its main content (pageText, the content script's
 * function) and its date from its markup (pageDate, the content script's function; `given` wins).
 */
export async function readHtmlPage(html: string, given?: string): Promise<ReadPage> {
  const window = new Window({
    url: 'http://localhost/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const body = doc.body;
    return { text: body ? pageText(body).text : '', pageDate: pageDate(doc, given), about: aboutDocument(doc) };
  } finally {
    await window.happyDOM.close();
  }
}

/** A text file (or stdin) as read: its header block is metadata, its body the page text; `given` wins. */
export function readTextPage(raw: string, given?: string): ReadPage {
  const { meta, body } = parseTextHeader(raw);
  const about = { url: known(meta.URL), title: known(meta.TITLE), siteName: null, lang: known(meta.LANG) };
  return { text: body, pageDate: choosePageDate({ given, header: meta.DATE }) ?? undefined, about };
}

/** The page's text as the extension reads it (see readHtmlPage). */
export async function visibleTextOfHtml(html: string): Promise<string> {
  return (await readHtmlPage(html)).text;
}

const subject = (f: CheckedFigure) =>
  f.entity && f.metric ? `${ENTITIES[f.entity]} ${metricLabel(f.metric)}, ${formatPeriod(f.period)}` : 'unattributed';

/** "85 figures: 19 flagged (5 magnitude, 14 page-conflict); 1 consistent, 14 related, 51 unverified". */
export function summary(report: Report): string {
  const counts = new Map<Verdict, number>();
  for (const f of report.figures) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => VERDICT_RANK[b[0]] - VERDICT_RANK[a[0]]);
  const list = (entries: [Verdict, number][]) => entries.map(([v, n]) => `${n} ${v}`).join(', ');
  const flagged = sorted.filter(([v]) => isFlagged(v));
  const rest = sorted.filter(([v]) => !isFlagged(v));
  const total = flagged.reduce((sum, [, n]) => sum + n, 0);
  return (
    `${report.figures.length} figures: ${total} flagged${flagged.length ? ` (${list(flagged)})` : ''}` +
    (rest.length ? `; ${list(rest)}` : '')
  );
}

export function formatReport(report: Report, name: string, db: ClaimDatabase, pageDate?: string): string {
  const lines = [`${name}: ${summary(report)}`];
  lines.push(pageDate ? `Page date: ${pageDate}.` : 'Page date: none stated (use --date YYYY-MM-DD to give one).');
  if (report.pageSource) {
    const source = db.sources.find((s) => s.id === report.pageSource);
    lines.push(
      `This page is a source in the database: ${sourceLabel(source, report.pageSource)} (${report.pageSource}); ` +
        `its own claims are marked * and verdicts compare it with the other sources.`,
    );
  }
  const row = (f: CheckedFigure) => [
    `  ${f.verdict.padEnd(13)} ${f.ownClaim ? '*' : ' '}“${f.text}” @${f.start}  ${subject(f)}: ${formatValue(f.value, f.unit, 4, f.valueMax)}${f.qualifier !== 'exact' ? ` (${f.qualifier})` : ''}`,
    `  ${''.padEnd(15)}${f.explanation}`,
  ];
  const flagged = report.figures.filter((f) => isFlagged(f.verdict));
  const rest = report.figures.filter((f) => !isFlagged(f.verdict));
  if (flagged.length) {
    lines.push('', 'Flagged:');
    flagged
      .slice()
      .sort((a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || a.start - b.start)
      .forEach((f) => lines.push(...row(f)));
  }
  if (rest.length) {
    lines.push('', flagged.length ? 'Other figures, in text order:' : 'Figures, in text order:');
    rest.forEach((f) => lines.push(...row(f)));
  }
  return lines.join('\n');
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    const input = readInput(args.input, io);
    const page = input.html ? await readHtmlPage(input.text, args.date) : readTextPage(input.text, args.date);
    if (!page.text.trim()) throw new CliError(`${input.name} has no ${input.html ? 'visible ' : ''}text`);
    const db = bundledDatabase();
    const report = analyzeText(page.text, db, page.pageDate ? { pageDate: page.pageDate } : {});
    const json = { pageDate: page.pageDate ?? null, ...report };
    io.out(args.json ? JSON.stringify(json, null, 2) : formatReport(report, input.name, db, page.pageDate));
    return 0;
  } catch (error) {
    const message = error instanceof CliError ? error.message : `failed: ${(error as Error).message}`;
    io.err(`check: ${message.split('\n')[0]}`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const io: CliIO = {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    readStdin: () => readFileSync(0),
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
