// `npm run bench`: prints speed and memory figures. Not a test: nothing here passes or fails, it reports.
// Flags: --core-only, --browser-only, --packs-only (claim packs at scale: import, removal, first marks with
// 25,000 imported claims), --memory (only the reading memory with 100,000 remembered claims: look-up time and
// storage; also run after the packs part when no flag narrows the run), --pack-runs=5, --core-mb=1,5 (core text sizes), --page-mb=1,5 (browser page sizes),
// --empty-runs=7 (loads of the page with nothing to check), --markup=divs (the article page without <article>, so
// the main content is found by scoring). The browser part uses the build in FC_OUT_DIR
// (default .output): `FC_OUT_DIR=.output-perf npx wxt build` first when other builds run beside it.
import { benchCore } from './bench/core';

const argv = process.argv.slice(2);
const args = new Set(argv);
const sizes = (name: string, fallback: number[]) => {
  const raw = argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const list = raw?.split(',').map(Number).filter((n) => n > 0) ?? [];
  return list.length ? list : fallback;
};
const memoryOnly = args.has('--memory');
if (memoryOnly) {
  const { benchMemory } = await import('./bench/memory');
  console.log(await benchMemory());
  process.exit(0);
}
const packsOnly = args.has('--packs-only');
if (!args.has('--browser-only') && !packsOnly) console.log(benchCore(sizes('core-mb', [1, 5])));
if (!args.has('--core-only') && !packsOnly) {
  const { benchBrowser, parseBrowserBenchArgs } = await import('./bench/browser');
  console.log(await benchBrowser(parseBrowserBenchArgs(argv)));
}
if (!args.has('--core-only') && !args.has('--browser-only')) {
  const { benchPacks } = await import('./bench/packs');
  console.log(await benchPacks(sizes('pack-runs', [5])[0]));
}
if (!args.has('--core-only') && !args.has('--browser-only') && !packsOnly) {
  const { benchMemory } = await import('./bench/memory');
  console.log(await benchMemory());
}
