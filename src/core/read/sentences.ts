// Sentence boundaries, computed once per text in one pass. A sentence ends at a line break, at `。！？!?`, or at a
// full stop followed by a space and a capital or a non-letter ("U.S. trading" and "Ltd. and" do not end one).
export interface Sentences {
  starts: number[];
  ends: number[];
}

const ABBREVIATIONS = /(?:\b(?:u\.s|inc|ltd|co|corp|no|vs|mr|ms|dr|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|est|e\.g|i\.e|etc)|\b[a-z])$/;

export function findSentences(norm: string, original: string): Sentences {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  const close = (end: number, next: number) => {
    if (end > start) {
      starts.push(start);
      ends.push(end);
    }
    start = next;
  };
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i]!;
    if (ch === '\n') close(i, i + 1);
    else if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?') close(i + 1, i + 1);
    else if (ch === '.') {
      const next = norm[i + 1];
      if (next !== ' ' && next !== undefined) continue;
      const after = original[i + 2];
      if (after !== undefined && after >= 'a' && after <= 'z') continue;
      if (ABBREVIATIONS.test(norm.slice(Math.max(0, i - 6), i))) continue;
      close(i + 1, i + 1);
    }
  }
  close(norm.length, norm.length);
  return { starts, ends };
}

/** Index of the sentence holding `pos` (binary search). */
export function sentenceIndexAt(s: Sentences, pos: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Start of the clause holding `pos`: after the last clause punctuation at or after `from` (at most 400 back). */
export function clauseStart(norm: string, pos: number, from: number): number {
  const limit = Math.max(from, pos - 400);
  for (let i = pos - 1; i >= limit; i--) {
    const ch = norm[i]!;
    if (ch === ',' || ch === ';' || ch === ':' || ch === '，' || ch === '；' || ch === '：' || ch === '。' || ch === '、') {
      // a thousands separator is not a clause break
      if (ch === ',' && /\d/.test(norm[i - 1] ?? '') && /\d/.test(norm[i + 1] ?? '')) continue;
      return i + 1;
    }
  }
  return limit;
}

// (", which …", and a clause of a past participle that dates the company or its product: ", relaunched in November last
// year,", ", founded in 2023,")
// (and one after a name set in apposition: ", the Beijing-based developer that listed in Hong Kong in January,")
const APPOSITION = String.raw`(?:(?:the|a|an)\s[^,\d]{0,60}?\s)?`;
const RELATIVE_OPEN = new RegExp(String.raw`,\s${APPOSITION}(?:which|who|whose|that|(?:first\s)?(?:re-?)?(?:launched|founded|listed|established|incorporated|rebranded|renamed|created|started|spun off|set up))\s[^,]*$`);
// (a relative clause opened by its pronoun only: a participle after a comma may be the sentence's own verb, ", launched
// its Hong Kong offering on Wednesday")
const PRONOUN_RELATIVE_OPEN = new RegExp(String.raw`,\s${APPOSITION}(?:which|who|that)\s[^,]*$`);

// (", after losing 168 million yuan in the first quarter,": an aside of what came before or despite, in a verb's -ing form)
const ING_ASIDE_OPEN = /,\s(?:after|before|despite)\s[a-z]+ing\s[^,;]*$/;
// (the change of the aside's own amount after its comma: ", up 17% from the year before")
const CHANGE_OF_AMOUNT_AFTER = /^\s?(?:up|down|rising|falling|growing|(?:a|an) (?:rise|increase|drop|decline|fall|gain|jump))(?![a-z])/;

/**
 * Whether a span stands in an aside opened by "after", "before" or "despite" and a verb in -ing that closes with a comma
 * before `pos`: "swung to a profit in the April-June period, after losing 168 million yuan in the first quarter, on revenue
 * of 7.38 billion yuan" (the aside tells of another moment than the clause the sentence goes on with).
 */
export function insideIngAside(norm: string, c: { start: number; end: number }, pos: number, sentStart: number): boolean {
  if (c.end >= pos || norm.slice(Math.max(sentStart, c.start - 100), c.start).search(ING_ASIDE_OPEN) < 0) return false;
  const at = norm.slice(c.end, pos).indexOf(',');
  // (not when what follows the comma is the change of the aside's own amount: "after spending 89.5 billion yuan in 2025, up
  // 17% from the year before")
  return at >= 0 && !CHANGE_OF_AMOUNT_AFTER.test(norm.slice(c.end + at + 1, pos));
}

// (an aside set between commas after a name: ", the group's preferred profit measure,", ", after subtracting 228 billion
// yuan of borrowings and bonds,")
// (and ", with a market value of about HK$97 billion as of Thursday,")
const ASIDE_OPEN = /,\s(?:the|a|an|its|their|after|before|including|excluding|net of|minus|less|plus|with)\s[^,]*$/;

/**
 * Whether a span stands in an aside between commas that closes before `pos` and follows a word of the sentence ("adjusted
 * EBITA, the group's preferred profit measure, dropped 19%", "Net cash, after subtracting … of borrowings, was"): the
 * aside names something else than what the sentence goes on to say.
 */
export function insideClosedAside(norm: string, c: { start: number; end: number }, pos: number, sentStart: number): boolean {
  const from = Math.max(sentStart, c.start - 100);
  const open = norm.slice(from, c.start).search(ASIDE_OPEN);
  if (open < 0) return false;
  // (looked for only up to `pos`: no scan ahead through the rest of the text)
  const at = c.end < pos ? norm.slice(c.end, pos).indexOf(',') : -1;
  const close = at < 0 ? -1 : c.end + at;
  // (a short aside, and the sentence's verb right after it: not "In the quarter, the group lifted capex to …, up 60%")
  return close >= 0 && close - (from + open) <= 110 && VERB_AFTER_ASIDE.test(norm.slice(close + 1, close + 16)) && !/[,;.]/.test(norm.slice(close + 1, pos));
}
const VERB_AFTER_ASIDE = /^\s?(?:was|were|is|are|stood|rose|fell|dropped|grew|jumped|climbed|declined|reached|came|totall?ed|amounted|increased|decreased|narrowed|widened|slipped|surged|slid|soared|hit|topped|remained|says|said|reported|posted|booked)(?![a-z])/;

/**
 * Whether a span stands in an aside set between two dashes that closes before `pos`: "the adjusted net loss – which
 * excludes share-based payments – fell to 708 million yuan" (the aside names what the measure leaves out).
 */
export function insideDashAside(norm: string, c: { start: number; end: number }, pos: number, sentStart: number): boolean {
  const open = norm.slice(Math.max(sentStart, c.start - 120), c.start).search(DASH_OPEN);
  if (open < 0) return false;
  return c.end < pos && DASH.test(norm.slice(c.end, pos));
}
/**
 * Whether a span stands in a Chinese clause of cause, 因…而 or 由于…而, that closes before `pos`: "经营利润率或因折旧增加而降至
 * 23%" (the depreciation is why the margin falls, not what falls).
 */
export function insideCauseZh(norm: string, c: { start: number; end: number }, pos: number): boolean {
  return CAUSE_OPEN_ZH.test(norm.slice(Math.max(0, c.start - 16), c.start)) && /^[^，。；,;]{0,16}而/.test(norm.slice(c.end, pos));
}
const CAUSE_OPEN_ZH = /(?:因|由于|由於)[^，。；,;因]{0,12}$/;
const DASH = /\s[–—-]\s/;
const DASH_OPEN = /\s[–—-]\s[^–—]*$/;

/**
 * Whether a span stands in a relative clause (", which …,", ", relaunched in …,") that closes before `pos`: "Baidu,
 * which made its models free in 2024, said it would cut prices by 40%", "Qwen, relaunched in November last year,
 * climbed to 138 million" (the clause is about something else than what follows it).
 */
export function insideClosedRelative(norm: string, c: { start: number; end: number }, pos: number, sentStart: number): boolean {
  const open = norm.slice(Math.max(sentStart, c.start - 120), c.start).search(RELATIVE_OPEN);
  if (open < 0) return false;
  return c.end < pos && norm.slice(c.end, pos).includes(',');
}

/**
 * Whether a span stands in a relative clause opened by "which", "who" or "that" that closes before `pos`: "Zhipu, the
 * developer that listed in Hong Kong in January, raised HK$6 billion" (the listing is the company's past).
 */
export function insidePronounRelative(norm: string, c: { start: number; end: number }, pos: number, sentStart: number): boolean {
  return c.end < pos && PRONOUN_RELATIVE_OPEN.test(norm.slice(Math.max(sentStart, c.start - 100), c.start)) && norm.slice(c.end, pos).includes(',');
}
