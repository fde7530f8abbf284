/** @vitest-environment happy-dom */
// The content script's gate: the main part is loaded only when the page (or text it adds later) has something to
// check; messages reach the main part once it is there; a report asked for first loads it; teardown stops it all.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startGate, type Gate } from '../../src/page/gate';
import type { MainPart } from '../../src/page/gate-handover';

const FIGURE = 'Zhipu reported revenue of 724 million yuan in 2025.';
const PLAIN = 'The garden was quiet in the early morning, and the light came slowly over the hedge.';
const DEBOUNCE = 20;

type Handler = (raw: unknown, respond: (answer: unknown) => void) => boolean;

function setUp(bodyHtml: string, load?: () => Promise<MainPart>) {
  document.body.innerHTML = bodyHtml;
  const controller = new AbortController();
  const answers: unknown[] = [];
  const part: MainPart = { onMessage: vi.fn((raw: unknown) => Promise.resolve({ answered: raw })) };
  const loader = vi.fn(load ?? (() => Promise.resolve(part)));
  const log = vi.fn();
  let handler: Handler | null = null;
  const gate: Gate = startGate(
    document,
    { signal: controller.signal },
    {
      load: loader,
      listen: (h) => {
        handler = h;
        return () => {
          handler = null;
        };
      },
      debounceMs: DEBOUNCE,
      log,
    },
  );
  /** Send a message as the popup would; returns whether the listener kept the channel open. */
  const send = (raw: unknown): boolean => (handler ? handler(raw, (a) => answers.push(a)) : false);
  return { gate, loader, part, log, controller, answers, send, listening: () => handler !== null };
}

const settle = (ms = DEBOUNCE * 3) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('at document_idle', () => {
  test.each([
    ['an English figure with a company', `<p>${FIGURE}</p>`, true],
    ['a Chinese figure with a company', '<p>智谱2025年营收7.24亿元。</p>', true],
    ['a Chinese numeral with a scale and a metric', '<p>公司估值超过三百亿元人民币，市值再创新高。</p>', true],
    ['plain prose', `<p>${PLAIN}</p>`, false],
    ['digits but no company or metric', '<p>The 42 bus leaves at 7:15 from stop 3.</p>', false],
    ['a company but no digit', '<p>Zhipu and MiniMax both published new models.</p>', false],
    ['an empty body', '', false],
  ])('%s: main part loaded = %s', async (_name, html, loads) => {
    const { gate, loader } = setUp(html);
    expect(loader).toHaveBeenCalledTimes(loads ? 1 : 0);
    await settle();
    expect(gate.state()).toBe(loads ? 'running' : 'waiting');
  });
});

describe('text the page adds later', () => {
  test('a paragraph with a figure: loaded once, after the quiet period', async () => {
    const { gate, loader } = setUp(`<p>${PLAIN}</p>`);
    const p = document.createElement('p');
    p.textContent = FIGURE;
    document.body.append(p);
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(loader).not.toHaveBeenCalled();
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(gate.state()).toBe('running');
    // More figures later: the main part's own watcher handles them; the gate does not load again.
    document.body.append(Object.assign(document.createElement('p'), { textContent: FIGURE }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a digit on the page at load and a company added later add up', async () => {
    const { loader } = setUp('<p>Chapter 12: the morning walk.</p>');
    document.body.append(Object.assign(document.createElement('h2'), { textContent: 'About MiniMax' }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a company on the page at load and a figure added later add up', async () => {
    const { loader } = setUp('<h1>Zhipu news</h1><p>Results are due this afternoon.</p>');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Up 131.9% on the year.' }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a digit added to a page that names nothing: not loaded, until a company shows up too', async () => {
    const { loader } = setUp(`<p>${PLAIN}</p>`);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Chapter 12.' }));
    await settle();
    expect(loader).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A word on Moonshot.' }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a single-page app replacing <body> with an article that has figures', async () => {
    const { loader } = setUp(`<p>${PLAIN}</p>`);
    const body = document.createElement('body');
    body.innerHTML = `<main><h1>Results</h1><p>${FIGURE}</p></main>`;
    document.documentElement.replaceChild(body, document.body);
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('text changed in place (a live counter) counts', async () => {
    const { loader } = setUp('<p id="live">Zhipu revenue: pending</p>');
    document.getElementById('live')!.firstChild!.nodeValue = 'Zhipu revenue: 724 million yuan';
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['a script', '<script type="application/json">{"google": 12345, "revenue": 9}</script>'],
    ['a style sheet', '<style>.google { width: 12px } /* revenue */</style>'],
    ['plain prose', `<p>${PLAIN}</p>`],
  ])('%s added: not loaded', async (_name, html) => {
    const { loader } = setUp(`<p>${PLAIN}</p>`);
    document.body.insertAdjacentHTML('beforeend', html);
    await settle();
    expect(loader).not.toHaveBeenCalled();
  });

  test('a node added and removed again before the batch is tested: not loaded', async () => {
    const { loader } = setUp(`<p>${PLAIN}</p>`);
    const p = Object.assign(document.createElement('p'), { textContent: FIGURE });
    document.body.append(p);
    p.remove();
    await settle();
    expect(loader).not.toHaveBeenCalled();
  });
});

describe('messages', () => {
  test('a report asked for before the main part runs loads it, and the main part answers', async () => {
    const { loader, part, answers, send } = setUp(`<p>${PLAIN}</p>`);
    expect(send({ type: 'fc:get-report' })).toBe(true);
    expect(loader).toHaveBeenCalledTimes(1);
    await settle();
    expect(part.onMessage).toHaveBeenCalledWith({ type: 'fc:get-report' });
    expect(answers).toEqual([{ answered: { type: 'fc:get-report' } }]);
  });

  test('a re-scan request re-tests the whole page: loaded only when it now has something to check', async () => {
    const { loader, send } = setUp(`<p>${PLAIN}</p>`);
    expect(send({ type: 'fc:rescan' })).toBe(false);
    expect(loader).not.toHaveBeenCalled();
    document.body.innerHTML = `<p>${FIGURE}</p>`;
    send({ type: 'fc:rescan' });
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('once the main part runs, every fc: message goes to it; other messages are left alone', async () => {
    const { part, answers, send } = setUp(`<p>${FIGURE}</p>`);
    await settle();
    expect(send({ type: 'fc:reveal', index: 2 })).toBe(true);
    expect(send({ type: 'something-else' })).toBe(false);
    expect(send('fc:get-report')).toBe(false);
    await settle();
    expect(part.onMessage).toHaveBeenCalledTimes(1);
    expect(answers).toEqual([{ answered: { type: 'fc:reveal', index: 2 } }]);
  });

  test('a reveal before the main part runs is ignored (there is nothing marked to reveal)', () => {
    const { loader, send } = setUp(`<p>${PLAIN}</p>`);
    expect(send({ type: 'fc:reveal', index: 0 })).toBe(false);
    expect(loader).not.toHaveBeenCalled();
  });

  test('a main part that cannot load: logged, the report request answered with nothing, no retry', async () => {
    const { gate, loader, log, answers, send } = setUp(`<p>${FIGURE}</p>`, () => Promise.reject(new Error('blocked')));
    await settle();
    expect(gate.state()).toBe('failed');
    expect(log).toHaveBeenCalledWith('could not load the main part', expect.any(Error));
    expect(send({ type: 'fc:get-report' })).toBe(true);
    await settle();
    expect(answers).toEqual([undefined]);
    expect(loader).toHaveBeenCalledTimes(1);
  });
});

test('invalidation (extension reloaded or updated): the listener goes, page changes are no longer watched', async () => {
  const { loader, controller, listening, send } = setUp(`<p>${PLAIN}</p>`);
  expect(listening()).toBe(true);
  controller.abort();
  expect(listening()).toBe(false);
  document.body.append(Object.assign(document.createElement('p'), { textContent: FIGURE }));
  await settle();
  expect(send({ type: 'fc:get-report' })).toBe(false);
  expect(loader).not.toHaveBeenCalled();
});
