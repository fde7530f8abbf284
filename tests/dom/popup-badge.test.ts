/** @vitest-environment happy-dom */
// The background's toolbar badge: count of flagged figures per tab (from the content script's verdict counts),
// coloured by the worst, cleared on navigation.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerdictTally } from '../../src/core/messages';
import type { Verdict } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { saveSettings } from '../../src/storage/storage';
import { badgeFor } from '../../src/ui/shared/badge';
import { SESSION_KEY, TabReports, startBackground } from '../../src/storage/tab-reports';
import { BADGE_COLOURS } from '../../src/ui/shared/verdicts';

/** The counts a page with figures of these verdicts reports. */
function report(verdicts: Verdict[], enabled = true): VerdictTally {
  const counts: VerdictTally['verdicts'] = {};
  for (const v of verdicts) counts[v] = (counts[v] ?? 0) + 1;
  return { url: 'https://example.org/a', enabled, verdicts: counts };
}

beforeEach(() => fakeBrowser.reset());

test.each([
  ['no figures', report([]), 'rounding', ''],
  ['only quiet verdicts', report(['consistent', 'unverified', 'related']), 'rounding', ''],
  ['two conflicts and a rounding gap', report(['conflict', 'magnitude', 'rounding', 'consistent']), 'rounding', '3'],
  ['many of one kind', { url: 'https://example.org/b', enabled: true, verdicts: { conflict: 23_000, consistent: 5 } }, 'rounding', '23000'],
  ['rounding gaps ignored at the conflicts-only sensitivity', report(['conflict', 'rounding']), 'conflicts', '1'],
  ['a disabled page', report(['conflict'], false), 'rounding', ''],
] as const)('badge text for %s', (_, r, sensitivity, text) => {
  expect(badgeFor(r, sensitivity).text).toBe(text);
});

test('badge colour is red for a conflict, amber for rounding gaps only', () => {
  expect(badgeFor(report(['rounding', 'currency']), 'rounding').colour).toBe(BADGE_COLOURS.conflict);
  expect(badgeFor(report(['rounding']), 'rounding').colour).toBe(BADGE_COLOURS.rounding);
});

test('a report from a tab sets its badge; junk messages are ignored; navigation clears it', async () => {
  await saveSettings({ ...DEFAULT_SETTINGS, sensitivity: 'rounding' });
  const reports = startBackground();
  await reports.ready();
  await fakeBrowser.runtime.onMessage.trigger({ type: 'fc:report', tally: report(['conflict', 'rounding']) }, { tab: { id: 7 } } as never);
  await fakeBrowser.runtime.onMessage.trigger({ type: 'fc:report', tally: { url: 'https://example.org/c', enabled: true, verdicts: { conflict: -1 } } }, { tab: { id: 8 } } as never);
  await new Promise((r) => setTimeout(r, 0));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
  expect(reports.get(8)).toBeUndefined();
  expect((await fakeBrowser.storage.session.get(SESSION_KEY))[SESSION_KEY]).toHaveProperty('7');

  await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
  await new Promise((r) => setTimeout(r, 0));
  expect(reports.get(7)).toBeUndefined();
  expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
});

test('switching sensitivity to conflicts-only repaints the badge', async () => {
  await saveSettings({ ...DEFAULT_SETTINGS, sensitivity: 'rounding' });
  const reports = startBackground();
  await reports.set(3, report(['conflict', 'rounding', 'rounding']));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('3');
  await saveSettings({ ...DEFAULT_SETTINGS, sensitivity: 'conflicts' });
  await new Promise((r) => setTimeout(r, 10));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
});

test('a woken service worker restores reports from session storage', async () => {
  await new TabReports().set(5, report(['currency']));
  const woken = new TabReports();
  await woken.ready();
  expect(woken.get(5)?.verdicts).toEqual({ currency: 1 });
});
