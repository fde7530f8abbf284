/** @vitest-environment happy-dom */
// Screen-reader descriptions: marks with the same verdict and explanation share one hidden element, each mark's
// accessible description is still its own text, and an element goes when no live mark uses it any more.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { describeMark, pruneDescriptions, removeDescriptions } from '../../src/page/mark-descriptions';
import { MarkIndex } from '../../src/page/mark-index';

const CONFLICT = 'Conflicts with other sources. 7 billion yuan is 9.7× the 724 million yuan reported by 2 other sources';
const AGREES = 'Agrees with the sources. 724 million yuan for 2025';

function mark(id: string, part = 0): HTMLElement {
  const el = document.createElement('fc-mark');
  el.setAttribute('data-fc-id', id);
  el.setAttribute('data-fc-part', String(part));
  el.textContent = id;
  document.body.append(el);
  return el;
}
const descriptionOf = (el: Element) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
const descriptions = () => document.querySelectorAll('fc-descriptions > *').length;

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => removeDescriptions(document));

describe('describeMark', () => {
  test('marks with the same text share one element; each reads its own description', () => {
    const marks = ['fc-1', 'fc-2', 'fc-3'].map((id) => mark(id));
    describeMark(document, marks[0]!, 'fc-1', CONFLICT);
    describeMark(document, marks[1]!, 'fc-2', AGREES);
    describeMark(document, marks[2]!, 'fc-3', CONFLICT);
    expect(marks.map(descriptionOf)).toEqual([CONFLICT, AGREES, CONFLICT]);
    expect(descriptions()).toBe(2);
    expect(marks[0]!.getAttribute('aria-describedby')).toBe(marks[2]!.getAttribute('aria-describedby'));
    // Outside <body>: the page's own text is untouched.
    expect(document.body.textContent).toBe('fc-1fc-2fc-3');
  });

  test('a new verdict for one mark leaves the others sharing its old text alone', () => {
    const [a, b] = [mark('fc-1'), mark('fc-2')];
    describeMark(document, a, 'fc-1', CONFLICT);
    describeMark(document, b, 'fc-2', CONFLICT);
    describeMark(document, a, 'fc-1', AGREES);
    expect([descriptionOf(a), descriptionOf(b)]).toEqual([AGREES, CONFLICT]);
    expect(descriptions()).toBe(2);
    describeMark(document, b, 'fc-2', AGREES);
    expect([descriptionOf(a), descriptionOf(b)]).toEqual([AGREES, AGREES]);
    expect(descriptions()).toBe(1);
  });

  test('if the page removes the descriptions, the next description puts back the shared element', () => {
    const [a, b] = [mark('fc-1'), mark('fc-2')];
    describeMark(document, a, 'fc-1', CONFLICT);
    document.querySelector('fc-descriptions')!.remove();
    expect(descriptionOf(a)).toBeUndefined();
    describeMark(document, b, 'fc-2', CONFLICT);
    expect([descriptionOf(a), descriptionOf(b)]).toEqual([CONFLICT, CONFLICT]);
  });
});

describe('pruneDescriptions', () => {
  test('an element stays while any live mark uses it and goes with the last one', () => {
    const marks = ['fc-1', 'fc-2', 'fc-3'].map((id) => mark(id));
    describeMark(document, marks[0]!, 'fc-1', CONFLICT);
    describeMark(document, marks[1]!, 'fc-2', CONFLICT);
    describeMark(document, marks[2]!, 'fc-3', AGREES);
    pruneDescriptions(document, new Set(['fc-2']));
    expect(descriptionOf(marks[1]!)).toBe(CONFLICT);
    expect(descriptions()).toBe(1);
    pruneDescriptions(document, new Set());
    expect(descriptions()).toBe(0);
  });

  test('elements in the container that no mark of ours made are removed', () => {
    const a = mark('fc-1');
    describeMark(document, a, 'fc-1', CONFLICT);
    const stray = document.createElement('div');
    stray.id = 'fc-9-desc';
    document.querySelector('fc-descriptions')!.append(stray);
    pruneDescriptions(document, new Set(['fc-1']));
    expect(document.getElementById('fc-9-desc')).toBeNull();
    expect(descriptionOf(a)).toBe(CONFLICT);
  });
});

describe('MarkIndex.ordered', () => {
  test('lists figures in page order by their first part, leaving out figures whose first part the page removed', () => {
    const index = new MarkIndex();
    const second = [mark('fc-2', 0)];
    const split = [mark('fc-3', 0), mark('fc-3', 1)];
    const first = [mark('fc-1', 0)];
    document.body.prepend(first[0]!);
    const figure = {} as never;
    for (const [id, marks] of [['fc-2', second], ['fc-3', split], ['fc-1', first]] as const) index.set({ id, figure, marks: [...marks] });
    expect(index.ordered(document).map((e) => e.id)).toEqual(['fc-1', 'fc-2', 'fc-3']);
    split[0]!.remove();
    index.prune();
    expect(index.get('fc-3')?.marks).toEqual([split[1]]);
    expect(index.ordered(document).map((e) => e.id)).toEqual(['fc-1', 'fc-2']);
    // A mark the page copied is not the figure's mark.
    document.body.prepend(second[0]!.cloneNode(true));
    expect(index.ordered(document).map((e) => e.id)).toEqual(['fc-1', 'fc-2']);
  });
});
