// Shared by the check-*.test.ts files: the seed articles, and figures built by hand at the offsets where a real
// sentence of an article states them (so these tests do not depend on the figure reader).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { basisOf } from '../../src/core/read/fact-basis';
import type { Claim } from '../../src/core/schema';
import type { Figure } from '../../src/core/types';

// ../shared beside the repository, found from this file (never an absolute path)
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../shared/seeds');

export const SEED_FILES = {
  'nbd-zhipu-api': '000_9a652af368e3c6b2.txt',
  'gate-archie-surge': '001_f68dae1760a913e2.txt',
  'zai-business-model': '002_1bae231617d47948.txt',
  'ainews-trillion-valuation': '003_6a847b168bbbcb3a.txt',
  'wanfu-loss-per-yuan': '004_f2eb2b930a638d5f.txt',
} as const;
export type SeedId = keyof typeof SEED_FILES;

export const seedText = (id: SeedId): string => readFileSync(path.join(SEEDS_DIR, SEED_FILES[id]), 'utf8');

type FigureProps = Omit<Figure, 'text' | 'start' | 'end' | 'valueMax' | 'kind' | 'qualifier' | 'basis' | 'segment' | 'evidence'> &
  Partial<Pick<Figure, 'valueMax' | 'kind' | 'qualifier' | 'basis' | 'segment' | 'evidence'>>;

/** Evidence as a sentence that names the company, the metric and the period beside the figure would give. */
export const stated = (props: Pick<Figure, 'entity' | 'metric' | 'period'>): Figure['evidence'] => ({
  entity: props.entity ? { text: props.entity, scope: 'sentence' } : null,
  metric: props.metric ? { text: props.metric, scope: 'sentence' } : null,
  period: props.period ? { text: props.period, scope: 'sentence' } : null,
});

/**
 * A figure reading `figureText` inside `sentence`, placed where the sentence stands in `text` (the first
 * occurrence of the sentence; the nth occurrence of the figure inside it).
 */
export function figureAt(text: string, sentence: string, figureText: string, props: FigureProps): Figure {
  const at = text.indexOf(sentence);
  if (at < 0) throw new Error(`sentence not in text: ${sentence}`);
  const inner = sentence.indexOf(figureText);
  if (inner < 0) throw new Error(`figure text not in sentence: ${figureText}`);
  const start = at + inner;
  return {
    text: figureText,
    start,
    end: start + figureText.length,
    valueMax: null,
    kind: props.unit === 'percent' ? 'percent' : props.unit === 'ratio' ? 'multiple' : 'money',
    qualifier: 'exact',
    segment: null,
    ...props,
    basis: props.basis !== undefined ? props.basis : basisOf(props.period, props.metric, props.qualifier ?? 'exact'),
    evidence: props.evidence ?? stated(props),
  };
}

/** A figure outside any page (start 0): for checks against the database alone. */
export const bare = (figureText: string, props: FigureProps): Figure => figureAt(figureText, figureText, figureText, props);

/** The source of a claim pack the reader imported, for checks against claims built by hand. */
export const packSources = (language: 'en' | 'zh') => [{ id: 'pack-source', title: 'A pack', outlet: 'Pack Times', author: null, date: null, language, file: 'x' }];

/** A claim of that pack, built by hand: its source is the pack's, its qualifier exact unless given. */
export const packClaim = (c: Omit<Claim, 'sourceId' | 'qualifier'> & { qualifier?: Claim['qualifier'] }): Claim => ({ qualifier: 'exact', sourceId: 'pack-source', ...c });

