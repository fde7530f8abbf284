// The article's main content: figures in page furniture (navigation, sidebars, market tickers, footers, comment
// boxes, related-link lists) are never read, so never marked or warned of. "Hang Seng Tech +2.3%" in a ticker or
// "Baidu revenue up 12%" in a related-link teaser is not what the article says.
//
// Two steps, after mozilla/readability's ideas (not its code):
//   1. the root: the page's one <article> (or articleBody, role=main, <main>) when it holds most of the page's
//      paragraphs (the cheap path: element counts only); else the element whose paragraphs score best (text
//      length, commas, link density, class names), widened to its parent when the text continues in siblings;
//      else, when nothing is convincing (a plain page of paragraphs, a table), the whole <body>;
//   2. inside the root, furniture is skipped as the text is walked: semantic elements (nav, aside, footer, a
//      header outside the article), ARIA roles, class/id names (sidebar, ticker, related, comments, share, promo,
//      ad…), and link lists.
// Both run the same in happy-dom (the command-line check) and in a browser: no layout is used.

/** Elements that are furniture by what they are. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU', 'MARQUEE', 'DIALOG']);
const FURNITURE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'marquee', 'dialog', 'alertdialog',
]);
/** The same as a selector (for `closest`), headers aside (they are furniture only outside the article). */
export const FURNITURE_SELECTOR = [
  ...[...FURNITURE_TAGS].map((t) => t.toLowerCase()),
  ...[...FURNITURE_ROLES].map((r) => `[role="${r}"]`),
].join(', ');

/**
 * Class and id words of furniture, matched as whole words of the name ("sidebar", "related-links", "ad" in
 * "top-ad", but not "ad" in "header" or "read").
 */
const FURNITURE_NAME_RE = new RegExp(
  `(?:^|[\\s_-])(?:${[
    'side-?bar', 'sidenav', 'nav', 'navbar', 'navigation', 'menu', 'breadcrumbs?', 'header', 'masthead', 'footer',
    'comments?', 'comment-list', 'disqus', 'replies', 'tickers?', 'marquee', 'market-?data', 'markets?-?(?:bar|strip|widget)',
    'quotes?-?(?:bar|strip|widget)', 'stock-?ticker', 'related', 'more-?stories', 'read-?more', 'recommend(?:ed|ations)?',
    'popular', 'most-?read', 'trending', 'share', 'sharing', 'social', 'promo', 'promotion', 'ads?', 'advert(?:isement)?',
    'sponsor(?:ed)?', 'newsletter', 'subscribe', 'signup', 'outbrain', 'taboola', 'widget', 'banner', 'cookie',
    'pagination', 'pager', 'tags', 'tag-list', 'rail', 'right-?rail', 'left-?rail',
  ].join('|')})(?=$|[\\s_-])`,
);
/**
 * What a furniture-named element must not contain: then it wraps the article, not furniture. (Inside an article,
 * an <article> is a comment or a teaser: a comment section holding some is still furniture.)
 */
const ARTICLE_INSIDE = 'main, [role="main"], [itemprop="articleBody"], h1';
const ARTICLE_INSIDE_OUTSIDE_ARTICLES = `${ARTICLE_INSIDE}, article`;
/** A furniture-named element holding more than this share of the root's text is a wrapper ("has-sidebar"). */
const WRAPPER_SHARE = 0.8;
/** Link text above this share of a list's (or paragraph's) text: a list of links, not article text. */
const LINK_LIST_SHARE = 0.5;
const LINK_PARAGRAPH_SHARE = 0.6;

const nameOf = (el: Element) => `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();

/** Share of an element's text inside links (0 when it has none). */
export function linkDensity(el: Element): number {
  const links = el.getElementsByTagName('a');
  if (!links.length) return 0;
  const total = (el.textContent ?? '').trim().length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of Array.from(links)) inLinks += (a.textContent ?? '').trim().length;
  return Math.min(1, inLinks / total);
}

/** Is the element furniture by tag or role (no text measured)? Headers count outside an article. */
export function isFurnitureElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  if (tag === 'HEADER') return !el.closest('article, main, [role="main"]') && !el.querySelector('h1');
  return false;
}

/**
 * A predicate for the text walk: is this element (inside `root`) furniture to skip with its subtree? By tag and
 * role; by class/id name unless it wraps the article or most of the root's text; lists and paragraphs that are
 * mostly links.
 */
export function furnitureFilter(root: Element): (el: Element) => boolean {
  let rootLength = -1;
  const wraps = root.closest('article') ? ARTICLE_INSIDE : ARTICLE_INSIDE_OUTSIDE_ARTICLES;
  return (el: Element): boolean => {
    if (el === root) return false;
    if (isFurnitureElement(el)) return true;
    const tag = el.tagName.toUpperCase();
    if (tag === 'UL' || tag === 'OL' || tag === 'DL') {
      if (linkDensity(el) > LINK_LIST_SHARE) return true;
    } else if (tag === 'P' && linkDensity(el) > LINK_PARAGRAPH_SHARE) return true;
    if ((el.hasAttribute('class') || el.hasAttribute('id')) && FURNITURE_NAME_RE.test(nameOf(el))) {
      if (el.querySelector(wraps)) return false;
      if (rootLength < 0) rootLength = (root.textContent ?? '').length;
      return (el.textContent ?? '').length <= WRAPPER_SHARE * rootLength;
    }
    return false;
  };
}

export type MainContentHow = 'semantic' | 'scored' | 'body';

export interface MainContent {
  /** Where the text is read from. */
  root: Element;
  /** Furniture inside the root, skipped with its subtree. */
  skip: (el: Element) => boolean;
  how: MainContentHow;
}

/** Semantic candidates, most specific first. */
const SEMANTIC = ['[itemprop="articleBody"]', 'article', '[role="main"]', 'main'];
/** A semantic candidate must hold this share of the page's paragraphs (outside furniture). */
const SEMANTIC_SHARE = 0.6;
/** A scored root must hold this share of the page's paragraph text, and at least MIN_TEXT characters. */
const SCORED_SHARE = 0.5;
const MIN_TEXT = 250;
/** A paragraph shorter than this does not vote (captions, datelines, buttons). */
const MIN_PARAGRAPH = 25;

/**
 * Paragraphs looked at, at most: the article's container shows within the first ones, and choosing the root stays
 * one short task on a huge page (all 20,000 paragraphs of 1 MB in divs took 40 ms to score).
 */
const MAX_PARAGRAPHS = 1500;

/** The page's first MAX_PARAGRAPHS paragraphs outside furniture (by tag or role). */
function paragraphSample(body: Element): Element[] {
  // Paragraphs share their ancestors: each ancestor is judged once.
  const furniture = new Map<Element, boolean>();
  const inFurniture = (el: Element | null): boolean => {
    if (!el || el === body) return false;
    let known = furniture.get(el);
    if (known === undefined) furniture.set(el, (known = isFurnitureElement(el) || inFurniture(el.parentElement)));
    return known;
  };
  const sample: Element[] = [];
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && sample.length < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    if (!inFurniture(p)) sample.push(p);
  }
  return sample;
}

function semanticRoot(body: Element, sample: readonly Element[]): Element | null {
  if (!sample.length) return null;
  // One query for every kind of candidate; then element counts only (no text is read).
  const candidates = Array.from(body.querySelectorAll(SEMANTIC.join(', ')));
  for (const selector of SEMANTIC) {
    const found = candidates.filter(
      (el) => el.matches(selector) && !el.parentElement?.closest(selector) && !el.closest(FURNITURE_SELECTOR),
    );
    if (found.length !== 1) continue;
    const el = found[0]!;
    let inside = 0;
    for (const p of sample) if (el.contains(p)) inside++;
    if (inside >= SEMANTIC_SHARE * sample.length) return el;
  }
  return null;
}

const POSITIVE_NAME_RE = /article|body|content|entry|main|post|story|text|prose/;
const COMMA_RE = /[,，、]/g;

function initialScore(el: Element): number {
  const tag = el.tagName.toUpperCase();
  let score = tag === 'DIV' || tag === 'ARTICLE' || tag === 'SECTION' || tag === 'MAIN' ? 5 : 0;
  if (tag === 'UL' || tag === 'OL' || tag === 'LI' || tag === 'FORM' || tag === 'TD') score -= 3;
  const name = nameOf(el);
  if (name.trim()) {
    if (FURNITURE_NAME_RE.test(name)) score -= 25;
    if (POSITIVE_NAME_RE.test(name)) score += 25;
  }
  return score;
}

/** Readability-style scoring of paragraphs' ancestors; the best one, widened to its parent when text continues. */
function scoredRoot(body: Element, sample: readonly Element[]): Element | null {
  const score = new Map<Element, number>();
  const textIn = new Map<Element, number>();
  const linksIn = new Map<Element, number>();
  let total = 0;
  for (const p of sample) {
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH) continue;
    total += text.length;
    const links = Math.round(linkDensity(p) * text.length);
    COMMA_RE.lastIndex = 0;
    let commas = 0;
    while (COMMA_RE.test(text)) commas++;
    const points = 1 + commas + Math.min(Math.floor(text.length / 100), 3);
    let level = 0;
    for (let el = p.parentElement; el; el = el.parentElement, level++) {
      textIn.set(el, (textIn.get(el) ?? 0) + text.length);
      if (links) linksIn.set(el, (linksIn.get(el) ?? 0) + links);
      if (level >= 5 || el === body.parentElement) continue;
      if (!score.has(el)) score.set(el, initialScore(el));
      score.set(el, score.get(el)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  if (total < MIN_TEXT) return null;
  // Final score: less the share of its paragraphs' text in links (measured on the paragraphs, not the element's whole
  // text: on a huge page that is megabytes per candidate).
  const finalOf = (el: Element) => (score.get(el) ?? 0) * (1 - (linksIn.get(el) ?? 0) / (textIn.get(el) || 1));
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, raw] of [...score].sort((a, b) => b[1] - a[1])) {
    if (raw <= bestScore) break;
    const f = finalOf(el);
    if (f > bestScore) [best, bestScore] = [el, f];
  }
  if (!best) return null;
  // The article's text may continue in a sibling (a paragraph block after an ad slot): read the parent then.
  const parent = best.parentElement;
  if (parent && best !== body && parent !== body.parentElement) {
    const threshold = Math.max(10, bestScore * 0.2);
    const continues = Array.from(parent.children).some(
      (s) => s !== best && (score.get(s) ?? 0) >= threshold && finalOf(s) >= threshold,
    );
    if (continues) best = parent;
  }
  return (textIn.get(best) ?? 0) >= SCORED_SHARE * total ? best : null;
}

/** Where the page's main content is, and what to skip inside it. Never throws; falls back to the whole body. */
export function findMainContent(body: Element): MainContent {
  let root: Element | null = null;
  let how: MainContentHow = 'body';
  try {
    const sample = paragraphSample(body);
    root = semanticRoot(body, sample);
    if (root) how = 'semantic';
    else {
      root = scoredRoot(body, sample);
      if (root && root !== body && root.tagName.toUpperCase() !== 'HTML') how = 'scored';
      else root = null;
    }
  } catch {
    root = null;
  }
  const chosen = root ?? body;
  return { root: chosen, skip: furnitureFilter(chosen), how };
}
