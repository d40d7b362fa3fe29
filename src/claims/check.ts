/**
 * `marsad claim`: retrieve the articles that may speak to a claim, judge each with a stance model,
 * and return the evidence grouped by stance in date order (statement date, else publication date),
 * with wire copies folded into their original.
 */
import type { Statement } from '../core/types.js';
import type { StanceModel, Stance } from '../analyze/stance/types.js';
import type { Store } from '../store/store.js';
import type { SearchFilters } from '../store/types.js';
import { retrieveCandidates } from './retrieve.js';

export interface ClaimEvidence {
  article: { id: string; source: string; title: string; outlet: string | null; publishedAt: string | null; referenceDate: string | null; url: string | null };
  stance: Stance;
  sentence: string;
  statement: Statement | null;
  /** The statement's date, else the article's publication date. */
  date: string | null;
  /** What orders the evidence: `date`, else the day the article was collected (`article.referenceDate`). */
  sortDate: string | null;
  /** Other stored copies of the same text (wire copies), by outlet. */
  copies: { id: string; outlet: string | null; source: string }[];
}

export interface ClaimReport {
  claim: string;
  /** Evidence of agree / disagree / discuss articles; `unrelated` ones are counted, not listed. */
  evidence: ClaimEvidence[];
  counts: Record<Stance, number>;
  candidates: number;
  summary: string;
}

export const DEFAULT_CANDIDATES = 100;
const STANCE_ORDER: Stance[] = ['agree', 'disagree', 'discuss'];

export async function checkClaim(
  store: Store,
  model: StanceModel,
  claim: string,
  options: { candidates?: number; filters?: SearchFilters } = {},
): Promise<ClaimReport> {
  const candidates = await retrieveCandidates(store, claim, { limit: options.candidates ?? DEFAULT_CANDIDATES, filters: options.filters });
  const counts: Record<Stance, number> = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
  const judged: { root: string; evidence: ClaimEvidence; isCopy: boolean }[] = [];
  for (const candidate of candidates) {
    const article = await store.getArticle(candidate.id);
    if (!article) continue;
    const judgement = await model.judge(claim, {
      title: article.title,
      paragraphs: article.body.split('\n'),
      publishedAt: article.publishedAt,
      statements: article.statements,
      entities: article.entities,
    });
    counts[judgement.stance]++;
    if (judgement.stance === 'unrelated') continue;
    const best = judgement.evidence[0];
    judged.push({
      root: article.duplicateOf ?? article.id,
      isCopy: article.duplicateOf !== null,
      evidence: {
        article: { id: article.id, source: article.source, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, referenceDate: article.referenceDate, url: article.url },
        stance: judgement.stance,
        sentence: best?.sentence ?? article.title,
        statement: best?.statement ?? null,
        date: best?.statement?.date ?? article.publishedAt ?? null,
        sortDate: best?.statement?.date ?? article.publishedAt ?? article.referenceDate ?? null,
        copies: [],
      },
    });
  }
  // Wire copies are listed under their original when it is evidence itself; a copy whose original
  // was judged unrelated (or not retrieved) stands for it, and the other copies go under that one.
  const byOriginal = new Map<string, ClaimEvidence>();
  for (const j of [...judged.filter((x) => !x.isCopy), ...judged.filter((x) => x.isCopy)]) {
    const shown = byOriginal.get(j.root);
    if (shown) shown.copies.push({ id: j.evidence.article.id, outlet: j.evidence.article.outlet, source: j.evidence.article.source });
    else byOriginal.set(j.root, j.evidence);
  }
  const evidence = [...byOriginal.values()].sort(
    (a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) || (a.sortDate ?? '9999').localeCompare(b.sortDate ?? '9999'),
  );
  return { claim, evidence, counts, candidates: candidates.length, summary: summarize(evidence) };
}

/** Who said it, as a reader names them: the speaker's name, else the speaker's role; null when no statement carries the evidence. */
export function voiceOf(e: ClaimEvidence): string | null {
  return e.statement?.speaker.name ?? e.statement?.speaker.role ?? null;
}

/** At most this many names in one list of the summary. */
const MAX_LISTED = 6;

function listed(names: readonly string[]): string {
  return `${names.slice(0, MAX_LISTED).join('، ')}${names.length > MAX_LISTED ? ' وغيرهم' : ''}`;
}

/**
 * One paragraph in Arabic: who supports, who contradicts, since when. Speakers are named as
 * speakers; an article whose evidence is no one's statement is counted under its outlet ("نقلته"),
 * never as if the outlet had said it. Days come from `sortDate`; when some of them are only the
 * day an article was collected, the summary says so.
 */
export function summarize(evidence: readonly ClaimEvidence[]): string {
  if (evidence.length === 0) return 'لا أدلة في المدونة على هذا الادعاء (no evidence in the corpus).';
  const part = (stance: Stance, verb: string): string | null => {
    const items = evidence.filter((e) => e.stance === stance);
    if (items.length === 0) return null;
    const voices = [...new Set(items.map(voiceOf).filter((v): v is string => v !== null))];
    const outlets = [...new Set(items.filter((e) => voiceOf(e) === null).map((e) => e.article.outlet ?? e.article.source))];
    const dated = items.filter((e) => e.sortDate !== null).map((e) => e.sortDate!.slice(0, 10)).sort();
    const collectedOnly = items.some((e) => e.date === null && e.sortDate !== null);
    let span = 'في تاريخ غير معروف';
    if (dated.length > 0) span = dated[0] === dated.at(-1) ? `في ${dated[0]}` : `من ${dated[0]} إلى ${dated.at(-1)}`;
    if (collectedOnly) span += ' (بعضها تاريخ الجمع لا النشر)';
    const said = voices.length > 0 ? `على لسان: ${listed(voices)}` : '';
    const carried = outlets.length > 0 ? `${said ? '، و' : ''}نقلته: ${listed(outlets)}` : '';
    const who = said + carried;
    return `${verb} ${items.length} ${items.length === 1 ? 'مقال' : 'مقالات'} ${span}، ${who}`;
  };
  const parts = [part('agree', 'يؤيده'), part('disagree', 'يناقضه'), part('discuss', 'يتناوله دون حسم')].filter((p): p is string => p !== null);
  return `${parts.join('؛ و')}.`;
}
