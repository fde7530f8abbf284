/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Source } from '../../src/core/schema';
import { findFigureInQuote } from '../../src/ui/popover/emphasise-figure';
import { formatValue } from '../../src/ui/shared/format';
import { createPopover, placeCard } from '../../src/ui/popover/popover';
import { buildPopoverContent } from '../../src/ui/popover/popover-content';
import { claim, figureAt } from './make-figure';

const SOURCES: Record<string, Source> = {
  'nbd-zhipu-api': {
    id: 'nbd-zhipu-api',
    title: 'Zhipu Zhang Peng: When the model is strong enough',
    outlet: 'Daily Economic News',
    author: null,
    date: '2026-03-31',
    language: 'en',
    file: '000.txt',
  },
};
const lookup = (id: string) => SOURCES[id];

beforeEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('fc-popover-host').forEach((h) => h.remove());
});

describe('popover content', () => {
  const text = 'Zhipu revenue reached 7 billion yuan in 2025.';
  const figure = figureAt(text, '7 billion yuan', {
    value: 7e9,
    claims: [claim(), claim({ sourceId: 'unknown-source', quote: 'revenue of RMB 724 million', verdict: 'conflict' })],
  });

  test('shows the figure as read, the verdict, the explanation and every other source', () => {
    const root = buildPopoverContent(document, figure, lookup);
    expect(root.querySelector('.fc-title')!.textContent).toBe('“7 billion yuan”');
    expect(root.querySelector('.fc-badge')!.textContent).toBe('Conflicts with other sources');
    expect(root.querySelector('.fc-reading')!.textContent).toContain('7 billion yuan');
    expect(root.querySelector('.fc-reading')!.textContent).toContain('Zhipu AI (Z.ai)');
    expect(root.querySelector('.fc-reading')!.textContent).toContain('revenue');
    expect(root.querySelector('.fc-reading')!.textContent).toContain('2025');
    expect(root.querySelector('.fc-explanation')!.textContent).toBe(figure.explanation);
    const items = [...root.querySelectorAll('.fc-source')];
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('.fc-outlet')!.textContent).toBe('Daily Economic News');
    expect(items[0]!.textContent).toContain('2026-03-31');
    expect(items[0]!.querySelector('.fc-quote-figure')!.textContent).toBe('724 million yuan');
    expect(items[0]!.querySelector('.fc-their-value')!.textContent).toBe('724 million yuan');
    // An unknown source falls back to its id.
    expect(items[1]!.querySelector('.fc-outlet')!.textContent).toBe('unknown-source');
  });

  test('a hostile quote is shown as text, never parsed as markup', () => {
    const hostile = figureAt(text, '7 billion yuan', {
      claims: [claim({ quote: '<img src=x onerror=alert(1)> revenue 724 million yuan' })],
    });
    const root = buildPopoverContent(document, hostile, lookup);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.fc-quote')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('on a page that is itself a source, its own claim is not listed as another source', () => {
    const own = figureAt(text, '7 billion yuan', { ownClaim: true, claims: [claim(), claim({ sourceId: 'other' })] });
    const root = buildPopoverContent(document, own, lookup, 'nbd-zhipu-api');
    expect([...root.querySelectorAll('.fc-source')].map((li) => (li as HTMLElement).dataset.sourceId)).toEqual(['other']);
    expect(root.querySelector('.fc-own')).not.toBeNull();
  });

  test('a converted value shows the stated original too', () => {
    const usd = figureAt(text, '7 billion yuan', {
      claims: [claim({ value: 7.2e9, originalValue: 1e9, originalUnit: 'USD', quote: 'revenue of US$1 billion' })],
    });
    const li = buildPopoverContent(document, usd, lookup).querySelector('.fc-converted')!;
    expect(li.textContent).toBe('Their figure: 7.2 billion yuan (stated as US$1 billion)');
  });
});

describe('popover element', () => {
  test('lives in an open shadow root on <html>, outside <body>, and closes', () => {
    document.body.innerHTML = '<p>revenue <fc-mark data-fc-id="fc-1" tabindex="0">7 billion yuan</fc-mark></p>';
    const mark = document.querySelector<HTMLElement>('fc-mark')!;
    const popover = createPopover(document, { lookup, pageSource: () => null });
    const before = document.body.textContent;
    popover.open(mark, figureAt('7 billion yuan', '7 billion yuan', { claims: [claim()] }));
    const host = document.querySelector('fc-popover-host')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.body.textContent).toBe(before);
    const card = host.shadowRoot!.querySelector<HTMLElement>('.fc-card')!;
    expect(card.hidden).toBe(false);
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-labelledby')).toBe('fc-pop-title');
    expect(host.shadowRoot!.getElementById('fc-pop-title')).not.toBeNull();
    expect(mark.getAttribute('aria-expanded')).toBe('true');
    popover.close();
    expect(card.hidden).toBe(true);
    expect(mark.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('placeCard keeps the card in the viewport', () => {
  const view = { width: 800, height: 600 };
  const card = { width: 300, height: 200 };
  test.each([
    ['below when there is room', { top: 100, bottom: 120, left: 50 }, card, { top: 126, left: 50, placement: 'below', maxHeight: null }],
    ['above near the bottom edge', { top: 500, bottom: 520, left: 50 }, card, { top: 294, left: 50, placement: 'above', maxHeight: null }],
    ['clamped at the right edge', { top: 100, bottom: 120, left: 700 }, card, { top: 126, left: 492, placement: 'below', maxHeight: null }],
    ['clamped at the left edge', { top: 100, bottom: 120, left: -40 }, card, { top: 126, left: 8, placement: 'below', maxHeight: null }],
    // Too tall for either side: the roomier side, height capped, never over the mark.
    // Never over 60% of the viewport high (360 of 600): capped, then placed where the capped card fits.
    ['too tall, capped, below', { top: 200, bottom: 220, left: 50 }, { width: 300, height: 700 }, { top: 226, left: 50, placement: 'below', maxHeight: 360 }],
    ['too tall, capped, above', { top: 400, bottom: 420, left: 50 }, { width: 300, height: 700 }, { top: 34, left: 50, placement: 'above', maxHeight: 360 }],
    ['too tall for either side even capped', { top: 250, bottom: 270, left: 50 }, { width: 300, height: 700 }, { top: 276, left: 50, placement: 'below', maxHeight: 316 }],
  ])('%s', (_name, anchor, size, expected) => {
    const spot = placeCard(anchor, size, view);
    expect(spot).toEqual(expected);
    const bottom = spot.top + (spot.maxHeight ?? size.height);
    expect(bottom <= anchor.top || spot.top >= anchor.bottom).toBe(true);
  });
});

describe('formatting and quote emphasis', () => {
  test.each([
    [724e6, 'CNY', '724 million yuan'],
    [1.2e9, 'USD', 'US$1.2 billion'],
    [0.318, 'percent', '31.8%'],
    [60, 'ratio', '60×'],
    [-2.47e9, 'CNY', '−2.47 billion yuan'],
    [2.7e6, 'count', '2.7 million'],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  test.each([
    ['Total annual revenue was 724 million yuan, up 131.9%', 724e6, '724 million yuan'],
    ['revenue up 131.9% year over year', 1.319, '131.9%'],
    ['ARR of about US$250 million', 250e6, 'US$250 million'],
    ['营收7.24亿元', 724e6, '7.24亿元'],
    ['market cap 309.2 billion HKD', 309.2e9, '309.2 billion HKD'],
  ])('%s', (quote, value, expected) => {
    const span = findFigureInQuote(quote, value);
    expect(span && quote.slice(span[0], span[1])).toBe(expected);
  });

  test('no written number fits: no emphasis', () => {
    expect(findFigureInQuote('revenue grew sharply', 5)).toBeNull();
  });
});

describe('the card in reading order', () => {
  test('a plain first sentence, a strip on a log axis, one row per outlet and value with a link, the details folded', () => {
    const withUrl: Record<string, Source> = {
      gate: { id: 'gate', title: 'Zhipu surges', outlet: 'Gate', author: null, date: '2026-03-01', language: 'en', file: 'g.txt', url: 'https://example.com/gate-article' },
    };
    const f = figureAt('Zhipu revenue reached 7 billion yuan in 2025.', '7 billion yuan', {
      value: 7e9,
      verdict: 'magnitude',
      flagged: true,
      claims: [
        claim({ sourceId: 'gate', verdict: 'magnitude', quote: 'revenue reached 724 million yuan - a record' }),
        claim({ sourceId: 'gate', verdict: 'magnitude', quote: 'full-year revenue of 724 million yuan' }),
      ],
    });
    const root = buildPopoverContent(document, f, (id) => withUrl[id]);
    expect(root.children[1]!.className).toBe('fc-summary');
    expect(root.querySelector('.fc-summary')!.textContent).toMatch(/^This page gives 7 billion yuan; Gate gives 724 million yuan: about 10 times apart/);
    const own = root.querySelector('.fc-strip-own')!;
    const theirs = root.querySelector('.fc-strip-source')!;
    expect(Number(own.getAttribute('data-value'))).toBe(7e9);
    expect(Number(theirs.getAttribute('data-value'))).toBe(724e6);
    expect(root.querySelector('.fc-strip')!.getAttribute('aria-label')).toMatch(/logarithmic/);
    // The same outlet with the same value is one row.
    expect(root.querySelectorAll('.fc-source')).toHaveLength(1);
    const link = root.querySelector<HTMLAnchorElement>('.fc-passage')!;
    expect(link.getAttribute('href')).toBe('https://example.com/gate-article#:~:text=revenue%20reached%20724%20million%20yuan%20%2D%20a%20record');
    const details = root.querySelector('details.fc-details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('.fc-reading')).not.toBeNull();
    expect(root.querySelector('.fc-more')).toBeNull();
  });
});

describe('popover in Chinese', () => {
  test('every string from the Chinese catalog, and the card says it is in Chinese', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<p>revenue <fc-mark data-fc-id="fc-1" tabindex="0">7 billion yuan</fc-mark></p>';
    const mark = document.querySelector<HTMLElement>('fc-mark')!;
    const popover = createPopover(document, { lookup, pageSource: () => null, language: () => 'zh' });
    popover.open(mark, figureAt('Zhipu revenue reached 7 billion yuan in 2025.', '7 billion yuan', { value: 7e9, claims: [claim()] }));
    const host = document.querySelector('fc-popover-host')!;
    const card = host.shadowRoot!.querySelector<HTMLElement>('.fc-card')!;
    expect(host.getAttribute('lang')).toBe('zh-CN');
    expect(card.lang).toBe('zh-CN');
    expect(card.querySelector('.fc-badge')!.textContent).toBe('与其他来源矛盾');
    expect(card.querySelector('.fc-summary')!.textContent).toBe('本页为70亿元，Daily Economic News为7.24亿元，相差约10倍。');
    expect(card.querySelector('.fc-subtitle')!.textContent).toBe('其他来源');
    expect(card.querySelector('.fc-their-value')!.textContent).toBe('7.24亿元');
    expect(card.querySelector('.fc-source-date')!.textContent).toBe(' · 2026-03-31 · 2025年数字');
    expect(card.querySelector('.fc-details-summary')!.textContent).toBe('这一数字是如何解读的');
    expect([...card.querySelectorAll('.fc-reading dd')].map((d) => d.textContent)).toEqual(['70亿元', '智谱', '营收', '2025年全年']);
    expect(card.querySelector('.fc-explanation')!.textContent).toBe('Daily Economic News给出的2025年数字为7.24亿元，而非70亿元，相差9.7倍');
    expect(card.querySelector('.fc-keys')!.textContent).toBe('Alt+Shift+N / Alt+Shift+P：下一个/上一个警示 · Esc：关闭');
    popover.destroy();
  });

  test('in English the card says so too, on a Chinese page', () => {
    document.documentElement.lang = 'zh-CN';
    document.body.innerHTML = '<p>营收 <fc-mark data-fc-id="fc-1" tabindex="0">70亿元</fc-mark></p>';
    const mark = document.querySelector<HTMLElement>('fc-mark')!;
    const popover = createPopover(document, { lookup, pageSource: () => null });
    popover.open(mark, figureAt('70亿元', '70亿元', { value: 7e9, claims: [claim()] }));
    const host = document.querySelector('fc-popover-host')!;
    expect(host.getAttribute('lang')).toBe('en');
    expect(host.shadowRoot!.querySelector('.fc-badge')!.textContent).toBe('Conflicts with other sources');
    popover.destroy();
  });
});

test('a quote carries its source’s language, whatever the card’s', () => {
  const root = buildPopoverContent(document, figureAt('Zhipu revenue reached 7 billion yuan in 2025.', '7 billion yuan', { value: 7e9, claims: [claim()] }), lookup, null, 'zh');
  expect(root.lang).toBe('zh-CN');
  expect(root.querySelector<HTMLElement>('.fc-quote')!.lang).toBe('en');
});
