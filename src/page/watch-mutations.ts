// Watch the page for text it adds or changes after load, in batches: one call to `onChange` per quiet period of
// `delay` ms. Our own marks, descriptions and popover are ignored; a removed mark only prunes (onPrune).
import { MARK_TAG } from './mark-styles';
import { hasDigits } from './has-figures-to-check';

const OWN_SELECTOR = `${MARK_TAG}, fc-popover-host, fc-descriptions`;
const MAX_WAIT_FACTOR = 4;

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OWN_SELECTOR);
}

/** <head> changes (our stylesheet, titles, scripts) never hold page text. */
function inHead(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('head');
}

function textOf(node: Node): string {
  return node.nodeType === 3 ? (node as Text).data : node.nodeType === 1 ? ((node as Element).textContent ?? '') : '';
}

export interface MutationWatch {
  /** Stop observing (call before writing marks) and resume afterwards, so our own writes are not seen. */
  pause(): void;
  resume(): void;
  disconnect(): void;
}

export function watchMutations(
  doc: Document,
  delay: number,
  onChange: () => void,
  onPrune: () => void,
  signal: AbortSignal,
): MutationWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let paused = false;
  // Debounced, but never for longer than MAX_WAIT_FACTOR × delay: a page that never stops changing (a ticker, a
  // feed adding items every few milliseconds) still gets its new figures marked while it changes.
  const schedule = () => {
    const now = Date.now();
    if (timer !== undefined) {
      if (now - pendingSince >= delay * MAX_WAIT_FACTOR) return;
      clearTimeout(timer);
    } else pendingSince = now;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, delay);
  };
  const handle = (records: MutationRecord[]) => {
    let relevant = false;
    let removedMark = false;
    for (const record of records) {
      if (inHead(record.target)) continue;
      if (isOwn(record.target)) {
        // The page rewrote the text inside one of our marks (a live figure): re-check it. Our own writes never
        // change text, and never touch the inside of a mark after creating it.
        const mark = (record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement)?.closest(MARK_TAG);
        if (mark && (record.type === 'characterData' || record.target === mark)) relevant = true;
        continue;
      }
      if (record.type === 'attributes') {
        // A region made editable (or no longer editable) after load: its marks must go, or it may be marked now.
        relevant = true;
        continue;
      }
      if (record.type === 'characterData') {
        relevant ||= hasDigits(textOf(record.target));
        continue;
      }
      if (record.target === doc.documentElement) {
        // <body> replaced, or something added next to it.
        relevant ||= Array.from(record.addedNodes).some((n) => !isOwn(n) && hasDigits(textOf(n)));
      }
      for (const node of Array.from(record.addedNodes)) {
        if (isOwn(node) || (node.nodeType === 1 && (node as Element).matches(OWN_SELECTOR))) continue;
        relevant ||= hasDigits(textOf(node));
      }
      for (const node of Array.from(record.removedNodes)) {
        if (node.nodeType === 1 && ((node as Element).matches(MARK_TAG) || (node as Element).querySelector(MARK_TAG))) {
          removedMark = true;
        }
      }
    }
    if (removedMark) onPrune();
    if (relevant) schedule();
  };
  const observer = new MutationObserver((records) => {
    try {
      handle(records);
    } catch (error) {
      console.warn('[figure-check] mutation handling failed', error);
    }
  });
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  };
  // The whole document, not just <body>: a single-page app may replace <body> itself.
  const start = () => observer.observe(doc.documentElement, options);
  start();
  const disconnect = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', disconnect, { once: true });
  return {
    pause() {
      if (paused) return;
      // Page changes that happened before our write still count.
      handle(observer.takeRecords());
      observer.disconnect();
      paused = true;
    },
    resume() {
      if (!paused || signal.aborted) return;
      paused = false;
      start();
    },
    disconnect,
  };
}
