/**
 * One statement reported by several outlets (a wire story and its copies, or the same quote in two
 * papers) is one line of a timeline, with the other articles listed under it: a reader wants to
 * see who said what once, and where it was reported, not the same sentence five times.
 */
import { normalize } from '../arabic/normalize.js';
import type { ArticleRef, TimelineEntry } from './types.js';

export interface FoldedEntry extends TimelineEntry {
  /** The other articles that report the same words by the same speaker, in timeline order. */
  alsoIn: ArticleRef[];
}

/** The same speaker (name, else role) and the same words, whatever the spelling variants. */
export function repeatKey(entry: Pick<TimelineEntry, 'speaker' | 'text'>): string {
  return `${normalize(entry.speaker.name ?? entry.speaker.role ?? '')}|${normalize(entry.text)}`;
}

/** Keeps each statement's first entry (entries come in date order) and lists the repeats' articles under it. */
export function foldRepeats(entries: readonly TimelineEntry[]): FoldedEntry[] {
  const out: FoldedEntry[] = [];
  const byKey = new Map<string, FoldedEntry>();
  for (const entry of entries) {
    const key = repeatKey(entry);
    const first = byKey.get(key);
    if (first) {
      if (first.article.id !== entry.article.id && !first.alsoIn.some((a) => a.id === entry.article.id)) first.alsoIn.push(entry.article);
      continue;
    }
    const folded: FoldedEntry = { ...entry, alsoIn: [] };
    byKey.set(key, folded);
    out.push(folded);
  }
  return out;
}
