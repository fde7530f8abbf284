// Messages between the content script, the background and the popup. Every message is parsed with these schemas
// on arrival; anything else is ignored.
import { z } from 'zod';
import { claimsSchema, sourceSchema, sourcesSchema } from './schema';
import { VERDICTS } from './types';

export const verdictSchema = z.enum(VERDICTS);

/** One source's value for a figure as the popup shows it: "Reuters", "US$465 million" (in the figure's unit). */
export const sourceValueSchema = z.object({
  name: z.string(),
  value: z.string(),
  verdict: verdictSchema,
});
export type SourceValue = z.infer<typeof sourceValueSchema>;

/** A figure as the popup lists it (index = position among the marks on the page, in document order). */
export const figureSummarySchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  verdict: verdictSchema,
  explanation: z.string(),
  entity: z.string().nullable(),
  metric: z.string().nullable(),
  period: z.string().nullable(),
  value: z.number(),
  unit: z.string(),
  context: z.string(),
  /** Where the figure stands in the page text as last read ([start, end), as in the command-line check's JSON). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** The popover's plain sentence for this figure (what the popup's card for its fact says). */
  sentence: z.string().optional(),
  /** The other sources' values for this figure, one row per outlet and value, already formatted for people. */
  sources: z.array(sourceValueSchema).optional(),
});
export type FigureSummary = z.infer<typeof figureSummarySchema>;

export const pageReportSchema = z.object({
  url: z.string(),
  title: z.string(),
  enabled: z.boolean(),
  pageSource: z.string().nullable(),
  /** The page's date as the reader used it (`YYYY-MM-DD`), null when the page states none. */
  pageDate: z.string().nullable().optional(),
  figures: z.array(figureSummarySchema),
  /** Figures read but not marked because there is nothing to compare them with (not listed; counted). */
  unmarked: z.number().int().nonnegative().optional(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/**
 * What the toolbar badge needs of a tab: whether the site is on and how many figures have each verdict. Counts, not
 * the figures: a very large page has tens of thousands, and the background keeps this for every tab (in
 * storage.session, which has a quota).
 */
export const verdictTallySchema = z.object({
  /** The page the counts are of (a tab may have navigated since). */
  url: z.string(),
  enabled: z.boolean(),
  verdicts: z.partialRecord(verdictSchema, z.number().int().nonnegative()),
});
export type VerdictTally = z.infer<typeof verdictTallySchema>;

export const messageSchema = z.discriminatedUnion('type', [
  /** content → background: the tab's verdict counts (for the badge). */
  z.object({ type: z.literal('fc:report'), tally: verdictTallySchema }),
  /** popup → content: send me the page's figures. Answer: PageReport. */
  z.object({ type: z.literal('fc:get-report') }),
  /** popup → content: scroll to the figure with this index and flash its mark. */
  z.object({ type: z.literal('fc:reveal'), index: z.number().int().nonnegative() }),
  /** popup/options → content: settings or packs changed; re-read them and re-scan. */
  z.object({ type: z.literal('fc:rescan') }),
  /**
   * content → background: the imported claims about these `entity|metric` keys (the page's figures). Answer:
   * PackClaimsReply. The packs live in the extension's IndexedDB, which a content script cannot open.
   */
  z.object({ type: z.literal('fc:pack-claims'), keys: z.array(z.string().max(200)).max(5000) }),
  /**
   * content → background: remember this page's claims (reading memory). The background stores them only when the
   * memory is on, the site is not excluded and the tab is not private; it answers with whether it did.
   */
  z.object({
    type: z.literal('fc:remember'),
    url: z.string().url().max(2000),
    title: z.string().max(500),
    source: sourceSchema,
    claims: claimsSchema.max(2000),
  }),
  /**
   * content → background: the remembered claims about these `entity|metric` keys, except those of `url` (a page is
   * never its own source). Answer: MemoryClaimsReply.
   */
  z.object({ type: z.literal('fc:memory-claims'), url: z.string().max(2000), keys: z.array(z.string().max(200)).max(5000) }),
]);
export type Message = z.infer<typeof messageSchema>;

/** The background's answer to fc:pack-claims; `problem` says in words why there are none (storage unavailable). */
export const packClaimsReplySchema = z.object({
  claims: claimsSchema,
  sources: sourcesSchema,
  problem: z.string().nullable(),
});
export type PackClaimsReply = z.infer<typeof packClaimsReplySchema>;

/** The background's answer to fc:remember. */
export const rememberReplySchema = z.object({ stored: z.boolean(), problem: z.string().nullable() });
export type RememberReply = z.infer<typeof rememberReplySchema>;

/**
 * The background's answer to fc:memory-claims: remembered claims and their pages as sources, with when each page
 * was read (`readAt`, an ISO time, by source id) for its label ("a page you read on 20 November (scmp.com)").
 */
export const memoryClaimsReplySchema = z.object({
  claims: claimsSchema,
  sources: sourcesSchema,
  readAt: z.record(z.string(), z.string()),
  problem: z.string().nullable(),
});
export type MemoryClaimsReply = z.infer<typeof memoryClaimsReplySchema>;
