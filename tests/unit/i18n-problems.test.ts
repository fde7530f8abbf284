// Problems with a claim pack and with the browser's storage, in Chinese for a reader who chose Chinese, and exactly
// as before in English (the command line and the data check keep their words).
import { describe, expect, test } from 'vitest';
import sources from '../../data/sources.json';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { sourcesSchema } from '../../src/core/schema';
import { packLinkProblems, packSizeProblem, validatePackText, type KnownData } from '../../src/core/validate-pack';
import { packStoreProblem } from '../../src/storage/pack-store-errors';
import { repairPacks, repairSettings } from '../../src/storage/storage';
import { good } from '../fixtures/good-claim';

const known: KnownData = { sources: sourcesSchema.parse(sources), claims: [], packNames: ['older'] };
const packText = (claims: unknown[], name = 'p') => JSON.stringify({ name, sources: [], claims });
const problemsOf = (text: string, lang: 'en' | 'zh') => {
  const parsed = validatePackText(text, 'p.json', known, lang);
  return parsed.ok ? [] : parsed.problems;
};

describe('claim pack problems', () => {
  test('a missing field', () => {
    const { period: _, ...noPeriod } = good;
    const text = packText([good, { ...noPeriod, id: 'second' }]);
    expect(problemsOf(text, 'zh')).toEqual(["第 2 条声明（second）：缺少'period'字段"]);
    expect(problemsOf(text, 'en')).toEqual(["claim 2 (second): 'period' is missing"]);
  });

  test('a value outside the list, and a value of the wrong kind', () => {
    expect(problemsOf(packText([{ ...good, qualifier: 'roughly' }]), 'zh')).toEqual([
      "第 1 条声明（nbd-zhipu-revenue-2025）：'qualifier'字段应为以下之一：exact, approx, over, under, range, forecast，而不是文本“roughly”",
    ]);
    expect(problemsOf(packText([{ ...good, value: '7亿' }]), 'zh')).toEqual([
      "第 1 条声明（nbd-zhipu-revenue-2025）：'value'字段应为数字，而不是文本“7亿”",
    ]);
    expect(problemsOf(packText([{ ...good, value: '7亿' }]), 'en')).toEqual([
      'claim 1 (nbd-zhipu-revenue-2025): \'value\' must be a number, not the text "7亿"',
    ]);
  });

  test('an id used twice, a taken name, a source nowhere', () => {
    const pack = { name: 'older', sources: [], claims: [good, { ...good, sourceId: 'nowhere' }] };
    expect(packLinkProblems(pack as never, known, 'zh')).toEqual([
      "'name'字段：名为“older”的声明包已经导入，请先将其移除。",
      "第 2 条声明（nbd-zhipu-revenue-2025）：'id'在此声明包中重复出现",
      "第 2 条声明（nbd-zhipu-revenue-2025）：'sourceId'指向的来源“nowhere”在此声明包和数据库中都不存在",
    ]);
    expect(packLinkProblems(pack as never, known)).toEqual([
      `'name': a pack named "older" is already imported; remove it first.`,
      "claim 2 (nbd-zhipu-revenue-2025): 'id' is used twice in this pack",
      `claim 2 (nbd-zhipu-revenue-2025): 'sourceId' names no source "nowhere" in this pack or the database`,
    ]);
  });

  test('a file too big, a file that is not JSON', () => {
    expect(packSizeProblem('big.json', 6 * 1024 * 1024, 'zh')).toBe('big.json：文件大小为 6.0 MB，声明包最大只能为 5 MB。');
    expect(packSizeProblem('big.json', 6 * 1024 * 1024)).toBe('big.json: the file is 6.0 MB; claim packs can be at most 5 MB.');
    expect(problemsOf('{', 'zh')[0]).toMatch(/^p\.json：不是有效的 JSON（.+）。$/);
  });
});

describe('storage problems', () => {
  test('no room left', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(packStoreProblem(quota, 'zh').message).toBe(
      '浏览器存储空间不足，无法保存此声明包。请释放一些磁盘空间或移除不再需要的声明包，然后重试。',
    );
    // The store speaks English; the options page asks again in the reader's language and gets the same problem.
    const fromStore = packStoreProblem(quota);
    expect(fromStore.message).toBe(
      'There is not enough room left in the browser’s storage for this pack. Free some disk space or remove a pack you no longer need, then try again.',
    );
    const again = packStoreProblem(fromStore, 'zh');
    expect([again.kind, again.message]).toEqual(['quota', '浏览器存储空间不足，无法保存此声明包。请释放一些磁盘空间或移除不再需要的声明包，然后重试。']);
    expect(packStoreProblem(new Error('disk gone'), 'zh').message).toBe('无法读取或写入声明包（disk gone）。');
  });

  test('settings and packs that could not be read', () => {
    expect(repairSettings({ ...DEFAULT_SETTINGS, scope: 7 }, 'zh').notice).toBe('已保存的设置无法读取或来自其他版本，现使用默认设置；已重置：scope。');
    expect(repairPacks([{ name: 'broken' }], 'zh').notice).toBe('已保存的声明包 "broken" 无法读取，已被搁置；请重新导入。');
    expect(repairPacks([{ name: 'a' }, {}]).notice).toBe('Stored claim packs "a", #2 could not be read and were set aside; re-import them.');
  });
});

test('the reading memory has its own words for the same storage trouble, in either language', () => {
  const quota = new DOMException('full', 'QuotaExceededError');
  expect(packStoreProblem(quota, 'en', 'memory').message).toBe(
    'There is not enough room left in the browser’s storage to remember more pages. Free some disk space or forget pages you no longer need.',
  );
  expect(packStoreProblem(new Error('disk gone'), 'en', 'memory').message).toBe('The reading memory could not be read or written (disk gone).');
  expect(packStoreProblem(new Error('disk gone'), 'zh', 'memory').message).toBe('无法读取或写入阅读记录（disk gone）。');
  // a pack problem asked again about the memory is said about the memory
  expect(packStoreProblem(packStoreProblem(quota), 'en', 'memory').message).toMatch(/^There is not enough room left in the browser’s storage to remember more pages/);
});
