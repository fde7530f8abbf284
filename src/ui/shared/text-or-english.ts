// A catalog message, else its English text from the catalog itself: pages built in code (the memory prompt and
// panel) have no markup holding the English text, and a browser can answer getMessage with '' (headless Chromium
// does for every key).
import en from '../../../public/_locales/en/messages.json';
import { message, type MessageKey } from './i18n';

export function textOrEnglish(key: MessageKey, lookup: (key: MessageKey) => string = message): string {
  let text = '';
  try {
    text = lookup(key);
  } catch {
    text = '';
  }
  return text || (en as Record<string, { message: string }>)[key]?.message || '';
}
