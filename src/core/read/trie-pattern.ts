// Regex source for a set of literal words, shaped as a trie: `(?:z(?:hipu(?: ai)?|\.ai)|m(?:inimax|oonshot))`.
// V8's regex engine tries every alternative of a flat alternation at every position; a trie settles the first
// character once, which makes a list of a few hundred names an order of magnitude cheaper to scan for. At each
// position the longest word that matches (and whose `after` check passes) wins, as in a flat alternation sorted
// longest first: two words that match at the same place are prefixes of one another, and a trie tries the longer
// one first.

interface Node {
  children: Map<string, Node>;
  /** The word that ends here, if one does. */
  word: string | null;
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * `after(word)` is regex source to put after a complete word (a lookahead such as `(?![a-z])`), or ''.
 * Returns a non-capturing group (one that never matches for no words).
 */
export function triePattern(words: readonly string[], after: (word: string) => string = () => ''): string {
  const root: Node = { children: new Map(), word: null };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), word: null }));
      node = next;
    }
    node.word = w;
  }
  const emit = (node: Node): string => {
    const parts = [...node.children].map(([ch, child]) => escapeChar(ch) + emit(child));
    // the longer words first, then the word ending here ('' is a valid last alternative: `(?:ai|)`)
    if (node.word !== null) parts.push(after(node.word));
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  // no words: a pattern that never matches
  return root.children.size || root.word !== null ? `(?:${emit(root)})` : '(?!)';
}
