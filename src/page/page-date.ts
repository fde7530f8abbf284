// The page's publication date from its markup, for the content script and the command-line check alike: the
// candidates are gathered here and chosen by the core's one rule (choosePageDate, src/core/page-meta.ts). The URL
// and the <title> are never looked at: a year in either is not the page's date.
import { choosePageDate, type PageDateCandidates } from '../core/page-meta';
import { FURNITURE_SELECTOR } from './main-content';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
];
/** Structured data types that are an article (the page's own date, not a breadcrumb's or an organisation's). */
const ARTICLE_TYPE_RE = /Article|BlogPosting|Report|WebPage/;
/** JSON-LD blocks longer than this are not parsed (a page's article metadata is a few KB). */
const MAX_JSON_LD = 200_000;

function metaDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    if (value?.trim()) return value;
  }
  return null;
}

/** The first `datePublished` of an article-typed object (else of any object) in a JSON-LD value. */
function datePublishedIn(value: unknown): string | null {
  let any: string | null = null;
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length && seen < 1000; seen++) {
    const item = stack.shift();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      const date = typeof obj.datePublished === 'string' ? obj.datePublished : null;
      const type = ([] as unknown[]).concat(obj['@type'] ?? []).join(' ');
      if (date && ARTICLE_TYPE_RE.test(type)) return date;
      if (date) any ??= date;
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (obj[key]) stack.push(obj[key]);
    }
  }
  return any;
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    if (!source.trim() || source.length > MAX_JSON_LD) continue;
    try {
      const date = datePublishedIn(JSON.parse(source));
      if (date) return date;
    } catch {
      // malformed structured data: look at the next block
    }
  }
  return null;
}

/** A <time datetime> in the article first, else the first one outside page furniture (sidebars, footers). */
function timeDate(doc: Document): string | null {
  const inArticle = doc.querySelector('article time[datetime]');
  const time =
    inArticle && !inArticle.closest(FURNITURE_SELECTOR)
      ? inArticle
      : Array.from(doc.querySelectorAll('time[datetime]')).find((t) => !t.closest(FURNITURE_SELECTOR));
  return time?.getAttribute('datetime') ?? null;
}

/** Every date the page's markup states about itself (raw strings; choosePageDate validates them). */
export function pageDateCandidates(doc: Document): PageDateCandidates {
  return { meta: metaDate(doc), jsonLd: jsonLdDate(doc), time: timeDate(doc) };
}

/** The page's date (`YYYY-MM-DD`), or undefined when its markup states none; `given` (e.g. --date) wins. */
export function pageDate(doc: Document, given?: string | null): string | undefined {
  return choosePageDate({ ...pageDateCandidates(doc), given }) ?? undefined;
}
