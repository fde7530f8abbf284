// The bundled sample article (entrypoints/sample/index.html) is the AINews source article verbatim: it is what
// scripts/make-sample.ts makes of the seed, and every line of the article is in the page as one element's text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { articleLines, SAMPLE_PAGE, samplePage, seedFile, tableCells } from '../../scripts/make-sample';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = seedFile(path.join(ROOT, '../shared/seeds'));
const page = readFileSync(SAMPLE_PAGE, 'utf8');

describe.skipIf(!existsSync(SEED))('sample article', () => {
  const lines = articleLines(readFileSync(SEED, 'utf8'));

  test('the committed page is what the generator makes of the seed', () => {
    expect(page).toBe(samplePage(lines));
  });

  test('every line of the article is in the page verbatim, in order', () => {
    const window = new Window();
    window.document.write(page);
    const article = window.document.querySelector('article')!;
    const texts = Array.from(article.querySelectorAll('h1, h2, p, li')).map((e) => e.textContent ?? '');
    const rows = Array.from(article.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    let at = 0;
    for (const line of lines) {
      if (line.startsWith('|')) {
        if (/^\|[-|\s]+\|$/.test(line)) continue;
        expect(rows).toContainEqual(tableCells(line));
        continue;
      }
      const text = line.startsWith('- ') ? line.slice(2) : line;
      const found = texts.indexOf(text, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    expect(article.textContent).toContain('reporting just 7 billion yuan in annual revenue');
    void window.happyDOM.close();
  });
});
