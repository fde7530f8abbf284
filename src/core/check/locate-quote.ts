// Find a claim's quote in a page's text whatever the page did to its whitespace, quotes and dashes (a quote
// copied from a .txt article must still be found in the visible text of the same article as HTML). Both sides
// are normalised the same way; a map leads back to offsets in the original text.
//
// A page can hold megabytes of text, so the normalisation is one pass over char codes through a lookup table
// (filled lazily, one entry per code unit met), into typed arrays, in steps (searchTextSteps) that a caller can
// spread over several tasks; toSearchText runs the same steps at once.
export interface SearchText {
  text: string;
  /** Original offset of every character of `text`. */
  map: ArrayLike<number>;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
const SPACE_RE = /\s/;

/** Per UTF-16 code unit: 0 = not looked at yet, -1 = whitespace, otherwise the folded code unit + 1. */
let table: Int32Array | null = null;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE_RE.test(ch))) return -1;
  if (code < 128) return (code >= 65 && code <= 90 ? code + 32 : code) + 1;
  const folded = FOLD[ch] ?? ch.toLowerCase();
  return (folded.length === 1 ? folded.charCodeAt(0) : code) + 1;
}

/** Characters normalised per step of searchTextSteps (about a millisecond of work). */
const STEP_CHARS = 1 << 16;
/** Characters per String.fromCharCode call when the output is turned into a string. */
const STRING_PIECE = 1 << 13;

const SPACE = 32;

/**
 * toSearchText in steps: it pauses (yields) after every STEP_CHARS characters, and returns the search text at the
 * end. Lowercased, quotes and dashes folded, runs of whitespace collapsed to one space, no leading or trailing space.
 */
export function* searchTextSteps(text: string): Generator<void, SearchText, void> {
  const n = typeof text === 'string' ? text.length : 0;
  const codes = table ?? (table = new Int32Array(65536));
  const out = new Uint16Array(n);
  const map = new Uint32Array(n);
  let length = 0;
  let space = true; // drop leading whitespace
  for (let from = 0; from < n; from += STEP_CHARS) {
    if (from > 0) yield;
    const to = Math.min(n, from + STEP_CHARS);
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let k = codes[code]!;
      if (k === 0) k = codes[code] = classify(code);
      if (k < 0) {
        if (!space) {
          out[length] = SPACE;
          map[length++] = i;
        }
        space = true;
        continue;
      }
      space = false;
      out[length] = k - 1;
      map[length++] = i;
    }
  }
  if (length > 0 && out[length - 1] === SPACE) length -= 1;
  const pieces: string[] = [];
  for (let a = 0; a < length; a += STRING_PIECE) {
    if (a > 0 && a % STEP_CHARS === 0) yield;
    pieces.push(String.fromCharCode.apply(null, out.subarray(a, Math.min(length, a + STRING_PIECE)) as unknown as number[]));
  }
  return { text: pieces.join(''), map: map.subarray(0, length) };
}

export function toSearchText(text: string): SearchText {
  const steps = searchTextSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Quotes are searched on every page: normalise each once.
const quoteCache = new Map<string, string>();
const MAX_CACHED = 5000;

/** Offsets [start, end) of the quote in the original text, or null. */
export function locateQuote(page: SearchText, quote: string): [number, number] | null {
  let needle = quoteCache.get(quote);
  if (needle === undefined) {
    needle = toSearchText(quote).text;
    if (quoteCache.size >= MAX_CACHED) quoteCache.clear();
    quoteCache.set(quote, needle);
  }
  if (!needle) return null;
  const at = page.text.indexOf(needle);
  if (at < 0) return null;
  const start = page.map[at];
  const last = page.map[at + needle.length - 1];
  return start === undefined || last === undefined ? null : [start, last + 1];
}
