// zod's issues in words a person can act on: "'period' is missing" rather than "expected string, received
// undefined", "'unit' must be one of CNY, USD, …" rather than "Invalid option". Pure; used for the data files, the
// command-line check and imported claim packs alike.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const MAX_OPTIONS = 8;

const quoted = (field: string) => `'${field}'`;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value === '' ? 'empty text' : `the text "${value.slice(0, 40)}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function options(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_OPTIONS).map(String).join(', ');
  return values.length > MAX_OPTIONS ? `${shown}, …` : shown;
}

/** Words for one issue about `field` (a path such as "period" or "" for the row itself); `value` is what was there. */
export function issueWords(issue: Issue, field: string, value: unknown): string {
  const subject = field ? quoted(field) : 'the file';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${subject} is missing`;
      return `${subject} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'invalid_value':
      return `${subject} must be ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${options(issue.values)}`}, not ${kindOf(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(quoted).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return `${subject} is empty`;
      if (issue.origin === 'array') return `${subject} needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `${subject} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${subject} is longer than ${issue.maximum} characters`;
      return `${subject} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
    default:
      // Our own messages (regex and custom checks) are already in words: "period must look like 2025, …".
      return field ? `${subject}: ${issue.message}` : issue.message;
  }
}
