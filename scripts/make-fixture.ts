// Build real-HTML fixture pages from the five source articles (/work/shared/seeds, listed in data/sources.json):
// headings, paragraphs, a sidebar, and the regions whose figures must never be marked (a comment box, an editable
// draft, a code block, hidden elements). Regenerate with `npx tsx scripts/make-fixture.ts [seedDir]`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sources from '../data/sources.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED_DIR = path.resolve(process.argv[2] ?? path.join(ROOT, '../shared/seeds'));
const OUT_DIR = path.join(ROOT, 'tests/fixtures/seeds');

const HEADING_RE = /^(?:\/ ?\d+ ?\/|[^.!?。！？:："”]{1,70})$/;
const SCALED_NUMBER_RE = /\b(\d[\d.,]*)( (?:million|billion) (?:yuan|HKD|RMB))/;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Regions with figures the extension must leave alone; shared by every fixture so tests can name them. */
const UNTOUCHABLE = `
    <section class="comments" aria-label="Comments">
      <h2>Comments</h2>
      <form><label for="comment">Your comment</label>
        <textarea id="comment" rows="3">Zhipu revenue was 7 billion yuan in 2025, not 724 million yuan.</textarea>
        <input id="comment-figure" type="text" value="Zhipu ARR 1.7 billion yuan">
      </form>
      <div id="draft" contenteditable="true">Draft: Zhipu's 2025 revenue of 7 billion yuan, up 131.9% year over year.</div>
    </section>
    <pre id="code"><code>zhipu_revenue_2025 = 724_000_000  # Zhipu revenue 724 million yuan in 2025</code></pre>
    <p id="hidden-attr" hidden>Zhipu revenue was 7 billion yuan in 2025.</p>
    <div id="hidden-css" style="display:none">Zhipu revenue was 7 billion yuan in 2025.</div>`;

const SIDEBAR = `
    <aside class="sidebar" aria-label="Market data">
      <h2>Market snapshot</h2>
      <ul>
        <li>Zhipu (HK02513) share price 693.5 HKD</li>
        <li>MiniMax open-platform revenue in 2025: $25.96M</li>
      </ul>
    </aside>`;

export function articleHtml(title: string, text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const titleAt = lines.findIndex((l) => l === title.trim());
  const nav = titleAt > 0 ? lines.slice(0, titleAt) : [];
  const body = titleAt >= 0 ? lines.slice(titleAt + 1) : lines;
  const parts: string[] = [];
  let emphasised = false;
  for (const line of body) {
    if (HEADING_RE.test(line) && line.length < 70) {
      parts.push(`      <h2>${escape(line)}</h2>`);
      continue;
    }
    let html = escape(line);
    // One figure per page split across elements (<b>724</b> million yuan), as news sites often write them.
    if (!emphasised && SCALED_NUMBER_RE.test(line)) {
      html = html.replace(SCALED_NUMBER_RE, '<b>$1</b>$2');
      emphasised = true;
    }
    parts.push(`      <p>${html}</p>`);
  }
  const navHtml = nav.length
    ? `\n    <nav class="site-menu"><ul>\n${nav.map((l) => `      <li>${escape(l)}</li>`).join('\n')}\n    </ul></nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <style>
    body { font: 17px/1.6 Georgia, serif; margin: 0 auto; max-width: 1100px; padding: 16px; display: grid;
      grid-template-columns: 1fr 260px; gap: 32px; }
    nav.site-menu { grid-column: 1 / -1; font: 12px/1.3 sans-serif; max-height: 120px; overflow: auto; }
    nav.site-menu ul { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; padding: 0; }
    .sidebar { font: 14px/1.4 sans-serif; border-left: 1px solid #ddd; padding-left: 16px; }
    .comments textarea, .comments input { width: 100%; }
    #draft { border: 1px dashed #999; padding: 8px; margin-top: 8px; }
  </style>
</head>
<body>${navHtml}
  <main>
    <article>
      <h1>${escape(title)}</h1>
${parts.join('\n')}
    </article>${UNTOUCHABLE}
  </main>${SIDEBAR}
</body>
</html>
`;
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const source of sources) {
    const text = readFileSync(path.join(SEED_DIR, source.file), 'utf8');
    const out = path.join(OUT_DIR, `${source.id}.html`);
    writeFileSync(out, articleHtml(source.title, text));
    console.log(`wrote ${path.relative(ROOT, out)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
