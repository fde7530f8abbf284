import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/core/settings';

describe('"mark every figure read" (markAll)', () => {
  test('is off by default', () => {
    expect(DEFAULT_SETTINGS.markAll).toBe(false);
  });

  test('settings stored before the field existed still load, with it off', () => {
    const old = { version: 1, scope: 'listed', sites: ['ft.com'], disabledSites: [], sensitivity: 'rounding' };
    const parsed = settingsSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ ...old, markAll: false, language: 'browser', memory: false, memoryExcludedSites: [], memoryAsked: false });
  });

  test('a stored choice is kept, a wrong type is refused', () => {
    expect(settingsSchema.parse({ ...DEFAULT_SETTINGS, markAll: true }).markAll).toBe(true);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, markAll: 'yes' }).success).toBe(false);
  });
});
