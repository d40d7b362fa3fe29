/**
 * Where a new article goes: its near-duplicate original (if any) and its story. The decisions are
 * the pure functions of src/cluster; this module only feeds them the candidates a backend looks up
 * through `ClusterLookup` (indexed queries, never a scan), so every backend decides the same way.
 *
 * Candidate sets are bounded (the lookups return at most a fixed number per key), so the cost of
 * adding an article does not grow with the corpus.
 */
import type { AnalyzeResult } from '../core/types.js';
import { lshBandKeys } from '../cluster/minhash.js';
import { compareAge, type CopyTexts, type Fingerprint, pickOriginal } from '../cluster/duplicates.js';
import { shingleSequence, type ShingleSequence } from '../cluster/minhash.js';
import {
  addToStory,
  articleVector,
  asCopy,
  candidateKeys,
  type IdfSource,
  newStory,
  STORY_THRESHOLD,
  type StoryInput,
  type StorySummary,
  storySimilarity,
} from '../cluster/stories.js';
import { storyIdFor } from './store.js';

export interface ClusterLookup {
  /** Fingerprints of stored articles sharing an LSH band with the new one. */
  duplicateCandidates(bandKeys: readonly string[]): Fingerprint[];
  /**
   * The stored body a candidate's fingerprint was made from (`order` is its ingest order), read only
   * when the copy check needs its words; null when it is gone.
   */
  bodyOf(candidate: Fingerprint): string | null;
  /** The duplicate link and story of a stored article. */
  linkOf(articleId: string): { duplicateOf: string | null; storyId: string | null } | null;
  /** A stored article's date (publication, else reference) and ingest order: which copy is earliest. */
  ageOf(articleId: string): { publishedAt: string | null; order: number } | null;
  /**
   * Stories sharing a candidate key with the new article. `day` (days since the epoch, or null):
   * a backend may leave out stories that cannot take an article of that day (storyAcceptsDay),
   * which score 0 anyway, without reading their summaries.
   */
  storyCandidates(keys: readonly string[], day: number | null): StorySummary[];
  storySummary(id: string): StorySummary | null;
  idf: IdfSource;
}

export interface NewArticle {
  id: string;
  record: AnalyzeResult;
  /** Its date for age and time proximity: the publication date, else the reference date. */
  date: string | null;
  order: number;
  signature: Uint32Array;
  shingleCount: number;
  /** lshBandKeys(signature), storyTermCounts and documentTermsOfCounts of the article, when already computed. */
  bandKeys?: string[];
  termCounts?: ReadonlyMap<string, number>;
  documentTerms?: readonly string[];
}

export interface Assignment {
  bandKeys: string[];
  duplicateOf: string | null;
  similarity: number;
  story: StorySummary;
  createdStory: boolean;
  storyKeys: string[];
  /** Terms to count in the document frequencies (empty for a copy). */
  documentTerms: string[];
  /**
   * A stored original this article is an earlier copy of (null: none): the new article becomes the
   * original, and that article and its copies must name it instead.
   */
  supersedes: string | null;
}

/**
 * The words of the new article and of its candidates for the copy check, each tokenized once and
 * only when a candidate's estimated containment calls for reading it.
 */
function storedTexts(lookup: ClusterLookup, article: NewArticle): CopyTexts {
  const read = new Map<string, ShingleSequence | null>();
  return {
    sequenceOf(fp) {
      let sequence = read.get(fp.id);
      if (sequence === undefined) {
        const body = fp.id === article.id ? article.record.body : lookup.bodyOf(fp);
        sequence = body === null ? null : shingleSequence(body);
        read.set(fp.id, sequence);
      }
      return sequence;
    },
  };
}

export function assignArticle(lookup: ClusterLookup, article: NewArticle): Assignment {
  const bandKeys = article.bandKeys ?? lshBandKeys(article.signature);
  const fingerprint: Fingerprint = {
    id: article.id,
    publishedAt: article.date,
    order: article.order,
    signature: article.signature,
    length: article.shingleCount,
  };
  const candidates = lookup.duplicateCandidates(bandKeys).filter((c) => c.id !== article.id);
  const picked = candidates.length > 0 ? pickOriginal(fingerprint, candidates, storedTexts(lookup, article)) : { originalId: null, similarity: 0 };
  let duplicateOf: string | null = null;
  let supersedes: string | null = null;
  let originalStory: StorySummary | null = null;
  if (picked.originalId) {
    const link = lookup.linkOf(picked.originalId);
    // Point at the root copy, so that every copy of a wire story names the same original.
    const root = link?.duplicateOf ?? picked.originalId;
    // Unless this copy is older than that root (an archive ingested after today's news): then it is
    // the original, and the stored text and its copies are re-pointed to it.
    const rootAge = lookup.ageOf(root);
    if (rootAge && compareAge(fingerprint, rootAge) < 0) supersedes = root;
    else duplicateOf = root;
    const storyId = link?.storyId ?? null;
    originalStory = storyId ? lookup.storySummary(storyId) : null;
  }

  const input: StoryInput = {
    id: article.id,
    title: article.record.title,
    body: article.record.body,
    entities: article.record.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions })),
    publishedAt: article.date,
    duplicateOf,
    termCounts: article.termCounts,
  };
  const vector = articleVector(input, lookup.idf);
  const storyKeys = candidateKeys(vector);
  // Copies do not count as documents: a wire story copied ten times would otherwise make its own
  // words look common.
  const documentTerms = duplicateOf === null && supersedes === null ? [...(article.documentTerms ?? documentTermsOf(input))] : [];

  if (originalStory) {
    return { bandKeys, duplicateOf, similarity: picked.similarity, story: addToStory(originalStory, article.id, asCopy(vector)), createdStory: false, storyKeys, documentTerms, supersedes };
  }
  let best: StorySummary | null = null;
  let bestScore = -Infinity;
  for (const story of lookup.storyCandidates(storyKeys, vector.day)) {
    const score = storySimilarity(vector, story);
    if (score > bestScore || (score === bestScore && best !== null && story.id < best.id)) {
      best = story;
      bestScore = score;
    }
  }
  const joins = best !== null && bestScore >= STORY_THRESHOLD;
  const story = joins ? addToStory(best!, article.id, vector) : newStory(storyIdFor(article.id), article.id, vector);
  return { bandKeys, duplicateOf, similarity: picked.similarity, story, createdStory: !joins, storyKeys, documentTerms, supersedes };
}

/** No document seen: every term weighs the same, so a vector keeps the article's most frequent terms. */
const NO_DOCUMENTS: IdfSource = { documentCount: () => 0, documentFrequency: () => 0 };

/**
 * The terms an article adds to the document frequencies: its top terms by frequency alone, the
 * same definition the story evaluation uses (eval/tasks/stories.ts builds its IDF this way).
 */
export function documentTermsOf(input: StoryInput): string[] {
  return [...articleVector(input, NO_DOCUMENTS).terms.keys()];
}

/** documentTermsOf an article from its storyTermCounts alone (all it depends on): what ingest's analysis thread computes. */
export function documentTermsOfCounts(termCounts: ReadonlyMap<string, number>): string[] {
  return documentTermsOf({ id: '', title: '', body: '', entities: [], publishedAt: null, duplicateOf: null, termCounts });
}
