/**
 * stories.saudinewsnet: story clustering on clean, dated news, against 150 hand-labelled pairs of
 * SaudiNewsNet articles ("same story" or not; eval/gold/stories-snn-pairs.md says how they were
 * drawn and judged). Baly 2018 (stories.baly) has no dates, so only this set sees the time bounds.
 *
 * Every SaudiNewsNet article with a body goes through what ingest does for stories, in crawl order:
 * the near-duplicate index (a copy joins its original's story), the story clusterer with an IDF
 * learned from the articles before it, the crawl day as its date. One difference from ingest,
 * to keep the run short: no entity analysis, so candidate stories are found through the articles'
 * top terms only (entities weigh 0 in the similarity itself; see ENTITY_WEIGHT).
 *
 * A pair is predicted "same" when both articles end in one story. Pairs are split by the first
 * article's day as the duplicate silver set is (dev up to 2015-08-01): thresholds were chosen on
 * dev; `stories.saudinewsnet.{precision,recall,f1}` are the test pairs'. The pairs were drawn
 * stratified by similarity band, so these are figures on the labelled sample, not on all pairs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprint, InMemoryDuplicateIndex } from '../../src/cluster/duplicates.js';
import { InMemoryIdf, InMemoryStoryClusterer, MAX_STORY_DAYS, STORY_THRESHOLD, type StoryInput } from '../../src/cluster/stories.js';
import { documentTermsOf } from '../../src/store/assign.js';
import { NO_CORPUS } from '../lib/corpus.js';
import { prf } from '../lib/prf.js';
import { loadSaudiNewsNet } from '../lib/saudinewsnet.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';

const GOLD_FILE = 'eval/gold/stories-snn-pairs.json';
/** The last crawl day of the dev pairs (the duplicates task splits its days the same way). */
const LAST_DEV_DAY = '2015-08-01';

interface GoldPair {
  a: { zip: string; url: string };
  b: { zip: string; url: string };
  label: 'same' | 'different';
  unsure: boolean;
}

/** Pairs with both ends named and a label; anything else is reported, not scored. */
export function parsePairs(raw: unknown): { pairs: GoldPair[]; problems: string[] } {
  const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['pairs'] : undefined;
  if (!Array.isArray(list)) return { pairs: [], problems: ['no "pairs" array'] };
  const pairs: GoldPair[] = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    const p = item as Partial<GoldPair> | null;
    const ok = p?.a?.url && p.a.zip && p.b?.url && p.b.zip && (p.label === 'same' || p.label === 'different');
    if (ok) pairs.push({ a: p.a!, b: p.b!, label: p.label!, unsure: p.unsure === true });
    else problems.push(`pair ${i}: needs a.{zip,url}, b.{zip,url} and label same|different`);
  });
  return { pairs, problems };
}

/** Pairwise counts: predicted same ∧ gold same = tp, predicted same ∧ different = fp, split ∧ same = fn. */
export function pairCounts(pairs: readonly GoldPair[], storyOf: (url: string) => string | null): { tp: number; fp: number; fn: number; missing: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let missing = 0;
  for (const p of pairs) {
    const a = storyOf(p.a.url);
    const b = storyOf(p.b.url);
    if (a === null || b === null) {
      missing++;
      continue;
    }
    const together = a === b;
    if (together && p.label === 'same') tp++;
    else if (together) fp++;
    else if (p.label === 'same') fn++;
  }
  return { tp, fp, fn, missing };
}

async function run(ctx: EvalContext): Promise<EvalOutcome> {
  if (!ctx.corpusDir) return { metrics: [], skipped: NO_CORPUS };
  const { pairs, problems } = parsePairs(JSON.parse(await readFile(path.join(ctx.repoDir, GOLD_FILE), 'utf8')));
  const started = performance.now();
  const articles = (await loadSaudiNewsNet(ctx.corpusDir)).filter((a) => a.content.trim() !== '');
  const duplicates = new InMemoryDuplicateIndex();
  const idf = new InMemoryIdf();
  const stories = new InMemoryStoryClusterer(idf);
  articles.forEach((a, order) => {
    const day = a.date_extracted ? a.date_extracted.slice(0, 10) : null;
    const { duplicateOf } = duplicates.add(fingerprint(a.url, a.content, day, order));
    const input: StoryInput = { id: a.url, title: a.title, body: a.content, entities: [], publishedAt: day, duplicateOf };
    stories.add(input);
    // As the store does: copies are not documents of the IDF.
    if (duplicateOf === null) idf.add(documentTermsOf(input));
  });
  const seconds = (performance.now() - started) / 1000;
  const storyOf = (url: string): string | null => stories.storyOf(url);

  const isDev = (p: GoldPair): boolean => p.a.zip.slice(0, 10) <= LAST_DEV_DAY;
  const test = pairCounts(pairs.filter((p) => !isDev(p)), storyOf);
  const dev = pairCounts(pairs.filter(isDev), storyOf);
  const sure = pairCounts(pairs.filter((p) => !p.unsure), storyOf);
  const metric = (key: string, c: { tp: number; fp: number; fn: number }, n: number): Metric[] => {
    const s = prf(c);
    return [
      { key: `${key}.precision`, value: s.precision, n },
      { key: `${key}.recall`, value: s.recall, n },
      { key: `${key}.f1`, value: s.f1, n },
    ];
  };
  const sizes = stories.stories().map((s) => s.size).sort((x, y) => y - x);
  const line = (name: string, c: { tp: number; fp: number; fn: number; missing: number }): string => {
    const s = prf(c);
    return `${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}${c.missing ? `, ${c.missing} not found` : ''})`;
  };
  return {
    metrics: [...metric('stories.saudinewsnet', test, pairs.filter((p) => !isDev(p)).length), ...metric('stories.saudinewsnet.dev', dev, pairs.filter(isDev).length).filter((m) => m.key.endsWith('.f1'))],
    details: [
      ...problems.map((p) => `gold problem: ${p}`),
      `${articles.length} articles clustered in ${seconds.toFixed(0)} s (STORY_THRESHOLD ${STORY_THRESHOLD}, MAX_STORY_DAYS ${MAX_STORY_DAYS}); ${sizes.length} stories, largest ${sizes.slice(0, 5).join(', ')}; ${sizes.filter((n) => n >= 100).length} of 100 articles or more`,
      line('test pairs', test),
      line('dev pairs', dev),
      line('all pairs not marked unsure', sure),
    ],
  };
}

export const tasks: EvalTask[] = [
  {
    name: 'stories.saudinewsnet',
    description: 'story clustering on dated news, pairwise P/R/F1 on 150 hand-labelled SaudiNewsNet pairs (test: pairs after 2015-08-01)',
    run,
  },
];
