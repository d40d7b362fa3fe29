/**
 * The terms of an article vector that count as "documents containing the term" for the stories'
 * IDF (src/cluster/stories.ts reads them back through IdfSource.documentFrequency).
 */
import type { ArticleVector } from '../cluster/stories.js';

export function vectorTerms(vector: ArticleVector): Iterable<string> {
  return vector.terms.keys();
}
