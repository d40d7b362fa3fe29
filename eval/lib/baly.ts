/**
 * Reading the Baly et al. (2018) fact-checking corpus from ../shared/corpus/baly2018: one JSON file
 * per claim with parallel arrays (`article`, `url`, `stance`, `rationale`). Articles are scraped page
 * text, one sentence a line; `rationale` holds the indexes of evidence lines as a string ("[0, 3]")
 * or "" when the article has none.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BalyArticle {
  /** Position in the claim's `article` array. */
  index: number;
  text: string;
  url: string;
  stance: string;
  /** Line indexes of the rationale (evidence) sentences; empty when none was annotated. */
  rationale: number[];
}

export interface BalyClaim {
  id: string;
  /** The JSON file name, e.g. `R-10.json`. */
  file: string;
  claim: string;
  fact: string;
  articles: BalyArticle[];
}

export function balyDatasetDir(corpusDir: string): string {
  return path.join(corpusDir, 'baly2018', 'dataset');
}

/** An article's lines exactly as the corpus has them: rationale indexes point into this array. */
export function balyLines(text: string): string[] {
  return text.split('\n');
}

/** `"[0, 3]"` → [0, 3]; `""`, `"[]"`, or anything unreadable → [] (the corpus has no other shapes). */
export function parseRationale(raw: unknown): number[] {
  if (Array.isArray(raw)) return raw.filter((n): n is number => Number.isInteger(n));
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

function asStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : String(item ?? ''))) : [];
}

export async function loadBalyClaim(corpusDir: string, file: string): Promise<BalyClaim> {
  const name = file.endsWith('.json') ? file : `${file}.json`;
  const raw = JSON.parse(await readFile(path.join(balyDatasetDir(corpusDir), name), 'utf8')) as Record<string, unknown>;
  const texts = asStringArray(raw['article']);
  const urls = asStringArray(raw['url']);
  const stances = asStringArray(raw['stance']);
  const rationales: unknown[] = Array.isArray(raw['rationale']) ? raw['rationale'] : [];
  return {
    id: typeof raw['id'] === 'string' ? raw['id'] : name.replace(/\.json$/u, ''),
    file: name,
    claim: typeof raw['claim'] === 'string' ? raw['claim'] : '',
    fact: typeof raw['fact'] === 'string' ? raw['fact'] : '',
    articles: texts.map((text, index) => ({
      index,
      text,
      url: urls[index] ?? '',
      stance: stances[index] ?? '',
      rationale: parseRationale(rationales[index]),
    })),
  };
}

/** Every claim in the dataset folder, in file-name order (stable across runs). */
export async function loadBalyClaims(corpusDir: string): Promise<BalyClaim[]> {
  const files = (await readdir(balyDatasetDir(corpusDir))).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map((file) => loadBalyClaim(corpusDir, file)));
}

/** `Fold_1: V-479 R-73 …` lines → claim id → fold number. */
export function parseFolds(text: string): Map<string, number> {
  const folds = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^\s*Fold_(\d+)\s*:(.*)$/u.exec(line);
    if (!match) continue;
    const fold = Number(match[1]);
    for (const id of match[2]!.trim().split(/\s+/u)) if (id) folds.set(id, fold);
  }
  return folds;
}

export async function loadBalyFolds(corpusDir: string): Promise<Map<string, number>> {
  return parseFolds(await readFile(path.join(corpusDir, 'baly2018', 'folds.txt'), 'utf8'));
}
