// What the tiny gate script and the heavy main part share: the main part's module (a WXT unlisted script, built
// as a classic IIFE with no exports) puts its start function on the isolated world's global under this key when
// the gate imports it; the gate then starts it with its own WXT ctx. Types only, and one string: nothing heavy
// may come into the gate through this file.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const MAIN_PART_KEY = '__figureCheckMainPart';

/** Path of the main part in the built extension (entrypoints/content-main.ts). */
export const MAIN_PART_PATH = '/content-main.js';

/** The started main part, as the gate sees it. */
export interface MainPart {
  /** Answer a message from the popup or options page (a promise when there is an answer; undefined otherwise). */
  onMessage(raw: unknown): Promise<unknown> | undefined;
}

export type StartMainPart = (ctx: ContentScriptContext) => MainPart;
