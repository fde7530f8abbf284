import { defineConfig } from 'wxt';
import { zodWithoutEval } from './scripts/build/zod-without-eval';

/** Sizes rendered from assets/icon.svg: 16/32/48/128 for Chrome, 48/96 for Firefox's add-ons manager, 16/24/32 for
 * the toolbar at 1×, 1.5× and 2×, 64 for Firefox's menus at 2×. */
const ICON_SIZES = [128, 96, 64, 48, 32, 24, 16];
/**
 * Where a claim pack may be subscribed from (src/core/subscriptions.ts): any https origin, and plain http on this
 * machine only. Optional: nothing is granted at install; the options page asks for the one origin of a pack.
 */
const SUBSCRIPTION_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
const TOOLBAR_ICONS = Object.fromEntries([16, 24, 32].map((size) => [size, `icons/${size}.png`]));

// Permissions are the least that works: `storage` for settings and imported claim packs, `alarms` for the daily
// refresh of subscribed claim packs, `activeTab` is not needed because the content script itself reports figures to
// the background. No host permission at install: the origins a reader may subscribe to are optional, and each one is
// asked for when the reader subscribes to a pack there (README, Privacy). The one web-accessible file (Chromium only) is
// the content script's main part, which the gate imports on pages with something to check.
export default defineConfig({
  srcDir: '.',
  // FC_OUT_DIR lets parallel builds (a benchmark beside a test run) keep out of each other's way.
  outDir: process.env.FC_OUT_DIR ?? '.output',
  // auto-icons renders the one drawing (assets/icon.svg) to every size at build time and lists them as the
  // manifest's icons.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: ICON_SIZES },
  vite: () => ({ plugins: [zodWithoutEval()] }),
  hooks: {
    // The content script is only the cheap gate (the heavy part is the unlisted script content-main, loaded when a
    // page has something to check): it runs on every page, so it gets the browser's own `browser`/`chrome` object
    // instead of webextension-polyfill (12 KB). The gate itself uses no promise-based API.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.name === 'content')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias) && typeof alias === 'object' && 'wxt/browser' in alias) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    },
  },
  // `wxt zip -b firefox` also makes the sources archive the add-on store asks for (its code is minified): the
  // README says how to rebuild; the repository's docs, store listing, tests and test configs are left out.
  zip: { excludeSources: ['docs/**', 'store/**', 'tests/**', 'vitest.config.ts', 'vitest.browser.config.ts'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Name and description come from the message catalogs (public/_locales/<locale>/messages.json), so the
    // browser shows them in its own language; the welcome page's text comes from there too.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    // MV3 keeps optional hosts apart; Firefox's MV2 build lists them with the optional API permissions (WXT drops
    // optional_host_permissions from MV2 manifests).
    ...(manifestVersion === 2 ? { optional_permissions: SUBSCRIPTION_ORIGINS } : { optional_host_permissions: SUBSCRIPTION_ORIGINS }),
    // The toolbar button's own icon (Firefox shows a puzzle piece without it; Chrome would fall back to `icons`).
    ...(manifestVersion === 2 ? { browser_action: { default_icon: TOOLBAR_ICONS } } : { action: { default_icon: TOOLBAR_ICONS } }),
    // The content script's main part, imported by the gate only on pages with something to check (README,
    // Permissions). Chromium lets a content script import() an extension file only when it is web-accessible;
    // use_dynamic_url serves it under a per-session URL only, so a page cannot probe a fixed URL to detect the
    // extension. Firefox imports it without the listing, so its build exposes nothing.
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: ['content-main.js'], matches: ['<all_urls>'], use_dynamic_url: true }] }),
    browser_specific_settings: {
      gecko: {
        id: 'figure-check@example.org',
        strict_min_version: '140.0',
        // Nothing about the reader is collected or sent: the one request is the pack the reader subscribed to.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
