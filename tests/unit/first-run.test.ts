// The welcome page opens on install only: runtime.onInstalled also fires when the extension or the browser updates.
import { describe, expect, test, vi } from 'vitest';
import { openWelcomeOnInstall, shouldWelcome, WELCOME_PAGE } from '../../src/ui/welcome/first-run';

describe('first run', () => {
  test.each([
    ['install', true],
    ['update', false],
    ['browser_update', false],
    ['chrome_update', false],
    ['shared_module_update', false],
  ])('reason %s → welcome page %s', (reason, expected) => {
    expect(shouldWelcome({ reason })).toBe(expected);
  });

  test('the listener opens the welcome page once on install and never on update', async () => {
    let listener: ((details: { reason: string }) => void) | undefined;
    const openTab = vi.fn(async () => undefined);
    openWelcomeOnInstall({ addListener: (cb) => void (listener = cb) }, openTab);
    listener!({ reason: 'update' });
    expect(openTab).not.toHaveBeenCalled();
    listener!({ reason: 'install' });
    expect(openTab).toHaveBeenCalledExactlyOnceWith(WELCOME_PAGE);
  });
});
