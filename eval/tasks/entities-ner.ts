/**
 * Named-entity recognition scored on public corpora: ANERcorp (Benajiba; `token TAG` lines, BIO with
 * PERS/LOC/ORG/MISC) and the Wojood sample (nested CoNLL: token, then one tag column per nesting level).
 *
 * Scoring: entity-level, exact token span and type, precision/recall/F1 per type and micro over
 * PERS, LOC, ORG (MISC is not scored: Marsad has no such type). Our mentions are mapped to tokens by
 * character offsets: a mention covers every corpus token it overlaps, so "للأمم المتحدة" (one corpus
 * token with its preposition) is matched by our mention "لأمم المتحدة…" inside it.
 * Type map: person → PERS, organization → ORG, country and location → LOC (Wojood: GPE and LOC).
 *
 * Split (fixed, never tuned on the rest): ANERcorp has no sentence marks, so its tokens are cut into
 * pseudo-documents of ~300 tokens at the first "." after 300 tokens. The first 20% of the tokens are
 * the development part (looked at while writing the recognizer); the figures reported under
 * `ner.anercorp.*` are on the other 80% only. Wojood is never used for development: its test and val
 * files are scored together under `ner.wojood.*`; sentences (blank-line separated) become paragraphs
 * of pseudo-documents of ~300 tokens. Wojood gold is nested: every span of a mapped type at any
 * level counts as gold, so an ORG "حكومة فلسطين" with a GPE "فلسطين" inside are two gold entities.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findEntities } from '../../src/analyze/entities/index.js';
import type { EntityType } from '../../src/core/types.js';
import { NO_CORPUS } from '../lib/corpus.js';
import { addCounts, prf, ZERO_COUNTS, type Counts } from '../lib/prf.js';
import type { EvalOutcome, EvalTask, Metric } from '../lib/task.js';

type NerType = 'PERS' | 'LOC' | 'ORG';
const TYPES: readonly NerType[] = ['PERS', 'LOC', 'ORG'];

/** Share of ANERcorp tokens (from the start) used for development; reported figures exclude it. */
export const ANERCORP_DEV_SHARE = 0.2;
const PSEUDO_DOC_TOKENS = 300;

interface Sentence {
  tokens: string[];
  /** Gold spans: [first, last] token indexes within the sentence, type. */
  gold: { first: number; last: number; type: NerType }[];
}

interface PseudoDoc {
  sentences: Sentence[];
}

function ourType(t: EntityType): NerType | null {
  if (t === 'person') return 'PERS';
  if (t === 'organization') return 'ORG';
  if (t === 'location' || t === 'country') return 'LOC';
  return null;
}

function corpusType(tag: string, wojood: boolean): NerType | null {
  if (tag === 'PERS') return 'PERS';
  if (tag === 'ORG') return 'ORG';
  if (tag === 'LOC' || (wojood && tag === 'GPE')) return 'LOC';
  return null;
}

/** BIO tags of one level → spans of mapped types (an I- without a B- starts a span). */
export function bioSpans(tags: readonly string[], wojood: boolean): { first: number; last: number; type: NerType }[] {
  const out: { first: number; last: number; type: NerType }[] = [];
  let open: { first: number; last: number; tag: string } | null = null;
  const close = (): void => {
    if (open) {
      const type = corpusType(open.tag, wojood);
      if (type) out.push({ first: open.first, last: open.last, type });
    }
    open = null;
  };
  tags.forEach((raw, k) => {
    const tag = raw ?? 'O';
    if (tag.startsWith('B-')) {
      close();
      open = { first: k, last: k, tag: tag.slice(2) };
    } else if (tag.startsWith('I-')) {
      const name = tag.slice(2);
      if (open && open.tag === name) open.last = k;
      else {
        close();
        open = { first: k, last: k, tag: name };
      }
    } else close();
  });
  close();
  return out;
}

/** Score one pseudo-document: run findEntities on its sentences (one paragraph each). */
export function scoreDoc(doc: PseudoDoc): Record<NerType, Counts> {
  const paragraphs: string[] = [];
  const offsets: number[][] = [];
  for (const s of doc.sentences) {
    const starts: number[] = [];
    let text = '';
    for (const token of s.tokens) {
      if (text) text += ' ';
      starts.push(text.length);
      text += token;
    }
    paragraphs.push(text);
    offsets.push(starts);
  }
  const analysis = findEntities({ title: '', paragraphs });
  const predicted = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.paragraph < 0) continue;
    const entity = analysis.entities[m.entityIndex];
    const type = entity ? ourType(entity.type) : null;
    const starts = offsets[m.paragraph];
    const sentence = doc.sentences[m.paragraph];
    if (!type || !starts || !sentence) continue;
    let first = -1;
    let last = -1;
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k] as number;
      const b = a + (sentence.tokens[k] as string).length;
      if (b > m.start && a < m.end) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first >= 0) predicted.add(`${m.paragraph}:${first}:${last}:${type}`);
  }
  const gold = new Set<string>();
  doc.sentences.forEach((s, p) => {
    for (const g of s.gold) gold.add(`${p}:${g.first}:${g.last}:${g.type}`);
  });
  const counts = { PERS: { ...ZERO_COUNTS }, LOC: { ...ZERO_COUNTS }, ORG: { ...ZERO_COUNTS } } as Record<NerType, Counts>;
  for (const key of predicted) {
    const type = key.slice(key.lastIndexOf(':') + 1) as NerType;
    if (gold.has(key)) counts[type].tp++;
    else counts[type].fp++;
  }
  for (const key of gold) {
    if (!predicted.has(key)) counts[key.slice(key.lastIndexOf(':') + 1) as NerType].fn++;
  }
  return counts;
}

function scoreDocs(docs: readonly PseudoDoc[]): Record<NerType, Counts> {
  const total = { PERS: { ...ZERO_COUNTS }, LOC: { ...ZERO_COUNTS }, ORG: { ...ZERO_COUNTS } } as Record<NerType, Counts>;
  for (const doc of docs) {
    const c = scoreDoc(doc);
    for (const t of TYPES) total[t] = addCounts(total[t], c[t]);
  }
  return total;
}

function metricsOf(prefix: string, counts: Record<NerType, Counts>): { metrics: Metric[]; details: string[] } {
  const metrics: Metric[] = [];
  const details: string[] = [];
  let micro: Counts = { ...ZERO_COUNTS };
  for (const t of TYPES) {
    const c = counts[t];
    micro = addCounts(micro, c);
    const s = prf(c);
    const n = c.tp + c.fn;
    const key = `${prefix}.${t.toLowerCase()}`;
    metrics.push({ key: `${key}.precision`, value: s.precision, n: c.tp + c.fp }, { key: `${key}.recall`, value: s.recall, n }, { key: `${key}.f1`, value: s.f1, n });
    details.push(`${prefix} ${t}: tp=${c.tp} fp=${c.fp} fn=${c.fn} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`);
  }
  const s = prf(micro);
  const n = micro.tp + micro.fn;
  metrics.push({ key: `${prefix}.micro.precision`, value: s.precision, n: micro.tp + micro.fp }, { key: `${prefix}.micro.recall`, value: s.recall, n }, { key: `${prefix}.micro.f1`, value: s.f1, n });
  details.push(`${prefix} micro: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`);
  return { metrics, details };
}

/** ANERcorp → pseudo-documents (one paragraph each), split into development and evaluation parts. */
export function parseAnercorp(text: string): { dev: PseudoDoc[]; test: PseudoDoc[] } {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const space = trimmed.lastIndexOf(' ');
    if (space <= 0) continue;
    tokens.push(trimmed.slice(0, space));
    tags.push(trimmed.slice(space + 1));
  }
  const devTokens = Math.floor(tokens.length * ANERCORP_DEV_SHARE);
  const dev: PseudoDoc[] = [];
  const test: PseudoDoc[] = [];
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    const atEnd = k === tokens.length - 1;
    if ((k - start + 1 >= PSEUDO_DOC_TOKENS && tokens[k] === '.') || atEnd) {
      const sentence: Sentence = { tokens: tokens.slice(start, k + 1), gold: bioSpans(tags.slice(start, k + 1), false) };
      (start < devTokens ? dev : test).push({ sentences: [sentence] });
      start = k + 1;
    }
  }
  return { dev, test };
}

/** Wojood CoNLL (blank-line sentences; token then nested tag columns) → pseudo-documents. */
export function parseWojood(text: string): PseudoDoc[] {
  const sentences: Sentence[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    const depth = Math.max(...rows.map((r) => r.length - 1));
    const gold: Sentence['gold'] = [];
    const seen = new Set<string>();
    for (let level = 1; level <= depth; level++) {
      for (const span of bioSpans(rows.map((r) => r[level] ?? 'O'), true)) {
        const key = `${span.first}:${span.last}:${span.type}`;
        if (!seen.has(key)) {
          seen.add(key);
          gold.push(span);
        }
      }
    }
    sentences.push({ tokens: rows.map((r) => r[0] as string), gold });
    rows = [];
  };
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/u).filter(Boolean);
    if (parts.length === 0) flush();
    else rows.push(parts);
  }
  flush();
  const docs: PseudoDoc[] = [];
  let current: Sentence[] = [];
  let size = 0;
  for (const s of sentences) {
    current.push(s);
    size += s.tokens.length;
    if (size >= PSEUDO_DOC_TOKENS) {
      docs.push({ sentences: current });
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) docs.push({ sentences: current });
  return docs;
}

export const tasks: EvalTask[] = [
  {
    name: 'entities-ner',
    description: 'Entity recognizer vs ANERcorp (last 80%, PERS/LOC/ORG) and the Wojood sample (test+val), exact-span F1',
    async run(ctx): Promise<EvalOutcome> {
      if (ctx.corpusDir === null) return { metrics: [], skipped: NO_CORPUS };
      const anerPath = path.join(ctx.corpusDir, 'anercorp', 'ANERCorp.txt');
      const wojoodDir = path.join(ctx.corpusDir, 'wojood_sample');
      const metrics: Metric[] = [];
      const details: string[] = [];
      if (existsSync(anerPath)) {
        const { dev, test } = parseAnercorp(await readFile(anerPath, 'utf8'));
        const devScore = metricsOf('ner.anercorp-dev', scoreDocs(dev));
        details.push(...devScore.details.map((d) => `${d} (development part, not gated)`));
        const started = process.hrtime.bigint();
        const testScore = metricsOf('ner.anercorp', scoreDocs(test));
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        metrics.push(...testScore.metrics);
        details.push(...testScore.details, `anercorp: ${test.length} pseudo-documents in ${ms.toFixed(0)} ms`);
      } else details.push(`anercorp: ${anerPath} missing`);
      const wojoodFiles = ['test.txt', 'val.txt'].map((f) => path.join(wojoodDir, f)).filter((f) => existsSync(f));
      if (wojoodFiles.length > 0) {
        const docs: PseudoDoc[] = [];
        for (const f of wojoodFiles) docs.push(...parseWojood(await readFile(f, 'utf8')));
        const score = metricsOf('ner.wojood', scoreDocs(docs));
        metrics.push(...score.metrics);
        details.push(...score.details);
      } else details.push(`wojood: no test.txt/val.txt in ${wojoodDir}`);
      if (metrics.length === 0) return { metrics: [], skipped: 'neither ANERcorp nor the Wojood sample is in the corpus folder' };
      return { metrics, details };
    },
  },
];
