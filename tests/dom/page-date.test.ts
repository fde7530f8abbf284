/** @vitest-environment happy-dom */
// The page's date from its markup: the candidates the content script and the command-line check gather alike.
import { afterEach, describe, expect, test } from 'vitest';
import { pageDate, pageDateCandidates } from '../../src/page/page-date';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.title = '';
});

function page(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

const LD = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('pageDateCandidates', () => {
  test('the meta tag, JSON-LD and <time> are each read', () => {
    const doc = page(
      `<meta property="article:published_time" content="2026-02-13T09:00:00+08:00">${LD({ '@type': 'NewsArticle', datePublished: '2026-02-12' })}`,
      '<article><time datetime="2026-02-11">11 Feb</time><p>Zhipu</p></article>',
    );
    expect(pageDateCandidates(doc)).toEqual({ meta: '2026-02-13T09:00:00+08:00', jsonLd: '2026-02-12', time: '2026-02-11' });
    expect(pageDate(doc)).toBe('2026-02-13');
  });

  test('JSON-LD: the article in a @graph, not the organisation or breadcrumb before it', () => {
    const doc = page(
      LD({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', name: 'News 2024', datePublished: '2019-01-01' },
          { '@type': ['NewsArticle'], headline: 'Zhipu 2023', datePublished: '2026-02-17T06:00:00Z' },
        ],
      }),
      '<p>text</p>',
    );
    expect(pageDate(doc)).toBe('2026-02-17');
  });

  test('malformed JSON-LD is skipped, the next block is read', () => {
    const doc = page(`<script type="application/ld+json">{ not json</script>${LD([{ '@type': 'Article', datePublished: '2025-08-29' }])}`, '');
    expect(pageDate(doc)).toBe('2025-08-29');
  });

  test('<time> in the article before one in a sidebar; one only in furniture is not the page date', () => {
    expect(pageDate(page('', '<aside><time datetime="2020-01-01">x</time></aside><article><time datetime="2026-01-08">8 Jan</time></article>'))).toBe('2026-01-08');
    expect(pageDate(page('', '<aside><time datetime="2020-01-01">x</time></aside><footer><time datetime="2021-01-01">x</time></footer><p>text</p>'))).toBeUndefined();
  });

  test('a year in the URL or the title is never the page date', () => {
    const doc = page('<title>Zhipu 2023 results, filed 2024-03-01</title>', '<h1>Zhipu’s 2023 revenue</h1><p>Revenue rose 31.8%.</p>');
    history.replaceState({}, '', '/2024/03/01/zhipu-2023.html');
    expect(pageDateCandidates(doc)).toEqual({ meta: null, jsonLd: null, time: null });
    expect(pageDate(doc)).toBeUndefined();
  });

  test('a given date (--date) wins over the markup', () => {
    const doc = page('<meta property="article:published_time" content="2026-02-13">', '');
    expect(pageDate(doc, '2025-07-01')).toBe('2025-07-01');
    expect(pageDate(doc, null)).toBe('2026-02-13');
  });
});
