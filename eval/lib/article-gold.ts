/**
 * Gold for one extracted article, read from either place it is written:
 * - demo/gold/<name>.json: `{file, format, title, publishedAt, outlet, section, hashtags, bodyLines,
 *   captions, mustContain, mustNotContain, …}`, the input being demo/corpus/<file>;
 * - test/fixtures/extract/<slug>/expected.json beside input.txt or source.html.
 * A field absent from the gold is not scored for that document (absent ≠ null: `publishedAt: null`
 * means "the page states no date" and is scored).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputFormat } from '../../src/core/types.js';

export interface ArticleGold {
  /** Short name for reports: the gold file name or the fixture slug. */
  id: string;
  inputPath: string;
  format: InputFormat;
  url: string | null;
  title?: string;
  publishedAt?: string | null;
  outlet?: string | null;
  section?: string | null;
  hashtags?: string[];
  bodyLines: string[];
  captions?: string[];
  mustContain: string[];
  mustNotContain: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function optionalNullableString(raw: Record<string, unknown>, key: string): string | null | undefined {
  if (!(key in raw)) return undefined;
  const value = raw[key];
  return typeof value === 'string' ? value : null;
}

/** The body as lines: `bodyLines`, else `paragraphs`, else `body` split on newlines. */
function bodyOf(raw: Record<string, unknown>): string[] | null {
  if (Array.isArray(raw['bodyLines'])) return strings(raw['bodyLines']);
  if (Array.isArray(raw['paragraphs'])) return strings(raw['paragraphs']);
  if (typeof raw['body'] === 'string') return raw['body'].split('\n');
  return null;
}

function formatOf(value: unknown, inputPath: string): InputFormat {
  if (value === 'text' || value === 'html' || value === 'auto') return value;
  return /\.html?$/iu.test(inputPath) ? 'html' : 'text';
}

/** One gold record → ArticleGold, or a message saying what is missing. */
export function parseArticleGold(id: string, raw: unknown, inputPath: string): ArticleGold | string {
  if (typeof raw !== 'object' || raw === null) return `${id}: gold is not an object`;
  const record = raw as Record<string, unknown>;
  const bodyLines = bodyOf(record);
  if (bodyLines === null) return `${id}: gold has no bodyLines, paragraphs or body`;
  const gold: ArticleGold = {
    id,
    inputPath,
    format: formatOf(record['format'], inputPath),
    url: typeof record['url'] === 'string' ? record['url'] : null,
    bodyLines,
    mustContain: strings(record['mustContain']),
    mustNotContain: strings(record['mustNotContain']),
  };
  if (typeof record['title'] === 'string') gold.title = record['title'];
  const publishedAt = optionalNullableString(record, 'publishedAt');
  if (publishedAt !== undefined) gold.publishedAt = publishedAt;
  const outlet = optionalNullableString(record, 'outlet');
  if (outlet !== undefined) gold.outlet = outlet;
  const section = optionalNullableString(record, 'section');
  if (section !== undefined) gold.section = section;
  if (Array.isArray(record['hashtags'])) gold.hashtags = strings(record['hashtags']);
  if (Array.isArray(record['captions'])) gold.captions = strings(record['captions']);
  return gold;
}

/** demo/gold/*.json; each names its input in `file` (relative to demo/corpus/). */
export async function loadDemoGold(repoDir: string): Promise<{ golds: ArticleGold[]; problems: string[] }> {
  const goldDir = path.join(repoDir, 'demo', 'gold');
  const corpusDir = path.join(repoDir, 'demo', 'corpus');
  const golds: ArticleGold[] = [];
  const problems: string[] = [];
  if (!existsSync(goldDir)) return { golds, problems };
  for (const name of (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
    try {
      const raw = JSON.parse(await readFile(path.join(goldDir, name), 'utf8')) as Record<string, unknown>;
      const file = typeof raw['file'] === 'string' ? raw['file'] : null;
      if (!file) {
        problems.push(`demo/gold/${name}: no "file"`);
        continue;
      }
      const inputPath = path.join(corpusDir, file);
      if (!existsSync(inputPath)) {
        problems.push(`demo/gold/${name}: input demo/corpus/${file} is missing`);
        continue;
      }
      const gold = parseArticleGold(`demo/${name.replace(/\.json$/u, '')}`, raw, inputPath);
      if (typeof gold === 'string') problems.push(gold);
      else golds.push(gold);
    } catch (error) {
      problems.push(`demo/gold/${name}: ${(error as Error).message}`);
    }
  }
  return { golds, problems };
}

/** test/fixtures/extract/<slug>/{expected.json, input.txt | source.html}. */
export async function loadExtractFixtures(repoDir: string): Promise<{ golds: ArticleGold[]; problems: string[] }> {
  const root = path.join(repoDir, 'test', 'fixtures', 'extract');
  const golds: ArticleGold[] = [];
  const problems: string[] = [];
  if (!existsSync(root)) return { golds, problems };
  const entries = await readdir(root, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, entry.name);
    const expected = path.join(dir, 'expected.json');
    const input = ['input.txt', 'source.html'].map((f) => path.join(dir, f)).find((p) => existsSync(p));
    if (!existsSync(expected) || !input) {
      problems.push(`fixture ${entry.name}: needs expected.json and input.txt or source.html`);
      continue;
    }
    try {
      const gold = parseArticleGold(`fixture/${entry.name}`, JSON.parse(await readFile(expected, 'utf8')), input);
      if (typeof gold === 'string') problems.push(gold);
      else golds.push(gold);
    } catch (error) {
      problems.push(`fixture ${entry.name}: ${(error as Error).message}`);
    }
  }
  return { golds, problems };
}
