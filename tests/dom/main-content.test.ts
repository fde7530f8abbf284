/** @vitest-environment happy-dom */
// The main content: what is read (and so marked) on a page, and what is furniture. The fixture pages' expected
// text is written by hand beside them (tests/fixtures/pages/*/expected.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findMainContent, linkDensity } from '../../src/page/main-content';
import { pageDate } from '../../src/page/page-date';
import { pageText } from '../../src/page/page-text';
import { collectVisibleText } from '../../src/page/visible-text';
import { expectedOf, PAGE_IDS, pageHtml } from '../fixtures/pages/load-pages';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

const textOf = (bodyHtml: string) => {
  document.body.innerHTML = bodyHtml;
  return pageText(document.body).text;
};

describe.each(PAGE_IDS)('fixture page %s', (id) => {
  const expected = expectedOf(id);
  test('the main content is read, furniture is not; the date is the markup’s', () => {
    const doc = load(pageHtml(id));
    const { text } = pageText(doc.body);
    expect(text.split('\n')).toEqual(expected.text);
    for (const f of expected.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const f of expected.furnitureFigures) expect(text).not.toContain(f);
    expect(pageDate(doc) ?? null).toBe(expected.pageDate);
  });
});

describe('the seed fixtures: the article is read, the menu, sidebar and comment box are not', () => {
  const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');
  test.each(['gate-archie-surge', 'nbd-zhipu-api', 'zai-business-model', 'ainews-trillion-valuation', 'wanfu-loss-per-yuan'])('%s', (id) => {
    const doc = load(readFileSync(path.join(SEEDS, `${id}.html`), 'utf8'));
    const main = findMainContent(doc.body);
    expect(main.how).toBe('semantic');
    expect(main.root.tagName).toBe('ARTICLE');
    const { text } = pageText(doc.body);
    expect(text.startsWith(doc.querySelector('h1')!.textContent!)).toBe(true);
    expect(text).not.toContain('Market snapshot');
    expect(text).not.toContain('Zhipu (HK02513) share price 693.5 HKD');
    expect(text).not.toContain('Comments');
  });
});

describe('choosing the root', () => {
  const paragraphs = (n: number, word = 'Zhipu') =>
    Array.from({ length: n }, (_, i) => `<p>${word} paragraph ${i + 1}, with enough words in it, and commas, to count as article text.</p>`).join('');

  test('one <article> holding the paragraphs: the cheap path', () => {
    document.body.innerHTML = `<div>${paragraphs(1, 'Promo')}</div><article>${paragraphs(6)}</article>`;
    const main = findMainContent(document.body);
    expect(main.how).toBe('semantic');
    expect(main.root.tagName).toBe('ARTICLE');
  });

  test('an <article> with only a few of the paragraphs is not taken on trust', () => {
    document.body.innerHTML = `<article><p>Teaser: Baidu revenue up 12% this quarter, analysts said today.</p></article><div class="story">${paragraphs(8)}</div>`;
    const main = findMainContent(document.body);
    expect(main.how).toBe('scored');
    expect(main.root.className).toBe('story');
  });

  test('several <article> teasers (a listing): the container of the text is scored instead', () => {
    document.body.innerHTML = `<div class="col">${paragraphs(2)}</div><div id="feed"><article>${paragraphs(3)}</article><article>${paragraphs(3)}</article></div>`;
    const main = findMainContent(document.body);
    expect(main.how).not.toBe('semantic');
  });

  test('comments as <article>s inside the article do not make it ambiguous', () => {
    document.body.innerHTML = `<article id="a">${paragraphs(5)}<section class="comments"><article><p>Revenue was 7 billion yuan, not 724 million, says this reader.</p></article></section></article>`;
    const main = findMainContent(document.body);
    expect(main.root.id).toBe('a');
    expect(pageText(document.body).text).not.toContain('7 billion');
  });

  test('text that continues after an ad slot: the parent of both blocks is read', () => {
    document.body.innerHTML = `<div id="wrap"><div class="body" id="one">${paragraphs(4)}</div><div class="ad">Ad 3%</div><div class="body" id="two">${paragraphs(3, 'MiniMax')}</div></div><div class="rail">${paragraphs(1, 'Other')}</div>`;
    const main = findMainContent(document.body);
    expect(main.root.id).toBe('wrap');
    const text = pageText(document.body).text;
    expect(text).toContain('MiniMax paragraph 3');
    expect(text).not.toContain('Ad 3%');
    expect(text).not.toContain('Other paragraph');
  });

  test('no convincing candidate (a table, a few short lines): the whole body, minus furniture', () => {
    const text = textOf('<nav>Hang Seng +2.3%</nav><h1>Figures</h1><table><tr><td>Zhipu</td><td>724 million yuan</td></tr></table><footer>© 2026</footer>');
    expect(findMainContent(document.body).how).toBe('body');
    expect(text).toBe('Figures\nZhipu\n724 million yuan');
  });

  test('a plain page of paragraphs straight in <body> reads as before', () => {
    const html = paragraphs(5);
    expect(textOf(html)).toBe(collectVisibleText(document.body).text);
  });
});

describe('furniture inside the root', () => {
  test.each([
    ['<aside>', '<aside>Baidu revenue up 12%</aside>'],
    ['<nav>', '<nav>Markets +2.3%</nav>'],
    ['<footer>', '<footer>12 million readers</footer>'],
    ['a header outside the article', '<header class="top">Hang Seng +2.3%</header>'],
    ['role=complementary', '<div role="complementary">Baidu revenue up 12%</div>'],
    ['role=navigation', '<div role="navigation">Top 50</div>'],
    ['a ticker by class', '<div class="market-ticker">Hang Seng Tech +2.3%</div>'],
    ['a marquee', '<marquee>Hang Seng Tech +2.3%</marquee>'],
    ['related links by id', '<div id="related_links">Baidu revenue up 12%</div>'],
    ['a comment box', '<div class="comment-box">Revenue was 7 billion yuan</div>'],
    ['a share bar', '<div class="share">Shared 1,200 times</div>'],
    ['an ad', '<div class="ad">Get 3% cash back</div>'],
    ['a list of links', '<ul><li><a href="/a">Baidu revenue up 12%</a></li><li><a href="/b">Tencent capex up 80%</a></li></ul>'],
    ['a paragraph that is a link', '<p>Read: <a href="/m">Moonshot raises $700 million at a $4.3 billion valuation</a></p>'],
  ])('%s is left out', (_name, furniture) => {
    const text = textOf(`<div>${furniture}</div><p>Zhipu reported revenue of 724 million yuan in 2025.</p>`);
    expect(text).toBe('Zhipu reported revenue of 724 million yuan in 2025.');
  });

  test.each([
    ['the article’s own header (title, byline)', '<article><header><h1>Zhipu 2025</h1><p>By A. Writer</p></header><p>Revenue was 724 million yuan, up 31.8% from a year before, it said today.</p></article>', 'Zhipu 2025\nBy A. Writer\nRevenue was 724 million yuan, up 31.8% from a year before, it said today.'],
    ['a wrapper named after what it holds ("has-sidebar")', '<div class="layout has-sidebar"><p>Revenue was 724 million yuan in 2025, it said.</p><p>Loss was 2.96 billion yuan.</p></div>', 'Revenue was 724 million yuan in 2025, it said.\nLoss was 2.96 billion yuan.'],
    ['a "header" named block that holds the headline', '<div class="article-header"><h1>Zhipu 2025</h1></div><p>Revenue was 724 million yuan.</p>', 'Zhipu 2025\nRevenue was 724 million yuan.'],
    ['words that only contain a furniture word ("headline", "shared-data", "download")', '<div class="headline">Zhipu 2025</div><div class="download">Revenue was 724 million yuan.</div>', 'Zhipu 2025\nRevenue was 724 million yuan.'],
    ['a list of facts with one link', '<ul><li>Revenue: 724 million yuan, up 131.9% in 2025 (<a href="/p">prospectus</a>)</li><li>Loss: 2.96 billion yuan</li></ul>', 'Revenue: 724 million yuan, up 131.9% in 2025 (prospectus)\nLoss: 2.96 billion yuan'],
  ])('%s is read', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  test('linkDensity: the share of text in links', () => {
    document.body.innerHTML = '<p id="p">abcd <a>efgh</a></p><p id="q">no links</p>';
    expect(linkDensity(document.getElementById('p')!)).toBeCloseTo(4 / 9);
    expect(linkDensity(document.getElementById('q')!)).toBe(0);
  });
});
