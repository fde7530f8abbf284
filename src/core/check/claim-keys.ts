// The `entity|metric` keys of the claims a list of figures can be checked against: each figure's own, and the
// parts its arithmetic looks up (rd-ratio → rd-expense and revenue; revenue-growth → revenue). The content script
// asks for just these claims from the imported packs, not all of them.
import type { Figure } from '../types';
import { ruleFor } from './arithmetic';
import { indexKey } from './match-claims';

export function claimKeys(figures: readonly Pick<Figure, 'entity' | 'metric'>[]): string[] {
  const keys = new Set<string>();
  for (const { entity, metric } of figures) {
    if (!entity || !metric) continue;
    keys.add(indexKey(entity, metric));
    const rule = ruleFor(metric);
    if (rule?.kind === 'ratio') for (const m of [...rule.num, rule.den]) keys.add(indexKey(entity, m));
    else if (rule?.kind === 'growth') keys.add(indexKey(entity, rule.base));
  }
  return [...keys].sort();
}
