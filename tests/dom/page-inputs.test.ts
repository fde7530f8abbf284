/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { pageDate } from '../../src/page/page-date';
import { claimKeys } from '../../src/core/check/claim-keys';
import { withClaims } from '../../src/page/page-database';
import type { StoredPack } from '../../src/storage/storage';

describe('pageDate', () => {
  test.each([
    ['<meta property="article:published_time" content="2026-06-15T08:00:00Z">', '', '2026-06-15'],
    ['<meta itemprop="datePublished" content="2025-12">', '', '2025-12'],
    ['', '<article><time datetime="2025-12-24">Dec 24</time></article>', '2025-12-24'],
    ['<meta name="date" content="yesterday">', '', undefined],
    ['', '<p>No date here, 2025 revenue</p>', undefined],
  ])('%s %s', (head, body, expected) => {
    document.head.innerHTML = head;
    document.body.innerHTML = body;
    expect(pageDate(document)).toBe(expected);
  });
});

describe('withClaims', () => {
  const base = bundledDatabase();
  const pack: StoredPack = {
    name: 'My notes',
    importedAt: '2026-11-22T08:00:00Z',
    sources: [{ id: 'my-source', title: 'My source', outlet: 'Me', author: null, date: '2026-01', language: 'en', file: 'x.txt' }],
    claims: [
      {
        id: 'my-claim',
        entity: 'minimax',
        metric: 'revenue',
        period: '2025',
        value: 79e6,
        unit: 'USD',
        qualifier: 'exact',
        sourceId: 'my-source',
        quote: 'MiniMax revenue was $79 million in 2025',
      },
    ],
  };

  test('no packs: the bundled database itself', () => {
    expect(withClaims(base, { claims: [], sources: [] })).toBe(base);
  });

  test('pack sources and claims are appended, the bundled ones kept, and the result reused', () => {
    const extra = { claims: pack.claims, sources: pack.sources };
    const db = withClaims(base, extra);
    expect(db.claims).toHaveLength(base.claims.length + 1);
    expect(db.sources.at(-1)!.id).toBe('my-source');
    expect(db.fx).toBe(base.fx);
    expect(withClaims(base, extra)).toBe(db);
  });

  test('an id already in the database is not added twice', () => {
    const clash = { ...pack, importedAt: 'later', claims: [{ ...pack.claims[0]!, id: base.claims[0]!.id }] };
    const db = withClaims(base, { claims: clash.claims, sources: [] });
    expect(db.claims).toHaveLength(base.claims.length);
  });
});

describe('claimKeys: what a page asks of the imported packs', () => {
  test.each([
    ['a figure with company and metric', [{ entity: 'zhipu', metric: 'revenue' }], ['zhipu|revenue']],
    ['no company: nothing to match', [{ entity: null, metric: 'revenue' }], []],
    ['a ratio asks for its parts', [{ entity: 'zhipu', metric: 'rd-ratio' }], ['zhipu|rd-expense', 'zhipu|rd-ratio', 'zhipu|revenue']],
    ['growth asks for its base', [{ entity: 'minimax', metric: 'revenue-growth' }], ['minimax|revenue', 'minimax|revenue-growth']],
    ['repeats once', [{ entity: 'zhipu', metric: 'revenue' }, { entity: 'zhipu', metric: 'revenue' }], ['zhipu|revenue']],
  ] as const)('%s', (_, figures, keys) => {
    expect(claimKeys(figures as never)).toEqual(keys);
  });
});
