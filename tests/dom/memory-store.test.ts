// The reading memory over a real IndexedDB implementation (fake-indexeddb), and the background's decision of what
// to keep: nothing with the memory off, on an excluded site or from a private window.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { memoryClaimsReplySchema, rememberReplySchema, type Message } from '../../src/core/messages';
import { claimPackSchema, type Claim, type Source } from '../../src/core/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { MAX_PER_KEY, openMemoryStore } from '../../src/storage/memory-store';
import { mayStore, memoryServer, type SenderInfo } from '../../src/storage/serve-memory';

beforeEach(() => fakeBrowser.reset());

const source = (id: string, url: string): Source => ({ id, title: `Page ${id}`, outlet: null, author: null, date: '2026-11-20', language: 'en', file: url, url });
const claim = (sourceId: string, n: number, quote: string, value = 724e6, metric: Claim['metric'] = 'revenue'): Claim => ({
  id: `${sourceId}-c${n}`,
  entity: 'zhipu',
  metric,
  period: '2025',
  value,
  unit: 'CNY',
  qualifier: 'exact',
  sourceId,
  quote,
});

test('a page is kept by URL and key; reading it again replaces its claims; a page is never its own source', async () => {
  const store = await openMemoryStore(new IDBFactory());
  const a = source('a', 'https://www.scmp.com/a');
  await store.remember({ url: 'https://www.scmp.com/a#top', title: 'A', source: a, readAt: '2026-11-20T10:00:00.000Z', claims: [claim('a', 1, 'Revenue was 724 million yuan.'), claim('a', 2, 'It lost 1 billion yuan.', 1e9, 'net-loss')] });
  expect((await store.claimsFor(['zhipu|revenue'])).claims.map((c) => c.id)).toEqual(['a-c1']);
  expect((await store.claimsFor(['zhipu|revenue'], 'https://www.scmp.com/a')).claims).toEqual([]);

  await store.remember({ url: 'https://www.scmp.com/a', title: 'A', source: a, readAt: '2026-11-21T10:00:00.000Z', claims: [claim('a', 3, 'Revenue was 800 million yuan.', 8e8)] });
  const found = await store.claimsFor(['zhipu|revenue', 'zhipu|net-loss']);
  expect(found.claims.map((c) => c.id)).toEqual(['a-c3']);
  expect(found.readAt).toEqual({ a: '2026-11-21T10:00:00.000Z' });
  const pages = await store.list();
  expect(pages).toHaveLength(1);
  expect(pages[0]).toMatchObject({ url: 'https://www.scmp.com/a', host: 'scmp.com', claims: 1, readAt: '2026-11-21T10:00:00.000Z' });
  expect(pages[0]!.bytes).toBeGreaterThan(200);
});

test('the same quote read at several URLs (syndication) counts once', async () => {
  const store = await openMemoryStore(new IDBFactory());
  const quote = 'Zhipu’s revenue was 724 million yuan in 2025.';
  await store.remember({ url: 'https://one.example/x', title: 'X', source: source('one', 'https://one.example/x'), readAt: '2026-11-20T10:00:00.000Z', claims: [claim('one', 1, quote)] });
  await store.remember({ url: 'https://two.example/y', title: 'Y', source: source('two', 'https://two.example/y'), readAt: '2026-11-22T10:00:00.000Z', claims: [claim('two', 1, quote)] });
  const found = await store.claimsFor(['zhipu|revenue']);
  expect(found.claims).toHaveLength(1);
  expect(found.sources.map((s) => s.id)).toEqual(['two']);
});

test('at most MAX_PER_KEY claims per key are served, the newest readings first', async () => {
  const store = await openMemoryStore(new IDBFactory());
  for (let i = 0; i < MAX_PER_KEY + 5; i++) {
    const id = `p${i}`;
    const readAt = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    await store.remember({ url: `https://ex.example/${i}`, title: id, source: source(id, `https://ex.example/${i}`), readAt, claims: [claim(id, 1, `Revenue was ${i} yuan.`, i + 1)] });
  }
  const found = await store.claimsFor(['zhipu|revenue']);
  expect(found.claims).toHaveLength(MAX_PER_KEY);
  expect(found.claims.map((c) => c.value)).toContain(MAX_PER_KEY + 5); // the last read
  expect(found.claims.map((c) => c.value)).not.toContain(1); // the first read
  // Forgetting one of the newest brings the next older one back.
  await store.forgetPage(`https://ex.example/${MAX_PER_KEY + 4}`);
  const after = (await store.claimsFor(['zhipu|revenue'])).claims.map((c) => c.value);
  expect(after).toHaveLength(MAX_PER_KEY);
  expect(after).not.toContain(MAX_PER_KEY + 5);
  expect(after).toContain(5);
});

test('forget a page, a site, everything; export is a valid claim pack', async () => {
  const store = await openMemoryStore(new IDBFactory());
  const put = (url: string, id: string) => store.remember({ url, title: id, source: source(id, url), readAt: '2026-11-20T10:00:00.000Z', claims: [claim(id, 1, `Revenue ${id}.`)] });
  await put('https://www.scmp.com/a', 'a');
  await put('https://amp.scmp.com/b', 'b');
  await put('https://reuters.com/c', 'c');
  await put('https://reuters.com/d', 'd');
  const pack = claimPackSchema.parse(await store.exportPack('Reading memory'));
  expect(pack.sources.map((s) => s.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  expect(pack.claims).toHaveLength(4);
  await store.forgetPage('https://reuters.com/d');
  expect((await store.list()).map((p) => p.url).sort()).toEqual(['https://amp.scmp.com/b', 'https://reuters.com/c', 'https://www.scmp.com/a']);
  expect(await store.forgetSite('scmp.com')).toBe(2);
  expect((await store.list()).map((p) => p.url)).toEqual(['https://reuters.com/c']);
  expect((await store.claimsFor(['zhipu|revenue'])).claims.map((c) => c.id)).toEqual(['c-c1']);
  await store.forgetAll();
  expect(await store.list()).toEqual([]);
  expect((await store.claimsFor(['zhipu|revenue'])).claims).toEqual([]);
});

const on: Settings = { ...DEFAULT_SETTINGS, memory: true, memoryExcludedSites: ['ft.com'] };
const tab = (url: string, incognito = false): SenderInfo => ({ url, tab: { url, incognito } });

test('the background keeps a page only with the memory on, off excluded sites and outside private windows', () => {
  const url = 'https://www.scmp.com/a';
  expect(mayStore(on, url, tab(url))).toBe(true);
  expect(mayStore({ ...on, memory: false }, url, tab(url))).toBe(false);
  expect(mayStore(on, url, tab(url, true))).toBe(false);
  expect(mayStore(on, url, { url })).toBe(false); // no tab: not known to be a normal window
  expect(mayStore(on, 'https://www.ft.com/x', tab('https://www.ft.com/x'))).toBe(false);
  expect(mayStore(on, 'https://markets.ft.com/x', tab('https://markets.ft.com/x'))).toBe(false);
  expect(mayStore(on, url, tab('https://evil.example/'))).toBe(false); // a page cannot store for another site
  expect(mayStore({ ...on, disabledSites: ['scmp.com'] }, url, tab(url))).toBe(false); // Figure Check off there
});

test('the server stores and recalls through messages, and a private tab gets nothing and stores nothing', async () => {
  const store = await openMemoryStore(new IDBFactory());
  let settings = on;
  const server = memoryServer(async () => store, async () => settings, () => new Date('2026-11-20T10:00:00.000Z'));
  const url = 'https://www.scmp.com/a';
  const remember: Message = { type: 'fc:remember', url, title: 'A', source: source('a', url), claims: [claim('a', 1, 'Revenue was 724 million yuan.')] };
  expect(rememberReplySchema.parse(await server.handle(remember, tab(url, true)))).toEqual({ stored: false, problem: null });
  expect(await store.list()).toEqual([]);
  settings = { ...on, memory: false };
  expect(rememberReplySchema.parse(await server.handle(remember, tab(url)))).toEqual({ stored: false, problem: null });
  expect(await store.list()).toEqual([]);
  settings = on;
  expect(rememberReplySchema.parse(await server.handle(remember, tab(url)))).toEqual({ stored: true, problem: null });
  const ask: Message = { type: 'fc:memory-claims', url: 'https://other.example/b', keys: ['zhipu|revenue'] };
  const reply = memoryClaimsReplySchema.parse(await server.handle(ask, tab('https://other.example/b')));
  expect(reply.claims.map((c) => c.id)).toEqual(['a-c1']);
  expect(reply.readAt).toEqual({ a: '2026-11-20T10:00:00.000Z' });
  expect(memoryClaimsReplySchema.parse(await server.handle(ask, tab('https://other.example/b', true))).claims).toEqual([]);
});
