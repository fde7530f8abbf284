// The imported claims a page's figures can be checked against, from the background (which holds the packs in the
// extension's IndexedDB). Only the figures' `entity|metric` keys are asked for: measured with 25,000 imported
// claims, the answer for a news page is a few hundred claims, where reading and indexing all of them on every page
// made the first mark come about a second later. Answers are kept per set of keys until the packs change.
import { browser } from 'wxt/browser';
import { claimKeys } from '../core/check/claim-keys';
import { packClaimsReplySchema, type Message, type PackClaimsReply } from '../core/messages';
import type { Figure } from '../core/types';
import { logOnce } from './log-once';

let cache: { stamp: number; keys: string; reply: Promise<PackClaimsReply | null> } | undefined;

export function packClaims(figures: readonly Figure[], stamp: number): Promise<PackClaimsReply | null> {
  const keys = claimKeys(figures);
  if (!keys.length) return Promise.resolve(null);
  const joined = keys.join(',');
  if (cache && cache.stamp === stamp && cache.keys === joined) return cache.reply;
  const message: Message = { type: 'fc:pack-claims', keys };
  const forget = (result: PackClaimsReply | null) => {
    // A background that was asleep or reloading answers next time; only a real answer is kept.
    if (!result && cache?.reply === reply) cache = undefined;
    return result;
  };
  const reply: Promise<PackClaimsReply | null> = browser.runtime
    .sendMessage(message)
    .then((raw: unknown) => {
      const parsed = packClaimsReplySchema.safeParse(raw);
      if (!parsed.success) {
        logOnce('imported claims: the background sent no usable answer', parsed.error);
        return null;
      }
      if (parsed.data.problem) logOnce('imported claims are unavailable', parsed.data.problem);
      return parsed.data;
    })
    .catch((error: unknown) => {
      logOnce('imported claims could not be fetched', error);
      return null;
    })
    .then(forget);
  cache = { stamp, keys: joined, reply };
  return reply;
}
