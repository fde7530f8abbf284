// `npm run verify:claims -- <dir-with-the-articles>`: every claim's quote must stand verbatim in its source
// article, and the figure the quote states must read (with the project's own figure reader) as the claim's value.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFigures } from '../src/core/read-figures';
import { verifyClaim } from '../src/core/verify-claim';
import { parseDatabase } from '../src/core/validate';
import { DATA_FILES, readDataFiles } from './read-data';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run verify:claims -- <dir-with-the-articles>');
  process.exit(2);
}
const parsed = parseDatabase(readDataFiles(), DATA_FILES);
if (!parsed.ok) {
  console.error(parsed.problems.join('\n'));
  process.exit(1);
}
const { claims, sources } = parsed.data;
const articles = new Map<string, string>();
const problems: string[] = [];
for (const source of sources) {
  const file = path.join(dir, source.file);
  if (!existsSync(file)) problems.push(`${source.id}: article ${file} not found`);
  else articles.set(source.id, readFileSync(file, 'utf8'));
}
let checked = 0;
for (const claim of claims) {
  const article = articles.get(claim.sourceId);
  if (article === undefined) continue;
  checked++;
  const problem = verifyClaim(claim, article, readFigures);
  if (problem) problems.push(`${claim.id}: ${problem}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in ${claims.length} claims`);
  process.exit(1);
}
console.log(`claims ok: ${checked} quotes stand verbatim in their articles and read as their values`);
