// One pass over the page: read the visible text, stop early when there is nothing to check, analyse in the core,
// then write all marks in batches. Figures already marked are updated in place, never marked twice.
import { FLAGGED, QUIET_VERDICTS } from '../core/check/severity';
import type { CheckedFigure, Report, Verdict } from '../core/types';
import { VERDICT_LABELS } from '../ui/shared/verdicts';
import { applyMarks, unwrapMark, type MarkRequest } from './apply-marks';
import { hasFiguresToCheck } from './has-figures-to-check';
import { describeMark, pruneDescriptions } from './mark-descriptions';
import { MARK_TAG } from './mark-styles';
import type { MarkIndex } from './mark-index';
import { pageTextSliced } from './page-text';
import { asCollected, piecesFor, type TextPiece } from './visible-text';
import { yieldToMain } from './yield-to-main';

export type Analyze = (text: string, signal: AbortSignal) => Promise<Report>;

export interface ScanOutcome {
  /** False when the cheap gate stopped the pass (nothing to check). */
  analysed: boolean;
  pageSource: string | null;
  added: number;
  /** Figures read but left unmarked because they have nothing to compare (the popup still counts them). */
  quiet: number;
}

/**
 * Marks written at once (one applyMarks call); groups are written until WRITE_MS have passed, then the scan yields.
 * Every yield lets the browser render, and on a huge page each frame re-lays out the marked paragraphs: 20 ms
 * (rather than 10) halves the frames and the time to all marks on 5 MB, and the task with its style work stays
 * under the 50 ms long-task mark (30 ms went over).
 */
const MARK_GROUP = 16;
const WRITE_MS = 20;
/** How long a slice of the text walk, or of sorting the figures, may run before it yields (long task: 50 ms). */
const SLICE_MS = 15;
const CONTEXT_CHARS = 90;

/**
 * Figures worth a mark: by default only those with something to say (a warning, a rounding gap, an agreement,
 * sources for other periods). "Not in the database" figures were 271 of 438 marks on the seed pages and buried the
 * rest; `markAll` (the "mark every figure read" setting) brings them back. An unchecked figure is never marked.
 */
export function shouldMark(figure: CheckedFigure): boolean {
  return !QUIET_VERDICTS.has(figure.verdict);
}

/** With "mark every figure read": everything the core could read as about something. */
export function shouldMarkAll(figure: CheckedFigure): boolean {
  return figure.verdict !== 'unchecked';
}

function contextOf(text: string, start: number, end: number): string {
  let a = Math.max(0, start - CONTEXT_CHARS);
  let b = Math.min(text.length, end + CONTEXT_CHARS);
  const lineStart = text.lastIndexOf('\n', start - 1);
  const lineEnd = text.indexOf('\n', end);
  if (lineStart + 1 > a) a = lineStart + 1;
  if (lineEnd !== -1 && lineEnd < b) b = lineEnd;
  return `${a > lineStart + 1 ? '…' : ''}${text.slice(a, b).replace(/\s+/g, ' ').trim()}${b < (lineEnd === -1 ? text.length : lineEnd) ? '…' : ''}`;
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Timings on the page's performance timeline (DevTools › Performance, or performance.getEntriesByName). */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: now() });
  } catch {
    // not available: timings are optional
  }
}

function markOf(node: Node): Element | null {
  return node.parentElement?.closest(MARK_TAG) ?? null;
}

/**
 * Only a warning is a tab stop: crossing an article took 90 presses of Tab when every figure was one. The other
 * marks stay focusable from script (-1), so Alt+Shift+N/P, the popup's reveal and a click reach them.
 */
function firstMarkAttributes(
  doc: Document,
  mark: HTMLElement,
  id: string,
  figure: CheckedFigure,
  flagged: ReadonlySet<Verdict>,
  describe: Describe,
  pageSource: string | null,
): void {
  mark.setAttribute('tabindex', flagged.has(figure.verdict) ? '0' : '-1');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-expanded', 'false');
  describeMark(doc, mark, id, describe(figure, pageSource));
}

/** A mark's screen-reader description: its verdict and explanation, in the reader's language. */
export type Describe = (figure: CheckedFigure, pageSource: string | null) => string;
const describeInEnglish: Describe = (figure) => `${VERDICT_LABELS[figure.verdict]}. ${figure.explanation}`;

export interface ScanState {
  index: MarkIndex;
  /** The sentence around each marked figure, by mark id (for the popup). */
  contexts: Map<string, string>;
  analyze: Analyze;
  /** The verdicts that are warnings at the reader's sensitivity: only their marks are tab stops. */
  flagged?: ReadonlySet<Verdict>;
  /** Mark figures with nothing to compare too (the "mark every figure read" setting). */
  markAll?: boolean;
  /** Runs each synchronous write (so a mutation watcher can ignore our own changes). */
  write?: (apply: () => void) => void;
  /** The marks' descriptions (English, the checker's own line, by default). */
  describe?: Describe;
}

/** Inside a region the reader can edit: an editor must never save our elements with the text. */
function isEditable(el: Element): boolean {
  if (el.ownerDocument.designMode === 'on') return true;
  const flag = (el as HTMLElement).isContentEditable;
  return typeof flag === 'boolean' ? flag : !!el.closest('[contenteditable]:not([contenteditable="false"])');
}

/**
 * Unwrap marks whose text the page has changed since they were made (their figure is read afresh), and marks in a
 * region that has become editable since ("edit in place" buttons, design mode).
 */
function dropStaleMarks(index: MarkIndex, write: (apply: () => void) => void): void {
  const stale = index
    .list()
    .filter(
      (e) =>
        asCollected(e.marks.map((m) => m.textContent ?? '').join('')) !== e.figure.text || e.marks.some(isEditable),
    );
  if (!stale.length) return;
  write(() => {
    for (const entry of stale) {
      for (const mark of entry.marks) unwrapMark(mark);
      index.delete(entry.id);
    }
  });
}

export async function scanPage(doc: Document, state: ScanState, signal: AbortSignal): Promise<ScanOutcome> {
  const { index, contexts, analyze } = state;
  const flagged = state.flagged ?? FLAGGED;
  const markAll = state.markAll ?? false;
  const describe = state.describe ?? describeInEnglish;
  const write = state.write ?? ((apply: () => void) => apply());
  index.prune();
  dropStaleMarks(index, write);
  const body = doc.body;
  // A document in design mode is an editor as a whole: nothing in it is marked.
  if (!body || doc.designMode === 'on') return { analysed: false, pageSource: null, added: 0, quiet: 0 };
  const t0 = now();
  // textContent holds at least the visible text, so when it has nothing to check neither has the page; it is far
  // cheaper than walking the nodes.
  if (!hasFiguresToCheck(body.textContent ?? '')) {
    measure('fc:read-and-gate', t0);
    return { analysed: false, pageSource: null, added: 0, quiet: 0 };
  }
  // The main content's text, furniture left out; the walk over the page's nodes runs in slices (a large page takes
  // longer than a task should).
  const visible = await pageTextSliced(body, signal, SLICE_MS);
  if (!visible) {
    measure('fc:read-and-gate', t0);
    return { analysed: false, pageSource: null, added: 0, quiet: 0 };
  }
  const { text, segments } = visible;
  const gated = !hasFiguresToCheck(text);
  measure('fc:read-and-gate', t0);
  if (gated) return { analysed: false, pageSource: null, added: 0, quiet: 0 };
  const t1 = now();
  const report = await analyze(text, signal);
  measure('fc:analyse', t1);
  if (signal.aborted) return { analysed: true, pageSource: report.pageSource, added: 0, quiet: 0 };

  // A piece is still valid when its node is in the page and still holds, at the same offsets, the text read.
  // (Marking splits nodes but keeps the front part in the original node, so marking from the end backwards keeps
  // every earlier piece valid.)
  const fresh = (p: TextPiece) =>
    p.node.isConnected && asCollected(p.node.data.slice(p.start, p.end)) === text.slice(p.at, p.at + p.end - p.start);

  // Sorting the figures into new marks and refreshed ones also runs in slices (tens of thousands on a long page).
  const requests: { request: MarkRequest; figure: CheckedFigure; context: string }[] = [];
  let since = now();
  let quiet = 0;
  for (const figure of report.figures) {
    if (now() - since >= SLICE_MS) {
      await yieldToMain();
      if (signal.aborted) return { analysed: true, pageSource: report.pageSource, added: 0, quiet: 0 };
      since = now();
    }
    if (!(markAll ? shouldMarkAll(figure) : shouldMark(figure))) {
      if (figure.verdict === 'unverified') quiet += 1;
      continue;
    }
    const pieces = piecesFor(segments, figure.start, figure.end);
    if (!pieces.length || !pieces.every(fresh)) continue;
    const marked = pieces.map((p) => markOf(p.node));
    if (marked.some(Boolean)) {
      // Already marked in an earlier pass: refresh its verdict when the mark covers exactly this figure.
      const id = marked[0]?.getAttribute('data-fc-id');
      const entry = index.get(id);
      if (entry && marked.every((m) => m && m.getAttribute('data-fc-id') === id)) {
        entry.figure = figure;
        contexts.set(entry.id, contextOf(text, figure.start, figure.end));
        write(() => {
          for (const m of entry.marks) m.setAttribute('data-fc-verdict', figure.verdict);
          if (entry.marks[0]) firstMarkAttributes(doc, entry.marks[0], entry.id, figure, flagged, describe, report.pageSource);
        });
      }
      continue;
    }
    requests.push({
      request: { id: index.newId(), verdict: figure.verdict, pieces },
      figure,
      context: contextOf(text, figure.start, figure.end),
    });
  }

  let added = 0;
  const t2 = now();
  // Marks are written from the end of the page backwards (see `fresh`), in groups of MARK_GROUP, for up to WRITE_MS
  // per task: then the page gets a turn (its own work, and style and layout for the new marks).
  for (let end = requests.length; end > 0; ) {
    if (end < requests.length) await yieldToMain();
    if (signal.aborted) break;
    const started = now();
    write(() => {
      do {
        const group = requests.slice(Math.max(0, end - MARK_GROUP), end).filter((r) => r.request.pieces.every(fresh));
        end = Math.max(0, end - MARK_GROUP);
        const made = applyMarks(doc, group.map((r) => r.request));
        for (const { request, figure, context } of group) {
          const marks = made.get(request.id);
          if (!marks?.length) continue;
          firstMarkAttributes(doc, marks[0]!, request.id, figure, flagged, describe, report.pageSource);
          for (const m of marks.slice(1)) m.setAttribute('tabindex', '-1');
          index.set({ id: request.id, figure, marks });
          contexts.set(request.id, context);
          added += 1;
        }
      } while (end > 0 && now() - started < WRITE_MS);
    });
  }
  measure('fc:mark', t2);
  // What the page removed goes from the index, the descriptions and the contexts (after a long write, in a task of
  // its own: it visits every mark).
  if (requests.length > MARK_GROUP) await yieldToMain();
  index.prune();
  const live = new Set(index.list().map((e) => e.id));
  pruneDescriptions(doc, live);
  for (const id of contexts.keys()) if (!live.has(id)) contexts.delete(id);
  // The caller builds its report next (it visits every mark again): in a task of its own too.
  if (requests.length > MARK_GROUP) await yieldToMain();
  return { analysed: true, pageSource: report.pageSource, added, quiet };
}
