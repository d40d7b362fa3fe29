/**
 * statements: who said what, scored against a hand-annotated gold over real Arabic news
 * (eval/gold/statements.json, guidelines in eval/gold/statements.md).
 *
 * The gold stores only references into ../shared/corpus (a Baly et al. 2018 claim file and article
 * index, or a SaudiNewsNet zip and URL), a short anchor copied from each reported content, and
 * names. Each article is loaded from the corpus, run through `analyze`, and compared:
 *
 * - identification: a predicted statement matches a gold one when its `text` contains the gold
 *   anchor, both folded by `matchKey`; matching is one-to-one (a maximum bipartite matching, so a
 *   repeated quotation or a long predicted text never counts twice);
 * - attribution: the same matching restricted to pairs whose speaker is also right (`speakerMatches`);
 * - direct / negated / date accuracy over the identification pairs (a gold `null` date must be `null`);
 * - persons: predicted `person` entities against the gold list (`personMatches`), one-to-one.
 *
 * Every figure is given for all articles, and separately for the dev split (the first 40%, whose
 * errors the extractor's authors may study) and the test split (the rest, kept for measuring).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../../src/analyze/analyze.js';
import { HEADLINE_SENTENCE } from '../../src/analyze/statements/index.js';
import { normalize } from '../../src/arabic/normalize.js';
import { rejoinAllCutWords } from '../../src/extract/text/cut-words.js';
import type { AnalyzeResult, Statement } from '../../src/core/types.js';
import { loadBalyClaim, type BalyClaim } from '../lib/baly.js';
import { NO_CORPUS } from '../lib/corpus.js';
import { addCounts, type Counts, prf, share, ZERO_COUNTS, prfMetrics } from '../lib/prf.js';
import { readSaudiNewsNetZip, saudiNewsNetDir, type SaudiNewsNetArticle } from '../lib/saudinewsnet.js';
import type { EvalContext, EvalOutcome, EvalTask, Metric } from '../lib/task.js';

const GOLD_FILE = path.join('eval', 'gold', 'statements.json');
const WORST_SHOWN = 8;
/** How many missed anchors and false statements each worst article prints. */
const EXAMPLES_SHOWN = 3;
const CLIP_CHARS = 90;

export type SpeakerType = 'person' | 'organization' | 'government' | 'unnamed';
export type Split = 'dev' | 'test';

export type GoldRef =
  | { corpus: 'baly2018'; claimFile: string; articleIndex: number }
  | { corpus: 'saudinewsnet'; zip: string; url: string };

export interface GoldStatement {
  speaker: string | null;
  speakerType: SpeakerType;
  role: string | null;
  cue: string;
  anchor: string;
  direct: boolean;
  negated: boolean;
  date: string | null;
  /** Other names that count as the same speaker (short forms, capitals for governments…). */
  speakerAliases: string[];
}

export interface GoldArticle {
  id: string;
  split: Split;
  outlet: string;
  ref: GoldRef;
  publishedAt: string | null;
  statements: GoldStatement[];
  persons: string[];
}

// ---------------------------------------------------------------------------------------------
// Reading the gold: malformed records are reported, never thrown.
// ---------------------------------------------------------------------------------------------

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function parseRef(raw: unknown): GoldRef | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r['corpus'] === 'baly2018' && typeof r['claimFile'] === 'string' && Number.isInteger(r['articleIndex']))
    return { corpus: 'baly2018', claimFile: r['claimFile'], articleIndex: r['articleIndex'] as number };
  if (r['corpus'] === 'saudinewsnet' && typeof r['zip'] === 'string' && typeof r['url'] === 'string')
    return { corpus: 'saudinewsnet', zip: r['zip'], url: r['url'] };
  return null;
}

const SPEAKER_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'government', 'unnamed']);

function parseStatement(raw: unknown): GoldStatement | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  const anchor = str(s['anchor']);
  const type = str(s['speakerType']);
  if (!anchor || !type || !SPEAKER_TYPES.has(type)) return null;
  return {
    speaker: str(s['speaker']),
    speakerType: type as SpeakerType,
    role: str(s['role']),
    cue: str(s['cue']) ?? '',
    anchor,
    direct: s['direct'] === true,
    negated: s['negated'] === true,
    date: str(s['date']),
    speakerAliases: strings(s['speakerAliases']),
  };
}

export interface ParsedGold {
  articles: GoldArticle[];
  /** One line per record that could not be read, so a broken gold is visible in the report. */
  problems: string[];
}

export function parseStatementGold(raw: unknown): ParsedGold {
  const problems: string[] = [];
  const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['articles'] : undefined;
  if (!Array.isArray(list)) return { articles: [], problems: ['gold has no `articles` array'] };
  const articles: GoldArticle[] = [];
  list.forEach((item, index) => {
    const a = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const ref = parseRef(a['ref']);
    if (!ref) return problems.push(`article #${index}: no usable ref`);
    const statements: GoldStatement[] = [];
    (Array.isArray(a['statements']) ? a['statements'] : []).forEach((s: unknown, k: number) => {
      const parsed = parseStatement(s);
      if (parsed) statements.push(parsed);
      else problems.push(`article #${index} statement #${k}: missing anchor or speakerType`);
    });
    articles.push({
      id: str(a['id']) ?? String(index + 1),
      split: a['split'] === 'test' ? 'test' : 'dev',
      outlet: str(a['outlet']) ?? '?',
      ref,
      publishedAt: str(a['publishedAt']),
      statements,
      persons: strings(a['persons']),
    });
  });
  return { articles, problems };
}

// ---------------------------------------------------------------------------------------------
// Comparing text and names.
// ---------------------------------------------------------------------------------------------

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The form anchors, statement texts and names are compared in: the project's search normalization
 * (hamza and alef forms, ة→ه, ى→ي, harakat and tatweel removed, digits and quotes unified), then
 * every run of punctuation, quotes or spaces becomes one space. Scraped text spaces punctuation
 * freely (" , " / "،") and splits quotes from words, and none of that is what a statement says.
 * Words a scraper cut where a diacritic was ("مشير ا", "أك د") are rejoined on both sides, as the
 * extractor rejoins them (src/extract/text/cut-words.ts).
 */
export function matchKey(text: string): string {
  return normalize(rejoinAllCutWords(text)).replace(NOT_WORD, ' ').trim();
}


/** Whether `needle` occurs in `haystack` as whole words (both already `matchKey`ed). */
export function containsWords(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

/** Names the gold accepts for a statement's speaker: the speaker (or, when unnamed, the role) and the aliases. */
export function acceptedSpeakerNames(gold: GoldStatement): string[] {
  const head = gold.speaker ?? gold.role;
  return [head, ...gold.speakerAliases].filter((n): n is string => n !== null && n.trim() !== '').map(matchKey);
}

/**
 * The predicted speaker is its name, or its role when no name was resolved. It is right when it
 * equals an accepted name; for a person it may also carry a title around the full name
 * ("وزير الخارجية سيرغي لافروف" for "سيرغي لافروف"), as long as the gold name has two words or more
 * (one word would let any phrase containing a surname through). A one-word gold person is matched
 * by a resolved name (not a role) of two to four words that ends in it: the fuller name the analysis
 * found elsewhere in the article (since session 24). A gold speaker that is unresolvable and has no
 * role is matched only by a prediction that names nobody.
 */
export function speakerMatches(gold: GoldStatement, predicted: Statement['speaker']): boolean {
  const label = predicted.name ?? predicted.role;
  const accepted = acceptedSpeakerNames(gold);
  if (accepted.length === 0) return label === null || label.trim() === '';
  if (label === null) return false;
  const key = matchKey(label);
  if (accepted.includes(key)) return true;
  if (gold.speakerType !== 'person' || gold.speaker === null) return false;
  const full = matchKey(gold.speaker);
  if (full.split(' ').length >= 2) return containsWords(key, full);
  // A gold person the article calls by one word ("أردوغان") is also named by a resolved name of two
  // to four words ending in it ("رجب طيب أردوغان"), as persons are matched: a name, never a role.
  const name = predicted.name === null ? null : matchKey(predicted.name).split(' ');
  return name !== null && name.length >= 2 && name.length <= 4 && name[name.length - 1] === full;
}

/**
 * Persons: equal names, or "surname containment": the shorter name is the last word(s) of the longer
 * ("لافروف" ~ "سيرغي لافروف"), or a contiguous part of it of two words or more
 * ("محمد بن سلمان" ~ "الأمير محمد بن سلمان"). A lone first name ("محمد") does not match.
 */
export function personMatches(goldName: string, predictedName: string): boolean {
  const a = matchKey(goldName);
  const b = matchKey(predictedName);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (` ${longer}`.endsWith(` ${shorter}`)) return true;
  return shorter.split(' ').length >= 2 && containsWords(longer, shorter);
}

/** The day part of an ISO date or date-time; `null` stays `null`. */
export function dayOf(date: string | null): string | null {
  return date === null ? null : date.slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// One-to-one matching.
// ---------------------------------------------------------------------------------------------

/**
 * Maximum bipartite matching (Kuhn's augmenting paths) between `left` (gold) and `right`
 * (predicted) items joined by `edge`. Returns, for each left index, the matched right index or -1.
 * Articles hold tens of statements, so the quadratic cost does not matter; greedy first-fit would
 * under-count when a long predicted text contains two anchors.
 */
export function maxMatching(leftCount: number, rightCount: number, edge: (l: number, r: number) => boolean): number[] {
  const adjacency: number[][] = [];
  for (let l = 0; l < leftCount; l++) {
    const row: number[] = [];
    for (let r = 0; r < rightCount; r++) if (edge(l, r)) row.push(r);
    adjacency.push(row);
  }
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const tryAugment = (l: number, seen: boolean[]): boolean => {
    for (const r of adjacency[l]!) {
      if (seen[r]) continue;
      seen[r] = true;
      if (rightOwner[r] === -1 || tryAugment(rightOwner[r]!, seen)) {
        rightOwner[r] = l;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < leftCount; l++) tryAugment(l, new Array<boolean>(rightCount).fill(false));
  const leftMatch = new Array<number>(leftCount).fill(-1);
  rightOwner.forEach((l, r) => {
    if (l >= 0) leftMatch[l] = r;
  });
  return leftMatch;
}

// ---------------------------------------------------------------------------------------------
// Scoring one article.
// ---------------------------------------------------------------------------------------------

export interface Tally {
  correct: number;
  total: number;
}

const ZERO_TALLY: Readonly<Tally> = Object.freeze({ correct: 0, total: 0 });
const addTally = (a: Tally, b: Tally): Tally => ({ correct: a.correct + b.correct, total: a.total + b.total });

export interface ArticleScore {
  id: string;
  split: Split;
  label: string;
  identification: Counts;
  attributed: Counts;
  direct: Tally;
  negated: Tally;
  date: Tally;
  persons: Counts;
  missed: string[];
  falseTexts: string[];
  wrongSpeakers: string[];
  /** Identified statements whose `direct` or `negated` flag differs from the gold. */
  wrongFlags: string[];
  error?: string;
}

function tally(pairs: readonly (readonly [GoldStatement, Statement])[], same: (g: GoldStatement, p: Statement) => boolean): Tally {
  return { correct: pairs.filter(([g, p]) => same(g, p)).length, total: pairs.length };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > CLIP_CHARS ? `${flat.slice(0, CLIP_CHARS)}…` : flat;
}

/**
 * Statements the gold can judge: those of the body. The gold annotates no headline, crosshead or
 * caption (eval/gold/statements.md, "Headlines … are not body and are not annotated"), so a headline
 * attribution ("الوزير: …", sentence HEADLINE_SENTENCE) is neither right nor wrong against it; it was
 * counted as a false positive until session 21.
 */
export function bodyStatements(result: AnalyzeResult | null): Statement[] {
  return (result?.statements ?? []).filter((s) => s.sentence !== HEADLINE_SENTENCE);
}

export function scoreArticle(gold: GoldArticle, label: string, result: AnalyzeResult | null, error?: string): ArticleScore {
  const predicted = bodyStatements(result);
  const anchors = gold.statements.map((s) => matchKey(s.anchor));
  const texts = predicted.map((p) => matchKey(p.text));
  // An anchor copied up to a cut ("… مؤكد" before " ا") ends inside the word the extractor rejoins.
  const cutAnchors = anchors.map((a) => (a === '' ? '' : a + 'ا'));
  const found = (g: number, p: number): boolean => containsWords(texts[p]!, anchors[g]!) || containsWords(texts[p]!, cutAnchors[g]!);

  const identified = maxMatching(gold.statements.length, predicted.length, found);
  const attributed = maxMatching(
    gold.statements.length,
    predicted.length,
    (g, p) => found(g, p) && speakerMatches(gold.statements[g]!, predicted[p]!.speaker),
  );
  const pairs: (readonly [GoldStatement, Statement])[] = [];
  identified.forEach((p, g) => {
    if (p >= 0) pairs.push([gold.statements[g]!, predicted[p]!]);
  });
  const idTp = pairs.length;
  const attTp = attributed.filter((p) => p >= 0).length;
  const usedPredictions = new Set(identified.filter((p) => p >= 0));

  const people = (result?.entities ?? []).filter((e) => e.type === 'person').map((e) => e.name);
  const uniquePeople = [...new Map(people.map((name) => [matchKey(name), name])).values()];
  const personPairs = maxMatching(gold.persons.length, uniquePeople.length, (g, p) => personMatches(gold.persons[g]!, uniquePeople[p]!));
  const personTp = personPairs.filter((p) => p >= 0).length;

  const score: ArticleScore = {
    id: gold.id,
    split: gold.split,
    label,
    identification: { tp: idTp, fp: predicted.length - idTp, fn: gold.statements.length - idTp },
    attributed: { tp: attTp, fp: predicted.length - attTp, fn: gold.statements.length - attTp },
    direct: tally(pairs, (g, p) => g.direct === p.direct),
    negated: tally(pairs, (g, p) => g.negated === p.negated),
    date: tally(pairs, (g, p) => dayOf(g.date) === dayOf(p.date)),
    persons: { tp: personTp, fp: uniquePeople.length - personTp, fn: gold.persons.length - personTp },
    missed: gold.statements.filter((_, g) => identified[g]! < 0).map((s) => `${s.speaker ?? s.role ?? '?'} ${s.cue}: ${s.anchor}`),
    falseTexts: predicted.filter((_, p) => !usedPredictions.has(p)).map((s) => `${s.speaker.name ?? s.speaker.role ?? '?'} ${s.cue}: ${clip(s.text)}`),
    wrongSpeakers: pairs
      .filter(([g, p]) => !speakerMatches(g, p.speaker))
      .map(([g, p]) => `expected ${g.speaker ?? g.role ?? 'null'}, got ${p.speaker.name ?? p.speaker.role ?? 'null'} (${g.anchor})`),
    wrongFlags: pairs.flatMap(([g, p]) =>
      (['direct', 'negated'] as const).filter((flag) => g[flag] !== p[flag]).map((flag) => `${flag} expected ${g[flag]}, got ${p[flag]} (${g.anchor})`),
    ),
  };
  if (error !== undefined) score.error = error;
  return score;
}

// ---------------------------------------------------------------------------------------------
// Loading article text from the corpus.
// ---------------------------------------------------------------------------------------------

/** Caches so that a claim file or a 12 MB daily zip is read once per run. */
export class CorpusTexts {
  private readonly claims = new Map<string, Promise<BalyClaim>>();
  private readonly zips = new Map<string, Promise<SaudiNewsNetArticle[]>>();

  constructor(private readonly corpusDir: string) {}

  /** Baly: the article string as scraped. SaudiNewsNet: title, a line break, then the content. */
  async text(ref: GoldRef): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
    if (ref.corpus === 'baly2018') {
      let claim = this.claims.get(ref.claimFile);
      if (!claim) this.claims.set(ref.claimFile, (claim = loadBalyClaim(this.corpusDir, ref.claimFile)));
      const article = (await claim).articles[ref.articleIndex];
      return article ? { ok: true, text: article.text } : { ok: false, reason: `no article ${ref.articleIndex} in ${ref.claimFile}` };
    }
    let zip = this.zips.get(ref.zip);
    if (!zip) this.zips.set(ref.zip, (zip = readSaudiNewsNetZip(path.join(saudiNewsNetDir(this.corpusDir), ref.zip))));
    const article = (await zip).find((a) => a.url === ref.url);
    return article ? { ok: true, text: `${article.title}\n${article.content}` } : { ok: false, reason: `no ${ref.url} in ${ref.zip}` };
  }
}

export function refLabel(gold: GoldArticle): string {
  const where = gold.ref.corpus === 'baly2018' ? `${gold.ref.claimFile}#${gold.ref.articleIndex}` : `${gold.ref.zip}`;
  return `${gold.id} ${gold.outlet} ${where}`;
}

// ---------------------------------------------------------------------------------------------
// Metrics.
// ---------------------------------------------------------------------------------------------

interface Totals {
  articles: number;
  identification: Counts;
  attributed: Counts;
  direct: Tally;
  negated: Tally;
  date: Tally;
  persons: Counts;
}

function total(scores: readonly ArticleScore[]): Totals {
  return scores.reduce<Totals>(
    (t, s) => ({
      articles: t.articles + 1,
      identification: addCounts(t.identification, s.identification),
      attributed: addCounts(t.attributed, s.attributed),
      direct: addTally(t.direct, s.direct),
      negated: addTally(t.negated, s.negated),
      date: addTally(t.date, s.date),
      persons: addCounts(t.persons, s.persons),
    }),
    { articles: 0, identification: ZERO_COUNTS, attributed: ZERO_COUNTS, direct: ZERO_TALLY, negated: ZERO_TALLY, date: ZERO_TALLY, persons: ZERO_COUNTS },
  );
}

/** `split` is '' for all articles, else `dev.` / `test.` inserted after the family name. */
export function metricsFor(scores: readonly ArticleScore[], split: '' | 'dev.' | 'test.'): Metric[] {
  const t = total(scores);
  const accuracy = (key: string, x: Tally): Metric => ({ key, value: share(x.correct, x.total), n: x.total });
  return [
    ...prfMetrics(`statements.${split}identification`, t.identification),
    ...prfMetrics(`statements.${split}attributed`, t.attributed),
    accuracy(`statements.${split}direct.accuracy`, t.direct),
    accuracy(`statements.${split}negated.accuracy`, t.negated),
    accuracy(`statements.${split}date.accuracy`, t.date),
    ...prfMetrics(split === '' ? 'entities.persons' : `entities.persons.${split.slice(0, -1)}`, t.persons),
  ];
}

function summaryLine(name: string, scores: readonly ArticleScore[]): string {
  const t = total(scores);
  const id = prf(t.identification);
  const att = prf(t.attributed);
  const gold = t.identification.tp + t.identification.fn;
  const predicted = t.identification.tp + t.identification.fp;
  return (
    `${name}: ${t.articles} articles, ${gold} gold / ${predicted} predicted statements; ` +
    `identified F1 ${id.f1.toFixed(3)}, attributed F1 ${att.f1.toFixed(3)}, persons F1 ${prf(t.persons).f1.toFixed(3)}`
  );
}

function worstDetails(scores: readonly ArticleScore[]): string[] {
  const badness = (s: ArticleScore): number => s.identification.fn + s.identification.fp + (s.identification.tp - s.attributed.tp);
  const worst = [...scores].sort((a, b) => badness(b) - badness(a) || a.id.localeCompare(b.id)).slice(0, WORST_SHOWN);
  const lines: string[] = [`worst ${worst.length} articles (missed + false + wrong speaker):`];
  for (const s of worst) {
    const i = s.identification;
    lines.push(
      `  [${s.split}] ${s.label}: ${i.fn} missed, ${i.fp} false, ${i.tp - s.attributed.tp} wrong speaker of ${i.tp + i.fn} gold` +
        (s.error ? `; analyze failed: ${s.error}` : ''),
    );
    for (const m of s.missed.slice(0, EXAMPLES_SHOWN)) lines.push(`      missed  ${m}`);
    for (const f of s.falseTexts.slice(0, EXAMPLES_SHOWN)) lines.push(`      false   ${f}`);
    for (const w of s.wrongSpeakers.slice(0, EXAMPLES_SHOWN)) lines.push(`      speaker ${w}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The task.
// ---------------------------------------------------------------------------------------------

export async function runStatements(ctx: EvalContext): Promise<EvalOutcome> {
  if (ctx.corpusDir === null) return { metrics: [], skipped: NO_CORPUS };
  const goldPath = path.join(ctx.repoDir, GOLD_FILE);
  if (!existsSync(goldPath)) return { metrics: [], skipped: `no gold file ${GOLD_FILE}` };
  const { articles, problems } = parseStatementGold(JSON.parse(await readFile(goldPath, 'utf8')));
  const texts = new CorpusTexts(ctx.corpusDir);
  const scores: ArticleScore[] = [];
  const details: string[] = problems.map((p) => `gold problem: ${p}`);

  for (const gold of articles) {
    const label = refLabel(gold);
    const loaded = await texts.text(gold.ref);
    if (!loaded.ok) {
      details.push(`not scored: ${label}: ${loaded.reason}`);
      continue;
    }
    try {
      const result = analyze({ content: loaded.text, format: 'text' }, { reference: gold.publishedAt });
      scores.push(scoreArticle(gold, label, result));
    } catch (error) {
      // An article the analyzer rejects counts as every statement missed, not as a crash of the run.
      scores.push(scoreArticle(gold, label, null, error instanceof Error ? error.message : String(error)));
    }
  }

  const dev = scores.filter((s) => s.split === 'dev');
  const test = scores.filter((s) => s.split === 'test');
  details.unshift(summaryLine('all', scores), summaryLine('dev', dev), summaryLine('test', test));
  // Only dev articles' errors are printed: test articles are measured, never studied.
  details.push(...worstDetails(dev));
  return { metrics: [...metricsFor(scores, ''), ...metricsFor(dev, 'dev.'), ...metricsFor(test, 'test.')], details };
}

export const tasks: EvalTask[] = [
  {
    name: 'statements',
    description: 'attributed statements and persons vs a hand-made gold over real Arabic articles (Baly 2018, SaudiNewsNet; eval/gold/statements.json)',
    run: runStatements,
  },
];
