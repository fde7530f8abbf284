import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { locateQuote, toSearchText } from '../../src/core/check/locate-quote';
import { findPageSource } from '../../src/core/check/page-source';
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
