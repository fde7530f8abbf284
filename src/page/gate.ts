// The content script's cheap part, run on every page: one regex test of the page's text. Only when it passes is
// the heavy main part (zod, the core, the claims, the popover) loaded and started. Until then the gate keeps a
// cheap watch: text the page adds later (an infinite feed, a single-page app swapping its content) is tested in
// debounced batches, and a re-scan request re-tests the whole page. (No wxt:locationchange listener here: a
// single-page navigation that matters changes the DOM, which the watch sees; the listener costs milliseconds on
// every page. The main part listens for it once it runs.) The gate holds the only runtime.onMessage
// listener and hands messages to the main part once it runs; a report asked for before that loads the main part,
// so the popup sees exactly what it would see if the main part had run from the start.
//
// Keep this file (and everything it imports) tiny: it is compiled and run on every page the browser opens.
import { hasCue, hasDigits } from './has-figures-to-check';
import type { MainPart } from './gate-handover';

/** The little of the WXT ctx the gate uses (the entry passes the real one). */
export interface GateContext {
  readonly signal: AbortSignal;
}

/** Register a runtime.onMessage listener; return true from it to answer later through `respond`. */
export type Listen = (handler: (raw: unknown, respond: (answer: unknown) => void) => boolean) => () => void;

export interface GateOptions {
  /** Load and start the main part (called at most once). */
  load(): Promise<MainPart>;
  listen: Listen;
  /** Quiet period before text added by the page is tested. */
  debounceMs?: number;
  log(message: string, error?: unknown): void;
}

export type GateState = 'waiting' | 'loading' | 'running' | 'failed';

export interface Gate {
  state(): GateState;
  /** Resolves with the main part once it runs (loading it if needed). */
  loadMain(): Promise<MainPart>;
}

const DEBOUNCE_MS = 500;
/** A page that never stops changing is still tested at least this often (× debounce). */
const MAX_WAIT_FACTOR = 4;
/** Added elements whose text is never page text (their figures could never be marked). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const now = () => performance.now();
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: now() });
  } catch {
    // timings are optional
  }
}

function typeOf(raw: unknown): string | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith('fc:') ? type : undefined;
}

export function startGate(doc: Document, ctx: GateContext, options: GateOptions): Gate {
  let state: GateState = 'waiting';
  let main: Promise<MainPart> | null = null;
  // What the text seen so far has: a digit; a company or metric cue (null: not looked for yet, because there was
  // no digit: most pages stop at the cheaper digit test). Text added later only adds to these.
  let digit = false;
  let cue: boolean | null = null;
  const watching = new AbortController();
  const stopWatching = () => watching.abort();
  ctx.signal.addEventListener('abort', stopWatching, { once: true });

  /** The whole page, afresh (textContent holds at least the visible text; it is far cheaper than a walk). */
  const testPage = (): boolean => {
    const t0 = now();
    const text = doc.body?.textContent ?? '';
    digit = hasDigits(text);
    cue = digit ? hasCue(text) : null;
    measure('fc:read-and-gate', t0);
    return digit && cue === true;
  };

  /** A piece of text the page added: does the page now have both halves? */
  const testAdded = (text: string): boolean => {
    digit ||= hasDigits(text);
    if (cue === false) cue = hasCue(text);
    if (!digit) return false;
    // The first digit on a page never tested for cues: the whole page now (the added text is part of it).
    cue ??= hasCue(doc.body?.textContent ?? '');
    return cue;
  };

  function loadMain(): Promise<MainPart> {
    if (main) return main;
    stopWatching();
    state = 'loading';
    const t0 = now();
    main = options.load().then(
      (part) => {
        measure('fc:load-main', t0);
        state = 'running';
        return part;
      },
      (error: unknown) => {
        state = 'failed';
        options.log('could not load the main part', error);
        throw error;
      },
    );
    main.catch(() => undefined);
    return main;
  }

  // Messages: the gate's listener is the only one; once the main part is there (or on its way) it answers.
  const unlisten = options.listen((raw, respond) => {
    const type = typeOf(raw);
    if (!type || ctx.signal.aborted) return false;
    if (!main) {
      if (type === 'fc:rescan') {
        if (testPage()) void loadMain();
      }
      // Only a report needs the main part now: the popup gets what the main part says of this page.
      else if (type === 'fc:get-report') void loadMain();
    }
    if (!main) return false;
    main
      .then((part) => part.onMessage(raw))
      .then(respond, (error: unknown) => {
        options.log('message handling failed', error);
        respond(undefined);
      });
    return true;
  });
  ctx.signal.addEventListener('abort', unlisten, { once: true });

  if (testPage()) {
    void loadMain();
    return { state: () => state, loadMain };
  }

  // Nothing to check yet: watch for text the page adds, test it in batches.
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  const flush = () => {
    timer = undefined;
    if (main || watching.signal.aborted) return;
    const t0 = now();
    const nodes = pending;
    pending = new Set();
    const body = doc.body;
    let pass = false;
    for (const node of nodes) {
      if (!body?.contains(node)) continue;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el || NOT_TEXT.has(el.tagName) || el.closest('script, style, noscript, template')) continue;
      if ((pass = testAdded(node.textContent ?? ''))) break;
    }
    measure('fc:gate-changes', t0);
    if (pass) void loadMain();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      else for (const node of Array.from(record.addedNodes)) pending.add(node);
    }
    if (!pending.size) return;
    const t = Date.now();
    if (timer !== undefined) {
      if (t - pendingSince >= (options.debounceMs ?? DEBOUNCE_MS) * MAX_WAIT_FACTOR) return;
      clearTimeout(timer);
    } else pendingSince = t;
    timer = setTimeout(flush, options.debounceMs ?? DEBOUNCE_MS);
  });
  // The whole document, not just <body>: a single-page app may replace <body> itself.
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  watching.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      pending.clear();
    },
    { once: true },
  );
  return { state: () => state, loadMain };
}
