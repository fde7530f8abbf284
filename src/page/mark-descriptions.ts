// Screen-reader descriptions for marks. aria-describedby needs an element in the same tree as the mark, so the
// descriptions live in a hidden container on <html> (outside <body>: the page's innerText is untouched).
const CONTAINER_TAG = 'fc-descriptions';

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

/** Give `mark` an aria-describedby pointing at `text` (replacing any earlier description for `id`). */
export function describeMark(doc: Document, mark: HTMLElement, id: string, text: string): void {
  const descId = `${id}-desc`;
  let desc = doc.getElementById(descId);
  if (!desc) {
    desc = doc.createElement('div');
    desc.id = descId;
    container(doc).append(desc);
  }
  desc.textContent = text;
  mark.setAttribute('aria-describedby', descId);
}

/** Remove descriptions whose ids are not in `keep`. */
export function pruneDescriptions(doc: Document, keep: Set<string>): void {
  const box = doc.querySelector(`:root > ${CONTAINER_TAG}`);
  if (!box) return;
  for (const desc of Array.from(box.children)) {
    if (!keep.has(desc.id.replace(/-desc$/, ''))) desc.remove();
  }
}

export function removeDescriptions(doc: Document): void {
  doc.querySelector(`:root > ${CONTAINER_TAG}`)?.remove();
}
