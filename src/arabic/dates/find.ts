/**
 * findDates: one left-to-right pass over the tokens. At each token every matcher is tried (each
 * looks ahead a bounded number of tokens, so the pass stays linear); the longest match wins and the
 * scan resumes after it, which keeps results in order and non-overlapping.
 *
 * An explicit date may be wrapped as  [time] [weekday phrase] [link] DATE [time]:
 *   "09:49 الأحد 21 كانون الثاني 2018", "السبت، 14 مارس/آذار 2021 - 18:05",
 *   "اليوم الأربعاء (27 كانون الأول / ديسمبر 2017)", "الأحد الموافق 21 يناير 2018".
 */
import { foldDigits } from '../chars.js';
import { parseReference, toIso, type ReferenceDay } from './calendar.js';
import type { CoreDate } from './core.js';
import { DAY_ANCHORS, matchWeekdayPhrase } from './anchors.js';
import { HIJRI_MONTHS } from './hijri.js';
import { GREGORIAN_MONTHS } from './months.js';
import { ORDINAL_DAYS } from './numbers.js';
import { WEEKDAY_TABLE } from './weekdays.js';
import { MONTH_QUALIFIERS, matchNamedDate } from './named.js';
import { matchNumericDate } from './numeric.js';
import { matchRelative, relativeStarterWords } from './relative.js';
import { resolveCore } from './resolve.js';
import { matchTime, matchTimeAfter, skipTimeDateLink, type TimeOfDay } from './time.js';
import { isPunct, isWord, tokenize, type Token } from './tokens.js';
import type { DateKind, DateMatch, DateParts, FindDatesOptions } from './types.js';

interface Candidate {
  start: number;
  end: number;
  kind: DateKind;
  parts: DateParts;
  weekday: number | null;
  yearInferred: boolean;
}

/**
 * Folded words that can begin a match. Any other word token is skipped without running the
 * matchers, which is what keeps long texts cheap. Proclitics are allowed for by also looking up
 * the word minus its first one or two letters (a superset of what the matchers accept).
 */
const STARTER_WORDS: ReadonlySet<string> = new Set([
  ...DAY_ANCHORS.firstWords(), ...WEEKDAY_TABLE.firstWords(), ...GREGORIAN_MONTHS.firstWords(),
  ...HIJRI_MONTHS.firstWords(), ...ORDINAL_DAYS.firstWords(), ...relativeStarterWords(),
  'يوم', 'شهر', 'الساعه',
]);

function mayStartDate(token: Token): boolean {
  if (token.kind === 'num') return true;
  if (token.kind !== 'word') return false;
  const w = token.norm;
  return (
    STARTER_WORDS.has(w) || STARTER_WORDS.has(w.slice(1)) || STARTER_WORDS.has(w.slice(2)) ||
    (w.startsWith('لل') && STARTER_WORDS.has('ال' + w.slice(2))) ||
    (w.length > 3 && w.slice(1, 3) === 'لل' && STARTER_WORDS.has('ال' + w.slice(3)))
  );
}

/** Text without a digit or an Arabic letter cannot hold a date we read. */
const MAY_HOLD_DATE = /[\d\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;

function matchCore(tokens: readonly Token[], i: number): CoreDate | null {
  const numeric = matchNumericDate(tokens, i);
  const named = matchNamedDate(tokens, i);
  if (numeric && named) return numeric.end >= named.end ? numeric : named;
  return numeric ?? named;
}

function withTime(parts: DateParts, time: TimeOfDay | null): DateParts {
  if (!time || parts.day === null) return parts;
  const out: DateParts = { ...parts, hour: time.hour, minute: time.minute };
  if (time.second !== undefined) out.second = time.second;
  return out;
}

/** An explicit date that states an impossible day ("30 شباط 2021"): its tokens are skipped whole. */
interface Rejected {
  rejectedEnd: number;
}

/** "[time] [weekday phrase] [link] DATE [time]" starting at token i. */
function matchExplicit(tokens: readonly Token[], i: number, reference: ReferenceDay | null, timeFirst: boolean): Candidate | Rejected | null {
  let k = i;
  let timeBefore: TimeOfDay | null = null;
  if (timeFirst) {
    const t = matchTime(tokens, k);
    if (!t) return null;
    timeBefore = t.time;
    k = skipTimeDateLink(tokens, t.end);
  }

  let weekday: number | null = null;
  let openParen = false;
  const phrase = matchWeekdayPhrase(tokens, k);
  if (phrase) {
    weekday = phrase.weekday;
    k = phrase.end;
    // "يوم الأحد الماضي 17 مايو 2015": the qualifier is redundant next to a full date.
    const qualifier = MONTH_QUALIFIERS.match(tokens, k);
    if (qualifier && qualifier.value !== 0) k = qualifier.end;
    if (isPunct(tokens[k], '(')) {
      openParen = true;
      k++;
    } else if (isPunct(tokens[k], ',', '-', '|') || isWord(tokens[k], 'الموافق')) {
      k++;
    }
  }

  const core = matchCore(tokens, k);
  if (!core) return null;
  const resolved = resolveCore(core, weekday, reference);
  if (!resolved) return { rejectedEnd: core.end };
  let end = core.end;
  if (openParen && isPunct(tokens[end], ')')) end++;

  let time = timeBefore;
  if (!time && resolved.parts.day !== null) {
    const after = matchTimeAfter(tokens, end);
    if (after) {
      time = after.time;
      end = after.end;
    }
  }
  return {
    start: i, end, kind: core.kind, parts: withTime(resolved.parts, time), weekday, yearInferred: resolved.yearInferred,
  };
}

function matchAt(tokens: readonly Token[], i: number, reference: ReferenceDay | null): Candidate | Rejected | null {
  let best: Candidate | null = null;
  let rejected: Rejected | null = null;
  const consider = (candidate: Candidate | Rejected | null): void => {
    if (candidate === null) return;
    if ('rejectedEnd' in candidate) rejected ??= candidate;
    else if (!best || candidate.end > best.end) best = candidate;
  };
  consider(matchExplicit(tokens, i, reference, true));
  consider(matchExplicit(tokens, i, reference, false));
  const relative = matchRelative(tokens, i, reference);
  if (relative) {
    let end = relative.end;
    let parts = relative.parts;
    if (relative.dayLevel) {
      const after = matchTimeAfter(tokens, end);
      if (after) {
        end = after.end;
        parts = withTime(parts, after.time);
      }
    }
    consider({ start: i, end, kind: relative.kind, parts, weekday: relative.weekday, yearInferred: false });
  }
  return best ?? rejected;
}

/** All date expressions in `text`, in order and non-overlapping (at each position the longest wins). */
export function findDates(text: string, options?: FindDatesOptions | null): DateMatch[] {
  if (typeof text !== 'string' || !MAY_HOLD_DATE.test(text)) return [];
  const reference = parseReference(options?.reference ?? null);
  // foldDigits maps one char to one char, so token offsets are offsets into `text`.
  const tokens = tokenize(foldDigits(text));
  const matches: DateMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    const candidate = token && mayStartDate(token) ? matchAt(tokens, i, reference) : null;
    if (!candidate) {
      i++;
      continue;
    }
    if ('rejectedEnd' in candidate) {
      i = Math.max(candidate.rejectedEnd, i + 1);
      continue;
    }
    const first = tokens[candidate.start];
    const last = tokens[candidate.end - 1];
    if (first && last) {
      const start = first.start;
      const end = last.end;
      matches.push({
        start, end, text: text.slice(start, end), kind: candidate.kind, parts: candidate.parts,
        iso: toIso(candidate.parts), weekday: candidate.weekday, yearInferred: candidate.yearInferred,
      });
    }
    i = Math.max(candidate.end, i + 1);
  }
  return matches;
}

/** The first date expression in `text`, or null. */
export function parseDate(text: string, options?: FindDatesOptions | null): DateMatch | null {
  return findDates(text, options)[0] ?? null;
}
