// zod schemas for everything that crosses a boundary into the core: the claim database, its sources, the
// exchange rates and imported claim packs. Types come from these schemas (z.infer), never the other way round.
import { z } from 'zod';
import {
  BASES,
  ENTITY_IDS,
  METRIC_IDS,
  PERIOD_RE,
  QUALIFIERS,
  UNITS,
  type EntityId,
  type MetricId,
} from './vocabulary';

export const entitySchema = z.enum(ENTITY_IDS as [EntityId, ...EntityId[]]);
export const metricSchema = z.custom<MetricId>(
  (v) =>
    typeof v === 'string' &&
    ((METRIC_IDS as readonly string[]).includes(v) || /^other:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)),
  { message: 'unknown metric: use an id from src/core/vocabulary.ts or other:<slug>' },
);
export const periodSchema = z
  .string()
  .regex(PERIOD_RE, { message: 'period must look like 2025, 2025-H1, 2025-Q2, 2026-02 or 2021..2024-H1' })
  .nullable();
export const unitSchema = z.enum(UNITS);
export const qualifierSchema = z.enum(QUALIFIERS);
const idSchema = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, { message: 'ids are lower-case kebab-case' });

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    outlet: z.string().min(1).nullable(),
    author: z.string().min(1).nullable(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'date is YYYY, YYYY-MM or YYYY-MM-DD' })
      .nullable(),
    language: z.enum(['en', 'zh']),
    file: z.string().min(1),
    url: z.string().url().nullable().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
export const sourcesSchema = z.array(sourceSchema);

export const claimSchema = z
  .object({
    id: idSchema,
    entity: entitySchema,
    metric: metricSchema,
    period: periodSchema,
    value: z.number().finite(),
    valueMax: z.number().finite().optional(),
    unit: unitSchema,
    qualifier: qualifierSchema,
    /** What the claim measures in time; when absent, the basis its period implies (see basisOf). */
    basis: z.enum(BASES).nullable().optional(),
    /** The part of the company ("cloud", a model such as "glm-4.5"); absent or null for the whole company. */
    segment: z.string().min(1).max(60).nullable().optional(),
    sourceId: idSchema,
    quote: z.string().min(1).max(240),
    note: z.string().optional(),
  })
  .strict()
  .refine((c) => c.valueMax === undefined || c.valueMax >= c.value, {
    message: 'valueMax must not be below value',
    path: ['valueMax'],
  })
  .refine((c) => (c.qualifier === 'range') === (c.valueMax !== undefined), {
    message: 'a range needs valueMax, and valueMax needs qualifier "range"',
    path: ['qualifier'],
  });
export type Claim = z.infer<typeof claimSchema>;
export const claimsSchema = z.array(claimSchema);

/** Exchange rates: how many units of `quote` one unit of `base` buys, per period. */
export const fxRateSchema = z
  .object({
    period: z.string().regex(PERIOD_RE),
    base: z.enum(['USD']),
    quote: z.enum(['CNY', 'HKD', 'SGD', 'EUR']),
    rate: z.number().positive(),
    source: z.string().min(1),
  })
  .strict();
export const fxSchema = z
  .object({
    note: z.string(),
    rates: z.array(fxRateSchema).min(1),
  })
  .strict();
export type FxTable = z.infer<typeof fxSchema>;
export type FxRate = z.infer<typeof fxRateSchema>;

/** An additional claim pack a user imports on the options page. */
export const claimPackSchema = z
  .object({
    name: z.string().min(1).max(100),
    sources: sourcesSchema,
    claims: claimsSchema,
  })
  .strict();
export type ClaimPack = z.infer<typeof claimPackSchema>;
