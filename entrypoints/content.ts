import { logOnce } from '../src/page/log-once';
import { startContentScript } from '../src/page/content-main';

// Thin wiring only: WXT imports this file in Node at build time, so no work at module top level.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      startContentScript(ctx);
    } catch (error) {
      logOnce('could not start', error);
    }
  },
});
