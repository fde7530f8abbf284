/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  BLOCK_SEPARATOR,
  collectVisibleText,
  collectVisibleTextSliced,
  piecesFor,
  segmentIndexAt,
} from '../../src/page/visible-text';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function textOf(html: string): string {
  document.body.innerHTML = html;
  return collectVisibleText(document.body).text;
}

describe('collectVisibleText: what is read', () => {
  test.each([
    ['inline markup joins without a break', '<p>Revenue of <b>724</b> million yuan</p>', 'Revenue of 724 million yuan'],
    ['separate paragraphs never merge', '<p>Zhipu lost 2.47 billion</p><p>MiniMax grew</p>', 'Zhipu lost 2.47 billion\nMiniMax grew'],
    ['a <br> is a break', '<p>up 31.8%<br>down 5%</p>', 'up 31.8%\ndown 5%'],
    ['list items are blocks', '<ul><li>RMB 312 million</li><li>US$70M</li></ul>', 'RMB 312 million\nUS$70M'],
    ['table cells are blocks', '<table><tr><td>2024</td><td>3.12亿元</td></tr></table>', '2024\n3.12亿元'],
    ['source newlines become spaces', '<p>Zhipu\nraised\t$1.2bn</p>', 'Zhipu raised $1.2bn'],
    ['a block inside a paragraph-like div splits around it', '<div>a 1<div>b 2</div>c 3</div>', 'a 1\nb 2\nc 3'],
    ['source whitespace between blocks is dropped', '<div>\n  <p>up 5%</p>\n  <p>down 3%</p>\n</div>', 'up 5%\ndown 3%'],
    ['whitespace between inline elements is kept', '<p><b>724</b> <i>million</i> yuan</p>', '724 million yuan'],
    ['trailing space before a <br> stays (it is in the text node)', '<p>up 5% <br>down 3%</p>', 'up 5% \ndown 3%'],
    ['Chinese blocks stay apart', '<p>同比增长131.9%。</p>\n<p>公司亏损29.6亿元</p>', '同比增长131.9%。\n公司亏损29.6亿元'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe('collectVisibleText: what is skipped', () => {
  test.each([
    ['script', '<p>keep 1</p><script>var x = 99;</script>'],
    ['style', '<p>keep 1</p><style>p { width: 99px }</style>'],
    ['noscript', '<p>keep 1</p><noscript>99 percent</noscript>'],
    ['template', '<p>keep 1</p><template><p>99 million</p></template>'],
    ['textarea', '<p>keep 1</p><textarea>99 million yuan</textarea>'],
    ['select/option', '<p>keep 1</p><select><option>99 million</option></select>'],
    ['code', '<p>keep 1</p><p><code>revenue = 99</code></p>'],
    ['pre', '<p>keep 1</p><pre>revenue 99 million</pre>'],
    ['svg text', '<p>keep 1</p><svg><text>99%</text></svg>'],
    ['[hidden]', '<p>keep 1</p><p hidden>99 million</p>'],
    ['aria-hidden', '<p>keep 1</p><p aria-hidden="true">99 million</p>'],
    ['contenteditable', '<p>keep 1</p><div contenteditable="true"><p>99 million</p></div>'],
    ['contenteditable (empty value)', '<p>keep 1</p><div contenteditable>99 million</div>'],
    ['display:none inline style', '<p>keep 1</p><p style="display:none">99 million</p>'],
    ['display:none from a stylesheet', '<style>.gone{display:none}</style><p>keep 1</p><p class="gone">99 million</p>'],
    ['visibility:hidden', '<p>keep 1</p><p style="visibility:hidden">99 million</p>'],
    ['our popover host', '<p>keep 1</p><fc-popover-host>99 million</fc-popover-host>'],
  ])('%s', (_name, html) => {
    expect(textOf(html)).toBe('keep 1');
  });

  test('contenteditable="false" is read', () => {
    expect(textOf('<div contenteditable="false">up 5%</div>')).toBe('up 5%');
  });

  test('a root inside an excluded region reads nothing', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="in">99 million</p></div>';
    expect(collectVisibleText(document.getElementById('in')!).text).toBe('');
  });

  test('an empty or text-less page gives empty text', () => {
    expect(collectVisibleText(document.body)).toEqual({ text: '', segments: [] });
  });
});

describe('offset map', () => {
  test('every character of every segment maps back to its node', () => {
    document.body.innerHTML = '<h1>Zhipu</h1><p>Revenue <b>724</b> million<br>yuan, <i>up <u>31.8</u>%</i></p>';
    const { text, segments } = collectVisibleText(document.body);
    for (const s of segments) {
      expect(text.slice(s.start, s.end)).toBe(s.node.data.replace(/\s/g, ' '));
    }
    // Gaps between segments are exactly the separators.
    for (let i = 1; i < segments.length; i++) {
      const gap = text.slice(segments[i - 1]!.end, segments[i]!.start);
      expect(['', BLOCK_SEPARATOR]).toContain(gap);
    }
  });

  test('piecesFor splits a figure spanning several nodes', () => {
    document.body.innerHTML = '<p>Revenue of <b>724</b> million yuan in 2024</p>';
    const { text, segments } = collectVisibleText(document.body);
    const start = text.indexOf('724');
    const end = text.indexOf(' in 2024');
    const pieces = piecesFor(segments, start, end);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['724', ' million yuan']);
  });

  test('segmentIndexAt finds the node for an offset, and for an end offset', () => {
    document.body.innerHTML = '<p>ab<b>cd</b></p><p>ef</p>';
    const { segments } = collectVisibleText(document.body);
    expect(segmentIndexAt(segments, 0)).toBe(0);
    expect(segmentIndexAt(segments, 2)).toBe(1);
    expect(segmentIndexAt(segments, 2, true)).toBe(0);
    expect(segmentIndexAt(segments, 4)).toBe(-1); // the separator
    expect(segmentIndexAt(segments, 5)).toBe(2);
  });
});

describe('collectVisibleTextSliced: the same walk over several tasks', () => {
  const seedPage = (name: string) =>
    readFileSync(path.join(import.meta.dirname, '../fixtures/seeds', name), 'utf8').replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, '');

  test.each(['ainews-trillion-valuation.html', 'nbd-zhipu-api.html', 'gate-archie-surge.html'])(
    'on the %s page, yielding after every step, it reads exactly what collectVisibleText reads',
    async (name) => {
      document.body.innerHTML = seedPage(name);
      // Some hidden and skipped content, so the exclusions are exercised across slices too.
      document.body.insertAdjacentHTML('beforeend', '<p hidden>99 million</p><pre>var x = 42;</pre><p>Up <b>5</b>%<br>again</p>');
      const sync = collectVisibleText(document.body);
      expect(sync.text.length).toBeGreaterThan(2000);
      const sliced = await collectVisibleTextSliced(document.body, new AbortController().signal, 0);
      expect(sliced?.text).toBe(sync.text);
      expect(sliced?.segments.length).toBe(sync.segments.length);
      sliced?.segments.forEach((s, i) => {
        const t = sync.segments[i]!;
        expect(s.node).toBe(t.node);
        expect([s.start, s.end]).toEqual([t.start, t.end]);
      });
    },
  );

  test('an aborted walk gives null', async () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} of 724 million yuan</p>`).join('');
    const controller = new AbortController();
    const walk = collectVisibleTextSliced(document.body, controller.signal, 0);
    controller.abort();
    expect(await walk).toBeNull();
  });
});
