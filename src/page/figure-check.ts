// The content script's work on one page, wired to an AbortSignal (the WXT ctx's), so that teardown is one place:
// scan and mark, popover on hover/focus, keyboard moves between flagged figures, re-scan when the page changes.
import type { PageReport, VerdictTally } from '../core/messages';
import type { Source } from '../core/schema';
import { explanationIn } from '../core/check/explain-in';
import type { Lang } from '../core/i18n/translate';
import { sourceLabel } from '../core/check/source-label';
import type { CheckedFigure, Verdict } from '../core/types';
import { verdictLabel } from '../ui/shared/verdicts';
import { createPopover, POPOVER_HOST_TAG } from '../ui/popover/popover';
import { removeAllMarks } from './apply-marks';
import { stepIndex } from './keyboard-nav';
import { removeDescriptions } from './mark-descriptions';
import { MarkIndex, type MarkedFigure } from './mark-index';
import { injectMarkStyles, MARK_TAG, removeMarkStyles } from './mark-styles';
import { buildPageReport } from './page-report';
import { scanPage, type Analyze } from './scan-page';
import { watchMutations } from './watch-mutations';
import { wireMarkEvents } from './wire-mark-events';

export interface PageState {
  enabled: boolean;
  /** Which verdicts count as flagged under the current sensitivity. */
  flagged: ReadonlySet<Verdict>;
  /** Mark figures with nothing to compare too (off by default). */
  markAll?: boolean;
  /** The language of cards, mark descriptions and the popup's report (English by default). */
  language?: Lang;
}

export interface FigureCheckOptions {
  analyze: Analyze;
  lookupSource(sourceId: string): Source | undefined;
  /** Re-read settings (and anything else a re-scan needs); called before every pass. */
  loadState(): Promise<PageState>;
  /** After every pass: the verdict counts (for the toolbar badge; the popup asks for the whole report). */
  onTally?(tally: VerdictTally): void;
  /** Quiet period before page changes are re-scanned. */
  debounceMs?: number;
  /** Least time between the end of one pass and a pass caused by page changes. */
  minIntervalMs?: number;
  log?(message: string, error?: unknown): void;
}

export interface FigureCheck {
  /** Re-read state and scan the whole page (runs one pass at a time; a call during a pass queues one more). */
  rescan(): Promise<void>;
  report(): PageReport;
  /** Resolves when no pass is running (so a report asked for during the first scan is complete). */
  whenIdle(): Promise<void>;
  reveal(index: number): boolean;
  /** Move focus to the next/previous flagged figure and open its popover. */
  step(direction: 'next' | 'previous'): boolean;
  /** Remove every mark and listener. */
  stop(): void;
}

const FLASH_MS = 1800;
const MIN_INTERVAL_MS = 1000;

export function startFigureCheck(doc: Document, options: FigureCheckOptions, signal: AbortSignal): FigureCheck {
  const index = new MarkIndex();
  const contexts = new Map<string, string>();
  let state: PageState = { enabled: false, flagged: new Set() };
  let pageSource: string | null = null;
  /** Figures read but not marked (nothing to compare): counted for the badge and the popup. */
  let quiet = 0;
  let running: Promise<void> | null = null;
  let again = false;
  const log = options.log ?? ((message: string, error?: unknown) => console.warn(`[figure-check] ${message}`, error ?? ''));

  const language = (): Lang => state.language ?? 'en';
  const popover = createPopover(doc, { lookup: options.lookupSource, pageSource: () => pageSource, language });
  const name = (id: string) => sourceLabel(options.lookupSource(id), id);
  const explain = (figure: CheckedFigure, source: string | null = pageSource) =>
    explanationIn(figure, { name, pageSource: source, lang: language() });
  const describe = (figure: CheckedFigure, source: string | null) => {
    const lang = language();
    return `${verdictLabel(figure.verdict, lang)}${lang === 'zh' ? '：' : '. '}${explain(figure, source)}`;
  };
  // Every handler is guarded: an error of ours is logged once and never reaches the page.
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture = false) =>
    target.addEventListener(
      type,
      (event) => {
        try {
          handler(event);
        } catch (error) {
          log(`${type} handler failed`, error);
        }
      },
      { capture, passive: type !== 'keydown', signal },
    );

  // Page changes: after a quiet period, and at most one pass per MIN_INTERVAL_MS (a live ticker must not keep the
  // page busy re-reading itself).
  let lastPassEnd = 0;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  const onPageChange = () => {
    const wait = Math.max(0, lastPassEnd + (options.minIntervalMs ?? MIN_INTERVAL_MS) - Date.now());
    if (changeTimer !== undefined) clearTimeout(changeTimer);
    changeTimer = setTimeout(() => {
      changeTimer = undefined;
      if (!signal.aborted) void rescan();
    }, wait);
  };
  signal.addEventListener('abort', () => clearTimeout(changeTimer), { once: true });
  const watch = watchMutations(
    doc,
    options.debounceMs ?? 250,
    onPageChange,
    () => index.prune(),
    signal,
  );

  function entryOf(target: EventTarget | null): MarkedFigure | undefined {
    const el = target as Element | null;
    if (!el || typeof el.closest !== 'function') return undefined;
    return index.get(el.closest(MARK_TAG)?.getAttribute('data-fc-id'));
  }

  function openFor(entry: MarkedFigure): void {
    const first = entry.marks[0];
    if (first?.isConnected) popover.open(first, entry.figure);
  }

  wireMarkEvents({ doc, popover, entryOf, openFor, step, listen, signal });

  function flaggedEntries(): MarkedFigure[] {
    return index.ordered(doc).filter((e) => state.flagged.has(e.figure.verdict));
  }

  function step(direction: 'next' | 'previous'): boolean {
    const flagged = flaggedEntries();
    if (!flagged.length) return false;
    const current = entryOf(doc.activeElement) ?? index.get(popover.anchor?.getAttribute('data-fc-id'));
    let at = current ? flagged.indexOf(current) : -1;
    if (current && at < 0) {
      // Focus is on an unflagged mark: continue from its place in the page.
      const all = index.ordered(doc);
      const pos = all.indexOf(current);
      const after = flagged.findIndex((e) => all.indexOf(e) > pos);
      at = direction === 'next' ? (after < 0 ? flagged.length : after) - 1 : after < 0 ? flagged.length : after;
    }
    const target = flagged[stepIndex(flagged.length, at, direction)];
    const mark = target?.marks[0];
    if (!target || !mark) return false;
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    mark.focus({ preventScroll: true });
    openFor(target);
    return true;
  }

  function reveal(i: number): boolean {
    const entry = index.ordered(doc)[i];
    const mark = entry?.marks[0];
    if (!entry || !mark) return false;
    // Smooth scrolling does not run in a hidden tab (Firefox pauses it), and there is nothing to watch there.
    const behavior = doc.visibilityState === 'hidden' ? 'auto' : 'smooth';
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    mark.focus({ preventScroll: true });
    for (const m of entry.marks) m.setAttribute('data-fc-flash', '');
    const unflash = setTimeout(() => entry.marks.forEach((m) => m.removeAttribute('data-fc-flash')), FLASH_MS);
    signal.addEventListener('abort', () => clearTimeout(unflash), { once: true });
    return true;
  }

  function report(): PageReport {
    return buildPageReport(doc, index, contexts, {
      enabled: state.enabled,
      pageSource,
      unmarked: quiet,
      explain: (f) => explain(f),
      lookup: options.lookupSource,
      lang: language(),
    });
  }

  // Counting is cheap on any page; the whole report (a summary and context line per figure) is built only when the
  // popup asks for it.
  function tally(): VerdictTally {
    const verdicts: VerdictTally['verdicts'] = {};
    for (const entry of index.list()) verdicts[entry.figure.verdict] = (verdicts[entry.figure.verdict] ?? 0) + 1;
    if (quiet) verdicts.unverified = (verdicts.unverified ?? 0) + quiet;
    return { url: doc.location?.href ?? '', enabled: state.enabled, verdicts };
  }

  function clearMarks(): void {
    popover.close();
    watch.pause();
    removeAllMarks(doc.body ?? doc.documentElement);
    watch.resume();
    removeDescriptions(doc);
    index.clear();
    contexts.clear();
    quiet = 0;
  }

  async function pass(): Promise<void> {
    const before = state;
    state = await options.loadState();
    if (signal.aborted) return;
    // Switching "mark every figure read" off must take the quiet marks away: start again from a clean page.
    // So must a change of language: the marks' descriptions are in the language they were made in.
    if (index.size && (!!before.markAll !== !!state.markAll || (before.language ?? 'en') !== language())) clearMarks();
    if (!state.enabled) {
      if (index.size) clearMarks();
      pageSource = null;
    } else {
      const outcome = await scanPage(
        doc,
        {
          index,
          contexts,
          analyze: options.analyze,
          flagged: state.flagged,
          markAll: state.markAll ?? false,
          describe,
          write: (apply) => {
            watch.pause();
            try {
              // The stylesheet goes in with the first marks, not before the page walk: a new stylesheet makes the
              // walk's first visibility check recompute every style on the page (~70 ms on 200,000 nodes).
              injectMarkStyles(doc);
              apply();
            } finally {
              watch.resume();
            }
          },
        },
        signal,
      );
      if (outcome.analysed) {
        pageSource = outcome.pageSource;
        quiet = outcome.quiet;
      }
      if (popover.anchor && !popover.anchor.isConnected) popover.close();
    }
    if (!signal.aborted) options.onTally?.(tally());
  }

  function rescan(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await pass();
        } catch (error) {
          log('scan failed', error);
        }
      } while (again && !signal.aborted);
      lastPassEnd = Date.now();
      running = null;
    })();
    return running;
  }

  function stop(): void {
    try {
      clearMarks();
      popover.destroy();
      removeMarkStyles(doc);
      doc.querySelectorAll(POPOVER_HOST_TAG).forEach((h) => h.remove());
    } catch (error) {
      log('cleanup failed', error);
    }
  }
  signal.addEventListener('abort', stop, { once: true });

  const whenIdle = async () => {
    while (running) await running;
  };

  return { rescan, report, whenIdle, reveal, step, stop };
}
