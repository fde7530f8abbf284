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
  private next = 0;

  newId(): string {
    this.next += 1;
    return `fc-${this.next}`;
  }

  set(entry: MarkedFigure): void {
    this.entries.set(entry.id, entry);
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
      entry.marks = entry.marks.filter((m) => m.isConnected);
      if (!entry.marks.length) this.entries.delete(id);
    }
  }

  /** Entries in document order (by each figure's first mark). */
  ordered(doc: Document): MarkedFigure[] {
    const seen = new Set<string>();
    const out: MarkedFigure[] = [];
    for (const mark of Array.from(doc.querySelectorAll(`${MARK_TAG}[data-fc-part="0"]`))) {
      const id = mark.getAttribute('data-fc-id');
      const entry = this.get(id);
      if (!entry || seen.has(entry.id) || entry.marks[0] !== mark) continue;
      seen.add(entry.id);
      out.push(entry);
    }
    return out;
  }

  clear(): void {
    this.entries.clear();
  }
}
