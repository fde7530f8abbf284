// The gate's company words are generated from the reader's alias table: the generated file must equal the
// derivation from the table as it is now (else run `npm run gate-words`), and every alias (as written, upper-case,
// in traditional characters, in a sentence with a digit) must pass the gate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENTITY_ALIASES, findMentions } from '../../src/core/read/aliases';
import { normalizeText } from '../../src/core/read/normalize';
import { deriveGatePattern } from '../../src/page/derive-gate-words';
import { GATE_COMPANY_PATTERN } from '../../src/page/gate-words';
import { hasCue, hasFiguresToCheck } from '../../src/page/has-figures-to-check';
import { gateWordsModule } from '../../scripts/make-gate-words';

const ALIASES = Object.entries(ENTITY_ALIASES).flatMap(([entity, list]) => list.map((alias) => [entity, alias] as const));

test('src/page/gate-words.ts is up to date with the alias table (else: npm run gate-words)', () => {
  const file = readFileSync(path.resolve(import.meta.dirname, '../../src/page/gate-words.ts'), 'utf8');
  expect(GATE_COMPANY_PATTERN).toBe(deriveGatePattern());
  expect(file).toBe(gateWordsModule(deriveGatePattern()));
});

describe('every alias the reader knows passes the gate', () => {
  test.each(ALIASES)('%s: "%s"', (_entity, alias) => {
    const sentence = `Figures from ${alias} for 2025 came out today.`;
    expect(hasCue(alias)).toBe(true);
    expect(hasFiguresToCheck(sentence)).toBe(true);
    expect(hasCue(alias.toUpperCase())).toBe(true);
  });
});

test('traditional spellings the reader reads as an alias pass too', () => {
  for (const text of ['騰訊', '科大訊飛', '階躍星辰', '商湯', '百度']) {
    expect(findMentions(normalizeText(text)).length).toBeGreaterThan(0);
    expect(hasCue(text)).toBe(true);
  }
});

test('a curly apostrophe and a non-breaking space are matched as the reader reads them', () => {
  expect(hasCue('China’s\u00a0AI market grew')).toBe(true);
});

describe('false friends: word parts are not aliases', () => {
  test.each(['metadata', 'xglm-7', 'kimiko', 'bernie sanders', 'gptx'])('%s', (text) => {
    expect(findMentions(normalizeText(text)).filter((m) => m.kind === 'company')).toEqual([]);
    expect(hasCue(text)).toBe(false);
  });
});
