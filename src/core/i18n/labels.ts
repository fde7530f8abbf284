// Company and metric names in a language: the vocabulary's English names, the catalogs' `entity_*` and `metric_*`
// messages for Chinese (智谱, 营收).
import { ENTITIES, METRICS } from '../vocabulary';
import { translate, type Lang } from './translate';

/** The catalog key of a vocabulary id: `china-market` → `entity_china_market`. */
export const labelKey = (kind: 'entity' | 'metric', id: string): string => `${kind}_${id.replace(/-/g, '_')}`;

export function entityLabel(id: string | null, lang: Lang = 'en'): string {
  if (!id) return translate(lang, 'unknownCompany');
  if (!(id in ENTITIES)) return id;
  return lang === 'en' ? (ENTITIES as Record<string, string>)[id]! : translate(lang, labelKey('entity', id));
}

export function metricLabel(id: string | null, lang: Lang = 'en'): string {
  if (!id) return translate(lang, 'unknownMetric');
  if (id.startsWith('other:')) return id.slice(6).replace(/-/g, ' ');
  if (!(id in METRICS)) return id;
  return lang === 'en' ? (METRICS as Record<string, string>)[id]! : translate(lang, labelKey('metric', id));
}
