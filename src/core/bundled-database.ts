// The claim database shipped with the extension. The JSON files are validated at build time and in tests
// (scripts/validate-data.ts); here they are parsed once more on first use so that a broken build fails loudly at
// the edge instead of producing wrong verdicts.
import claims from '../../data/claims.json';
import fx from '../../data/fx.json';
import sources from '../../data/sources.json';
import { loadDatabaseOrThrow, type ClaimDatabase } from './validate';

let cached: ClaimDatabase | undefined;

export function bundledDatabase(): ClaimDatabase {
  cached ??= loadDatabaseOrThrow({ claims, fx, sources });
  return cached;
}
