/**
 * claims.snn: the verdicts `marsad claim` gives on real news, read by people. For 24 claims about
 * the events of SaudiNewsNet's summer of 2015, every article that the claim model said supports or
 * contradicts the claim (with the code of session 26's start or end) was labelled by reading the
 * article, blind to the verdict: supports, contradicts or neither (eval/gold/claims-snn.md).
 *
 * Each labelled article is read from its SaudiNewsNet zip, analyzed as ingest analyzes a record,
 * and judged by the claim model (`LexicalStanceModel` with `wholeClaim`, as `marsad claim` judges).
 * Figures per claim set: `agree.precision` (of the articles said to support, the share a reader
 * found supporting), `disagree.precision`, and `support.recall` / `contradiction.recall` over the
 * labelled pool — the pool holds only articles some version of the model called agree or disagree,
 * so recall is relative to it, not to the corpus. The `dev` claims are those the session-26 rules
 * were made on; the `fresh` claims were written and read after, and are the figures to quote.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LexicalStanceModel } from '../../src/analyze/stance/lexical.js';
import type { Stance } from '../../src/analyze/stance/types.js';
import type { AnalyzeResult } from '../../src/core/types.js';
import { analyzeRecord } from '../../src/ingest/prepare.js';
import { NO_CORPUS } from '../lib/corpus.js';
import { share } from '../lib/prf.js';
import { readSaudiNewsNetZip, saudiNewsNetDir, type SaudiNewsNetArticle } from '../lib/saudinewsnet.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';

const GOLD_FILE = path.join('eval', 'gold', 'claims-snn.json');

type Label = 'supports' | 'contradicts' | 'neither';

export interface ClaimItem {
  claim: string;
  set: 'dev' | 'fresh';
  zip: string;
  url: string;
  label: Label;
}

const LABELS: ReadonlySet<string> = new Set(['supports', 'contradicts', 'neither']);

export function parseClaimItems(raw: unknown): ClaimItem[] {
  const items = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['items'] : undefined;
  if (!Array.isArray(items)) throw new Error(`${GOLD_FILE}: no "items" array`);
  return items.map((item, i) => {
    const r = item as Record<string, unknown>;
    const ok =
      typeof r['claim'] === 'string' && (r['set'] === 'dev' || r['set'] === 'fresh') && typeof r['zip'] === 'string' && typeof r['url'] === 'string' && LABELS.has(String(r['label']));
    if (!ok) throw new Error(`${GOLD_FILE}: item ${i} lacks claim, set (dev|fresh), zip, url or label (supports|contradicts|neither)`);
    return r as unknown as ClaimItem;
  });
}

/** The counts behind one set's figures. */
export interface ClaimCounts {
  saidAgree: number;
  agreeRight: number;
  saidDisagree: number;
  disagreeRight: number;
  supports: number;
  contradicts: number;
}

export function countVerdicts(items: readonly { label: Label; stance: Stance }[]): ClaimCounts {
  const c: ClaimCounts = { saidAgree: 0, agreeRight: 0, saidDisagree: 0, disagreeRight: 0, supports: 0, contradicts: 0 };
  for (const { label, stance } of items) {
    if (label === 'supports') c.supports++;
    if (label === 'contradicts') c.contradicts++;
    if (stance === 'agree') {
      c.saidAgree++;
      if (label === 'supports') c.agreeRight++;
    }
    if (stance === 'disagree') {
      c.saidDisagree++;
      if (label === 'contradicts') c.disagreeRight++;
    }
  }
  return c;
}

function metricsOf(prefix: string, c: ClaimCounts): Metric[] {
  return [
    { key: `${prefix}.agree.precision`, value: share(c.agreeRight, c.saidAgree), n: c.saidAgree },
    { key: `${prefix}.disagree.precision`, value: share(c.disagreeRight, c.saidDisagree), n: c.saidDisagree },
    { key: `${prefix}.support.recall`, value: share(c.agreeRight, c.supports), n: c.supports },
    { key: `${prefix}.contradiction.recall`, value: share(c.disagreeRight, c.contradicts), n: c.contradicts },
  ];
}

export const tasks: EvalTask[] = [
  {
    name: 'claims.snn',
    description: 'claim verdicts on SaudiNewsNet articles, as `marsad claim` judges them, against labels made by reading',
    async run(ctx: EvalContext): Promise<EvalOutcome> {
      if (!ctx.corpusDir) return { metrics: [], skipped: NO_CORPUS };
      const goldPath = path.join(ctx.repoDir, GOLD_FILE);
      if (!existsSync(goldPath)) return { metrics: [], skipped: `${GOLD_FILE} not found` };
      const items = parseClaimItems(JSON.parse(await readFile(goldPath, 'utf8')));
      const zips = new Map<string, SaudiNewsNetArticle[]>();
      const model = new LexicalStanceModel({ wholeClaim: true });
      const judged: { set: ClaimItem['set']; label: Label; stance: Stance; claim: string; url: string }[] = [];
      const details: string[] = [];
      const analyzed = new Map<string, AnalyzeResult>();
      for (const item of items) {
        let zip = zips.get(item.zip);
        if (!zip) zips.set(item.zip, (zip = await readSaudiNewsNetZip(path.join(saudiNewsNetDir(ctx.corpusDir), item.zip))));
        const record = zip.find((a) => a.url === item.url);
        if (!record) throw new Error(`${GOLD_FILE}: ${item.url} is not in ${item.zip}`);
        let page = analyzed.get(item.url);
        if (!page) {
          // As ingest analyzes a SaudiNewsNet record, collected on its zip's day.
          const reference = item.zip.replace(/\.zip$/u, '');
          page = analyzeRecord({ title: record.title, body: record.content, url: record.url, date: null, reference, outlet: record.source }, record.url);
          analyzed.set(item.url, page);
        }
        const article = { title: page.title, paragraphs: page.body.split('\n'), entities: page.entities, statements: page.statements };
        judged.push({ set: item.set, label: item.label, stance: model.judgeSync(item.claim, article).stance, claim: item.claim, url: item.url });
      }
      const metrics: Metric[] = [];
      for (const set of ['fresh', 'dev'] as const) {
        const own = judged.filter((j) => j.set === set);
        if (own.length > 0) metrics.push(...metricsOf(`claims.snn.${set}`, countVerdicts(own)));
      }
      details.push(`${items.length} labelled claim–article pairs (${judged.filter((j) => j.set === 'fresh').length} fresh, ${judged.filter((j) => j.set === 'dev').length} dev)`);
      const wrong = judged.filter((j) => (j.stance === 'agree' && j.label !== 'supports') || (j.stance === 'disagree' && j.label !== 'contradicts'));
      for (const w of wrong.filter((j) => j.set === 'dev').slice(0, 12)) details.push(`  dev: "${w.claim}" said ${w.stance}, read ${w.label}: ${w.url}`);
      return { metrics, details };
    },
  },
];
