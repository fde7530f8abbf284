// Name a source the way a reader knows it: its outlet, else its title shortened at a word boundary.
import type { Source } from '../schema';

const MAX_TITLE = 48;

export function sourceLabel(source: Source | undefined, id: string): string {
  if (!source) return id;
  if (source.outlet) return source.outlet;
  if (source.title.length <= MAX_TITLE) return `“${source.title}”`;
  const cut = source.title.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `“${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…”`;
}

/** "Gate", "Gate and AINews", "Gate, AINews and Daily Economic News". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * How a page from the reading memory is named: "a page you read on 20 November (scmp.com)", with the year when it
 * was not read this year. The date is the reader's own (local time).
 */
export function rememberedLabel(readAt: string, url: string | null | undefined, now: Date = new Date()): string {
  const when = new Date(readAt);
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  const day = Number.isNaN(when.getTime())
    ? ''
    : ` on ${when.getDate()} ${MONTHS[when.getMonth()]}${when.getFullYear() === now.getFullYear() ? '' : ` ${when.getFullYear()}`}`;
  return `a page you read${day}${host ? ` (${host})` : ''}`;
}

/** A remembered page as a source named for the reader: its outlet is rememberedLabel (the popover and lines use it). */
export function rememberedSource(source: Source, readAt: string | undefined, now: Date = new Date()): Source {
  return { ...source, outlet: rememberedLabel(readAt ?? '', source.url, now) };
}
