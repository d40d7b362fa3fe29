/**
 * claims.fixtures: the team's claim fixtures (test/fixtures/claims: 17 fictional pages in three
 * storylines where an actor's position changes, gold in gold.json). Needs nothing from ../shared.
 *
 * - Stance: every claim against every page with the shipped stance parameters (fitted on Baly, never
 *   on these pages): accuracy, macro-F1 and `disagree` precision over the 7 × 17 judgements.
 * - Positions: the pages are ingested into a temporary store; `actorPositions(actor, about)` is
 *   compared with the gold lists. A predicted position matches a gold statement when it comes from
 *   the gold page and its text holds the gold anchor (or the anchor holds it); polarity is scored on
 *   the matched ones; a predicted contradiction matches a gold pair when both ends match.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/analyze/analyze.js';
import { LexicalStanceModel } from '../../src/analyze/stance/lexical.js';
import type { Stance } from '../../src/analyze/stance/types.js';
import { actorPositions, type Position } from '../../src/claims/positions.js';
import { normalize } from '../../src/arabic/normalize.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { confusionLines, stanceMetrics, type StanceRun } from '../lib/stance-score.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';

interface GoldRef {
  file: string;
  anchor: string;
}
interface Gold {
  claims: { id: string; claim: string; judgements: { file: string; stance: Stance }[] }[];
  positions: { actor: string; about: string; statements: (GoldRef & { polarity: 'support' | 'oppose' })[]; contradictions: { a: GoldRef; b: GoldRef }[] }[];
}

const matches = (p: Position, g: GoldRef): boolean => {
  if (!p.entry.article.source.endsWith(`/${g.file}`)) return false;
  const text = normalize(p.entry.text);
  const anchor = normalize(g.anchor);
  return text.includes(anchor) || anchor.includes(text);
};

export const tasks: EvalTask[] = [
  {
    name: 'claims.fixtures',
    description: "team-written claim fixtures: stance over every page, actors' positions and contradictions",
    async run(ctx: EvalContext): Promise<EvalOutcome> {
      const dir = path.join(ctx.repoDir, 'test', 'fixtures', 'claims');
      const gold = JSON.parse(await readFile(path.join(dir, 'gold.json'), 'utf8')) as Gold;
      const corpus = path.join(dir, 'corpus');
      const pages = new Map<string, ReturnType<typeof analyze>>();
      for (const file of (await readdir(corpus)).sort()) {
        pages.set(file, analyze({ content: await readFile(path.join(corpus, file)), format: 'text', origin: file }));
      }
      const model = new LexicalStanceModel();
      // `marsad claim` judges with the whole-claim rule (lexical.ts `statesWholeClaim`).
      const corpusModel = new LexicalStanceModel({ wholeClaim: true });
      const run: StanceRun = { gold: [], predicted: [] };
      const corpusRun: StanceRun = { gold: [], predicted: [] };
      const details: string[] = [];
      for (const claim of gold.claims) {
        for (const j of claim.judgements) {
          const page = pages.get(j.file);
          if (!page) continue;
          const article = { title: page.title, paragraphs: page.body.split('\n'), statements: page.statements, entities: page.entities };
          const judged = model.judgeSync(claim.claim, article);
          run.gold.push(j.stance);
          run.predicted.push(judged.stance);
          corpusRun.gold.push(j.stance);
          corpusRun.predicted.push(corpusModel.judgeSync(claim.claim, article).stance);
          if (judged.stance !== j.stance && j.stance !== 'unrelated') details.push(`  ${claim.id} ${j.file}: gold ${j.stance}, predicted ${judged.stance}`);
        }
      }
      const metrics: Metric[] = stanceMetrics('claims.fixtures.stance', run);
      metrics.push({ key: 'claims.fixtures.stance.accuracy', value: run.gold.filter((g, i) => g === run.predicted[i]).length / run.gold.length, n: run.gold.length });
      metrics.push(...stanceMetrics('claims.fixtures.claim_mode', corpusRun).filter((m) => /\.(?:agree|disagree)\.precision$/u.test(m.key)));
      details.unshift(
        ...confusionLines(`stance over ${run.gold.length} claim–page judgements`, run),
        ...confusionLines('the same as `marsad claim` judges them (whole-claim rule)', corpusRun),
        'errors on related pages:',
      );

      const work = await mkdtemp(path.join(tmpdir(), 'marsad-claims-'));
      const store = await openStore(path.join(work, 'claims.db'));
      try {
        await ingestPaths(store, [corpus], { batchSize: 8 });
        // Precision counts predictions (each once), recall counts gold items: a prediction whose
        // text holds several gold anchors is one right prediction, not several.
        const statements = { predicted: 0, right: 0, gold: 0, found: 0 };
        // Contradictions are scored per pair of occasions (the two pages): the gold lists every
        // opposite pair of statements between two pages, and a tool need cite only one of them.
        const pairs = { predicted: 0, right: 0, gold: 0, found: 0 };
        let polarityRight = 0;
        let polarityScored = 0;
        for (const list of gold.positions) {
          const report = await actorPositions(store, list.actor, { about: list.about });
          // Both on the positions taken: a gold statement reported only as neutral is not found.
          const taken = report.positions.filter((p) => p.polarity !== 'neutral');
          const found = list.statements.filter((g) => taken.some((p) => matches(p, g)));
          // Precision is over the positions taken (support/oppose): the gold leaves out on-topic
          // statements that take none, so a statement reported as neutral is neither right nor wrong.
          statements.predicted += taken.length;
          statements.right += taken.filter((p) => list.statements.some((g) => matches(p, g))).length;
          statements.gold += list.statements.length;
          statements.found += found.length;
          // Polarity over every gold statement reported at all (neutral counts as wrong).
          for (const g of list.statements) {
            const reported = report.positions.find((p) => matches(p, g));
            if (!reported) continue;
            polarityScored++;
            if (reported.polarity === g.polarity) polarityRight++;
          }
          const pairMatches = (c: { earlier: Position; later: Position }, g: { a: GoldRef; b: GoldRef }): boolean =>
            (matches(c.earlier, g.a) && matches(c.later, g.b)) || (matches(c.earlier, g.b) && matches(c.later, g.a));
          const pagePairs = new Map<string, { a: GoldRef; b: GoldRef }[]>();
          for (const g of list.contradictions) {
            const key = [g.a.file, g.b.file].sort().join(' | ');
            pagePairs.set(key, [...(pagePairs.get(key) ?? []), g]);
          }
          const pagePairsFound = [...pagePairs.values()].filter((gs) => report.contradictions.some((c) => gs.some((g) => pairMatches(c, g)))).length;
          pairs.predicted += report.contradictions.length;
          pairs.right += report.contradictions.filter((c) => list.contradictions.some((g) => pairMatches(c, g))).length;
          pairs.gold += pagePairs.size;
          pairs.found += pagePairsFound;
          details.push(
            `positions of ${list.actor} on «${list.about}»: ${report.positions.length} predicted, ${found.length}/${list.statements.length} gold found; ` +
              `contradictions ${report.contradictions.length} predicted, ${pagePairsFound}/${pagePairs.size} gold page pairs found`,
          );
        }
        const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
        metrics.push(
          { key: 'claims.fixtures.positions.precision', value: share(statements.right, statements.predicted), n: statements.predicted },
          { key: 'claims.fixtures.positions.recall', value: share(statements.found, statements.gold), n: statements.gold },
          { key: 'claims.fixtures.positions.polarity_accuracy', value: polarityScored ? polarityRight / polarityScored : 0, n: polarityScored },
          { key: 'claims.fixtures.contradictions.precision', value: share(pairs.right, pairs.predicted), n: pairs.predicted },
          { key: 'claims.fixtures.contradictions.recall', value: share(pairs.found, pairs.gold), n: pairs.gold },
        );
      } finally {
        await store.close();
        await rm(work, { recursive: true, force: true });
      }
      return { metrics, details };
    },
  },
];
