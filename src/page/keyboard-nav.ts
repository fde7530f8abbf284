// Alt+Shift+N / Alt+Shift+P move to the next / previous flagged figure. `code` rather than `key`, because Alt
// changes the character on some layouts (macOS: Alt+Shift+N is "˜").
export type NavDirection = 'next' | 'previous';

export function navDirection(event: KeyboardEvent): NavDirection | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'KeyN' || event.key === 'N' || event.key === 'n') return 'next';
  if (event.code === 'KeyP' || event.key === 'P' || event.key === 'p') return 'previous';
  return null;
}

/** Is the focus somewhere the reader types (where our shortcut must not fire)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  return !!el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** Index of the item to move to, wrapping around; `current` is -1 when nothing is selected. */
export function stepIndex(count: number, current: number, direction: NavDirection): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 'next' ? 0 : count - 1;
  return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}
