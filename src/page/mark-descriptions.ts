// Screen-reader descriptions for marks. aria-describedby needs an element in the same tree as the mark, so the
// descriptions live in a hidden container on <html> (outside <body>: the page's innerText is untouched).
// Marks with the same description text share one element (a long page repeats the same verdict and explanation
// many times): each mark's accessible description is still its own verdict and explanation, at a fraction of the
// nodes. Each element counts the marks that use it and goes when the last of them does.
const CONTAINER_TAG = 'fc-descriptions';

interface Description {
  el: HTMLElement;
  /** How many figures' marks are described by this text. */
  users: number;
}

interface Registry {
  byText: Map<string, Description>;
  /** The description text of each mark id. */
  textOf: Map<string, string>;
  next: number;
}

const registries = new WeakMap<Document, Registry>();

function registry(doc: Document): Registry {
  let r = registries.get(doc);
  if (!r) registries.set(doc, (r = { byText: new Map(), textOf: new Map(), next: 0 }));
  return r;
}

let cachedBox: HTMLElement | null = null;
function container(doc: Document): HTMLElement {
  if (cachedBox?.isConnected && cachedBox.ownerDocument === doc) return cachedBox;
  let box = doc.querySelector<HTMLElement>(`:root > ${CONTAINER_TAG}`);
  if (box) cachedBox = box;
  if (!box) {
    box = doc.createElement(CONTAINER_TAG);
    box.hidden = true;
    box.setAttribute('style', 'display: none !important');
    doc.documentElement.append(box);
    cachedBox = box;
  }
  return box;
}

function release(r: Registry, id: string): void {
  const text = r.textOf.get(id);
  if (text === undefined) return;
  r.textOf.delete(id);
  const desc = r.byText.get(text);
  if (!desc) return;
  desc.users -= 1;
  if (desc.users <= 0) {
    desc.el.remove();
    r.byText.delete(text);
  }
}

/** Give `mark` (of figure `id`) an aria-describedby pointing at `text` (replacing any earlier description for `id`). */
export function describeMark(doc: Document, mark: HTMLElement, id: string, text: string): void {
  const r = registry(doc);
  if (r.textOf.get(id) === text) {
    // Same description as before: make sure it is still in the page.
    const same = r.byText.get(text);
    if (same) {
      if (!same.el.isConnected) container(doc).append(same.el);
      mark.setAttribute('aria-describedby', same.el.id);
      return;
    }
  }
  release(r, id);
  let desc = r.byText.get(text);
  if (!desc) {
    const el = doc.createElement('div');
    r.next += 1;
    el.id = `fc-desc-${r.next}`;
    el.textContent = text;
    desc = { el, users: 0 };
    r.byText.set(text, desc);
  }
  // The page may have removed our container (or the element): put it back, under the same id.
  if (!desc.el.isConnected) container(doc).append(desc.el);
  desc.users += 1;
  r.textOf.set(id, text);
  mark.setAttribute('aria-describedby', desc.el.id);
}

/** Remove descriptions no mark in `keep` (ids of the live figures) uses any more (and any we did not make). */
export function pruneDescriptions(doc: Document, keep: Set<string>): void {
  const r = registry(doc);
  for (const id of Array.from(r.textOf.keys())) if (!keep.has(id)) release(r, id);
  const box = doc.querySelector(`:root > ${CONTAINER_TAG}`);
  if (!box) return;
  const ours = new Set<Element>(Array.from(r.byText.values(), (d) => d.el));
  for (const el of Array.from(box.children)) if (!ours.has(el)) el.remove();
}

export function removeDescriptions(doc: Document): void {
  doc.querySelector(`:root > ${CONTAINER_TAG}`)?.remove();
  registries.delete(doc);
}
