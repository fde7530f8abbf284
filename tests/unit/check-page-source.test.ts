import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { locateQuote, searchTextSteps, toSearchText, type SearchText } from '../../src/core/check/locate-quote';
import { findPageSource, findPageSourceSteps } from '../../src/core/check/page-source';
import { SEED_FILES, seedText, type SeedId } from './check-helpers';

const db = bundledDatabase();

describe('the page is one of the sources when it contains their quotes', () => {
  test.each(Object.keys(SEED_FILES) as SeedId[])('%s is recognised from its own text', (id) => {
    const match = findPageSource(seedText(id), db.claims);
    expect(match.sourceId).toBe(id);
    expect(match.spans.length).toBeGreaterThan(0);
    expect(match.spans.every((s) => s.claim.sourceId === id)).toBe(true);
  });

  test('whatever the page did to whitespace and quote marks', () => {
    const text = seedText('gate-archie-surge').replace(/ /g, '\n  ').replace(/’/g, "'");
    expect(findPageSource(text, db.claims).sourceId).toBe('gate-archie-surge');
  });

  test('a page quoting one or two sentences of a source is not that source', () => {
    const quote = db.claims.find((c) => c.sourceId === 'gate-archie-surge')?.quote ?? '';
    const text = `An unrelated blog post. It cites: "${quote}" and moves on to other topics entirely.`;
    expect(findPageSource(text, db.claims).sourceId).toBeNull();
  });

  test('an unrelated text, an empty text and no claims give no source', () => {
    expect(findPageSource('Baidu said on Tuesday that revenue rose 3% to 32.5 billion yuan.', db.claims).sourceId).toBeNull();
    expect(findPageSource('', db.claims).sourceId).toBeNull();
    expect(findPageSource(seedText('nbd-zhipu-api'), []).sourceId).toBeNull();
  });
});

describe('locating a quote maps back to the original offsets', () => {
  test('collapsed whitespace and curly quotes', () => {
    const text = 'Intro.\n\n  Zhipu’s   revenue\twas 724 million yuan. End.';
    const at = locateQuote(toSearchText(text), "Zhipu's revenue was 724 million yuan");
    expect(at).not.toBeNull();
    const [s, e] = at as [number, number];
    expect(text.slice(s, e)).toBe('Zhipu’s   revenue\twas 724 million yuan');
  });

  test('a missing quote or an empty quote is null', () => {
    expect(locateQuote(toSearchText('some text'), 'other text')).toBeNull();
    expect(locateQuote(toSearchText('some text'), '   ')).toBeNull();
  });
});

// The normalisation written the plain way, one character at a time: toSearchText (a lookup table over typed arrays,
// in steps) must give exactly this.
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
function plainSearchText(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!space) {
        out += ' ';
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    const folded = FOLD[ch] ?? ch.toLowerCase();
    out += folded.length === 1 ? folded : ch;
    map.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    map.pop();
  }
  return { text: out, map };
}
const plain = (s: SearchText) => ({ text: s.text, map: Array.from(s.map) });

function run<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

describe('toSearchText gives the plain character-by-character normalisation', () => {
  const everyCodeUnit = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c)).join('');
  test.each([
    ['whitespace of every kind, collapsed and trimmed', '  Zhipu\u00a0raised\u2003 RMB\u3000300 million \t\n\r '],
    ['curly quotes, primes and dashes folded', '“Zhipu’s” ‘GLM’ 3′ 4″ 2024–2025 — −5%'],
    ['case folded, including letters that lower-case to two characters (kept as they are)', 'MiniMax İSTANBUL ΣΑΣ Straße'],
    ['Chinese text and astral characters (surrogate pairs, lone surrogates)', '智谱 营收 7亿元 \ud83d\ude00 \ud801\udc00 \ud800x'],
    ['nothing but whitespace', ' \n\t '],
    ['the empty text', ''],
    ['every UTF-16 code unit', everyCodeUnit],
  ])('%s', (_, text) => {
    expect(plain(toSearchText(text))).toEqual(plainSearchText(text));
  });

  test.each(Object.keys(SEED_FILES) as SeedId[])('on %s', (id) => {
    expect(plain(toSearchText(seedText(id)))).toEqual(plainSearchText(seedText(id)));
  });

  test('a long page is normalised in several steps, to the same result', () => {
    const text = (Object.keys(SEED_FILES) as SeedId[]).map(seedText).join('\n').repeat(4);
    const { value, pauses } = run(searchTextSteps(text));
    expect(pauses).toBeGreaterThan(2);
    expect(plain(value)).toEqual(plainSearchText(text));
  });
});

describe('findPageSourceSteps', () => {
  test.each(Object.keys(SEED_FILES) as SeedId[])('on %s, stepping through gives findPageSource, pausing once per quote at least', (id) => {
    const { value, pauses } = run(findPageSourceSteps(seedText(id), db.claims));
    expect(value).toEqual(findPageSource(seedText(id), db.claims));
    expect(pauses).toBeGreaterThanOrEqual(new Set(db.claims.map((c) => c.quote)).size);
  });
});
