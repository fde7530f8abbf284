// The content script is two parts: the gate (a content script) imports the main part (content-main.js) on pages
// with something to check. In Chromium the main part is web-accessible with use_dynamic_url, so the page's request
// log shows it under a per-session host (a random UUID, not the extension id), followed by Chromium's internal
// redirect to the extension's own URL: the one extension file a page loads.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const EXTENSION_ID = '[a-p]{32}';

/** The gate's import of the main part, under the per-session URL only (one per import). */
export const MAIN_PART_DYNAMIC_REQUEST = new RegExp(`^chrome-extension://${UUID}/content-main\\.js$`);

/** Either request the import shows up as (the per-session URL, or the redirect to the extension's own URL). */
export const MAIN_PART_REQUEST = new RegExp(`^chrome-extension://(?:${UUID}|${EXTENSION_ID})/content-main\\.js$`);
