// `npm run eval:extract -- ../shared/devset`: how good are the claims `npm run extract` makes? Each claim's figure
// is matched to the hand label it overlaps; a claim is right when its company, metric, period and value all
// equal the label's. Prints the share of claims that are right, and how many labelled figures got a right claim.
import { extractClaims } from '../src/core/extract-claims';
import { readFigures } from '../src/core/read-figures';
import { loadDevset, matchLabel } from './devset/load-devset';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:extract -- <devset-dir>');
  process.exit(2);
}
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
let claims = 0;
let right = 0;
let labels = 0;
const wrong: string[] = [];
for (const a of loadDevset(dir)) {
  labels += a.labels.length;
  const figures = readFigures(a.body, a.date ? { pageDate: a.date } : {});
  const { claims: made, from } = extractClaims(figures, a.body, { file: a.file, url: null, title: null, siteName: null, date: a.date, lang: null });
  made.forEach((c, i) => {
    claims++;
    const f = from[i]!;
    const l = a.labels[matchLabel(a.labels, f.start, f.end)];
    const ok = !!l && c.entity === l.entity && c.metric === l.metric && c.period === l.period && close(c.value, l.value);
    if (ok) right++;
    else wrong.push(`${a.file} “${f.text}” ${c.entity}/${c.metric}/${c.period}/${c.value}${l ? ` — label ${l.entity}/${l.metric}/${l.period}/${l.value}` : ' — no label'}`);
  });
}
if (wrong.length) console.log(`Not right:\n  ${wrong.join('\n  ')}\n`);
console.log(`${claims} claims from ${labels} labelled figures`);
console.log(`right (company, metric, period, value): ${pct(right, claims)} (${right} of ${claims})`);
console.log(`labelled figures with a right claim: ${pct(right, labels)} (${right} of ${labels})`);
