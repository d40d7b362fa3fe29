/**
 * `marsad claim … --format claimreview`: the report as schema.org ClaimReview JSON-LD, the format
 * fact-checkers publish and search engines read. The claim's appearances are the articles that
 * report it as true; the evidence is every judged article (`isBasedOn`), each with its sentence.
 * Marsad reviews evidence, not truth, so the rating says what the corpus shows, not a verdict.
 */
import type { ClaimEvidence, ClaimReport } from './check.js';

const RATINGS = {
  supported: { value: 3, name: 'تؤيده المصادر' },
  mixed: { value: 2, name: 'مصادر متضاربة' },
  contradicted: { value: 1, name: 'تناقضه المصادر' },
  none: { value: 0, name: 'لا أدلة في المدونة' },
} as const;

export function ratingOf(report: ClaimReport): keyof typeof RATINGS {
  const agree = report.evidence.filter((e) => e.stance === 'agree').length;
  const disagree = report.evidence.filter((e) => e.stance === 'disagree').length;
  if (agree === 0 && disagree === 0) return 'none';
  if (disagree === 0) return 'supported';
  if (agree === 0) return 'contradicted';
  return 'mixed';
}

function creativeWork(e: ClaimEvidence): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    headline: e.article.title,
    ...(e.article.url ? { url: e.article.url } : { identifier: e.article.source }),
    ...(e.article.publishedAt ? { datePublished: e.article.publishedAt } : {}),
    ...(e.article.outlet ? { publisher: { '@type': 'Organization', name: e.article.outlet } } : {}),
  };
}

export function toClaimReview(report: ClaimReport, reviewedOn: string): Record<string, unknown> {
  const rating = RATINGS[ratingOf(report)];
  const appearances = report.evidence.filter((e) => e.stance === 'agree');
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: report.claim,
    datePublished: reviewedOn,
    inLanguage: 'ar',
    author: { '@type': 'Organization', name: 'Marsad' },
    reviewBody: report.summary,
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 3, worstRating: 0, alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      ...(appearances[0] ? { firstAppearance: creativeWork(appearances[0]) } : {}),
      appearance: appearances.map(creativeWork),
    },
    isBasedOn: report.evidence.map((e) => ({ ...creativeWork(e), text: e.sentence, description: `stance: ${e.stance}` })),
  };
}
