// A generated claim pack of the size issue 11 asks for (20,000 claims, just under the 5 MB limit), for the
// options-page test and `npm run bench`. Generated, never committed: deterministic, so every run imports the same.
import type { ClaimPack } from '../../src/core/schema';
import { ENTITY_IDS, METRIC_IDS } from '../../src/core/vocabulary';

const PERIODS = Array.from({ length: 20 }, (_, i) => String(1990 + i)); // years no bundled claim speaks of

/** `claims` claims from `claims / 100` sources, padded with quote text until the JSON is about `bytes` long. */
export function bigPack(name: string, claims = 20_000, bytes = 5_000_000, prefix = 'big'): ClaimPack {
  const sources = Array.from({ length: Math.max(1, Math.round(claims / 100)) }, (_, i) => ({
    id: `${prefix}-source-${i + 1}`,
    title: `Generated source ${i + 1}`,
    outlet: 'Bench Wire',
    author: null,
    date: '2009-12-31',
    language: 'en' as const,
    file: `generated-${i + 1}.txt`,
  }));
  const base = JSON.stringify({ name, sources, claims: [] }).length;
  const perClaim = Math.floor((bytes - base) / claims);
  const list = Array.from({ length: claims }, (_, i) => {
    const claim = {
      id: `${prefix}-claim-${i + 1}`,
      entity: ENTITY_IDS[i % ENTITY_IDS.length]!,
      metric: METRIC_IDS[Math.floor(i / ENTITY_IDS.length) % METRIC_IDS.length]!,
      period: PERIODS[Math.floor(i / (ENTITY_IDS.length * METRIC_IDS.length)) % PERIODS.length]!,
      value: 1_000_000 + i * 37,
      unit: 'USD' as const,
      qualifier: 'exact' as const,
      sourceId: sources[i % sources.length]!.id,
      quote: '',
    };
    const room = perClaim - JSON.stringify(claim).length - 1;
    claim.quote = `Generated claim ${i + 1} ${'x'.repeat(240)}`.slice(0, Math.max(1, Math.min(240, room)));
    return claim;
  });
  return { name, sources, claims: list };
}
