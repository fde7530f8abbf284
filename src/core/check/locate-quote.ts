// Find a claim's quote in a page's text whatever the page did to its whitespace, quotes and dashes (a quote
// copied from a .txt article must still be found in the visible text of the same article as HTML). Both sides
// are normalised the same way; a map leads back to offsets in the original text.
export interface SearchText {
  text: string;
  /** Original offset of every character of `text`. */
  map: number[];
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
const SPACE_RE = /\s/;
const isSpace = (code: number, ch: string): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE_RE.test(ch));

// Quotes are searched on every page: normalise each once.
const quoteCache = new Map<string, string>();
const MAX_CACHED = 5000;

export function toSearchText(text: string): SearchText {
  const out: string[] = [];
  const map: number[] = [];
  let space = true; // drop leading whitespace
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isSpace(text.charCodeAt(i), ch)) {
      if (!space) {
        out.push(' ');
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    const code = text.charCodeAt(i);
    const folded = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : (FOLD[ch] ?? ch.toLowerCase());
    out.push(folded.length === 1 ? folded : ch);
    map.push(i);
  }
  if (out[out.length - 1] === ' ') {
    out.pop();
    map.pop();
  }
  return { text: out.join(''), map };
}

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
