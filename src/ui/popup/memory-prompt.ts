// The popup's one question about the reading memory, asked once: one plain sentence with "Turn on" and "Not now".
// Either answer is remembered (settings.memoryAsked) and the question does not come back; the options page turns
// the memory on or off later. Settings are read again right before saving, so nothing else the popup saved is undone.
import type { Settings } from '../../core/settings';
import { el } from '../shared/dom';
import { message, type MessageKey } from '../shared/i18n';

export interface MemoryPromptDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

/** Put the question right after `anchor` (the popup's header) unless it was asked before. */
export async function mountMemoryPrompt(anchor: HTMLElement, deps: MemoryPromptDeps, lookup: (key: MessageKey) => string = message): Promise<void> {
  const text = lookup;
  const settings = await deps.loadSettings().catch(() => null);
  if (!settings || settings.memoryAsked || settings.memory) return;
  const answer = async (on: boolean) => {
    box.querySelectorAll('button').forEach((b) => (b.disabled = true));
    const fresh = await deps.loadSettings();
    await deps.saveSettings({ ...fresh, memory: on, memoryAsked: true });
    box.replaceChildren(el('p', { class: 'memory-done', role: 'status', text: text(on ? 'memoryPromptDoneOn' : 'memoryPromptDoneOff') }));
  };
  const on = el('button', { type: 'button', class: 'memory-on', text: text('memoryPromptOn') });
  const later = el('button', { type: 'button', class: 'memory-later', text: text('memoryPromptNotNow') });
  on.addEventListener('click', () => void answer(true));
  later.addEventListener('click', () => void answer(false));
  const box = el('section', { class: 'memory-prompt', 'aria-label': text('memoryTitle') }, el('p', { text: text('memoryPromptText') }), on, ' ', later);
  if (anchor.isConnected) anchor.after(box);
}
