// `npm run eval:crossflags -- <set-dir> <set-dir> … [--why]`: are the warnings right on text the checker was not tuned
// on? Every labelled article of the given sets gives its claims (the same extraction as `npm run extract`); each
// article is then checked as a page, with the claims of all the other articles added as a claim pack, as a reader who
// imported them would have it. A warning raised by those claims is right when the page figure's hand label and the
// hand label of a claim it disagrees with name the same fact: company, metric, period, segment, and both a forecast or
// neither. (The held-out sets invent their figures independently, so two labels of one fact usually differ in value: a
// true disagreement.) A warning whose labels name only different facts is a false alarm of the reading, the kind a
// reader must never see; a right warning is clean when every claim it lists is about that fact. Prints both shares;
// `--why` lists each false alarm with both sides' labels, and the right warnings that also list claims about another
// fact.
import path from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { bundledDatabase } from '../src/core/bundled-database';
import { CONFLICT_VERDICTS } from '../src/core/check/severity';
import { extractClaims } from '../src/core/extract-claims';
import { readFigures } from '../src/core/read-figures';
import type { Claim, Source } from '../src/core/schema';
import type { Verdict } from '../src/core/types';
import { type DevArticle, type DevLabel, loadDevset, matchLabel, pct, sameMetric, samePeriod } from './devset/load-devset';

const args = process.argv.slice(2);
const why = args.includes('--why');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length < 2) {
  console.error('usage: npm run eval:crossflags -- <set-dir> <set-dir> … [--why]  (two sets or more: each article is checked against the claims of all the others)');
  process.exit(2);
}

// (a forecast and an outcome are two facts, as the devset's basis says: "the 260.1 billion yuan analysts had expected" is no
// statement of the revenue reported beside it)
const isForecastLabel = (l: DevLabel) => l.qualifier === 'forecast' || l.basis === 'forecast';
const sameFact = (a: DevLabel, b: DevLabel) =>
  a.entity === b.entity && sameMetric(a.metric, b.metric) && samePeriod(a.period, b.period) && (a.segment ?? null) === (b.segment ?? null) && isForecastLabel(a) === isForecastLabel(b);
const show = (l: DevLabel | undefined) => (l ? `${l.entity}/${l.metric}/${l.period}${l.segment ? `/${l.segment}` : ''}` : 'no label');
const conflicting = new Set<Verdict>(CONFLICT_VERDICTS);

interface Made {
  set: string;
  article: DevArticle;
  sourceId: string;
  /** The labelled figure each claim was made from, by claim id. */
  labelOf: Map<string, DevLabel | undefined>;
  where: Map<string, string>;
}

const made: Made[] = [];
const pack = { claims: [] as Claim[], sources: [] as Source[] };
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const article of loadDevset(dir)) {
    const figures = readFigures(article.body, article.date ? { pageDate: article.date } : {});
    const meta = { file: `${set}-${article.file}`, url: `https://example.org/${set}/${article.file}`, title: article.file, siteName: null, date: article.date, lang: null };
    const { claims, from, source } = extractClaims(figures, article.body, meta);
    const labelOf = new Map<string, DevLabel | undefined>();
    const where = new Map<string, string>();
    claims.forEach((c, i) => {
      const f = from[i]!;
      labelOf.set(c.id, article.labels[matchLabel(article.labels, f.start, f.end)]);
      where.set(c.id, `${set}/${article.file} “${f.text}”`);
    });
    made.push({ set, article, sourceId: source.id, labelOf, where });
    pack.claims.push(...claims);
    pack.sources.push(source);
  }
}
const bySource = new Map(made.map((m) => [m.sourceId, m]));

const db = bundledDatabase();
let warnings = 0;
let right = 0;
let clean = 0;
const falseAlarms: string[] = [];
const noisy: string[] = [];
for (const m of made) {
  const report = analyzeText(m.article.body, db, {
    ...(m.article.date ? { pageDate: m.article.date } : {}),
    extraClaims: pack.claims.filter((c) => c.sourceId !== m.sourceId),
    extraSources: pack.sources.filter((s) => s.id !== m.sourceId),
  });
  for (const f of report.figures) {
    if (!f.flagged) continue;
    const against = f.claims.filter((c) => conflicting.has(c.verdict) && bySource.has(c.sourceId));
    // (a warning from the bundled database or the page alone is not this measure's: eval:flags scores those)
    if (against.length === 0) continue;
    warnings++;
    const label = m.article.labels[matchLabel(m.article.labels, f.start, f.end)];
    const sides = against.map((c) => ({ label: bySource.get(c.sourceId)!.labelOf.get(c.claimId), where: bySource.get(c.sourceId)!.where.get(c.claimId) ?? c.claimId }));
    const same = sides.filter((s) => label !== undefined && s.label !== undefined && sameFact(label, s.label)).length;
    if (same === sides.length) clean++;
    const ok = same > 0;
    if (ok) right++;
    if (ok && same < sides.length) noisy.push(`${m.set}/${m.article.file} “${f.text}”: ${sides.length - same} of ${sides.length} disagreeing claims about another fact`);
    if (!ok)
      falseAlarms.push(
        `${m.set}/${m.article.file} “${f.text}” ${f.verdict}: read ${f.entity}/${f.metric}/${f.period}, label ${show(label)}\n` +
          sides.map((s) => `      against ${s.where}: label ${show(s.label)}${label && s.label && sameFact(label, s.label) ? ' (same fact)' : ''}`).join('\n'),
      );
  }
}

if (why && falseAlarms.length) console.log(`False alarms:\n  ${falseAlarms.join('\n  ')}\n`);
if (why && noisy.length) console.log(`Right warnings that also list claims about another fact:\n  ${noisy.join('\n  ')}\n`);
console.log(`${made.length} articles, ${pack.claims.length} claims; ${warnings} warnings raised by the other articles' claims`);
console.log(`right (the figure's label and a disagreeing claim's label name the same fact): ${pct(right, warnings)} (${right} of ${warnings})`);
console.log(`clean (every disagreeing claim's label names that fact): ${pct(clean, warnings)} (${clean} of ${warnings})`);
