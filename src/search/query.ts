/**
 * Reading a search query the way readers type it: words (each must occur, in any form that
 * normalizes and stems to the same key) and quoted phrases ("رفع الدعم", «رفع الدعم», “…”), whose
 * words must occur together in that order. Keys come from `searchTokens`, the same function that
 * built the index, so hamza forms, ة/ه, ى/ي, harakat, tatweel and proclitics (و، ال، بال، لل…)
 * never decide whether an article is found.
 */
import { searchTokens } from '../arabic/stem.js';

export interface ParsedQuery {
  /** Each group must match; a group of several keys is a phrase. Stopword-only parts give no group. */
  groups: string[][];
  /** Every key of the query, for highlighting. */
  keys: Set<string>;
}

/** An opening quote and the quote that closes it. */
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“', '”': '”' };

export function parseQuery(text: string): ParsedQuery {
  const groups: string[][] = [];
  let rest = '';
  let i = 0;
  while (i < text.length) {
    const close = QUOTE_PAIRS[text[i]!];
    if (close !== undefined) {
      const end = text.indexOf(close, i + 1);
      const inner = end === -1 ? text.slice(i + 1) : text.slice(i + 1, end);
      const phrase = searchTokens(inner);
      if (phrase.length > 0) groups.push(phrase);
      i = end === -1 ? text.length : end + 1;
      rest += ' ';
      continue;
    }
    rest += text[i];
    i++;
  }
  for (const key of searchTokens(rest)) groups.push([key]);
  const unique = dedupeGroups(groups);
  return { groups: unique, keys: new Set(unique.flat()) };
}

function dedupeGroups(groups: string[][]): string[][] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const id = g.join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
