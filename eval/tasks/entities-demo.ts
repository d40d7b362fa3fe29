/**
 * entities.demo.persons: persons found by `analyze` on the team's demo corpus (demo/gold/*.json,
 * field `persons`, over demo/corpus/) — precision, recall and F1, names compared as in the
 * statements task (`personMatches`: equal, or a surname / two-word part of the other), one-to-one.
 * Needs nothing from ../shared, so it always runs.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../../src/analyze/analyze.js';
import { addCounts, prf, ZERO_COUNTS, type Counts } from '../lib/prf.js';
import type { EvalOutcome, EvalTask, Metric } from '../lib/task.js';
import { matchKey, maxMatching, personMatches } from './statements.js';

interface DemoPersons {
  id: string;
  inputPath: string;
  format: 'text' | 'html';
  url: string | null;
  persons: string[];
}

async function loadDemoPersons(repoDir: string): Promise<{ docs: DemoPersons[]; problems: string[] }> {
  const goldDir = path.join(repoDir, 'demo', 'gold');
  const docs: DemoPersons[] = [];
  const problems: string[] = [];
  if (!existsSync(goldDir)) return { docs, problems };
  for (const name of (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(await readFile(path.join(goldDir, name), 'utf8')) as Record<string, unknown>;
    const file = typeof raw['file'] === 'string' ? raw['file'] : null;
    if (!file || !Array.isArray(raw['persons'])) {
      problems.push(`demo/gold/${name}: no "file" or no "persons"`);
      continue;
    }
    const inputPath = path.join(repoDir, 'demo', 'corpus', file);
    if (!existsSync(inputPath)) {
      problems.push(`demo/gold/${name}: input missing`);
      continue;
    }
    docs.push({
      id: name.replace(/\.json$/u, ''),
      inputPath,
      format: raw['format'] === 'html' || /\.html?$/iu.test(file) ? 'html' : 'text',
      url: typeof raw['url'] === 'string' ? raw['url'] : null,
      persons: (raw['persons'] as unknown[]).filter((p): p is string => typeof p === 'string'),
    });
  }
  return { docs, problems };
}

/** Persons of one analyzed document against its gold list. */
export function scorePersons(gold: readonly string[], predicted: readonly string[]): Counts & { missed: string[]; extra: string[] } {
  const unique = [...new Map(predicted.map((n) => [matchKey(n), n])).values()];
  const pairs = maxMatching(gold.length, unique.length, (g, p) => personMatches(gold[g]!, unique[p]!));
  const used = new Set(pairs.filter((p) => p >= 0));
  const tp = used.size;
  return {
    tp,
    fp: unique.length - tp,
    fn: gold.length - tp,
    missed: gold.filter((_, g) => pairs[g]! < 0),
    extra: unique.filter((_, p) => !used.has(p)),
  };
}

export const tasks: EvalTask[] = [
  {
    name: 'entities-demo',
    description: 'persons found by analyze on the demo corpus vs demo/gold `persons` (P/R/F1)',
    async run(ctx): Promise<EvalOutcome> {
      const { docs, problems } = await loadDemoPersons(ctx.repoDir);
      if (docs.length === 0) return { metrics: [], skipped: 'no demo gold with persons' };
      let total: Counts = { ...ZERO_COUNTS };
      const details: string[] = problems.map((p) => `gold problem: ${p}`);
      for (const doc of docs) {
        const bytes = await readFile(doc.inputPath);
        const content = doc.format === 'text' ? bytes.toString('utf8') : new Uint8Array(bytes);
        let people: string[] = [];
        try {
          const result = analyze({ content, format: doc.format, url: doc.url, origin: doc.inputPath });
          people = result.entities.filter((e) => e.type === 'person').map((e) => e.name);
        } catch (error) {
          details.push(`${doc.id}: analyze failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        const s = scorePersons(doc.persons, people);
        total = addCounts(total, s);
        if (s.missed.length > 0 || s.extra.length > 0) details.push(`${doc.id}: missed [${s.missed.join(' | ')}] extra [${s.extra.join(' | ')}]`);
      }
      const { precision, recall, f1 } = prf(total);
      const metrics: Metric[] = [
        { key: 'entities.demo.persons.precision', value: precision, n: total.tp + total.fp },
        { key: 'entities.demo.persons.recall', value: recall, n: total.tp + total.fn },
        { key: 'entities.demo.persons.f1', value: f1, n: total.tp + total.fn },
      ];
      return { metrics, details };
    },
  },
];
