// `npm run validate:data`: the claim database, its sources and the exchange rates must parse with the core's zod
// schemas and reference each other correctly. Prints each problem with its file, row and field.
import { parseDatabase } from '../src/core/validate';
import { DATA_FILES, readDataFiles } from './read-data';

try {
  const parsed = parseDatabase(readDataFiles(), DATA_FILES);
  if (!parsed.ok) {
    console.error(parsed.problems.join('\n'));
    process.exit(1);
  }
  const { claims, sources, fx } = parsed.data;
  console.log(`data ok: ${claims.length} claims from ${sources.length} sources, ${fx.rates.length} exchange rates`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
