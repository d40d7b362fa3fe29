/**
 * statements.demo: who said what on the team's demo corpus (demo/gold/*.json over demo/corpus/).
 *
 * The demo gold lists `statements: [{speaker, anchor, direct, negated, date}]` and `persons` for 17
 * fictional articles. They are scored with the rules of the `statements` task (eval/tasks/statements.ts):
 * anchor containment, one-to-one matching, speaker right when the predicted name (or role when no
 * name) equals the gold speaker or contains a gold full name of two words or more. The demo gold
 * has no aliases, so a bare surname ("سركيس" for "وليد سركيس") is wrong: resolution should have
 * found the full name. Needs nothing from ../shared, so it always runs; the articles are fictional
 * and written by the team, so all their errors may be read.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../../src/analyze/analyze.js';
import type { InputFormat } from '../../src/core/types.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';
import { addCounts, share, ZERO_COUNTS, prfMetrics } from '../lib/prf.js';
import { type ArticleScore, type GoldArticle, type GoldStatement, scoreArticle } from './statements.js';

interface DemoArticle {
  gold: GoldArticle;
  inputPath: string;
  format: InputFormat;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** One demo gold statement in the shape of the real gold (no role, no aliases). */
export function demoStatement(raw: unknown): GoldStatement | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  const anchor = str(s['anchor']);
  if (!anchor) return null;
  const speaker = str(s['speaker']);
  return {
    speaker,
    // Full-name containment ("وزير الطاقة وليد سركيس" for "وليد سركيس") is allowed for every named speaker.
    speakerType: speaker === null ? 'unnamed' : 'person',
    role: null,
    cue: '',
    anchor,
    direct: s['direct'] === true,
    negated: s['negated'] === true,
    date: str(s['date']),
    speakerAliases: [],
  };
}

async function loadDemo(repoDir: string): Promise<{ articles: DemoArticle[]; problems: string[] }> {
  const goldDir = path.join(repoDir, 'demo', 'gold');
  const articles: DemoArticle[] = [];
  const problems: string[] = [];
  if (!existsSync(goldDir)) return { articles, problems: ['no demo/gold folder'] };
  for (const name of (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(await readFile(path.join(goldDir, name), 'utf8')) as Record<string, unknown>;
    const file = str(raw['file']);
    if (!file || !Array.isArray(raw['statements'])) {
      problems.push(`demo/gold/${name}: no file or no statements`);
      continue;
    }
    const statements = raw['statements'].map(demoStatement).filter((s): s is GoldStatement => s !== null);
    const persons = Array.isArray(raw['persons']) ? raw['persons'].filter((p): p is string => typeof p === 'string') : [];
    const publishedAt = str(raw['publishedAt']);
    const inputPath = path.join(repoDir, 'demo', 'corpus', file);
    const format: InputFormat = raw['format'] === 'html' || /\.html?$/iu.test(file) ? 'html' : 'text';
    articles.push({
      gold: { id: name.replace(/\.json$/u, ''), split: 'dev', outlet: str(raw['outlet']) ?? '?', ref: { corpus: 'saudinewsnet', zip: '', url: file }, publishedAt, statements, persons },
      inputPath,
      format,
    });
  }
  return { articles, problems };
}

export function demoMetrics(scores: readonly ArticleScore[]): Metric[] {
  let identification = ZERO_COUNTS;
  let attributed = ZERO_COUNTS;
  let persons = ZERO_COUNTS;
  const tallies = { direct: [0, 0], negated: [0, 0], date: [0, 0] };
  for (const s of scores) {
    identification = addCounts(identification, s.identification);
    attributed = addCounts(attributed, s.attributed);
    persons = addCounts(persons, s.persons);
    for (const k of ['direct', 'negated', 'date'] as const) {
      tallies[k][0]! += s[k].correct;
      tallies[k][1]! += s[k].total;
    }
  }
  return [
    ...prfMetrics('statements.demo.identification', identification),
    ...prfMetrics('statements.demo.attributed', attributed),
    ...(['direct', 'negated', 'date'] as const).map((k) => ({ key: `statements.demo.${k}.accuracy`, value: share(tallies[k][0]!, tallies[k][1]!), n: tallies[k][1]! })),
    ...prfMetrics('entities.persons.demo', persons),
  ];
}

export async function runStatementsDemo(ctx: EvalContext): Promise<EvalOutcome> {
  const { articles, problems } = await loadDemo(ctx.repoDir);
  const details = problems.map((p) => `gold problem: ${p}`);
  const scores: ArticleScore[] = [];
  for (const a of articles) {
    const bytes = await readFile(a.inputPath);
    const content = a.format === 'text' ? bytes.toString('utf8') : new Uint8Array(bytes);
    try {
      const result = analyze({ content, format: a.format, origin: a.inputPath }, { reference: a.gold.publishedAt });
      scores.push(scoreArticle(a.gold, a.gold.id, result));
    } catch (error) {
      scores.push(scoreArticle(a.gold, a.gold.id, null, error instanceof Error ? error.message : String(error)));
    }
  }
  // Every error is listed: the demo articles are the team's own, not a held-out set.
  for (const s of scores) {
    const i = s.identification;
    const wrong = i.tp - s.attributed.tp;
    if (i.fn + i.fp + wrong + s.wrongFlags.length === 0) continue;
    details.push(`${s.label}: ${i.fn} missed, ${i.fp} false, ${wrong} wrong speaker of ${i.tp + i.fn} gold${s.error ? `; analyze failed: ${s.error}` : ''}`);
    for (const m of s.missed) details.push(`    missed  ${m}`);
    for (const f of s.falseTexts) details.push(`    false   ${f}`);
    for (const w of s.wrongSpeakers) details.push(`    speaker ${w}`);
    for (const f of s.wrongFlags) details.push(`    flag    ${f}`);
  }
  return { metrics: demoMetrics(scores), details };
}

export const tasks: EvalTask[] = [
  {
    name: 'statements.demo',
    description: 'attributed statements and persons vs the demo gold (17 fictional articles in demo/corpus)',
    run: runStatementsDemo,
  },
];
