// First run: the welcome page opens in a tab when the extension is installed, not when it updates, and not when
// the browser updates (runtime.onInstalled fires for all three).
export const WELCOME_PAGE = '/welcome.html' as const;

export interface InstallDetails {
  reason: string;
}

export function shouldWelcome(details: InstallDetails): boolean {
  return details.reason === 'install';
}

export function openWelcomeOnInstall(
  onInstalled: { addListener(cb: (details: InstallDetails) => void): void },
  openTab: (path: typeof WELCOME_PAGE) => Promise<unknown>,
): void {
  onInstalled.addListener((details) => {
    if (!shouldWelcome(details)) return;
    openTab(WELCOME_PAGE).catch((error: unknown) => console.warn('[figure-check] could not open the welcome page', error));
  });
}
