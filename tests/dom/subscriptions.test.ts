// Subscribed claim packs over a real IndexedDB implementation (fake-indexeddb) and a scripted server: what is asked
// of the server (no cache, no credentials, no redirect, If-None-Match), a good pack stored and replaced whole, the
// last good copy kept on every kind of failure with the problem in words, the permission given back, and the
// addresses that may be subscribed to.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { subscriptionUrl, type FetchProblem, type Subscription } from '../../src/core/subscriptions';
import { openPackStore, type PackStore } from '../../src/storage/pack-store';
import { firstRefreshDelay, subscriptions, type SubscriptionDeps, type Subscriptions } from '../../src/storage/subscriptions';
import { problemWords } from '../../src/ui/options/subscriptions-panel';
import type { MessageKey } from '../../src/ui/shared/i18n';
import { claim, pack } from '../fixtures/subscribed-pack';
import { translate, type Lang } from '../../src/core/i18n/translate';

const URL_A = 'https://packs.example.org/zhipu.json';

type Answer = { status: number; body?: string | null; headers?: Record<string, string> } | 'offline';

let answer: Answer;
let asked: { url: string; init: RequestInit }[];
let saved: unknown;
let granted: Set<string>;
let released: string[];
let stamps: number[];
let store: PackStore;
let subs: Subscriptions;
let clock: number;

beforeEach(async () => {
  asked = [];
  saved = undefined;
  granted = new Set(['https://packs.example.org/*']);
  released = [];
  stamps = [];
  clock = Date.parse('2026-11-20T08:00:00Z');
  store = await openPackStore(new IDBFactory());
  const deps: SubscriptionDeps = {
    fetch: async (input, init) => {
      asked.push({ url: String(input), init: init ?? {} });
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
    },
    store: async () => store,
    database: bundledDatabase,
    read: async () => saved,
    write: async (list) => {
      saved = structuredClone(list);
    },
    packsChanged: async (count) => void stamps.push(count),
    allowed: async (origin) => granted.has(origin),
    release: async (origin) => {
      released.push(origin);
      granted.delete(origin);
    },
    now: () => clock,
  };
  subs = subscriptions(deps);
});

const ids = async () => (await store.claimsFor(['zhipu|revenue'])).claims.map((c) => c.id).sort();
const only = (list: Subscription[]) => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('a subscription', () => {
  test('is fetched once with no cache, no credentials, no referrer and no redirect, checked, and stored', async () => {
    answer = { status: 200, body: pack(claim('sub-a', 1)), headers: { etag: '"v1"' } };
    const reply = await subs.subscribe(`${URL_A}#top`);
    expect(reply.error).toBeNull();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.url).toBe(URL_A);
    expect(asked[0]!.init).toMatchObject({ method: 'GET', cache: 'no-store', credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' });
    expect(asked[0]!.init.headers).toEqual({ accept: 'application/json' });
    expect(only(reply.subscriptions)).toEqual({
      url: URL_A,
      pack: 'Wire figures',
      etag: '"v1"',
      claims: 1,
      subscribedAt: clock,
      checkedAt: clock,
      updatedAt: clock,
      error: null,
    });
    expect(saved).toEqual(reply.subscriptions);
    expect(await ids()).toEqual(['sub-a']);
    expect(stamps).toEqual([1]);
  });

  test('that fails its first fetch is not kept, stores nothing and gives the permission back', async () => {
    answer = { status: 404 };
    const reply = await subs.subscribe(URL_A);
    expect(reply).toEqual({ subscriptions: [], error: { kind: 'status', status: 404, statusText: '' } });
    expect(saved).toBeUndefined();
    expect(await store.list()).toEqual([]);
    expect(released).toEqual(['https://packs.example.org/*']);
  });
});

describe('a refresh', () => {
  beforeEach(async () => {
    answer = { status: 200, body: pack(claim('sub-a', 1)), headers: { etag: '"v1"' } };
    await subs.subscribe(URL_A);
    asked = [];
    clock += 86_400_000;
  });

  test('sends the ETag held; a 304 keeps the copy and notes the check', async () => {
    answer = { status: 304 };
    const sub = only((await subs.refresh()).subscriptions);
    expect(asked[0]!.init.headers).toEqual({ accept: 'application/json', 'if-none-match': '"v1"' });
    expect(sub).toMatchObject({ etag: '"v1"', checkedAt: clock, updatedAt: clock - 86_400_000, error: null });
    expect(await ids()).toEqual(['sub-a']);
  });

  test('with a new version replaces the old claims whole, under the new ETag', async () => {
    answer = { status: 200, body: pack(claim('sub-b', 2), claim('sub-c', 3)), headers: { etag: '"v2"' } };
    const sub = only((await subs.refresh(URL_A)).subscriptions);
    expect(sub).toMatchObject({ etag: '"v2"', claims: 2, updatedAt: clock, error: null });
    expect(await ids()).toEqual(['sub-b', 'sub-c']);
    expect((await store.list()).map((p) => p.name)).toEqual(['Wire figures']);
  });

  test('of a copy removed meanwhile (from the imported packs) fetches it whole again, without the ETag', async () => {
    await store.remove('Wire figures');
    answer = { status: 200, body: pack(claim('sub-a', 1)), headers: { etag: '"v1"' } };
    await subs.refresh();
    expect(asked[0]!.init.headers).toEqual({ accept: 'application/json' });
    expect(await ids()).toEqual(['sub-a']);
  });

  const failures: [string, Answer, FetchProblem][] = [
    ['a server error', { status: 500 }, { kind: 'status', status: 500, statusText: '' }],
    ['an unreachable server', 'offline', { kind: 'unreachable', host: 'packs.example.org' }],
    ['a redirect', { status: 302, headers: { location: 'https://elsewhere.example.com/x.json' } }, { kind: 'redirect', host: 'packs.example.org' }],
    ['a file too big', { status: 200, body: '{}', headers: { 'content-length': String(6 * 1024 * 1024) } }, { kind: 'too-big', bytes: 6 * 1024 * 1024 }],
    ['a body too big', { status: 200, body: `[${'0,'.repeat(3 * 1024 * 1024)}0]` }, { kind: 'too-big', bytes: 5 * 1024 * 1024 + 1 }],
    ['not JSON', { status: 200, body: '<html>' }, { kind: 'invalid', problems: [expect.stringMatching(/^packs\.example\.org: not valid JSON/) as unknown as string] }],
    [
      'a pack with a bad row',
      { status: 200, body: pack({ ...claim('sub-z', 9), period: undefined }) },
      { kind: 'invalid', problems: ["claim 1 (sub-z): 'period' is missing"] },
    ],
  ];
  test.each(failures)('that meets %s keeps the last good copy and says why', async (_, failure, problem) => {
    answer = failure;
    const reply = await subs.refresh();
    expect(reply.error).toEqual(problem);
    expect(only(reply.subscriptions)).toMatchObject({ etag: '"v1"', claims: 1, checkedAt: clock, updatedAt: clock - 86_400_000, error: problem });
    expect(await ids()).toEqual(['sub-a']);
  });

  test('asks nothing of the server once the permission is withdrawn', async () => {
    granted.clear();
    const reply = await subs.refresh();
    expect(asked).toEqual([]);
    expect(reply.error).toEqual({ kind: 'permission', host: 'packs.example.org' });
    expect(await ids()).toEqual(['sub-a']);
  });

  test('cannot take ids another pack already uses', async () => {
    await store.add({ name: 'Mine', importedAt: '2026-11-01T00:00:00.000Z', sources: [], claims: [{ ...claim('mine-1', 5), sourceId: 'sub-src' }] as never });
    answer = { status: 200, body: pack(claim('mine-1', 2)), headers: { etag: '"v2"' } };
    const reply = await subs.refresh();
    expect(reply.error).toEqual({ kind: 'invalid', problems: ["claim 1 (mine-1): 'id' is already used by another claim"] });
  });
});

test('unsubscribing removes the pack and the subscription, and gives the origin back', async () => {
  answer = { status: 200, body: pack(claim('sub-a', 1)), headers: { etag: '"v1"' } };
  await subs.subscribe(URL_A);
  const reply = await subs.unsubscribe(URL_A);
  expect(reply).toEqual({ subscriptions: [], error: null });
  expect(saved).toEqual([]);
  expect(await store.list()).toEqual([]);
  expect(released).toEqual(['https://packs.example.org/*']);
  expect(stamps.at(-1)).toBe(0);
});

test.each([
  ['https://example.org/pack.json', { ok: true, url: 'https://example.org/pack.json', host: 'example.org', origin: 'https://example.org/*' }],
  ['  https://example.org:8443/p.json#x ', { ok: true, url: 'https://example.org:8443/p.json', host: 'example.org:8443', origin: 'https://example.org/*' }],
  ['http://127.0.0.1:4000/p.json', { ok: true, url: 'http://127.0.0.1:4000/p.json', host: '127.0.0.1:4000', origin: 'http://127.0.0.1/*' }],
  ['http://localhost/p.json', { ok: true, url: 'http://localhost/p.json', host: 'localhost', origin: 'http://localhost/*' }],
  ['http://example.org/pack.json', { ok: false, problem: 'not-https' }],
  ['http://192.168.1.2/pack.json', { ok: false, problem: 'not-https' }],
  ['ftp://example.org/pack.json', { ok: false, problem: 'not-a-url' }],
  ['file:///home/me/pack.json', { ok: false, problem: 'not-a-url' }],
  ['example.org/pack.json', { ok: false, problem: 'not-a-url' }],
  ['https://me:secret@example.org/pack.json', { ok: false, problem: 'credentials' }],
  ['   ', { ok: false, problem: 'empty' }],
])('the address %j may be subscribed to: %j', (raw, want) => {
  expect(subscriptionUrl(raw)).toEqual(want);
});

describe('problems in words', () => {
  // the catalogs as the panel reads them: the message in a language with its named parts filled in
  const en = 'en' as const;
  const zh = 'zh' as const;
  const words = (lang: Lang) => (key: MessageKey, parts?: Readonly<Record<string, string | number>>) => translate(lang, key, parts);

  test.each([
    [{ kind: 'status', status: 404, statusText: '' }, 'The server answered 404 Not Found.'],
    [{ kind: 'status', status: 418, statusText: "I'm a teapot" }, "The server answered 418 I'm a teapot."],
    [{ kind: 'unreachable', host: 'example.com' }, 'Could not reach example.com.'],
    [{ kind: 'invalid', problems: ["claim 12: 'period' is missing"] }, "Not a claim pack: claim 12: 'period' is missing"],
    [{ kind: 'too-big', bytes: 9e6 }, 'The pack is larger than 5 MB, the most a claim pack can be.'],
  ] as [FetchProblem, string][])('%j', (problem, sentence) => {
    expect(problemWords(problem, words(en)).text).toBe(sentence);
  });

  test('a long list of bad rows is cut after 21 lines, saying how many more', () => {
    const problems = Array.from({ length: 30 }, (_, i) => `claim ${i + 1}: 'unit' is missing`);
    const said = problemWords({ kind: 'invalid', problems }, words(en));
    expect(said.text).toBe("Not a claim pack: claim 1: 'unit' is missing");
    expect(said.lines).toHaveLength(21);
    expect(said.lines.at(-1)).toBe('…and 9 more.');
  });

  test('in Chinese', () => {
    expect(problemWords({ kind: 'status', status: 500, statusText: 'Internal Server Error' }, words(zh)).text).toBe('服务器返回了 500 Internal Server Error。');
    expect(problemWords({ kind: 'unreachable', host: 'example.com' }, words(zh)).text).toBe('无法连接 example.com。');
  });
});

test('after a restart the refresh is due a day after the oldest check, and never sooner than in a minute', () => {
  const at = (checkedAt: number | null) => ({ checkedAt }) as Subscription;
  const now = Date.parse('2026-11-20T12:00:00Z');
  expect(firstRefreshDelay([at(now - 60 * 60_000)], now)).toBe(23 * 60);
  expect(firstRefreshDelay([at(now - 60 * 60_000), at(now - 20 * 60 * 60_000)], now)).toBe(4 * 60);
  expect(firstRefreshDelay([at(now - 3 * 24 * 60 * 60_000)], now)).toBe(1);
  expect(firstRefreshDelay([at(null)], now)).toBe(1);
});
