/**
 * duplicates.saudinewsnet: near-duplicate detection (src/cluster) against a silver set built with
 * an independent rule (eval/lib/duplicate-silver.ts, documented in eval/gold/duplicates-silver.md).
 *
 * - Every SaudiNewsNet article is fingerprinted and added to an InMemoryDuplicateIndex in corpus
 *   order (publishedAt = the crawl timestamp, the only date the corpus has).
 * - Split by crawl day: dev = the first 9 daily files (2015-07-21 … 2015-08-01), test = the other 9.
 *   Each split is indexed on its own, so no pair crosses the split.
 * - Predicted pairs: every pair of articles with the same root (an original and all copies naming it).
 * - Silver clusters (the figures that count, `duplicates.saudinewsnet.{dev,test}.*`): the links the
 *   spec asks `duplicateOf` to make, drawn from the silver pairs instead of the detector: in the same
 *   order, each article points to the root of its earliest earlier silver copy (silverRoots). Pairs
 *   in the same silver tree are copies.
 * - Also reported (`….components.*`): the connected components of the silver pairs, the earlier
 *   definition. It over-counts: a roundup that contains two unrelated short items joins them, and
 *   two edited copies that each align with a third but not with each other are joined too; no
 *   incremental `duplicateOf` can reproduce those merges, so even the silver pairs themselves score
 *   F1 0.88 against their own components (eval/gold/duplicates-silver.md, "Clusters").
 * - COPIED_SHARE_THRESHOLD is chosen on dev (the sweep is printed); test figures are the ones that count.
 * - The copy check reads the texts (the fingerprints carry their shingle sequences), as the store
 *   does with its stored bodies; `….estimate_only.*` is the containment estimate alone (the rule
 *   before session 23), kept for comparison.
 */
import { compareAge, COPIED_SHARE_THRESHOLD, type CopyThresholds, fingerprint, type Fingerprint, InMemoryDuplicateIndex } from '../../src/cluster/duplicates.js';
import { NO_CORPUS } from '../lib/corpus.js';
import { buildSilver, dayNumber, type SilverPair } from '../lib/duplicate-silver.js';
import { prf } from '../lib/prf.js';
import { loadSaudiNewsNet } from '../lib/saudinewsnet.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';

/** Crawl days up to and including this one are dev. */
export const LAST_DEV_DAY = '2015-08-01';
const SWEEP = [0.7, 0.75, 0.775, 0.8, 0.85];

const choose2 = (n: number): number => (n * (n - 1)) / 2;

/** Component label of every index under the silver pairs (union-find). */
export function silverComponents(count: number, pairs: readonly [number, number][]): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  return parent.map((_, i) => find(i));
}

/**
 * The root each item would get from a perfect detector: items are taken in the given order (the
 * order the detector indexes them), and an item that has silver copies among the earlier ones points
 * to the root of the oldest of them (compareAge: date, then order), as InMemoryDuplicateIndex does
 * with its own decisions. Items without an earlier copy are their own root.
 */
export function silverRoots(ages: readonly Pick<Fingerprint, 'publishedAt' | 'order'>[], pairs: readonly [number, number][]): number[] {
  const earlier: number[][] = ages.map(() => []);
  for (const [a, b] of pairs) {
    if (a === b) continue;
    earlier[Math.max(a, b)]!.push(Math.min(a, b));
  }
  const roots: number[] = [];
  for (let i = 0; i < ages.length; i++) {
    let oldest = -1;
    for (const j of earlier[i]!) if (oldest < 0 || compareAge(ages[j]!, ages[oldest]!) < 0) oldest = j;
    roots.push(oldest < 0 ? i : roots[oldest]!);
  }
  return roots;
}

/** Pairwise counts between two labelings of the same items. */
export function pairCounts(predicted: readonly number[], gold: readonly number[]): { tp: number; fp: number; fn: number } {
  const sizes = (keys: Iterable<string | number>): number => {
    const map = new Map<string | number, number>();
    for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
    let pairs = 0;
    for (const n of map.values()) pairs += choose2(n);
    return pairs;
  };
  const predictedPairs = sizes(predicted);
  const goldPairs = sizes(gold);
  const both = sizes(predicted.map((p, i) => `${p}:${gold[i]}`));
  return { tp: both, fp: predictedPairs - both, fn: goldPairs - both };
}

/** Root index of every article after indexing them in order. */
function predictRoots(fingerprints: readonly Fingerprint[], thresholds: CopyThresholds = {}): { roots: number[]; msPerAdd: number } {
  const index = new InMemoryDuplicateIndex(thresholds);
  const position = new Map(fingerprints.map((fp, i) => [fp.id, i]));
  const started = performance.now();
  const roots = fingerprints.map((fp, i) => {
    const { duplicateOf } = index.add(fp);
    return duplicateOf === null ? i : position.get(duplicateOf)!;
  });
  return { roots, msPerAdd: (performance.now() - started) / Math.max(1, fingerprints.length) };
}

interface Split {
  name: 'dev' | 'test';
  fingerprints: Fingerprint[];
  /** Silver clusters as the spec's earliest-copy links (the headline figures). */
  roots: number[];
  /** Connected components of the silver pairs (the earlier, over-merging definition). */
  components: number[];
  silverPairs: number;
}

function makeSplit(name: 'dev' | 'test', ids: string[], fingerprints: Fingerprint[], pairs: readonly SilverPair[]): Split {
  const position = new Map(ids.map((id, i) => [id, i]));
  const inside: [number, number][] = [];
  for (const pair of pairs) {
    const a = position.get(pair.a);
    const b = position.get(pair.b);
    if (a !== undefined && b !== undefined) inside.push([a, b]);
  }
  return { name, fingerprints, roots: silverRoots(fingerprints, inside), components: silverComponents(ids.length, inside), silverPairs: inside.length };
}

async function run(ctx: EvalContext): Promise<EvalOutcome> {
  if (!ctx.corpusDir) return { metrics: [], skipped: NO_CORPUS };
  const articles = await loadSaudiNewsNet(ctx.corpusDir);
  const silverStarted = performance.now();
  const silver = buildSilver(articles.map((a) => ({ id: a.url, day: dayNumber(a.date_extracted) ?? 0, content: a.content })));
  const silverSeconds = (performance.now() - silverStarted) / 1000;

  const fingerprintStarted = performance.now();
  const fingerprints = articles.map((a, i) => fingerprint(a.url, a.content, a.date_extracted || null, i));
  const msPerFingerprint = (performance.now() - fingerprintStarted) / Math.max(1, articles.length);

  const isDev = articles.map((a) => a.date_extracted.slice(0, 10) <= LAST_DEV_DAY);
  const pick = <T>(list: T[], dev: boolean): T[] => list.filter((_, i) => isDev[i] === dev);
  const ids = articles.map((a) => a.url);
  const dev = makeSplit('dev', pick(ids, true), pick(fingerprints, true), silver.pairs);
  const test = makeSplit('test', pick(ids, false), pick(fingerprints, false), silver.pairs);

  const details: string[] = [
    `${articles.length} articles (dev ${dev.fingerprints.length}, test ${test.fingerprints.length}); silver: ${silver.candidates} candidate pairs aligned, ${silver.pairs.length} copies (${silverSeconds.toFixed(1)} s)`,
    `direct silver pairs: dev ${dev.silverPairs}, test ${test.silverPairs}; pairs are counted over silver earliest-copy trees (components: see ….components.*)`,
    `ceiling of an incremental duplicateOf against components (silver trees scored as predictions): dev F1 ${prf(pairCounts(dev.roots, dev.components)).f1.toFixed(3)}, test F1 ${prf(pairCounts(test.roots, test.components)).f1.toFixed(3)}`,
    `fingerprint ${msPerFingerprint.toFixed(3)} ms per article`,
    `dev sweep of the copied-share threshold (COPIED_SHARE_THRESHOLD = ${COPIED_SHARE_THRESHOLD}):`,
  ];
  for (const threshold of SWEEP) {
    const roots = predictRoots(dev.fingerprints, { copiedShare: threshold }).roots;
    const scores = prf(pairCounts(roots, dev.roots));
    const components = prf(pairCounts(roots, dev.components));
    details.push(
      `  ${threshold.toFixed(3)}: P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)} F1 ${scores.f1.toFixed(3)} (components: P ${components.precision.toFixed(3)} R ${components.recall.toFixed(3)} F1 ${components.f1.toFixed(3)})`,
    );
  }
  const metrics: Metric[] = [];
  for (const split of [dev, test]) {
    const { roots, msPerAdd } = predictRoots(split.fingerprints);
    const estimateOnly = prf(pairCounts(predictRoots(split.fingerprints.map(({ sequence: _, ...rest }) => rest)).roots, split.roots));
    const counts = pairCounts(roots, split.roots);
    const scores = prf(counts);
    const n = counts.tp + counts.fn;
    const componentCounts = pairCounts(roots, split.components);
    const components = prf(componentCounts);
    const componentN = componentCounts.tp + componentCounts.fn;
    details.push(`${split.name}: ${roots.filter((r, i) => r !== i).length} articles marked as copies; LSH lookup + decision ${msPerAdd.toFixed(3)} ms per article`);
    metrics.push(
      { key: `duplicates.saudinewsnet.${split.name}.precision`, value: scores.precision, n },
      { key: `duplicates.saudinewsnet.${split.name}.recall`, value: scores.recall, n },
      { key: `duplicates.saudinewsnet.${split.name}.f1`, value: scores.f1, n },
      { key: `duplicates.saudinewsnet.${split.name}.components.precision`, value: components.precision, n: componentN },
      { key: `duplicates.saudinewsnet.${split.name}.components.recall`, value: components.recall, n: componentN },
      { key: `duplicates.saudinewsnet.${split.name}.components.f1`, value: components.f1, n: componentN },
      { key: `duplicates.saudinewsnet.${split.name}.estimate_only.f1`, value: estimateOnly.f1, n },
    );
  }
  return { metrics, details };
}

export const tasks: EvalTask[] = [
  {
    name: 'duplicates.saudinewsnet',
    description: 'near-duplicates (MinHash + LSH candidates, copied-passage check) against the independent silver set, pairwise P/R/F1 on the test days',
    run,
  },
];
