// Real article text for the benchmarks: the five source articles and the development set, repeated to size.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function articleTexts(): string[] {
  const texts: string[] = [];
  const seeds = path.join(ROOT, '../shared/seeds');
  const devset = path.join(ROOT, '../shared/devset/articles');
  for (const dir of [seeds, devset]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      texts.push(dir === devset ? text.split('\n---\n').slice(1).join('\n---\n') : text);
    }
  }
  if (texts.length === 0) {
    // Without ../shared the fixture pages' text still gives a real-article corpus.
    const fixtures = path.join(ROOT, 'tests/fixtures/seeds');
    for (const f of existsSync(fixtures) ? readdirSync(fixtures) : [])
      texts.push(readFileSync(path.join(fixtures, f), 'utf8').replace(/<[^>]*>/g, ' '));
  }
  return texts;
}

/** About `bytes` of article text (UTF-16 code units as a stand-in for bytes), whole articles repeated. */
export function corpusOfSize(bytes: number): string {
  const texts = articleTexts();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += t.length + 2;
  }
  return parts.join('\n\n');
}
