/**
 * Synthetic articles for the corpus benchmarks: real sentences recombined at run time, so that the
 * vocabulary, word lengths and sentence shapes are those of Arabic news, while nothing is written
 * to the repository. Sentences come from SaudiNewsNet when it is here, else from the demo corpus.
 * Deterministic: the same seed gives the same articles.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitSentences } from '../src/arabic/sentences.js';
import { listSaudiNewsNetZips, readSaudiNewsNetZip } from '../eval/lib/saudinewsnet.js';

export interface SyntheticArticle {
  url: string;
  outlet: string;
  date: string;
  title: string;
  body: string;
}

export interface SentencePool {
  source: string;
  sentences: string[];
}

/** Sentences shorter or longer than this (characters) make poor article material. */
const MIN_SENTENCE = 40;
const MAX_SENTENCE = 320;
/** Enough variety for a million articles; more only costs memory. */
const MAX_SENTENCES = 60_000;
const OUTLETS = ['الأفق', 'المدار', 'صدى الأرز', 'المنبر', 'الساحل', 'الواحة', 'النخيل', 'المشهد', 'مرايا', 'الخضراء'];

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addSentences(text: string, out: string[]): void {
  for (const line of text.split('\n')) {
    for (const s of splitSentences(line)) if (s.text.length >= MIN_SENTENCE && s.text.length <= MAX_SENTENCE) out.push(s.text);
  }
}

export async function loadSentencePool(corpusDir: string | null, repoDir: string): Promise<SentencePool> {
  const sentences: string[] = [];
  if (corpusDir) {
    try {
      for (const zip of await listSaudiNewsNetZips(corpusDir)) {
        for (const article of await readSaudiNewsNetZip(zip)) {
          addSentences(article.content, sentences);
          if (sentences.length >= MAX_SENTENCES) break;
        }
        if (sentences.length >= MAX_SENTENCES) break;
      }
    } catch {
      sentences.length = 0;
    }
    if (sentences.length > 0) return { source: `${sentences.length} SaudiNewsNet sentences`, sentences };
  }
  const dir = path.join(repoDir, 'demo', 'corpus');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) addSentences(await readFile(path.join(dir, name), 'utf8'), sentences);
  return { source: `${sentences.length} demo-corpus sentences`, sentences };
}

/** `n` articles, generated lazily: 4–12 sentences in paragraphs of 1–3, a title cut from another sentence. */
export function* syntheticArticles(pool: SentencePool, n: number, seed = 42): Generator<SyntheticArticle> {
  const random = rng(seed);
  const pick = (): string => pool.sentences[Math.floor(random() * pool.sentences.length)]!;
  const start = Date.UTC(2021, 0, 1);
  for (let i = 0; i < n; i++) {
    const count = 4 + Math.floor(random() * 9);
    const paragraphs: string[] = [];
    let current: string[] = [];
    for (let k = 0; k < count; k++) {
      current.push(pick());
      if (current.length >= 1 + Math.floor(random() * 3)) {
        paragraphs.push(current.join(' '));
        current = [];
      }
    }
    if (current.length) paragraphs.push(current.join(' '));
    const title = pick().split(/\s+/u).slice(0, 6 + Math.floor(random() * 6)).join(' ');
    const day = new Date(start + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
    yield { url: `https://synthetic.example/${i}`, outlet: OUTLETS[i % OUTLETS.length]!, date: day, title, body: paragraphs.join('\n') };
  }
}

/** Typical reader queries drawn from the pool: one word (half), two words (a third), a quoted phrase (the rest). */
/**
 * Typical filtered searches over the synthetic corpus (2021, OUTLETS): one of the typical queries
 * with a month, an outlet, or an outlet and three days, in turn.
 */
export function typicalFilteredQueries(pool: SentencePool, n: number, seed = 11): { text: string; filters: { outlet?: string; from?: string; to?: string } }[] {
  const random = rng(seed);
  return typicalQueries(pool, n, seed).map((text, i) => {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    const day = 1 + Math.floor(random() * 26);
    const days = { from: `2021-${month}-${String(day).padStart(2, '0')}`, to: `2021-${month}-${String(day + 2).padStart(2, '0')}` };
    const filters = i % 3 === 0 ? { from: `2021-${month}-01`, to: `2021-${month}-31` } : i % 3 === 1 ? { outlet } : { outlet, ...days };
    return { text, filters };
  });
}

export function typicalQueries(pool: SentencePool, n: number, seed = 7): string[] {
  const random = rng(seed);
  const words = (): string[] =>
    pool.sentences[Math.floor(random() * pool.sentences.length)]!.split(/\s+/u).filter((w) => w.length >= 4 && /^\p{Script=Arabic}+$/u.test(w));
  const out: string[] = [];
  while (out.length < n) {
    const w = words();
    if (w.length < 3) continue;
    const at = Math.floor(random() * (w.length - 1));
    const roll = random();
    if (roll < 0.5) out.push(w[at]!);
    else if (roll < 0.83) out.push(`${w[at]} ${w[(at + 2) % w.length]}`);
    else out.push(`"${w[at]} ${w[at + 1]}"`);
  }
  return out;
}
