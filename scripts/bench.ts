// `npm run bench`: prints speed and memory figures. Not a test: nothing here passes or fails, it reports.
import { benchCore } from './bench/core';

const args = new Set(process.argv.slice(2));
console.log(benchCore());
if (!args.has('--core-only')) {
  const { benchBrowser } = await import('./bench/browser');
  console.log(await benchBrowser());
}
