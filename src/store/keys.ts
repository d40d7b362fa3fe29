/**
 * What the store indexes besides the record: search keys, the MinHash fingerprint and its LSH band
 * keys, and the story term counts of one article. Ingest computes them in the analysis thread, so that the store's
 * single writer thread does no tokenizing.
 */
import { searchTokens } from '../arabic/stem.js';
import { lshBandKeys, minhashSignature, shingleHashes } from '../cluster/minhash.js';
import { storyTermCounts } from '../cluster/stories.js';
import type { PreparedArticle } from './types.js';

export type ArticleKeys = Pick<PreparedArticle, 'titleTokens' | 'bodyTokens' | 'signature' | 'shingleCount' | 'bandKeys' | 'storyTerms'>;

export function articleKeys(title: string, body: string): ArticleKeys {
  const shingles = shingleHashes(body);
  const titleTokens = searchTokens(title);
  const bodyTokens = searchTokens(body);
  const signature = minhashSignature(shingles);
  return {
    titleTokens: titleTokens.join(' '),
    bodyTokens: bodyTokens.join(' '),
    signature,
    shingleCount: shingles.length,
    bandKeys: lshBandKeys(signature),
    storyTerms: storyTermCounts(title, body, titleTokens, bodyTokens),
  };
}
