// `npm run eval:extract -- ../shared/devset [--why] [--seeds]`: how good are the claims `npm run extract` makes?
// Each claim's figure is matched to the hand label it overlaps; a claim is right when its company, metric, period and
// value all equal the label's. Prints the share of claims that are right, and how many labelled figures got a right
// claim. `--why` lists every labelled figure without a claim: what the reading lacks for one (company, metric,
// period, basis) and which of its fields differ from the label. `--seeds` also reads the five seed articles (next to
// the devset) and compares each claim with the curated claim of data/claims.json whose quote holds it with the same
// value: a second, independent reading of text this extraction was not tuned on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, missingForClaim } from '../src/core/extract-claims';
import { textFacts } from '../src/core/read/continuity';
import { readFigures } from '../src/core/read-figures';
import { claimsSchema, sourcesSchema } from '../src/core/schema';
import { loadDevset, matchLabel, pct, sameMetric, samePeriod } from './devset/load-devset';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:extract -- <devset-dir> [--why] [--seeds]');
  process.exit(2);
}
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
let claims = 0;
let right = 0;
let labels = 0;
const wrong: string[] = [];
const why: string[] = [];
for (const a of loadDevset(dir)) {
  labels += a.labels.length;
  const figures = readFigures(a.body, a.date ? { pageDate: a.date } : {});
  const { claims: made, from } = extractClaims(figures, a.body, { file: a.file, url: null, title: null, siteName: null, date: a.date, lang: null });
  made.forEach((c, i) => {
    claims++;
    const f = from[i]!;
    const l = a.labels[matchLabel(a.labels, f.start, f.end)];
    const ok = !!l && c.entity === l.entity && sameMetric(c.metric, l.metric) && samePeriod(c.period, l.period) && close(c.value, l.value);
    if (ok) right++;
    else wrong.push(`${a.file} “${f.text}” ${c.entity}/${c.metric}/${c.period}/${c.value}${l ? ` — label ${l.entity}/${l.metric}/${l.period}/${l.value}` : ' — no label'}`);
  });
  if (!args.includes('--why')) continue;
  const facts = textFacts(a.body, a.date);
  const claimed = new Set(from);
  for (const l of a.labels) {
    const f = figures.find((x) => Math.min(l.end, x.end) - Math.max(l.start, x.start) > 0);
    if (!f) {
      why.push(`${a.file} “${l.surface}”: not read as a figure`);
      continue;
    }
    if (claimed.has(f)) continue;
    const differs = [f.entity !== l.entity && 'company', !sameMetric(f.metric, l.metric) && 'metric', !samePeriod(f.period, l.period) && 'period', !close(f.value, l.value) && 'value'].filter(Boolean);
    const missing = missingForClaim(f, facts);
    why.push(
      `${a.file} “${f.text}” ${f.entity}/${f.metric}/${f.period}: ${missing.length ? `no evidence of ${missing.join(', ')}` : 'left out (says too little)'}` +
        (differs.length ? `; reading differs from the label in ${differs.join(', ')} (${l.entity}/${l.metric}/${l.period})` : '; reading right'),
    );
  }
}
if (wrong.length) console.log(`Not right:\n  ${wrong.join('\n  ')}\n`);
if (why.length) console.log(`Labelled figures without a claim:\n  ${why.join('\n  ')}\n`);
console.log(`${claims} claims from ${labels} labelled figures`);
console.log(`right (company, metric, period, value): ${pct(right, claims)} (${right} of ${claims})`);
console.log(`labelled figures with a right claim: ${pct(right, labels)} (${right} of ${labels})`);

if (args.includes('--seeds')) {
  const root = path.join(import.meta.dirname, '..');
  const curated = claimsSchema.parse(JSON.parse(readFileSync(path.join(root, 'data/claims.json'), 'utf8')));
  const sources = sourcesSchema.parse(JSON.parse(readFileSync(path.join(root, 'data/sources.json'), 'utf8')));
  let made = 0;
  let matched = 0;
  let agree = 0;
  const differ: string[] = [];
  for (const s of sources) {
    if (!s.file) continue;
    const text = readFileSync(path.join(dir, '..', 'seeds', s.file), 'utf8');
    const { claims: ex, from } = extractClaims(readFigures(text, s.date ? { pageDate: s.date } : {}), text, { file: s.file, url: null, title: s.title, siteName: null, date: s.date, lang: s.language });
    const mine = curated.filter((k) => k.sourceId === s.id);
    made += ex.length;
    ex.forEach((c, i) => {
      const f = from[i]!;
      const same = mine.filter((k) => {
        const at = text.indexOf(k.quote);
        return at >= 0 && f.start >= at && f.end <= at + k.quote.length && close(k.value, c.value);
      });
      if (!same.length) return;
      matched++;
      if (same.some((k) => k.entity === c.entity && k.metric === c.metric && k.period === c.period)) agree++;
      else differ.push(`${s.id} “${f.text}” ${c.entity}/${c.metric}/${c.period} — curated ${same.map((k) => `${k.entity}/${k.metric}/${k.period}`).join(' or ')}`);
    });
  }
  if (differ.length) console.log(`\nSeeds, claims that differ from the curated claim:\n  ${differ.join('\n  ')}`);
  console.log(`\nseeds: ${made} claims; ${matched} with a curated claim of the same value around them, ${agree} of them (${pct(agree, matched)}) with the same company, metric and period`);
}
