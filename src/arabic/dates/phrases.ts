/**
 * Multi-word lexicon look-up over tokens ("كانون الثاني", "ذو الحجة", "أول من أمس").
 * Entries are folded once at load; a look-up is one Map access plus a short comparison, so the
 * matchers stay linear in the length of the text.
 */
import { foldWord, procliticVariants } from './fold.js';
import type { Token } from './tokens.js';

interface Entry<T> {
  rest: readonly string[];
  value: T;
}

export interface PhraseHit<T> {
  value: T;
  /** Index of the first token after the phrase. */
  end: number;
}

export class PhraseTable<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.trim().split(/\s+/u).map(foldWord);
      const [first, ...rest] = words;
      if (first === undefined || first === '') continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ rest, value });
      // Longest phrase first, so "كانون الثاني" wins over a shorter entry with the same first word.
      list.sort((a, b) => b.rest.length - a.rest.length);
      this.byFirstWord.set(first, list);
    }
  }

  has(foldedWord: string): boolean {
    return this.byFirstWord.has(foldedWord);
  }

  /** The folded first words of all entries (for a cheap "may a phrase start here?" filter). */
  firstWords(): IterableIterator<string> {
    return this.byFirstWord.keys();
  }

  /** Longest phrase starting at token `i`; with `proclitics`, the first word may carry و/ف/ب/ل. */
  match(tokens: readonly Token[], i: number, proclitics = false): PhraseHit<T> | null {
    const first = tokens[i];
    if (first === undefined || first.kind !== 'word') return null;
    const heads = proclitics ? procliticVariants(first.norm) : [first.norm];
    for (const head of heads) {
      const list = this.byFirstWord.get(head);
      if (!list) continue;
      for (const entry of list) {
        if (entry.rest.every((word, k) => {
          const t = tokens[i + 1 + k];
          // A later word may be a number: "كانون 1" (December, as some sites print it).
          return t !== undefined && (t.kind === 'word' || t.kind === 'num') && t.norm === word;
        })) {
          return { value: entry.value, end: i + 1 + entry.rest.length };
        }
      }
    }
    return null;
  }
}
