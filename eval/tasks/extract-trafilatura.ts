/**
 * extract.trafilatura: the one Arabic page of trafilatura's evaluation set (assabah.com.tn) with its
 * "with" snippets (must be in the body) and "without" snippets (navigation, weather, comment form:
 * must not be) — the same check trafilatura's own benchmark makes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NO_CORPUS } from '../lib/corpus.js';
import { bodyHas, normalizedBody, sameText, tryExtract } from '../lib/extraction.js';
import { share } from '../lib/prf.js';
import type { EvalContext, EvalOutcome, EvalTask } from '../lib/task.js';
import { clip } from '../lib/text.js';

interface TrafilaturaEntry {
  url: string;
  file: string;
  title: string;
  with: string[];
  without: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** evaldata.json maps each page URL to its entry. */
export function parseEvalData(raw: unknown): TrafilaturaEntry[] {
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw as Record<string, unknown>).flatMap(([url, value]) => {
    if (typeof value !== 'object' || value === null) return [];
    const entry = value as Record<string, unknown>;
    if (typeof entry['file'] !== 'string') return [];
    return [{ url, file: entry['file'], title: typeof entry['title'] === 'string' ? entry['title'] : '', with: strings(entry['with']), without: strings(entry['without']) }];
  });
}

async function run(ctx: EvalContext): Promise<EvalOutcome> {
  if (!ctx.corpusDir) return { metrics: [], skipped: NO_CORPUS };
  const dir = path.join(ctx.corpusDir, 'trafilatura_ar');
  const entryFile = path.join(dir, 'evaldata_entry.json');
  if (!existsSync(entryFile)) return { metrics: [], skipped: `${entryFile} not found` };
  const entries = parseEvalData(JSON.parse(await readFile(entryFile, 'utf8')));
  let withTotal = 0;
  let withFound = 0;
  let withoutTotal = 0;
  let withoutFound = 0;
  const titles: boolean[] = [];
  const details: string[] = [];
  for (const entry of entries) {
    const bytes = new Uint8Array(await readFile(path.join(dir, entry.file)));
    const extraction = tryExtract({ content: bytes, format: 'html', url: entry.url, origin: entry.file });
    const article = extraction.ok ? extraction.article : null;
    const body = normalizedBody(article?.paragraphs ?? []);
    if (!extraction.ok) details.push(`${entry.file}: extraction failed: ${extraction.message}`);
    for (const snippet of entry.with) {
      withTotal++;
      if (bodyHas(body, snippet)) withFound++;
      else details.push(`${entry.file}: missing "${snippet}"`);
    }
    for (const snippet of entry.without) {
      withoutTotal++;
      if (bodyHas(body, snippet)) {
        withoutFound++;
        details.push(`${entry.file}: boilerplate kept "${snippet}"`);
      }
    }
    if (entry.title) {
      const ok = article !== null && sameText(entry.title, article.title);
      titles.push(ok);
      if (!ok) details.push(`${entry.file}: title expected "${clip(entry.title, 60)}", got "${clip(article?.title ?? '', 60)}"`);
    }
    if (article) details.push(`${entry.file}: ${article.paragraphs.length} paragraph(s), publishedAt ${article.publishedAt ?? 'null'}, outlet ${article.outlet ?? 'null'}`);
  }
  return {
    metrics: [
      { key: 'extract.trafilatura.with.recall', value: share(withFound, withTotal), n: withTotal },
      { key: 'extract.trafilatura.without.violation_rate', value: share(withoutFound, withoutTotal), n: withoutTotal, lowerIsBetter: true },
      { key: 'extract.trafilatura.title.accuracy', value: share(titles.filter(Boolean).length, titles.length), n: titles.length },
    ],
    details,
  };
}

export const tasks: EvalTask[] = [
  {
    name: 'extract.trafilatura',
    description: "trafilatura's Arabic test page: must-have / must-not-have snippets and title",
    run,
  },
];
