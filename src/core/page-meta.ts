// What a page says about itself, apart from its text: the header block of a saved text file and the page's
// publication date. Pure, no DOM: the command-line check, the content script (through src/page/page-date.ts) and
// the evaluation scripts share it, so a page has one date wherever it is read. Metadata is never page text: a year
// in a URL or a title is never the page's date and never reaches the reader.

/** Header keys that are metadata (the development set's): their lines never count as page text. */
export const HEADER_KEYS = ['URL', 'TITLE', 'DATE', 'LANG'] as const;

export interface TextHeader {
  /** The header's `KEY: value` lines, keys upper-case as written (`{ URL, TITLE, DATE, LANG }`). */
  meta: Record<string, string>;
  /** The text after the `---` line: the page text, which offsets count from. The whole input when no header. */
  body: string;
  /** Where `body` starts in the input (0 when there is no header). */
  bodyStart: number;
}

const HEADER_LINE_RE = /^([A-Z][A-Z_-]*):[ \t]?(.*)$/;

/**
 * Split a text file's header block from its body. A header is one or more lines `KEY: value` (KEY in capitals)
 * at the very start, ended by a line that is exactly `---`; anything else (no `---`, a line that is not
 * `KEY: value` before it, an empty header) means there is no header and the whole input is the body.
 *
 *   "URL: https://…\nTITLE: unknown\nDATE: 2026-02-13\nLANG: en\n---\nZhipu plans…"
 *     → meta { URL, TITLE, DATE: '2026-02-13', LANG: 'en' }, body "Zhipu plans…"
 */
export function parseTextHeader(raw: string): TextHeader {
  const none: TextHeader = { meta: {}, body: raw, bodyStart: 0 };
  if (typeof raw !== 'string') return { meta: {}, body: '', bodyStart: 0 };
  const meta: Record<string, string> = {};
  let at = raw.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first key
  for (let lines = 0; at < raw.length; lines++) {
    const nl = raw.indexOf('\n', at);
    const lineEnd = nl < 0 ? raw.length : nl;
    const line = raw.slice(at, lineEnd).replace(/\r$/, '');
    const next = nl < 0 ? raw.length : nl + 1;
    if (line === '---') {
      if (lines === 0) return none;
      return { meta, body: raw.slice(next), bodyStart: next };
    }
    const m = HEADER_LINE_RE.exec(line);
    if (!m) return none;
    meta[m[1]!] = m[2]!.trim();
    at = next;
  }
  return none;
}

/** Where a page's date can come from; each is a raw string as found (or absent). */
export interface PageDateCandidates {
  /** `--date` on the command line (or any date the caller insists on). */
  given?: string | null;
  /** A text file header's `DATE:` value (`unknown` means none). */
  header?: string | null;
  /** `<meta property="article:published_time">` (and its usual spellings). */
  meta?: string | null;
  /** JSON-LD `datePublished` of the page's article. */
  jsonLd?: string | null;
  /** `<time datetime>` (in the article when there is one). */
  time?: string | null;
}

/**
 * The order in which the candidates are trusted, most trusted first:
 *  1. `given`: the user said so (`--date`);
 *  2. `header`: written by whoever saved the text file;
 *  3. `meta`: the publisher's own machine-readable publication time;
 *  4. `jsonLd`: the same, in structured data (often a list of things, so second to the meta tag);
 *  5. `time`: a `<time datetime>` element, which may be an update time or a date in the text.
 * The first candidate that holds a valid date wins; a malformed one is skipped, not an error.
 */
export const PAGE_DATE_PRECEDENCE = ['given', 'header', 'meta', 'jsonLd', 'time'] as const;

// "2026-02-13", "2026-02-13T08:00:00+08:00", "2026-02"; also "2026/02/13" and "2026.02.13", "2026年2月13日"
const ISO_RE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/;
const CJK_RE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date string as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all it gives), or null when it is not a date:
 * `unknown`, an empty string, a month 13, a 31 February, a bare number that is not a plausible year.
 */
export function normalisePageDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const m = ISO_RE.exec(v) ?? CJK_RE.exec(v);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2199) return null;
  if (m[2] === undefined) return String(year);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return `${year}-${pad(month)}`;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The page's date from its candidates, by PAGE_DATE_PRECEDENCE; null when none holds a date. */
export function choosePageDate(candidates: PageDateCandidates): string | null {
  for (const key of PAGE_DATE_PRECEDENCE) {
    const date = normalisePageDate(candidates[key]);
    if (date) return date;
  }
  return null;
}
