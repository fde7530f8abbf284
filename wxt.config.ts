import { defineConfig } from 'wxt';

// Permissions are the least that works: `storage` for settings and imported claim packs, `activeTab` is not
// needed because the content script itself reports figures to the background. No host permissions beyond the
// content-script match list, and no network access of any kind.
export default defineConfig({
  srcDir: '.',
  // FC_OUT_DIR lets parallel builds (a benchmark beside a test run) keep out of each other's way.
  outDir: process.env.FC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Figure Check',
    description: 'Checks figures in news about Chinese AI companies against a bundled database of sourced claims.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'figure-check@example.org',
        strict_min_version: '140.0',
        // Nothing is collected or sent anywhere.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
