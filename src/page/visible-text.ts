// The page's readable text as one string, with a map from every offset back to a (text node, offset) pair.
// The command-line check (happy-dom) and the content script (real browser) both call this, so a figure found at
// offsets [a, b) by the core can be marked in the page. Rules, in brief:
//   - text inside form fields, code, scripts, SVG, frames, editable regions and hidden elements is left out
//     (figures there are never marked: code blocks and what the reader is typing must never change);
//   - each text node's whitespace characters (\n, \t, …) become spaces one for one, so offsets stay exact and the
//     only newlines in `text` are the block separators below;
//   - a newline separates text from different block elements (and stands in for <br>), so sentences from
//     separate blocks never merge; whitespace that only formats the HTML source between blocks is left out.
import { runSliced } from './yield-to-main';

export interface TextSegment {
  node: Text;
  /** Offsets of this node's text inside `text`; `end - start === node.data.length`. */
  start: number;
  end: number;
}

export interface VisibleText {
  text: string;
  segments: TextSegment[];
}

/** Inserted between text from different block elements and for <br>. Shared with the command-line check. */
export const BLOCK_SEPARATOR = '\n';

/** Elements whose whole subtree is never read (and so never marked). Upper-case tag names. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
  // Our own popover host: its text is ours, not the page's.
  'FC-POPOVER-HOST',
]);

/** Block-level elements: text on either side of (or inside) one of these is separated by BLOCK_SEPARATOR. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** The block-separator rule, exported so every reader of a page splits it the same way. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

const WHITESPACE_RE = /[\t\n\r\f\v]/g;

/** A text node's data as it appears in the collected text (whitespace characters become spaces, one for one). */
export function asCollected(data: string): string {
  return data.replace(WHITESPACE_RE, ' ');
}

/** Structural exclusions that need no layout: tag, hidden attribute, aria-hidden, editable regions. */
export function isExcludedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

/** Is the element rendered at all (its own box, ignoring `visibility`, which children may override)? */
function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (check.call(el)) return true;
    // `display: contents` has no box of its own, so checkVisibility() says false, yet its children render.
    return view.getComputedStyle(el).display === 'contents';
  }
  return view.getComputedStyle(el).display !== 'none';
}

/** Is text directly inside this element visible (`visibility` inherits, so the parent's computed value rules)? */
function isVisibleParent(el: Element, cache: Map<Element, boolean>): boolean {
  let visible = cache.get(el);
  if (visible === undefined) {
    const view = el.ownerDocument.defaultView;
    const v = view ? view.getComputedStyle(el).visibility : 'visible';
    visible = v !== 'hidden' && v !== 'collapse';
    cache.set(el, visible);
  }
  return visible;
}

/** The nearest block ancestor of a node (or the root when none is a block). */
function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root) {
    if (isBlockElement(el)) return el;
    el = el.parentElement;
  }
  return root;
}

const BLANK_RE = /^[ \t\n\r\f]*$/;

/**
 * Source-formatting whitespace between blocks (`</p>\n    <p>`), or at the start or end of a block, is not text
 * (innerText drops it too). Whitespace between inline elements (`<b>724</b> <i>million</i>`) is kept.
 */
function isLayoutWhitespace(node: Text): boolean {
  if (!BLANK_RE.test(node.data)) return false;
  const before = node.previousSibling;
  const after = node.nextSibling;
  const parent = node.parentElement;
  if (!before || !after) return !parent || isBlockElement(parent) || (!before && !after);
  const isBlock = (n: Node) => n.nodeType === 1 && (isBlockElement(n as Element) || (n as Element).tagName.toUpperCase() === 'BR');
  return isBlock(before) || isBlock(after);
}

/** Is any ancestor of `root` (exclusive) itself excluded? Lets callers pass a subtree of an excluded region. */
function insideExcluded(root: Node): boolean {
  for (let el = root.parentElement; el; el = el.parentElement) if (isExcludedElement(el)) return true;
  return false;
}

/**
 * Elements to leave out besides the structural exclusions, with their subtrees (page furniture: see
 * main-content.ts). Asked once per element the walk reaches, in document order.
 */
export type SkipElement = (el: Element) => boolean;

/** How many nodes the walk visits between two pauses of visibleTextSteps. */
const NODES_PER_STEP = 64;

/**
 * The walk of collectVisibleText in steps: it pauses (yields) every NODES_PER_STEP nodes and returns the text at
 * the end, so the same walk can run at once (collectVisibleText) or spread over several tasks
 * (collectVisibleTextSliced).
 */
export function* visibleTextSteps(root: Node, skip?: SkipElement): Generator<void, VisibleText, void> {
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  if (!doc || typeof doc.createTreeWalker !== 'function' || insideExcluded(root)) return { text: '', segments };
  if (root.nodeType === 1 && (isExcludedElement(root as Element) || !isRendered(root as Element))) {
    return { text: '', segments };
  }
  const visibility = new Map<Element, boolean>();
  // SHOW_ELEMENT | SHOW_TEXT. Rejecting an element skips its whole subtree, so each element is judged once.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node: Node): number {
      if (node.nodeType !== 1) return 1; // FILTER_ACCEPT
      const el = node as Element;
      if (isExcludedElement(el) || skip?.(el) || !isRendered(el)) return 2; // FILTER_REJECT
      return 1;
    },
  });
  let length = 0;
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'BR') pendingBreak = true;
      continue;
    }
    const textNode = node as Text;
    const data = textNode.data;
    if (!data || isLayoutWhitespace(textNode)) continue;
    const parent = textNode.parentElement;
    if (parent && !isVisibleParent(parent, visibility)) continue;
    const block = blockOf(textNode, root);
    if (length > 0 && (pendingBreak || block !== lastBlock)) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    pendingBreak = false;
    lastBlock = block;
    parts.push(asCollected(data));
    segments.push({ node: textNode, start: length, end: length + data.length });
    length += data.length;
  }
  return { text: parts.join(''), segments };
}

export function collectVisibleText(root: Node, skip?: SkipElement): VisibleText {
  const steps = visibleTextSteps(root, skip);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * collectVisibleText over several tasks: the walk yields to the main thread whenever it has run for `sliceMs`.
 * On a page that does not change meanwhile the result is collectVisibleText's; null when `signal` aborts. (If the
 * page changes between slices, the walk carries on from where it was, as a tree walker does; the scan checks every
 * piece is still in place before it marks it.)
 */
export async function collectVisibleTextSliced(
  root: Node,
  signal: AbortSignal,
  sliceMs = 25,
  skip?: SkipElement,
): Promise<VisibleText | null> {
  return runSliced(visibleTextSteps(root, skip), signal, sliceMs);
}

/** Index of the segment containing `offset` (a segment's end counts as inside it when `atEnd`), or -1. */
export function segmentIndexAt(segments: readonly TextSegment[], offset: number, atEnd = false): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (atEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (atEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface TextPiece {
  node: Text;
  /** Offsets inside `node.data`. */
  start: number;
  end: number;
  /** Where the piece starts in the collected text. */
  at: number;
}

/** The pieces of text nodes covering [start, end) of the collected text, in document order. */
export function piecesFor(segments: readonly TextSegment[], start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  if (end <= start) return pieces;
  let i = segmentIndexAt(segments, start);
  if (i < 0) {
    // `start` may fall on a separator: begin with the first segment after it.
    i = segments.findIndex((s) => s.start >= start);
    if (i < 0) return pieces;
  }
  for (; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.start >= end) break;
    const a = Math.max(start, s.start) - s.start;
    const b = Math.min(end, s.end) - s.start;
    if (b > a) pieces.push({ node: s.node, start: a, end: b, at: s.start + a });
  }
  return pieces;
}
