/**
 * extract.demo: extraction quality on the team's own demo corpus (demo/gold/*.json over
 * demo/corpus/) and the extraction fixtures (test/fixtures/extract/*). Needs nothing from ../shared,
 * so it always runs and its floors always apply.
 */
import { readFile } from 'node:fs/promises';
import type { ExtractedArticle } from '../../src/core/types.js';
import { type ArticleGold, loadDemoGold, loadExtractFixtures } from '../lib/article-gold.js';
import { bodyHas, normalizedBody, sameDate, sameOutlet, sameText, tryExtract } from '../lib/extraction.js';
import { type LineMatch, matchLinesExact, matchLinesFuzzy } from '../lib/lines.js';
import { addCounts, type Counts, prf, share, ZERO_COUNTS, prfMetrics } from '../lib/prf.js';
import type { EvalOutcome, EvalTask, Metric } from '../lib/task.js';
import { clip, normalizeLine } from '../lib/text.js';

const WORST_SHOWN = 5;

interface FieldCheck {
  field: 'title' | 'publishedAt' | 'outlet' | 'section' | 'hashtags';
  ok: boolean;
  expected: string;
  got: string;
}

interface DocScore {
  gold: ArticleGold;
  error: string | null;
  exact: LineMatch;
  fuzzy: LineMatch;
  captions: LineMatch | null;
  fields: FieldCheck[];
  inventedDate: boolean;
  mustMissing: string[];
  mustNotFound: string[];
}

const show = (value: string | null | undefined): string => (value === null || value === undefined ? 'null' : JSON.stringify(clip(value, 50)));

function sameTags(expected: readonly string[], got: readonly string[]): boolean {
  const key = (tags: readonly string[]): string => [...new Set(tags.map((t) => normalizeLine(t).replace(/^#/u, '')))].sort().join('\u0000');
  return key(expected) === key(got);
}

function checkFields(gold: ArticleGold, article: ExtractedArticle | null): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const text = (field: 'title' | 'outlet' | 'section', expected: string | null | undefined, got: string | null): void => {
    if (expected === undefined) return;
    checks.push({ field, ok: article !== null && sameText(expected, got), expected: show(expected), got: show(got) });
  };
  text('title', gold.title, article?.title ?? null);
  if (gold.publishedAt !== undefined) {
    // `2021-03-14` and `2021-03-14T00:00` are different claims; `…T18:05` and `…T18:05:00` are one.
    const got = article?.publishedAt ?? null;
    checks.push({ field: 'publishedAt', ok: article !== null && sameDate(gold.publishedAt, got), expected: show(gold.publishedAt), got: show(got) });
  }
  if (gold.outlet !== undefined) {
    const got = article?.outlet ?? null;
    checks.push({ field: 'outlet', ok: article !== null && sameOutlet(gold.outlet, got), expected: show(gold.outlet), got: show(got) });
  }
  text('section', gold.section, article?.section ?? null);
  if (gold.hashtags !== undefined) {
    const got = article?.hashtags ?? [];
    checks.push({ field: 'hashtags', ok: article !== null && sameTags(gold.hashtags, got), expected: gold.hashtags.join(' '), got: got.join(' ') });
  }
  return checks;
}

export async function scoreDocument(gold: ArticleGold): Promise<DocScore> {
  const bytes = await readFile(gold.inputPath);
  const content = gold.format === 'text' ? bytes.toString('utf8') : new Uint8Array(bytes);
  const extraction = tryExtract({ content, format: gold.format, url: gold.url, origin: gold.inputPath });
  const article = extraction.ok ? extraction.article : null;
  const paragraphs = article?.paragraphs ?? [];
  const body = normalizedBody(paragraphs);
  return {
    gold,
    error: extraction.ok ? null : extraction.message,
    exact: matchLinesExact(paragraphs, gold.bodyLines),
    fuzzy: matchLinesFuzzy(paragraphs, gold.bodyLines),
    captions: gold.captions === undefined ? null : matchLinesExact(article?.captions ?? [], gold.captions),
    fields: checkFields(gold, article),
    inventedDate: gold.publishedAt === null && article !== null && article.publishedAt !== null,
    mustMissing: gold.mustContain.filter((s) => !bodyHas(body, s)),
    mustNotFound: gold.mustNotContain.filter((s) => bodyHas(body, s)),
  };
}

/** How badly a document went, to pick the ones worth printing: a crash, then lost/extra lines, then fields. */
function badness(doc: DocScore): number {
  if (doc.error) return 100;
  return (
    (1 - prf(doc.exact.counts).f1) * 4 +
    doc.fields.filter((f) => !f.ok).length +
    (doc.inventedDate ? 2 : 0) +
    (doc.mustMissing.length + doc.mustNotFound.length) * 0.5
  );
}

export function describeDocument(doc: DocScore): string[] {
  const { precision, recall, f1 } = prf(doc.exact.counts);
  const lines = [`${doc.gold.id} (${doc.gold.format}): body P ${precision.toFixed(2)} R ${recall.toFixed(2)} F1 ${f1.toFixed(2)}`];
  if (doc.error) lines.push(`    extraction failed: ${doc.error}`);
  for (const field of doc.fields.filter((f) => !f.ok)) lines.push(`    ${field.field}: expected ${field.expected}, got ${field.got}`);
  if (doc.inventedDate) lines.push('    invented a publication date the page does not state');
  for (const line of doc.exact.missed.slice(0, 3)) lines.push(`    missing: ${clip(line)}`);
  if (doc.exact.missed.length > 3) lines.push(`    … ${doc.exact.missed.length - 3} more missing`);
  for (const line of doc.exact.extra.slice(0, 3)) lines.push(`    extra:   ${clip(line)}`);
  if (doc.exact.extra.length > 3) lines.push(`    … ${doc.exact.extra.length - 3} more extra`);
  for (const s of doc.mustMissing) lines.push(`    mustContain not found: ${clip(s)}`);
  for (const s of doc.mustNotFound) lines.push(`    mustNotContain found: ${clip(s)}`);
  return lines;
}

function fieldAccuracy(docs: readonly DocScore[], field: FieldCheck['field']): Metric {
  const checks = docs.flatMap((d) => d.fields.filter((f) => f.field === field));
  return { key: `extract.demo.${field}.accuracy`, value: share(checks.filter((c) => c.ok).length, checks.length), n: checks.length };
}

export function demoMetrics(docs: readonly DocScore[]): Metric[] {
  const sum = (pick: (d: DocScore) => Counts | null): Counts => docs.reduce((acc, d) => addCounts(acc, pick(d) ?? ZERO_COUNTS), { ...ZERO_COUNTS });
  const mustContain = docs.reduce((n, d) => n + d.gold.mustContain.length, 0);
  const mustNotContain = docs.reduce((n, d) => n + d.gold.mustNotContain.length, 0);
  const undated = docs.filter((d) => d.gold.publishedAt === null).length;
  const metrics: Metric[] = [
    ...prfMetrics('extract.demo.body', sum((d) => d.exact.counts)),
    ...prfMetrics('extract.demo.body_fuzzy', sum((d) => d.fuzzy.counts)),
    fieldAccuracy(docs, 'title'),
    fieldAccuracy(docs, 'publishedAt'),
    { key: 'extract.demo.invented_dates', value: docs.filter((d) => d.inventedDate).length, n: undated, lowerIsBetter: true },
    fieldAccuracy(docs, 'outlet'),
    fieldAccuracy(docs, 'section'),
    fieldAccuracy(docs, 'hashtags'),
    {
      key: 'extract.demo.mustContain.hit_rate',
      value: share(mustContain - docs.reduce((n, d) => n + d.mustMissing.length, 0), mustContain),
      n: mustContain,
    },
    {
      key: 'extract.demo.mustNotContain.violation_rate',
      value: share(docs.reduce((n, d) => n + d.mustNotFound.length, 0), mustNotContain),
      n: mustNotContain,
      lowerIsBetter: true,
    },
    { key: 'extract.demo.failed_docs', value: docs.filter((d) => d.error !== null).length, n: docs.length, lowerIsBetter: true },
  ];
  const withCaptions = docs.filter((d) => d.captions !== null);
  if (withCaptions.length > 0) metrics.push({ ...prfMetrics('extract.demo.captions', sum((d) => d.captions?.counts ?? null))[2]! });
  // A figure over nothing (no gold gives a section, say) is left out rather than shown as 0.
  return metrics.filter((m) => m.n > 0 || m.lowerIsBetter);
}

async function run(ctx: { repoDir: string }): Promise<EvalOutcome> {
  const demo = await loadDemoGold(ctx.repoDir);
  const fixtures = await loadExtractFixtures(ctx.repoDir);
  const golds = [...demo.golds, ...fixtures.golds];
  const problems = [...demo.problems, ...fixtures.problems];
  if (golds.length === 0) return { metrics: [], skipped: `no gold yet (demo/gold/*.json, test/fixtures/extract/*)${problems.length ? `; ${problems.join('; ')}` : ''}` };
  const docs: DocScore[] = [];
  for (const gold of golds) docs.push(await scoreDocument(gold));
  const details = [`${demo.golds.length} demo document(s), ${fixtures.golds.length} fixture(s)`];
  for (const problem of problems) details.push(`gold problem: ${problem}`);
  const worst = docs
    .map((doc) => ({ doc, bad: badness(doc) }))
    .filter((entry) => entry.bad > 0)
    .sort((a, b) => b.bad - a.bad)
    .slice(0, WORST_SHOWN);
  details.push(worst.length === 0 ? 'every document is perfect' : `worst ${worst.length}:`);
  for (const { doc } of worst) details.push(...describeDocument(doc).map((line) => `  ${line}`));
  return { metrics: demoMetrics(docs), details };
}

export const tasks: EvalTask[] = [
  {
    name: 'extract.demo',
    description: 'extraction on demo/corpus and test/fixtures/extract: body lines, metadata, must/must-not snippets',
    run,
  },
];
