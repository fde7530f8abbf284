// Lint the Firefox build with Mozilla's add-on linter (web-ext lint) and fail on any error.
// Usage: npx wxt build -b firefox && npx tsx scripts/lint-firefox.ts [--strict]   (--strict: warnings fail too)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(root, process.env.FC_OUT_DIR ?? '.output', 'firefox-mv2');
const strict = process.argv.includes('--strict');

if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${sourceDir}: run \`npx wxt build -b firefox\` first.`);
  process.exit(2);
}

const run = spawnSync(
  path.join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', sourceDir, '--self-hosted', '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
let report: { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint did not print a JSON report:\n', run.stdout, run.stderr);
  process.exit(2);
}
for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1).padEnd(7)} ${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}` : ''}  ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notices} notice(s)`);
process.exit(report.summary.errors > 0 || (strict && report.summary.warnings > 0) ? 1 : 0);
