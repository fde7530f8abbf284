// The company a figure is about: the nearest company named before it in its sentence (not as an investor or
// rival), a group named right after it (then no single company), else the company the text is about so far.
import type { EntityId } from '../vocabulary';
import type { Mention } from './aliases';
import type { RawFigure } from './find-figures';
import { lowerBound } from './lower-bound';

const PRONOUN_START = /^\s*(?:its|it|the company|the firm|the group|their|they|该公司|公司|其)(?![a-z])/;
const APPOSITION = /^,?\s(?:(?:which|that) (?:is|was) )?(?:valued at|worth|with a valuation of|at a valuation of)\s(?:about |around |more than |over )?$/;

export function pickEntity(
  norm: string,
  mentions: Mention[],
  fig: RawFigure,
  sentStart: number,
  sentEnd: number,
  sentenceStartAt: (pos: number) => number = () => 0,
): EntityId | null {
  const i = lowerBound(mentions, fig.start);
  // "rival Moonshot AI, valued at US$3 billion": an apposition names the figure's owner even after "rival"
  const last = mentions[i - 1];
  if (last && last.start >= sentStart && last.end <= fig.start && APPOSITION.test(norm.slice(last.end, fig.start))) return last.entity;
  // nearest strong mention before the figure in its sentence (an index name there means no company)
  for (let j = i - 1; j >= 0 && mentions[j]!.start >= sentStart; j--) {
    const m = mentions[j]!;
    if (m.end > fig.start) continue;
    // "Rival Zhipu, which listed a day earlier, has gained 80%": the sentence's subject despite "rival"
    const opensSentence = m.start - sentStart <= 16 && (j === 0 || mentions[j - 1]!.start < sentStart);
    if (!m.weak || opensSentence) return m.entity;
  }
  // right after it: several companies listed are a group ("超 10 亿元的企业仅剩 MiniMax、智谱 AI、月之暗面"), one is the subject
  const near = new Set<EntityId | null>();
  const later = new Set<EntityId | null>();
  for (let j = i; j < mentions.length && mentions[j]!.start < sentEnd; j++) {
    const m = mentions[j]!;
    if (m.weak) continue;
    later.add(m.entity);
    if (m.start - fig.end <= 40) near.add(m.entity);
  }
  if (near.size > 1) return null;
  if (near.size === 1) return [...near][0]!;
  // "Nvidia shares fell 17%. Its revenue rose 94%.": a pronoun after a sentence about a company outside the
  // vocabulary refers to that company, so the figure is no tracked company's
  const k0 = lowerBound(mentions, sentStart) - 1;
  if (k0 >= 0 && PRONOUN_START.test(norm.slice(sentStart, sentStart + 16))) {
    const prevFrom = sentenceStartAt(mentions[k0]!.start);
    let first: Mention | null = null;
    for (let k = k0; k >= 0 && mentions[k]!.start >= prevFrom; k--) if (!mentions[k]!.weak && mentions[k]!.kind !== 'index') first = mentions[k]!;
    if (first && first.kind === 'other' && sentenceStartAt(sentStart - 1) === prevFrom) return null;
  }
  // carried from the text so far: the last company named as a subject
  for (let j = k0; j >= 0; j--) {
    const m = mentions[j]!;
    if (!m.weak && m.entity !== null) return m.entity;
  }
  if (later.size === 1) return [...later][0]!;
  // a headline before any company is named: the company the text names first, soon after
  for (let j = i; j < mentions.length && mentions[j]!.start < sentEnd + 400; j++) {
    const m = mentions[j]!;
    if (!m.weak && m.entity !== null && m.entity !== 'china-market') return m.entity;
  }
  // only weak mentions so far in the sentence ("backed by Alibaba"): better than nothing
  for (let j = i - 1; j >= 0 && mentions[j]!.start >= sentStart; j--) if (mentions[j]!.entity) return mentions[j]!.entity;
  return null;
}
