// Pointer, focus and keyboard around the marks: hover or focus opens a figure's card (hover after a short delay,
// so sweeping the pointer across a paragraph does not flash cards); leaving closes it after the card's grace
// delay; Escape closes it; Alt+Shift+N / P step between flagged figures (not while the reader is typing).
import type { Popover } from '../ui/popover/popover';
import { isTypingTarget, navDirection, type NavDirection } from './keyboard-nav';
import type { MarkedFigure } from './mark-index';

const HOVER_DELAY_MS = 120;

export interface MarkEventDeps {
  doc: Document;
  popover: Popover;
  entryOf(target: EventTarget | null): MarkedFigure | undefined;
  openFor(entry: MarkedFigure): void;
  step(direction: NavDirection): boolean;
  /** Adds a guarded listener that is removed when `signal` aborts. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void, capture?: boolean): void;
  signal: AbortSignal;
}

export function wireMarkEvents({ doc, popover, entryOf, openFor, step, listen, signal }: MarkEventDeps): void {
  const insidePopover = (node: EventTarget | null) =>
    !!node && !!popover.host && (node === popover.host || popover.host.contains(node as Node));

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHover = () => {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = undefined;
  };
  signal.addEventListener('abort', cancelHover, { once: true });

  listen(doc, 'mouseover', (event) => {
    const entry = entryOf(event.target);
    if (!entry) return;
    if (popover.anchor === entry.marks[0]) {
      popover.cancelClose();
      return;
    }
    cancelHover();
    hoverTimer = setTimeout(() => {
      hoverTimer = undefined;
      if (!signal.aborted) openFor(entry);
    }, HOVER_DELAY_MS);
  });
  listen(doc, 'mouseout', (event) => {
    const from = entryOf(event.target);
    const to = (event as MouseEvent).relatedTarget;
    if (from && entryOf(to) !== from) cancelHover();
    if (!from || popover.anchor !== from.marks[0]) return;
    if (entryOf(to) === from || insidePopover(to)) return;
    popover.scheduleClose();
  });
  listen(doc, 'focusin', (event) => {
    const entry = entryOf(event.target);
    if (entry) openFor(entry);
  });
  listen(doc, 'focusout', (event) => {
    const from = entryOf(event.target);
    if (!from || popover.anchor !== from.marks[0]) return;
    if (insidePopover((event as FocusEvent).relatedTarget)) return;
    popover.scheduleClose();
  });
  listen(
    doc,
    'keydown',
    (event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Escape' && popover.anchor) {
        const focusWasOurs = !!entryOf(doc.activeElement) || insidePopover(doc.activeElement);
        popover.close({ returnFocus: focusWasOurs });
        return;
      }
      const direction = navDirection(key);
      if (!direction || isTypingTarget(key.target)) return;
      if (step(direction)) key.preventDefault();
    },
    true,
  );
  // The card is fixed-position: keep it next to its mark while the page scrolls or resizes.
  const reposition = () => popover.reposition();
  listen(doc, 'scroll', reposition, true);
  if (doc.defaultView) listen(doc.defaultView, 'resize', reposition);
}
