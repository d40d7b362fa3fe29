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
 * without punctuation or quotes ("الشقيق ،" and "الشقيق،"; «…» and "…" are one quote). A name
 * leaves out a patronymic between the first name and the family name, which one outlet gives and
 * another does not ("عادل بن أحمد الجبير", "عادل الجبير"), and writes a servant name as one word
 * (عبدربه، عبد ربه). A chain of patronymics or a dynasty after one ("محمد بن نايف بن عبدالعزيز",
 * "حمدان بن محمد آل مكتوم") is the name itself and stays whole. A speaker with no name is its role.
 */
export function repeatKey(entry: Pick<TimelineEntry, 'speaker' | 'text'>): string {
  const speaker = entry.speaker.name !== null ? nameKeyOf(entry.speaker.name) : normalize(entry.speaker.role ?? '');
  return `${speaker}|${wordsOnly(entry.text)}`;
}

/** Normalized letters and digits, single spaces. */
function wordsOnly(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const PATRONYMIC = new Set(['بن', 'ابن', 'بنت']);
/** Words that continue a lineage: after "بن X" one of these means X is not a middle name to drop. */
const LINEAGE = new Set([...PATRONYMIC, 'ال']);

/** A normalized name, "عبد X" joined, without a lone patronymic before the family name. */
function nameKeyOf(name: string): string {
  const words = wordsOnly(name).replace(/(^| )عبد /gu, '$1عبد').split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const family = words[i + 2];
    if (i > 0 && PATRONYMIC.has(words[i]!) && family !== undefined && !LINEAGE.has(family)) {
      i++;
      continue;
    }
    kept.push(words[i]!);
  }
  return kept.join(' ');
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
