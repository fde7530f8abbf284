// Is this page one of the database's sources? It is when its text contains that source's quotes: at least three
// of them, or at least half (whitespace-normalised). The best-covered source wins. Returns where each of the
// source's claims stands in the text so figures can be matched to the page's own claims. findPageSourceSteps is the
// same work in steps (the page's text normalised a slice at a time, then one step per quote), for a caller that
// must not hold a thread for long.
import type { Claim } from '../schema';
import { locateQuote, searchTextSteps } from './locate-quote';

export interface OwnClaimSpan {
  claim: Claim;
  start: number;
  end: number;
}

export interface PageSourceMatch {
  sourceId: string | null;
  spans: OwnClaimSpan[];
}

const MIN_QUOTES = 3;

export function findPageSource(text: string, claims: readonly Claim[]): PageSourceMatch {
  const steps = findPageSourceSteps(text, claims);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function* findPageSourceSteps(text: string, claims: readonly Claim[]): Generator<void, PageSourceMatch, void> {
  if (!text || !claims.length) return { sourceId: null, spans: [] };
  const page = yield* searchTextSteps(text);
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  let best: { sourceId: string; share: number; found: number; spans: OwnClaimSpan[] } | null = null;
  for (const [sourceId, list] of bySource) {
    const located = new Map<string, [number, number] | null>();
    const spans: OwnClaimSpan[] = [];
    for (const claim of list) {
      if (!located.has(claim.quote)) {
        located.set(claim.quote, locateQuote(page, claim.quote));
        yield;
      }
      const at = located.get(claim.quote);
      if (at) spans.push({ claim, start: at[0], end: at[1] });
    }
    const found = [...located.values()].filter(Boolean).length;
    const share = found / located.size;
    if (found < MIN_QUOTES && !(found > 0 && share >= 0.5)) continue;
    if (!best || share > best.share || (share === best.share && found > best.found))
      best = { sourceId, share, found, spans };
  }
  return best ? { sourceId: best.sourceId, spans: best.spans } : { sourceId: null, spans: [] };
}
