// "1 claim", "2 claims", "3条数据": a count and its noun in the UI language (the catalogs' count<Noun>1/N).
import { message, uiLanguage, type MessageKey } from '../shared/i18n';

export function countIn(noun: 'BundledClaim' | 'Claim' | 'Source', n: number): string {
  const number = n.toLocaleString(uiLanguage() === 'zh' ? 'zh-CN' : 'en');
  return message(`count${noun}${n === 1 ? '1' : 'N'}` as MessageKey, [number]);
}
