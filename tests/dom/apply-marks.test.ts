/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, test } from 'vitest';
import { applyMarks, removeAllMarks, unwrapMark } from '../../src/page/apply-marks';
import { collectVisibleText, piecesFor } from '../../src/page/visible-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

function markAll(html: string, spans: string[]) {
  document.body.innerHTML = html;
  const { text, segments } = collectVisibleText(document.body);
  let from = 0;
  const requests = spans.map((span, i) => {
    const start = text.indexOf(span, from);
    from = start + span.length;
    return { id: `fc-${i + 1}`, verdict: 'conflict', pieces: piecesFor(segments, start, start + span.length) };
  });
  return applyMarks(document, requests);
}

describe('applyMarks', () => {
  test('wraps a figure inside one text node and keeps the text', () => {
    const html = '<p>Revenue was 724 million yuan, up 131.9% year over year.</p>';
    const made = markAll(html, ['724 million yuan', '131.9%']);
    expect(document.body.textContent).toBe('Revenue was 724 million yuan, up 131.9% year over year.');
    expect([...document.querySelectorAll('fc-mark')].map((m) => m.textContent)).toEqual(['724 million yuan', '131.9%']);
    expect(made.get('fc-1')![0]!.getAttribute('data-fc-verdict')).toBe('conflict');
  });

  test('a figure across <b>724</b> million yuan becomes two linked pieces', () => {
    markAll('<p>Revenue was <b>724</b> million yuan.</p>', ['724 million yuan']);
    const marks = [...document.querySelectorAll('fc-mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['724', ' million yuan']);
    expect(marks.map((m) => m.getAttribute('data-fc-id'))).toEqual(['fc-1', 'fc-1']);
    expect(marks.map((m) => m.getAttribute('data-fc-part'))).toEqual(['0', '1']);
    expect(marks[0]!.parentElement!.tagName).toBe('B');
  });

  test('several figures in one node are all wrapped (applied from the end backwards)', () => {
    markAll('<p>RMB 3.5/2.5/1.7bn over FY24-26E</p>', ['3.5', '2.5', '1.7bn']);
    expect([...document.querySelectorAll('fc-mark')].map((m) => m.textContent)).toEqual(['3.5', '2.5', '1.7bn']);
    expect(document.body.textContent).toBe('RMB 3.5/2.5/1.7bn over FY24-26E');
  });

  test('figures at the very start and end of a node', () => {
    markAll('<p>31.8%</p><p>up 60-fold</p>', ['31.8%', '60-fold']);
    expect([...document.querySelectorAll('fc-mark')].map((m) => m.textContent)).toEqual(['31.8%', '60-fold']);
  });
});

describe('removing marks restores the page exactly', () => {
  const pages = [
    '<p>Revenue was <b>724</b> million yuan, up 131.9%.</p><p>ARR about 1.7 billion yuan</p>',
    '<ul><li>RMB 3.5/2.5/1.7bn</li></ul><p>Zhipu\n  lost 2.47 billion</p>',
  ];
  test.each(pages)('%s', (html) => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const { text, segments } = collectVisibleText(document.body);
    const requests = [...text.matchAll(/\d[\d.,]*/g)].map((m, i) => ({
      id: `fc-${i}`,
      verdict: 'rounding',
      pieces: piecesFor(segments, m.index, m.index + m[0].length),
    }));
    applyMarks(document, requests);
    expect(document.querySelectorAll('fc-mark').length).toBe(requests.length);
    expect(document.body.innerHTML).not.toBe(before);
    removeAllMarks(document.body);
    expect(document.body.innerHTML).toBe(before);
    // The same number of text nodes as before: normalised back, nothing left split.
    expect(collectVisibleText(document.body).segments.length).toBe(segments.length);
  });

  test('unwrapping one mark merges its text back', () => {
    document.body.innerHTML = '<p>up 31.8% today</p>';
    const { segments } = collectVisibleText(document.body);
    const made = applyMarks(document, [{ id: 'a', verdict: 'consistent', pieces: piecesFor(segments, 3, 8) }]);
    unwrapMark(made.get('a')![0]!);
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
    expect(document.body.innerHTML).toBe('<p>up 31.8% today</p>');
  });
});
