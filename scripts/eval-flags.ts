// `npm run eval:flags -- ../shared/devset [--verbose]`: are the warnings right? Runs the same reading and check as
// `npm run check` over each labelled article (body only, with the header's date) and scores the warnings against
// labels-flags.json: precision = warnings on should-flag figures / all warnings (a warning on an unlabelled figure
// is false), recall = should-flag figures warned of / all should-flag figures. Every false alarm and miss is listed.
import { analyzeText } from '../src/core/analyze';
import { bundledDatabase } from '../src/core/bundled-database';
import { loadDevset, matchLabel, pct } from './devset/load-devset';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:flags -- <devset-dir> [--verbose]');
  process.exit(2);
}

const db = bundledDatabase();
let warnings = 0;
let right = 0;
let shouldFlag = 0;
let caught = 0;
let figures = 0;
const falseAlarms: string[] = [];
const misses: string[] = [];
const calm: string[] = [];

for (const article of loadDevset(dir, 'labels-flags.json')) {
  const report = analyzeText(article.body, db, article.date ? { pageDate: article.date } : {});
  figures += report.figures.length;
  const warned = new Set<number>();
  const taken = new Set<number>();
  for (const f of report.figures) {
    const i = matchLabel(article.labels, f.start, f.end, taken);
    if (i >= 0) taken.add(i);
    const label = i >= 0 ? article.labels[i] : undefined;
    const line = `${article.file} @${f.start} “${f.text}” ${f.verdict}: ${f.explanation}`;
    if (!f.flagged) {
      if (verbose && f.verdict !== 'unverified') calm.push(line);
      continue;
    }
    warnings++;
    if (label?.shouldFlag) {
      right++;
      warned.add(i);
    } else falseAlarms.push(`${line}${label ? '' : ' [no label]'}`);
  }
  article.labels.forEach((l, i) => {
    if (!l.shouldFlag) return;
    shouldFlag++;
    if (warned.has(i)) caught++;
    else misses.push(`${article.file} “${l.surface}” (${l.flagWhy ?? 'should be flagged'})`);
  });
}

console.log(`${figures} figures read, ${warnings} warnings, ${shouldFlag} labelled should-flag`);
if (falseAlarms.length) console.log(`\nFalse alarms:\n  ${falseAlarms.join('\n  ')}`);
if (misses.length) console.log(`\nMissed:\n  ${misses.join('\n  ')}`);
if (verbose && calm.length) console.log(`\nOther verdicts:\n  ${calm.join('\n  ')}`);
console.log(`\nprecision ${pct(right, warnings)} (${right} of ${warnings} warnings right)`);
console.log(`recall    ${pct(caught, shouldFlag)} (${caught} of ${shouldFlag} should-flag figures warned of)`);
