import { defineConfig } from 'wxt';

// Permissions are the least that works: `storage` for settings and imported claim packs, `activeTab` is not
// needed because the content script itself reports figures to the background. No host permissions beyond the
// content-script match list, and no network access of any kind. The one web-accessible file (Chromium only) is
// the content script's main part, which the gate imports on pages with something to check.
export default defineConfig({
  srcDir: '.',
  // FC_OUT_DIR lets parallel builds (a benchmark beside a test run) keep out of each other's way.
  outDir: process.env.FC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
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
  manifest: ({ browser }) => ({
    name: 'Figure Check',
    description: 'Checks figures in news about Chinese AI companies against a bundled database of sourced claims.',
    permissions: ['storage'],
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
        // Nothing is collected or sent anywhere.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
