// Read the three data files from disk for the command-line tools; a file that is not JSON fails with its name.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DATA_DIR = path.resolve(import.meta.dirname, '../data');
export const DATA_FILES = { sources: 'data/sources.json', claims: 'data/claims.json', fx: 'data/fx.json' } as const;

export function readJson(file: string): unknown {
  const text = readFileSync(path.resolve(import.meta.dirname, '..', file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

export function readDataFiles() {
  return {
    sources: readJson(DATA_FILES.sources),
    claims: readJson(DATA_FILES.claims),
    fx: readJson(DATA_FILES.fx),
  };
}
