// `npm run eval -- ../shared/devset [--verbose]`: run the figure reader over each labelled article and score it
// against the hand labels (see the devset README): detection recall and precision, and attribution accuracy
// (value, unit, qualifier, entity, metric exact and "is other:", period) on matched pairs.
import { readFigures } from '../src/core/read-figures';
import type { Figure } from '../src/core/types';
import { loadDevset, matchLabel, type DevLabel } from './devset/load-devset';

type Label = DevLabel;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval -- <devset-dir> [--verbose]');
  process.exit(2);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const FIELDS = ['value', 'unit', 'qualifier', 'entity', 'metric', 'metric~', 'period'] as const;
type Field = (typeof FIELDS)[number];
const isOther = (m: string | null) => m !== null && m.startsWith('other:');
const fieldOk: Record<Field, (f: Figure, l: Label) => boolean> = {
  value: (f, l) => close(f.value, l.value),
  unit: (f, l) => f.unit === l.unit,
  qualifier: (f, l) => f.qualifier === l.qualifier,
  entity: (f, l) => f.entity === l.entity,
  metric: (f, l) => f.metric === l.metric,
  'metric~': (f, l) => f.metric === l.metric || (isOther(f.metric) && isOther(l.metric)),
  period: (f, l) => f.period === l.period,
};

interface Tally {
  labels: number;
  figures: number;
  matched: number;
  ok: Record<Field, number>;
}
const newTally = (): Tally => ({ labels: 0, figures: 0, matched: 0, ok: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number> });
const total = newTally();
const pct = (a: number, b: number) => (b === 0 ? '  -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const rows: string[] = [];
const details: string[] = [];
let ms = 0;

for (const { file, body, date, labels: mine } of loadDevset(dir)) {
  const t0 = performance.now();
  const figures = readFigures(body, date ? { pageDate: date } : {});
  ms += performance.now() - t0;
  const t = newTally();
  t.labels = mine.length;
  t.figures = figures.length;
  const matchedLabels = new Set<number>();
  for (const f of figures) {
    const best = matchLabel(mine, f.start, f.end, matchedLabels);
    if (best < 0) {
      if (verbose) details.push(`${file}  FALSE  "${f.text}" ${f.value} ${f.unit} ${f.entity}/${f.metric}/${f.period}  …${body.slice(Math.max(0, f.start - 40), f.end + 20).replace(/\n/g, ' ')}…`);
      continue;
    }
    matchedLabels.add(best);
    t.matched++;
    const l = mine[best]!;
    const wrong: string[] = [];
    for (const field of FIELDS) {
      if (fieldOk[field](f, l)) t.ok[field]++;
      else if (field !== 'metric~') wrong.push(`${field}: ${JSON.stringify((f as unknown as Record<string, unknown>)[field])} ≠ ${JSON.stringify((l as unknown as Record<string, unknown>)[field])}`);
    }
    if (verbose && wrong.length) details.push(`${file}  WRONG  "${f.text}"  ${wrong.join('; ')}`);
  }
  mine.forEach((l, i) => {
    if (!matchedLabels.has(i) && verbose) details.push(`${file}  MISS   "${l.surface}"  …${l.quote}…`);
  });
  total.labels += t.labels;
  total.figures += t.figures;
  total.matched += t.matched;
  for (const field of FIELDS) total.ok[field] += t.ok[field];
  rows.push(row(file.slice(0, 34), t));
}

function row(name: string, t: Tally): string {
  const cells = FIELDS.map((f) => pct(t.ok[f], t.matched));
  return `${name.padEnd(34)} ${String(t.labels).padStart(4)} ${String(t.figures).padStart(4)}  ${pct(t.matched, t.labels)} ${pct(t.figures - t.matched, t.figures)}  ${cells.join(' ')}`;
}

const head = `${'article'.padEnd(34)} ${'lab'.padStart(4)} ${'figs'.padStart(4)}  ${'recall'.padStart(6)} ${'false'.padStart(6)}  ${FIELDS.map((f) => f.padStart(6)).join(' ')}`;
console.log(head);
console.log(rows.join('\n'));
console.log('-'.repeat(head.length));
console.log(row('TOTAL', total));
console.log(`\nrecall ${pct(total.matched, total.labels)}  precision ${pct(total.matched, total.figures)}  (${total.figures - total.matched} false of ${total.figures})  read time ${ms.toFixed(1)} ms`);
if (verbose && details.length) console.log(`\n${details.join('\n')}`);
