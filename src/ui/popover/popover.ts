// One popover per page, in an open shadow root on a host appended to <html> (outside <body>, so it never enters
// the page's innerText, and page CSS cannot reach it). It opens for a mark on hover or focus and closes on Escape,
// or shortly after the pointer leaves both mark and card (the grace delay lets the pointer cross the gap).
import type { Source } from '../../core/schema';
import { LANG_TAG, type Lang } from '../../core/i18n/translate';
import type { CheckedFigure } from '../../core/types';
import { buildPopoverContent, SUMMARY_ID, TITLE_ID } from './popover-content';
import { POPOVER_CSS } from './popover-styles';

export const POPOVER_HOST_TAG = 'fc-popover-host';
const GAP = 6;
const EDGE = 8;
const MIN_HEIGHT = 120;
/** A card is at most this share of the viewport high (it scrolls beyond): it must never bury the article. */
export const MAX_VIEWPORT_SHARE = 0.6;
export const CLOSE_DELAY_MS = 300;

export interface PopoverOptions {
  lookup(sourceId: string): Source | undefined;
  pageSource(): string | null;
  /** The language of the card (English when not given). */
  language?(): Lang;
}

export interface Popover {
  open(mark: HTMLElement, figure: CheckedFigure): void;
  close(options?: { returnFocus?: boolean }): void;
  scheduleClose(): void;
  cancelClose(): void;
  /** Place the card again next to its mark (after a scroll or resize). */
  reposition(): void;
  /** The mark the popover is open for, or null. */
  readonly anchor: HTMLElement | null;
  readonly host: HTMLElement | null;
  destroy(): void;
}

function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  // A constructed sheet is not subject to the page's CSP (style-src); fall back to <style> where that fails
  // (e.g. a content-script compartment that cannot hand the sheet to the page's DOM).
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in shadow) {
      const sheet = new Sheet();
      sheet.replaceSync(POPOVER_CSS);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // fall through
  }
  const style = doc.createElement('style');
  style.textContent = POPOVER_CSS;
  shadow.append(style);
}

/**
 * Where the card goes: below the mark, or above when there is no room below; when it fits on neither side, on the
 * roomier side with its height capped (it scrolls), so it never covers the mark. Always inside the viewport, and
 * never more than MAX_VIEWPORT_SHARE of it high.
 */
export function placeCard(
  anchor: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; placement: 'below' | 'above'; maxHeight: number | null } {
  const roomBelow = viewport.height - EDGE - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - EDGE;
  const cap = Math.floor(viewport.height * MAX_VIEWPORT_SHARE);
  let placement: 'below' | 'above';
  let maxHeight: number | null = card.height > cap ? cap : null;
  card = { width: card.width, height: Math.min(card.height, cap) };
  if (card.height <= roomBelow) placement = 'below';
  else if (card.height <= roomAbove) placement = 'above';
  else {
    placement = roomBelow >= roomAbove ? 'below' : 'above';
    maxHeight = Math.max(MIN_HEIGHT, Math.min(cap, placement === 'below' ? roomBelow : roomAbove));
  }
  const height = maxHeight ?? card.height;
  let top = placement === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  top = Math.max(EDGE, Math.min(top, viewport.height - EDGE - height));
  const left = Math.max(EDGE, Math.min(anchor.left, viewport.width - EDGE - card.width));
  return { top, left, placement, maxHeight };
}

export function createPopover(doc: Document, options: PopoverOptions): Popover {
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let anchor: HTMLElement | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  function ensureHost(): HTMLElement {
    if (host?.isConnected && card) return card;
    host = doc.createElement(POPOVER_HOST_TAG);
    host.setAttribute('data-fc-popover', '');
    sizeHost(null);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, doc);
    card = doc.createElement('div');
    card.className = 'fc-card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'false');
    card.setAttribute('aria-labelledby', TITLE_ID);
    card.setAttribute('aria-describedby', SUMMARY_ID);
    // A card that scrolls must be reachable by keyboard (axe: scrollable-region-focusable); focus inside it keeps it
    // open (see focusout below).
    card.tabIndex = 0;
    card.hidden = true;
    card.addEventListener('mouseenter', () => cancelClose());
    card.addEventListener('mouseleave', () => scheduleClose());
    card.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (next && (next === anchor || host?.contains(next) || card?.contains(next))) return;
      scheduleClose();
    });
    shadow.append(card);
    doc.documentElement.append(host);
    return card;
  }

  /**
   * The host covers exactly its card (nothing when closed), so it takes no clicks from the page outside the card
   * and its box is the card's: tests and user styles can measure it.
   */
  function sizeHost(box: { top: number; left: number; width: number; height: number } | null): void {
    if (!host) return;
    const b = box ?? { top: 0, left: 0, width: 0, height: 0 };
    host.setAttribute(
      'style',
      `all: initial !important; position: fixed !important; top: ${b.top}px !important; left: ${b.left}px !important; ` +
        `width: ${b.width}px !important; height: ${b.height}px !important; z-index: 2147483647 !important; ` +
        'display: block !important;',
    );
  }

  /** Outline every piece of the figure (`<b>724</b> million yuan` is two marks) while its card is open. */
  function setActive(mark: HTMLElement, on: boolean): void {
    const id = mark.getAttribute('data-fc-id');
    const pieces = id ? Array.from(doc.querySelectorAll(`fc-mark[data-fc-id="${CSS.escape(id)}"]`)) : [mark];
    for (const piece of pieces) {
      if (on) piece.setAttribute('data-fc-active', '');
      else piece.removeAttribute('data-fc-active');
    }
  }

  function cancelClose(): void {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  }

  function scheduleClose(): void {
    cancelClose();
    closeTimer = setTimeout(() => close(), CLOSE_DELAY_MS);
  }

  function close(opts: { returnFocus?: boolean } = {}): void {
    cancelClose();
    if (card) {
      card.hidden = true;
      card.replaceChildren();
    }
    sizeHost(null);
    if (anchor) {
      anchor.setAttribute('aria-expanded', 'false');
      setActive(anchor, false);
      if (opts.returnFocus) anchor.focus({ preventScroll: true });
    }
    anchor = null;
  }

  function open(mark: HTMLElement, figure: CheckedFigure): void {
    cancelClose();
    const target = ensureHost();
    if (anchor && anchor !== mark) {
      anchor.setAttribute('aria-expanded', 'false');
      setActive(anchor, false);
    }
    anchor = mark;
    mark.setAttribute('aria-expanded', 'true');
    setActive(mark, true);
    const lang = options.language?.() ?? 'en';
    // The card says which language it speaks: without it, it would inherit the page's (zh-CN on a Chinese page).
    target.lang = LANG_TAG[lang];
    host?.setAttribute('lang', LANG_TAG[lang]);
    target.replaceChildren(buildPopoverContent(doc, figure, options.lookup, options.pageSource(), lang));
    target.dataset.fcFor = mark.getAttribute('data-fc-id') ?? '';
    target.hidden = false;
    place();
  }

  /** Measure, then place; the card is fixed, so viewport coordinates are enough. */
  function place(): void {
    const target = card;
    const mark = anchor;
    if (!target || !mark || target.hidden) return;
    target.style.top = '0px';
    target.style.left = '0px';
    target.style.maxHeight = '';
    const rect = mark.getBoundingClientRect();
    const size = target.getBoundingClientRect();
    const view = doc.defaultView;
    const spot = placeCard(rect, size, {
      width: view?.innerWidth ?? doc.documentElement.clientWidth,
      height: view?.innerHeight ?? doc.documentElement.clientHeight,
    });
    if (spot.maxHeight !== null) target.style.maxHeight = `${spot.maxHeight}px`;
    target.style.top = `${spot.top}px`;
    target.style.left = `${spot.left}px`;
    target.dataset.placement = spot.placement;
    const placed = target.getBoundingClientRect();
    sizeHost({ top: placed.top, left: placed.left, width: placed.width, height: placed.height });
  }

  return {
    open,
    close,
    reposition: place,
    scheduleClose,
    cancelClose,
    get anchor() {
      return anchor;
    },
    get host() {
      return host;
    },
    destroy() {
      close();
      host?.remove();
      host = null;
      card = null;
    },
  };
}
