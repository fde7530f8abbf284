// Wrap figure ranges in <fc-mark> elements, and take them out again. Marks add no text: removing every mark and
// normalising gives back the page's text nodes exactly as they were.
import { MARK_TAG } from './mark-styles';
import type { TextPiece } from './visible-text';

export interface MarkRequest {
  /** Shared by every piece of one figure (a figure may span `<b>724</b> million yuan`). */
  id: string;
  verdict: string;
  pieces: TextPiece[];
}

/** Is this node inside one of our marks already? */
export function insideMark(node: Node): boolean {
  return !!node.parentElement?.closest(MARK_TAG);
}

/**
 * Wrap every piece of every request. Pieces are applied per text node from the end backwards, so the offsets of
 * earlier pieces in the same node stay valid while later ones are split off. Returns the mark elements per id, in
 * document order.
 */
export function applyMarks(doc: Document, requests: readonly MarkRequest[]): Map<string, HTMLElement[]> {
  const byNode = new Map<Text, { piece: TextPiece; request: MarkRequest; part: number }[]>();
  for (const request of requests) {
    request.pieces.forEach((piece, part) => {
      const list = byNode.get(piece.node) ?? [];
      list.push({ piece, request, part });
      byNode.set(piece.node, list);
    });
  }
  const made = new Map<string, HTMLElement[]>();
  for (const [node, list] of byNode) {
    list.sort((a, b) => b.piece.start - a.piece.start);
    for (const { piece, request, part } of list) {
      if (!node.parentNode || piece.end > node.data.length || piece.start >= piece.end) continue;
      // Split off [start, end) of the (still unsplit) front part of the node, then wrap it.
      if (piece.end < node.data.length) node.splitText(piece.end);
      const target = piece.start > 0 ? node.splitText(piece.start) : node;
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-fc-id', request.id);
      mark.setAttribute('data-fc-verdict', request.verdict);
      mark.setAttribute('data-fc-part', String(part));
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      const marks = made.get(request.id) ?? [];
      marks[part] = mark;
      made.set(request.id, marks);
    }
  }
  for (const [id, marks] of made) made.set(id, marks.filter(Boolean));
  return made;
}

/** Unwrap one mark, merging its text back into the neighbouring text nodes. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
  parent.normalize();
}

/** Remove every mark under `root`. */
export function removeAllMarks(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
}
