// Lint the Firefox build with Mozilla's add-on linter (web-ext lint) and fail on any error.
// Usage: npx wxt build -b firefox && npx tsx scripts/lint-firefox.ts [--strict]   (--strict: warnings fail too)
// scripts/check-packages.ts runs the same lint on the unpacked Firefox package that `npm run zip` made.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Run `web-ext lint` on an unpacked Firefox extension, print every message, and return the report. */
export function lintFirefox(sourceDir: string): LintReport {
  if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${sourceDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const run = spawnSync(
    path.join(root, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', sourceDir, '--self-hosted', '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
  } catch {
    throw new Error(`web-ext lint did not print a JSON report:\n${run.stdout}\n${run.stderr}`);
  }
  for (const kind of ['errors', 'warnings', 'notices'] as const) {
    for (const m of report[kind]) console.log(`${kind.slice(0, -1).padEnd(7)} ${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}` : ''}  ${m.message}`);
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
  return report;
}

function main(): void {
  const strict = process.argv.includes('--strict');
  try {
    const { summary } = lintFirefox(path.join(root, process.env.FC_OUT_DIR ?? '.output', 'firefox-mv2'));
    process.exit(summary.errors > 0 || (strict && summary.warnings > 0) ? 1 : 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
