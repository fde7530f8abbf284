// The gate's company words, derived from the reader's alias table (src/core/read/aliases.ts), so every company the
// reader knows passes the gate. Not imported by the gate itself (the alias module and the normaliser would grow its
// 7 KB bundle): scripts/make-gate-words.ts writes the result to gate-words.ts, and a unit test checks that file
// still equals this derivation.
//
// Each alias becomes regex source that matches it in raw page text as the reader would find it after
// normalizeText: any case (the gate's regex has the `i` flag), a traditional character wherever the normaliser
// maps one to the alias's simplified one (`騰訊` for `腾讯`), any space for a space, a curly apostrophe for a
// straight one, and a Latin alias only at a word start ("glm" but not in "xglm"), as the reader's own scan.
// Companies outside the vocabulary (OTHER_COMPANIES) are left out: their figures are never checked.
import { ENTITY_ALIASES } from '../core/read/aliases';
import { normalizeText } from '../core/read/normalize';

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Every character the normaliser turns into each CJK character (CJK blocks and compatibility ideographs). */
function variantsByChar(): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  const add = (code: number) => {
    const ch = String.fromCharCode(code);
    const to = normalizeText(ch);
    if (to === ch || to.length !== 1) return;
    const list = variants.get(to) ?? [];
    list.push(ch);
    variants.set(to, list);
  };
  for (let code = 0x3400; code <= 0x9fff; code++) add(code);
  for (let code = 0xf900; code <= 0xfaff; code++) add(code);
  return variants;
}

function charPattern(ch: string, variants: Map<string, string[]>): string {
  if (ch === ' ') return '\\s';
  if (ch === "'") return "['’]";
  const others = variants.get(ch);
  return others ? `[${ch}${others.join('')}]` : escapeChar(ch);
}

interface Trie {
  next: Map<string, Trie>;
  /** Regex source after a whole alias ends here (its lookahead, or ''), when one does. */
  end: string | null;
}

/**
 * One trie-shaped group for a list of aliases, each a list of character patterns: a flat alternation of a hundred
 * names costs V8 about three times as much per page (every alternative is tried at every position).
 */
function trieSource(words: { tokens: string[]; after: string }[]): string {
  const root: Trie = { next: new Map(), end: null };
  for (const { tokens, after } of words) {
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), end: null }));
      node = child;
    }
    node.end = after;
  }
  const emit = (node: Trie): string => {
    const alternatives = [...node.next.keys()].sort().map((t) => t + emit(node.next.get(t)!));
    // Longer aliases first, so the alias that matches here is the longest, as in the reader's scan.
    if (node.end !== null) alternatives.push(node.end);
    if (alternatives.length === 1) return alternatives[0]!;
    return `(?:${alternatives.join('|')})`;
  };
  return emit(root);
}

/**
 * Regex source matching any company alias in raw page text (use with the `i` flag): Latin aliases at a word start,
 * then Chinese ones, each as one trie.
 */
export function deriveGatePattern(aliases: Record<string, readonly string[]> = ENTITY_ALIASES): string {
  const variants = variantsByChar();
  const latin: { tokens: string[]; after: string }[] = [];
  const cjk: { tokens: string[]; after: string }[] = [];
  for (const list of Object.values(aliases)) {
    for (const alias of new Set(list)) {
      const tokens = [...alias].map((ch) => charPattern(ch, variants));
      // The reader's Latin scan: no letter or digit just before; no letter just after (nor a digit after a digit).
      // (The no-letter-after check is put once after the whole group; backtracking into the trie keeps it exact.)
      if (/^[a-z0-9]/.test(alias)) latin.push({ tokens, after: /\d$/.test(alias) ? '(?!\\d)' : '' });
      else cjk.push({ tokens, after: '' });
    }
  }
  return `(?<![a-z0-9])${trieSource(latin)}(?![a-z])|${trieSource(cjk)}`;
}
