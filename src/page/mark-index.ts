// The figures currently marked on the page, by mark id. Entries whose marks the page removed are pruned on every
// pass, so nothing holds on to detached nodes.
import type { CheckedFigure } from '../core/types';
import { MARK_TAG } from './mark-styles';

export interface MarkedFigure {
  id: string;
  figure: CheckedFigure;
  marks: HTMLElement[];
}

export class MarkIndex {
  private entries = new Map<string, MarkedFigure>();
  /** The first part of each figure as marked (an entry whose first part the page removed is not listed). */
  private firstParts = new WeakSet<Element>();
  private next = 0;

  newId(): string {
    this.next += 1;
    return `fc-${this.next}`;
  }

  set(entry: MarkedFigure): void {
    this.entries.set(entry.id, entry);
    const first = entry.marks[0];
    if (first?.getAttribute('data-fc-part') === '0') this.firstParts.add(first);
  }

  get(id: string | null | undefined): MarkedFigure | undefined {
    return id ? this.entries.get(id) : undefined;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** All entries, in no particular order. */
  list(): MarkedFigure[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drop entries whose marks are gone from the document; drop detached pieces of the rest. */
  prune(): void {
    for (const [id, entry] of this.entries) {
      if (entry.marks.every((m) => m.isConnected)) continue;
      entry.marks = entry.marks.filter((m) => m.isConnected);
      if (!entry.marks.length) this.entries.delete(id);
    }
  }

  /** Entries in document order (by each figure's first mark). */
  ordered(doc: Document): MarkedFigure[] {
    // An entry counts when its first mark is in the page and is still the figure's first part (a figure is known by
    // its elements, not by their attributes, which only the page could change). One pass over the page's marks,
    // matched by element and reading no attribute: a long page has tens of thousands of marks.
    const byFirst = new Map<Element, MarkedFigure>();
    for (const entry of this.entries.values()) {
      const first = entry.marks[0];
      if (first && this.firstParts.has(first)) byFirst.set(first, entry);
    }
    const out: MarkedFigure[] = [];
    const marks = doc.getElementsByTagName(MARK_TAG);
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i]!;
      const entry = byFirst.get(mark);
      if (entry) out.push(entry);
    }
    return out;
  }

  clear(): void {
    this.entries.clear();
  }
}
