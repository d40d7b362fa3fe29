/**
 * Labelled claim–article pairs for stance evaluation, as features ready for fitting and scoring:
 * Baly et al. (2018) folds 1–4 (claims against scraped articles, extracted by Marsad first) and
 * ANS (Khouja 2020: headline pairs, agree / disagree / other).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { searchTokens } from '../../src/arabic/stem.js';
import { extractArticle } from '../../src/extract/article.js';
import { alignArticle } from '../../src/analyze/stance/align.js';
import { parseClaim, type TermWeight } from '../../src/analyze/stance/claim.js';
import { stanceFeatures } from '../../src/analyze/stance/features.js';
import { parseCsv } from '../../src/export/csv.js';
import type { Stance } from '../../src/analyze/stance/types.js';
import { loadBalyClaims, loadBalyFolds } from './baly.js';

export interface StancePair {
  /** Claim id (Baly) or row number (ANS). */
  group: string;
  /** Baly fold (1–4) or ANS split. */
  split: string;
  claim: string;
  title: string;
  paragraphs: string[];
  label: Stance;
  features: number[];
}

const BALY_LABELS: ReadonlySet<string> = new Set(['agree', 'disagree', 'discuss', 'unrelated']);

/** Inverse document frequency over a collection of token lists; unseen stems get the rarest weight. */
export function idfWeights(documents: readonly (readonly string[])[]): TermWeight {
  const df = new Map<string, number>();
  for (const doc of documents) for (const stem of new Set(doc)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = documents.length;
  return (stem) => Math.log((n + 1) / ((df.get(stem) ?? 0) + 1)) + 1;
}

export function pairFeatures(claim: string, title: string, paragraphs: readonly string[], weight?: TermWeight): number[] {
  const parsed = parseClaim(claim, weight);
  return stanceFeatures(parsed, alignArticle(parsed, title, paragraphs));
}

export async function loadBalyStancePairs(corpusDir: string, options: { idf: boolean }): Promise<StancePair[]> {
  const [claims, folds] = await Promise.all([loadBalyClaims(corpusDir), loadBalyFolds(corpusDir)]);
  const extracted = new Map<string, { title: string; paragraphs: string[] }>();
  const raw: Omit<StancePair, 'features'>[] = [];
  for (const claim of claims) {
    const fold = folds.get(claim.id);
    if (fold === undefined) continue;
    for (const article of claim.articles) {
      if (!BALY_LABELS.has(article.stance)) continue;
      let doc = extracted.get(article.text);
      if (!doc) {
        const a = extractArticle({ content: article.text, format: 'text', url: article.url || null, origin: `${claim.file}#${article.index}` });
        // A listing page is judged on its teasers, as `marsad stance` does.
        doc = { title: a.title, paragraphs: a.paragraphs.length > 0 ? a.paragraphs : (a.listingItems ?? []) };
        extracted.set(article.text, doc);
      }
      raw.push({ group: claim.id, split: String(fold), claim: claim.claim, ...doc, label: article.stance as Stance });
    }
  }
  const weight = options.idf ? idfWeights([...extracted.values()].map((d) => searchTokens(`${d.title}\n${d.paragraphs.join('\n')}`))) : undefined;
  return raw.map((p) => ({ ...p, features: pairFeatures(p.claim, p.title, p.paragraphs, weight) }));
}

/** ANS rows: s1 is the original headline (the "article"), s2 the paraphrased or corrupted claim. */
export async function loadAnsStancePairs(corpusDir: string): Promise<StancePair[]> {
  const out: StancePair[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const text = await readFile(path.join(corpusDir, 'ans', 'data', 'stance', `${split}.csv`), 'utf8');
    const rows = parseCsv(text);
    rows.slice(1).forEach((row, i) => {
      const [s1, s2, stance] = row;
      if (!s1 || !s2 || !stance) return;
      const label: Stance = stance === 'agree' ? 'agree' : stance === 'disagree' ? 'disagree' : 'unrelated';
      out.push({ group: `${split}-${i}`, split, claim: s2, title: s1, paragraphs: [], label, features: pairFeatures(s2, s1, []) });
    });
  }
  return out;
}
