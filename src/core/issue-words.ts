// zod's issues in words a person can act on: "'period' is missing" rather than "expected string, received
// undefined", "'unit' must be one of CNY, USD, …" rather than "Invalid option". Pure; used for the data files, the
// command-line check and imported claim packs alike.
import type { z } from 'zod';
import { translate, type Lang } from './i18n/translate';

type Issue = z.core.$ZodIssue;

const MAX_OPTIONS = 8;

const quoted = (field: string) => `'${field}'`;

function kindOf(value: unknown, lang: Lang): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return translate(lang, 'kindList');
  if (typeof value === 'object') return translate(lang, 'kindObject');
  if (typeof value === 'string') return value === '' ? translate(lang, 'kindEmptyText') : translate(lang, 'kindText', { text: value.slice(0, 40) });
  if (typeof value === 'number') return translate(lang, 'kindNumber', { value: String(value) });
  if (typeof value === 'boolean') return translate(lang, 'kindBoolean', { value: String(value) });
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'expectText',
  number: 'expectNumber',
  boolean: 'expectBoolean',
  array: 'kindList',
  object: 'kindObject',
};

function options(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_OPTIONS).map(String).join(', ');
  return values.length > MAX_OPTIONS ? `${shown}, …` : shown;
}

/**
 * Words for one issue about `field` (a path such as "period" or "" for the row itself); `value` is what was there.
 * In English unless `lang` says otherwise (the options page speaks the reader's language; the command line English).
 */
export function issueWords(issue: Issue, field: string, value: unknown, lang: Lang = 'en'): string {
  const subject = field ? translate(lang, 'issueField', { field }) : translate(lang, 'issueTheFile');
  const t = (key: string, subs: Record<string, string | number> = {}) => translate(lang, key, { subject, ...subs });
  const actual = () => kindOf(value, lang);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return t('issueMissing');
      const expected = EXPECTED[issue.expected];
      return t('issueWrongType', { expected: expected ? translate(lang, expected) : issue.expected, actual: actual() });
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? t('issueOneValue', { value: String(issue.values[0]), actual: actual() })
        : t('issueOneOf', { options: options(issue.values), actual: actual() });
    case 'unrecognized_keys':
      return t(issue.keys.length === 1 ? 'issueUnknownField' : 'issueUnknownFields', { fields: issue.keys.map(quoted).join(', ') });
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('issueEmpty');
      if (issue.origin === 'array') return t(Number(issue.minimum) === 1 ? 'issueAtLeastItem' : 'issueAtLeastItems', { min: String(issue.minimum) });
      return t(issue.inclusive === false ? 'issueMoreThan' : 'issueAtLeast', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('issueLongerThan', { max: String(issue.maximum) });
      return t(issue.inclusive === false ? 'issueLessThan' : 'issueAtMost', { max: String(issue.maximum) });
    default:
      // Our own messages (regex and custom checks) are already in words, in English: "period must look like 2025, …".
      return field ? t('issueOwnWords', { words: issue.message }) : issue.message;
  }
}
