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

/**
 * The same speaker and the same words, whatever the spelling variants. The words are compared
 * without punctuation or quotes ("الشقيق ،" and "الشقيق،"; «…» and "…" are one quote). A name is
 * its first and last word, so a patronymic one outlet gives and another leaves out ("عادل بن أحمد
 * الجبير", "عادل الجبير") does not split a quote; a servant name is one word either way (عبدربه،
 * عبد ربه). A speaker with no name is its role.
 */
export function repeatKey(entry: Pick<TimelineEntry, 'speaker' | 'text'>): string {
  const speaker = entry.speaker.name !== null ? nameKeyOf(entry.speaker.name) : normalize(entry.speaker.role ?? '');
  return `${speaker}|${wordsOnly(entry.text)}`;
}

/** Normalized letters and digits, single spaces. */
function wordsOnly(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** First and last word of a normalized name, "عبد X" joined first. */
function nameKeyOf(name: string): string {
  const words = wordsOnly(name).replace(/(^| )عبد /gu, '$1عبد').split(' ');
  return words.length <= 2 ? words.join(' ') : `${words[0]} ${words[words.length - 1]}`;
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
