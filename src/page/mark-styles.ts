// The look of inline marks. Only properties that cannot move text: text-decoration, background, outline. No
// padding, margin, border or generated content, so the page lays out and reads (innerText) exactly as without
// the extension. Each verdict differs by line style as well as colour, for readers who cannot tell red from green.
import { CONFLICT_VERDICTS } from '../ui/shared/verdicts';

export const MARK_TAG = 'fc-mark';
export const MARK_STYLE_ID = 'fc-mark-style';


const CONFLICT_SELECTOR = CONFLICT_VERDICTS.map((v) => `${MARK_TAG}[data-fc-verdict="${v}"]`).join(',\n');

export const MARK_CSS = `
${MARK_TAG} {
  display: inline !important;
  padding: 0 !important;
  margin: 0 !important;
  border: 0 !important;
  font: inherit !important;
  color: inherit !important;
  letter-spacing: inherit !important;
  text-decoration-skip-ink: none;
  text-underline-offset: 0.15em;
  cursor: help;
  border-radius: 2px;
}
${MARK_TAG}::before, ${MARK_TAG}::after { content: none !important; }
${CONFLICT_SELECTOR} {
  text-decoration: underline wavy #d11a2a !important;
  text-decoration-thickness: 1.5px !important;
  background-color: rgba(209, 26, 42, 0.12) !important;
}
${MARK_TAG}[data-fc-verdict="rounding"] {
  text-decoration: underline dashed #b86e00 !important;
  text-decoration-thickness: 1.5px !important;
  background-color: rgba(230, 150, 0, 0.12) !important;
}
${MARK_TAG}[data-fc-verdict="consistent"] {
  text-decoration: underline solid #1c7c3c !important;
  text-decoration-thickness: 1px !important;
}
${MARK_TAG}[data-fc-verdict="related"] {
  /* The text's own colour: a fixed grey all but vanished on dark sites (light text on a dark ground). */
  text-decoration: underline dotted currentColor !important;
  text-decoration-thickness: 1.5px !important;
}
${MARK_TAG}[data-fc-verdict="unverified"] {
  text-decoration: underline dotted currentColor !important;
  text-decoration-thickness: 1px !important;
}
${MARK_TAG}:focus { outline: 2px solid #2563eb !important; outline-offset: 1px; }
${MARK_TAG}:focus:not(:focus-visible) { outline: none !important; }
${MARK_TAG}[data-fc-active] { outline: 2px solid #2563eb !important; outline-offset: 1px; }
${MARK_TAG}[data-fc-flash] { animation: fc-flash 0.6s ease-in-out 3; }
@keyframes fc-flash {
  50% { background-color: rgba(250, 204, 21, 0.75); outline: 2px solid #ca8a04; }
}
@media (prefers-color-scheme: dark) {
  ${CONFLICT_SELECTOR} { text-decoration-color: #ff6b6b !important; background-color: rgba(255, 107, 107, 0.18) !important; }
  ${MARK_TAG}[data-fc-verdict="rounding"] { text-decoration-color: #f5b041 !important; }
  ${MARK_TAG}[data-fc-verdict="consistent"] { text-decoration-color: #4ade80 !important; }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK_TAG}[data-fc-flash] { animation: none; outline: 2px solid #ca8a04 !important; }
}
`;

/** Add the mark stylesheet to the document once. */
export function injectMarkStyles(doc: Document): void {
  if (doc.getElementById(MARK_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = MARK_STYLE_ID;
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function removeMarkStyles(doc: Document): void {
  doc.getElementById(MARK_STYLE_ID)?.remove();
}
