// Wiring of the content script's main part (loaded by the gate, src/page/gate.ts, once a page has something to
// check): settings from storage, imported claims from the background, the core analysis, messages with the popup and background. Everything
// hangs off the gate's WXT ctx (its signal aborts on invalidation: marks, listeners and timers go). Messages come
// in through the gate, which owns the only runtime.onMessage listener, and are answered by `onMessage`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { bundledDatabase } from '../core/bundled-database';
import { messageSchema, type PageReport, type VerdictTally } from '../core/messages';
import { chooseLanguage } from '../core/i18n/translate';
import { siteEnabled } from '../core/settings';
import type { Figure } from '../core/types';
import type { ClaimDatabase } from '../core/validate';
import type { MainPart } from './gate-handover';
import { flaggedVerdicts } from '../ui/shared/verdicts';
import { analyzePage, type PageDatabase } from './analyze-page';
import { pageUrl, recall, rememberPage, type Remembered } from './reading-memory';
import { startFigureCheck, type PageState } from './figure-check';
import { logOnce } from './log-once';
import { pageDate } from './page-date';
import { withClaims } from './page-database';
import { loadPackStamp, loadSettings, onStoredDataChange } from '../storage/storage';
import { packClaims } from './pack-claims';

export function startContentScript(ctx: ContentScriptContext): MainPart {
  const doc = document;
  // The bundled database is built on first use (after the cheap gate): parsing it costs ~20 ms, wasted on pages
  // with nothing to check. Imported claims are asked for once the figures are read, and only those about the
  // page's companies and metrics (pack-claims.ts); with no packs imported nothing is asked.
  let packCount = 0;
  let last: ClaimDatabase | null = null;
  // Reading memory (reading-memory.ts): asked for and fed only when the reader turned it on.
  let memoryOn = false;
  let remembered: Remembered | null = null;
  const database = async (figures: readonly Figure[]): Promise<PageDatabase> => {
    const [extra, memory] = await Promise.all([
      packCount ? packClaims(figures, packStamp) : null,
      memoryOn ? recall(figures, pageUrl()) : null,
    ]);
    last = extra ? withClaims(bundledDatabase(), extra) : bundledDatabase();
    remembered = memory;
    return memory ? { ...last, remembered: memory } : last;
  };
  let packStamp = 0;

  async function loadState(): Promise<PageState> {
    const [settings, stamp] = await Promise.all([loadSettings(), loadPackStamp()]);
    const enabled = siteEnabled(settings, location.hostname);
    memoryOn = enabled && settings.memory;
    if (enabled) {
      packCount = stamp.count;
      packStamp = stamp.at;
    }
    // 'page' follows the article's own language (<html lang>), 'browser' the browser's
    const language = chooseLanguage(settings.language, browser.i18n.getUILanguage(), doc.documentElement.lang || null);
    return { enabled, flagged: flaggedVerdicts(settings.sensitivity), markAll: settings.markAll, language };
  }

  const check = startFigureCheck(
    doc,
    {
      analyze: async (text, signal) => {
        const date = pageDate(doc);
        const report = await analyzePage(text, database, signal, { pageDate: date });
        if (memoryOn && !signal.aborted) void rememberPage(doc, report.figures, text, pageUrl(), date ?? null);
        return report;
      },
      lookupSource: (id) =>
        (last ?? bundledDatabase()).sources.find((s) => s.id === id) ?? remembered?.sources.find((s) => s.id === id),
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
