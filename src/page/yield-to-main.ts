// Give the page's main thread a turn between chunks of work, so no single task runs long. The next chunk is queued
// as an ordinary task, behind whatever the page has queued meanwhile (input, its own timers, a test's probe):
// scheduler.yield() would put our continuation ahead of those, and on a very large page the reader then holds
// the page for seconds in short tasks. setTimeout is the last resort (nested timeouts are clamped to 4 ms).
type PostTask = (callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<void>;

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Run a generator of steps to its return value, yielding to the main thread whenever `sliceMs` have passed since
 * the last yield; null when `signal` aborts.
 */
export async function runSliced<T>(steps: Generator<void, T, void>, signal: AbortSignal, sliceMs: number): Promise<T | null> {
  let since = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - since >= sliceMs) {
      await yieldToMain();
      if (signal.aborted) return null;
      since = now();
    }
  }
}
