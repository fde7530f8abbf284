// Wiring of the content script's main part (loaded by the gate, src/page/gate.ts, once a page has something to
// check): settings and packs from storage, the core analysis, messages with the popup and background. Everything
// hangs off the gate's WXT ctx (its signal aborts on invalidation: marks, listeners and timers go). Messages come
// in through the gate, which owns the only runtime.onMessage listener, and are answered by `onMessage`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { bundledDatabase } from '../core/bundled-database';
import { messageSchema, type PageReport, type VerdictTally } from '../core/messages';
import { siteEnabled } from '../core/settings';
import type { Verdict } from '../core/types';
import type { ClaimDatabase } from '../core/validate';
import type { MainPart } from './gate-handover';
import { analyzePage } from './analyze-page';
import { startFigureCheck, type PageState } from './figure-check';
import { logOnce } from './log-once';
import { CONFLICT_VERDICTS } from './mark-styles';
import { pageDate } from './page-date';
import { withPacks } from './page-database';
import type { StoredPack } from '../storage/storage';
import { loadPacks, loadSettings, onStoredDataChange } from '../storage/storage';

const FLAGGED: Record<'conflicts' | 'rounding', ReadonlySet<Verdict>> = {
  conflicts: new Set(CONFLICT_VERDICTS),
  rounding: new Set<Verdict>([...CONFLICT_VERDICTS, 'rounding']),
};

export function startContentScript(ctx: ContentScriptContext): MainPart {
  const doc = document;
  // Built on first use (after the cheap gate): parsing the bundled claims costs ~20 ms, wasted on pages with
  // nothing to check.
  let packsNow: readonly StoredPack[] = [];
  let db: ClaimDatabase | null = null;
  const database = (): ClaimDatabase => (db ??= withPacks(bundledDatabase(), packsNow));

  async function loadState(): Promise<PageState> {
    const [settings, packs] = await Promise.all([loadSettings(), loadPacks()]);
    const enabled = siteEnabled(settings, location.hostname);
    if (enabled) {
      packsNow = packs;
      db = null; // withPacks memoises on the packs, so this is cheap when they did not change
    }
    return { enabled, flagged: FLAGGED[settings.sensitivity] };
  }

  const check = startFigureCheck(
    doc,
    {
      analyze: (text, signal) => analyzePage(text, database(), signal, { pageDate: pageDate(doc) }),
      lookupSource: (id) => database().sources.find((s) => s.id === id),
      loadState,
      onTally: (tally: VerdictTally) => {
        browser.runtime.sendMessage({ type: 'fc:report', tally }).catch(() => {
          // The background may be asleep or reloading; the popup asks again with fc:get-report.
        });
      },
      log: logOnce,
    },
    ctx.signal,
  );

  const onMessage = (raw: unknown): Promise<PageReport> | undefined => {
    if (ctx.signal.aborted) return undefined;
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    try {
      switch (message.type) {
        case 'fc:get-report':
          return check.whenIdle().then(() => check.report());
        case 'fc:reveal':
          check.reveal(message.index);
          return undefined;
        case 'fc:rescan':
          void check.rescan();
          return undefined;
        default:
          return undefined;
      }
    } catch (error) {
      logOnce('message handling failed', error);
      return undefined;
    }
  };
  ctx.onInvalidated(onStoredDataChange(() => void check.rescan()));
  ctx.addEventListener(window, 'wxt:locationchange', () => void check.rescan());
  void check.rescan();
  return { onMessage };
}
