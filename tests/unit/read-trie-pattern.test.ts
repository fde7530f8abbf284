import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/read/aliases';
import { normalizeText } from '../../src/core/read/normalize';
import { triePattern } from '../../src/core/read/trie-pattern';

const matches = (words: string[], text: string, after?: (w: string) => string) =>
  [...text.matchAll(new RegExp(triePattern(words, after), 'g'))].map((m) => `${m.index}:${m[0]}`);

describe('triePattern', () => {
  it.each([
    // the longest word wins where several start at one place, in any input order
    [['zhipu', 'zhipu ai', 'z.ai'], 'zhipu ai and z.ai and zhipu', ['0:zhipu ai', '13:z.ai', '22:zhipu']],
    [['ab', 'abc', 'a'], 'abcd ab a', ['0:abc', '5:ab', '8:a']],
    // regex syntax in a word is literal
    [['s&p 500', 'r&d', '01.ai'], 'r&d at 01.ai, 01xai, s&p 500', ['0:r&d', '7:01.ai', '21:s&p 500']],
    [['智谱', '智谱ai', '北京智谱'], '北京智谱和智谱ai', ['0:北京智谱', '5:智谱ai']],
  ])('%j in %j', (words, text, expected) => {
    expect(matches(words, text)).toEqual(expected);
  });

  it('falls back to a shorter word when the check after the longer one fails', () => {
    const after = () => '(?![a-z])';
    expect(matches(['moonshot', 'moonshot ai'], 'moonshot aix, moonshot ai', after)).toEqual(['0:moonshot', '14:moonshot ai']);
  });

  it('matches nothing for no words', () => {
    expect(matches([], 'anything')).toEqual([]);
  });
});

describe('findMentions with the split scans', () => {
  const of = (text: string) => findMentions(normalizeText(text)).map((m) => `${text.slice(m.start, m.end)}=${m.entity ?? m.kind}`);
  it.each([
    ['Zhipu AI and Moonshot beat Baidu', ['Zhipu AI=zhipu', 'Moonshot=moonshot', 'Baidu=baidu']],
    // a name glued to letters or digits before it is not a name; "20.hk" needs a non-digit before it
    ['xzhipu, 2020.hk, 0020.HK', ['0020.HK=sensetime']],
    ['智谱与月之暗面、百度', ['智谱=zhipu', '月之暗面=moonshot', '百度=baidu']],
    // an index name runs back up to three words; a company name inside it is not a mention of its own
    ['the Hang Seng Tech Index fell; Nasdaq rose', ['Hang Seng Tech Index=index', 'Nasdaq=index']],
    ['恒生科技指数下跌，腾讯上涨', ['恒生科技指数=index', '腾讯=tencent']],
    ['Nvidia and Alibaba Cloud', ['Nvidia=other', 'Alibaba Cloud=alibaba']],
  ])('%s', (text, expected) => {
    expect(of(text)).toEqual(expected);
  });
});
