// The icon drawing (assets/icon.svg) holds up on the toolbars it sits on: the blue tile stands out from a light
// toolbar, its lighter rim from a dark one, the white figure reads on the tile, and the badge's white count reads
// on both badge colours. Contrast is WCAG's ratio; 3:1 is its floor for graphics, 4.5:1 for text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BADGE_COLOURS } from '../../src/ui/shared/verdicts';

const svg = readFileSync(path.resolve(import.meta.dirname, '../../assets/icon.svg'), 'utf8');
const rect = /<rect[^>]*fill="(#[0-9a-f]{6})"[^>]*stroke="(#[0-9a-f]{6})"/i.exec(svg)!;
const [tile, rim] = [rect[1]!, rect[2]!];
const glyph = /<circle[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)![1]!;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// Chrome's and Firefox's toolbar colours, light and dark themes.
const LIGHT_TOOLBARS = ['#ffffff', '#f1f3f4', '#f9f9fb'];
const DARK_TOOLBARS = ['#202124', '#35363a', '#2b2a33'];

test.each(LIGHT_TOOLBARS)('the tile stands out from a light toolbar (%s)', (toolbar) => {
  expect(contrast(tile, toolbar)).toBeGreaterThanOrEqual(3);
});

test.each(DARK_TOOLBARS)('the rim stands out from a dark toolbar (%s)', (toolbar) => {
  expect(contrast(rim, toolbar)).toBeGreaterThanOrEqual(3);
});

test('the white figure reads on the tile', () => {
  expect(contrast(glyph, tile)).toBeGreaterThanOrEqual(4.5);
});

test.each(Object.entries(BADGE_COLOURS))('the badge count reads on the %s badge', (_kind, colour) => {
  expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
});
