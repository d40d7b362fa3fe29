/**
 * Page metadata, in order of trust: JSON-LD (NewsArticle and kin, also inside @graph), then
 * OpenGraph/article:* meta, then other common meta names, then <time datetime> in the article.
 * Everything is optional; the text stage fills the gaps from the visible page.
 */

export interface HtmlMetadata {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  section: string | null;
  tags: string[];
  canonicalUrl: string | null;
  lang: string | null;
  dir: string | null;
  /** <title> text, kept for the suffix check ("headline | outlet"). */
  documentTitle: string | null;
}

interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
  closest?(selector: string): unknown;
}
interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
  documentElement: ElementLike | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|WebPage|LiveBlogPosting)$/u;
/** Containers whose <time> elements belong to other articles, not this one. */
const FOREIGN_CONTAINERS = 'aside, nav, footer, [class*="related"], [class*="sidebar"], [class*="most"], [id*="related"], [id*="sidebar"], [class*="comment"], [id*="comment"]';

export function readMetadata(document: DocumentLike): HtmlMetadata {
  const ld = jsonLdArticle(document);
  const meta = (key: string): string | null => {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    return v ? v : null;
  };
  const tags = Array.from(document.querySelectorAll('meta[property="article:tag"]'))
    .map((m) => m.getAttribute('content')?.trim() ?? '')
    .filter(Boolean);
  const ldKeywords = ld?.keywords;
  if (tags.length === 0 && ldKeywords) {
    const list = Array.isArray(ldKeywords) ? ldKeywords.map(String) : String(ldKeywords).split(/\s*[,،]\s*/u);
    tags.push(...list.map((s) => s.trim()).filter(Boolean));
  }
  return {
    title: str(ld?.headline) ?? meta('og:title') ?? meta('twitter:title'),
    publishedAt:
      str(ld?.datePublished) ??
      meta('article:published_time') ??
      meta('datePublished') ??
      meta('pubdate') ??
      meta('publishdate') ??
      meta('DC.date.issued') ??
      meta('dc.date') ??
      meta('date') ??
      meta('parsely-pub-date') ??
      meta('sailthru.date') ??
      articleTime(document),
    outlet: publisherName(ld) ?? meta('og:site_name') ?? meta('application-name') ?? meta('publisher'),
    section: str(ld?.articleSection) ?? meta('article:section'),
    tags,
    canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
    lang: document.documentElement?.getAttribute('lang') ?? null,
    dir: document.documentElement?.getAttribute('dir') ?? null,
    documentTitle: document.querySelector('title')?.textContent?.trim() || null,
  };
}

type Json = Record<string, unknown>;

function jsonLdArticle(document: DocumentLike): Json | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const candidates: Json[] = [];
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other sources still count.
    }
    collect(data, candidates);
  }
  const isArticle = (o: Json): boolean => {
    const t = o['@type'];
    return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x) && x !== 'WebPage');
  };
  return candidates.find(isArticle) ?? null;
}

function collect(data: unknown, into: Json[]): void {
  if (Array.isArray(data)) data.forEach((d) => collect(d, into));
  else if (data && typeof data === 'object') {
    into.push(data as Json);
    const graph = (data as Json)['@graph'];
    if (graph) collect(graph, into);
  }
}

function publisherName(ld: Json | null): string | null {
  const p = ld?.publisher;
  if (!p) return null;
  if (typeof p === 'string') return p;
  const first = Array.isArray(p) ? p[0] : p;
  return first && typeof first === 'object' ? str((first as Json).name) : null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || null;
  return null;
}

function articleTime(document: DocumentLike): string | null {
  const times = document.querySelectorAll('time[datetime]');
  // Several <article> elements with their own times are teasers on an index page: none is "the" date.
  if (isListingPage(document)) return null;
  let fallback: string | null = null;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t.closest?.(FOREIGN_CONTAINERS)) continue;
    const v = t.getAttribute('datetime')?.trim();
    if (!v) continue;
    if (t.getAttribute('itemprop') === 'datePublished' || t.getAttribute('pubdate') !== null) return v;
    if (t.closest?.('article, main, [class*="article"], header')) return v;
    fallback ??= v;
  }
  return fallback;
}

/**
 * Machine dates → the contract's local form. The wall-clock time the page states is kept and the
 * offset dropped: readers and timelines reason in the outlet's local day.
 */
export function normalizeMachineDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?)?/u.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}`;
}

/** Teasers: an index page repeats <article> (or heading-link) blocks, one per linked story. */
export const LISTING_MIN_TEASERS = 3;
export function isListingPage(document: DocumentLike): boolean {
  const teasers = Array.from(document.querySelectorAll('article')).filter((a) => {
    const el = a as unknown as { querySelector(s: string): unknown };
    return el.querySelector('h2 a, h3 a, h4 a') !== null;
  });
  return teasers.length >= LISTING_MIN_TEASERS;
}
