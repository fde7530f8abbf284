// The background's memory of each tab's verdict counts, mirrored into storage.session (where the browser has it)
// because an MV3 service worker sleeps and forgets. Drives the toolbar badge.
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { messageSchema, verdictTallySchema, type VerdictTally } from '../core/messages';
import { DEFAULT_SETTINGS } from '../core/settings';
import { loadSettings } from './storage';
import { badgeFor } from '../ui/shared/badge';
import type { Sensitivity } from '../ui/shared/verdicts';

export const SESSION_KEY = 'fc:tab-reports';
const storedReportsSchema = z.record(z.string(), verdictTallySchema);

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** MV3 has `action`; Firefox MV2 has `browserAction` with the same badge calls. */
function actionApi(): ActionApi | undefined {
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return api.action ?? api.browserAction;
}

function sessionArea() {
  const storage = browser.storage as unknown as { session?: typeof browser.storage.local };
  return storage.session;
}

export class TabReports {
  private reports = new Map<number, VerdictTally>();
  private sensitivity: Sensitivity = DEFAULT_SETTINGS.sensitivity;
  private restored: Promise<void>;

  constructor() {
    this.restored = this.restore();
  }

  private async restore() {
    this.sensitivity = (await loadSettings()).sensitivity;
    const area = sessionArea();
    if (!area) return;
    try {
      const stored = storedReportsSchema.safeParse((await area.get(SESSION_KEY))[SESSION_KEY] ?? {});
      if (!stored.success) return;
      for (const [tabId, report] of Object.entries(stored.data)) {
        if (!this.reports.has(Number(tabId))) this.reports.set(Number(tabId), report);
      }
    } catch (error) {
      console.warn('[figure-check] could not restore tab reports', error);
    }
  }

  async ready(): Promise<void> {
    await this.restored;
  }

  get(tabId: number): VerdictTally | undefined {
    return this.reports.get(tabId);
  }

  async set(tabId: number, tally: VerdictTally): Promise<void> {
    await this.restored;
    this.reports.set(tabId, tally);
    await Promise.all([this.persist(), this.paint(tabId)]);
  }

  async clear(tabId: number, { paint = true } = {}): Promise<void> {
    await this.restored;
    if (!this.reports.delete(tabId) && !paint) return;
    await Promise.all([this.persist(), paint ? this.paint(tabId) : undefined]);
  }

  async setSensitivity(sensitivity: Sensitivity): Promise<void> {
    await this.restored;
    this.sensitivity = sensitivity;
    await Promise.all([...this.reports.keys()].map((tabId) => this.paint(tabId)));
  }

  private async persist() {
    const area = sessionArea();
    if (!area) return;
    try {
      await area.set({ [SESSION_KEY]: Object.fromEntries(this.reports) });
    } catch (error) {
      console.warn('[figure-check] could not keep tab reports in session storage', error);
    }
  }

  private async paint(tabId: number) {
    const action = actionApi();
    if (!action) return;
    const badge = badgeFor(this.reports.get(tabId), this.sensitivity);
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setBadgeBackgroundColor({ tabId, color: badge.colour });
    } catch {
      // The tab closed between the report and the paint; nothing to show.
    }
  }
}

/** Wire the background: verdict counts in, badge out, forget tabs that close or navigate. */
export function startBackground(): TabReports {
  const reports = new TabReports();
  browser.runtime.onMessage.addListener((raw: unknown, sender: { tab?: { id?: number } }) => {
    const parsed = messageSchema.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || parsed.data.type !== 'fc:report' || tabId === undefined) return undefined;
    void reports.set(tabId, parsed.data.tally);
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId: number) => void reports.clear(tabId, { paint: false }));
  browser.tabs.onUpdated.addListener((tabId: number, info: { status?: string }) => {
    // A new document is loading: the old figures are gone; the content script reports the new ones.
    if (info.status === 'loading') void reports.clear(tabId);
  });
  browser.storage.onChanged.addListener(async (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'fc:settings' in changes) await reports.setSensitivity((await loadSettings()).sensitivity);
  });
  return reports;
}
