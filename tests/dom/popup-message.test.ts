/** @vitest-environment happy-dom */
// The popup's text when the browser answers getMessage with "" (seen in headless Chromium): the English catalog's
// message, with Chrome's substitution rules.
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromCatalog, popupMessage } from '../../src/ui/popup/popup-message';

test('an empty answer from the browser falls back on the English catalog, substitutions and all', () => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  expect(popupMessage('popupMentionOf', ['2', '3'])).toBe('2 of 3');
  expect(popupMessage('popupWithoutSourcesOther', '40')).toBe('40 figures without sources');
  expect(popupMessage('extName')).toBe('Figure Check');
});

test('the browser’s own answer wins (a Chinese browser gets Chinese)', () => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('第2处，共3处');
  expect(popupMessage('popupMentionOf', ['2', '3'])).toBe('第2处，共3处');
});

test('Chrome’s rules: named placeholders, positional substitutions, $$ for a dollar sign, unknown keys empty', () => {
  const catalog = {
    price: { message: 'Costs $$$AMOUNT$ ($WHO$)', placeholders: { amount: { content: '$1' }, who: { content: '$2' } } },
  };
  expect(fromCatalog(catalog, 'price', ['5', 'Reuters'])).toBe('Costs $5 (Reuters)');
  expect(fromCatalog(catalog, 'missing')).toBe('');
});
