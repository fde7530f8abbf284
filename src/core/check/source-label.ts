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
