// Check the store packages that `npm run zip` made, as the stores would: the Chrome package, the Firefox package
// and the Firefox sources archive exist for package.json's version; each package's manifest carries that version,
// its icons, locales and pages; the sources archive holds what a reviewer needs to rebuild (README with the build
// commands, lock file, sources) and nothing built, installed or test-only; the Firefox package, unpacked, passes
// web-ext lint with no error and no warning. Exits non-zero with one line per problem.
// Usage: npm run zip   (or, after it, npx tsx scripts/check-packages.ts)
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import pkg from '../package.json' with { type: 'json' };
import { lintFirefox } from './lint-firefox';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, process.env.FC_OUT_DIR ?? '.output');
const PAGES = ['popup.html', 'options.html', 'welcome.html', 'sample.html', 'background.js', 'content-main.js'];
const LOCALES = ['_locales/en/messages.json', '_locales/zh_CN/messages.json'];
const SOURCES_NEEDED = ['README.md', 'CHANGELOG.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'assets/icon.svg', 'entrypoints/content.ts', 'public/_locales/en/messages.json', 'data/claims.json'];
/** Built, installed or only for tests and the repository: none belongs in the sources archive. */
const SOURCES_UNWANTED = /^(node_modules|\.output|\.wxt|docs|store|tests)\/|^vitest\..*config\.ts$/;

export const archiveName = (kind: 'chrome' | 'firefox' | 'sources') => `${pkg.name}-${pkg.version}-${kind}.zip`;

async function open(kind: 'chrome' | 'firefox' | 'sources', problems: string[]): Promise<JSZip | null> {
  const file = path.join(OUT, archiveName(kind));
  try {
    return await JSZip.loadAsync(await readFile(file));
  } catch {
    problems.push(`missing or unreadable: ${path.relative(ROOT, file)}`);
    return null;
  }
}

async function checkPackage(kind: 'chrome' | 'firefox', zip: JSZip, problems: string[]): Promise<void> {
  const manifestFile = zip.file('manifest.json');
  if (!manifestFile) return void problems.push(`${kind}: no manifest.json`);
  const manifest = JSON.parse(await manifestFile.async('string')) as { version: string; icons?: Record<string, string> };
  if (manifest.version !== pkg.version) problems.push(`${kind}: manifest version ${manifest.version}, package.json ${pkg.version}`);
  const icons = Object.values(manifest.icons ?? {});
  if (icons.length < 4) problems.push(`${kind}: ${icons.length} icons in the manifest`);
  for (const file of [...icons, ...LOCALES, ...PAGES]) if (!zip.file(file)) problems.push(`${kind}: ${file} is not in the package`);
}

function checkSources(zip: JSZip, problems: string[]): void {
  const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
  for (const file of SOURCES_NEEDED) if (!files.includes(file)) problems.push(`sources: ${file} is missing`);
  for (const file of files.filter((f) => SOURCES_UNWANTED.test(f))) problems.push(`sources: ${file} does not belong`);
}

async function lintPackage(zip: JSZip, problems: string[]): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fc-firefox-package-'));
  try {
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), await entry.async('nodebuffer'));
    }
    const { summary } = lintFirefox(dir);
    if (summary.errors || summary.warnings) problems.push(`firefox: web-ext lint reports ${summary.errors} error(s), ${summary.warnings} warning(s)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const problems: string[] = [];
  const [chrome, firefox, sources] = await Promise.all([open('chrome', problems), open('firefox', problems), open('sources', problems)]);
  if (chrome) await checkPackage('chrome', chrome, problems);
  if (firefox) {
    await checkPackage('firefox', firefox, problems);
    await lintPackage(firefox, problems);
  }
  if (sources) checkSources(sources, problems);
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) process.exit(1);
  console.log(`✓ ${['chrome', 'firefox', 'sources'].map((k) => archiveName(k as 'chrome')).join(', ')} in ${path.relative(ROOT, OUT)}/: versions, icons, locales and pages in place, sources rebuildable, Firefox package lint-clean`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
