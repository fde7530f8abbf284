import { startContentScript } from '../src/page/content-main';
import { MAIN_PART_KEY } from '../src/page/gate-handover';

// The content script's heavy part, loaded by the gate (entrypoints/content.ts) with import() only on pages that
// have something to check. Built by WXT as a classic script with no exports, so it hands its start function over
// on the isolated world's global (invisible to the page's own scripts).
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[MAIN_PART_KEY] = startContentScript;
});
