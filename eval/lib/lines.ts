/**
 * Line-level scoring of an extracted body against gold lines. Three rules, each used by one kind
 * of gold:
 *
 * - `matchLinesExact`: a predicted paragraph is correct when it equals an unused gold line after
 *   `normalizeLine` (one-to-one, so a paragraph printed twice counts once). The demo gold is written
 *   paragraph by paragraph, so this is the rule the gate uses there.
 * - `matchLinesFuzzy`: exact pairs first, then a paragraph and an unused gold line pair up when
 *   their token-set Jaccard is at least `threshold` (0.8): tolerates a dropped dateline or credit.
 * - `scoreAgainstLabelledLines`: for scraped text whose lines are labelled body / mixed /
 *   boilerplate (the Baly gold), see its comment.
 */
import type { Counts, Prf } from './prf.js';
import { containsAtBoundary, hasContent, normalizeGoldLine, normalizeLine, tokenJaccard } from './text.js';

export const FUZZY_JACCARD = 0.8;

export interface LineMatch {
  counts: Counts;
  /** Gold lines no paragraph matched (original text). */
  missed: string[];
  /** Predicted paragraphs that matched no gold line (original text). */
  extra: string[];
}

function scorable(lines: readonly string[]): string[] {
  return lines.filter((line) => normalizeLine(line).length > 0);
}

export function matchLinesExact(predicted: readonly string[], gold: readonly string[]): LineMatch {
  const pred = scorable(predicted);
  const goldLines = scorable(gold);
  const unused = new Map<string, number>();
  for (const line of goldLines) {
    const key = normalizeLine(line);
    unused.set(key, (unused.get(key) ?? 0) + 1);
  }
  const extra: string[] = [];
  let tp = 0;
  for (const line of pred) {
    const key = normalizeLine(line);
    const left = unused.get(key) ?? 0;
    if (left > 0) {
      unused.set(key, left - 1);
      tp++;
    } else extra.push(line);
  }
  const missed: string[] = [];
  for (const line of goldLines) {
    const key = normalizeLine(line);
    const left = unused.get(key) ?? 0;
    if (left > 0) {
      unused.set(key, left - 1);
      missed.push(line);
    }
  }
  return { counts: { tp, fp: pred.length - tp, fn: goldLines.length - tp }, missed, extra };
}

export function matchLinesFuzzy(predicted: readonly string[], gold: readonly string[], threshold = FUZZY_JACCARD): LineMatch {
  const exact = matchLinesExact(predicted, gold);
  const goldLeft = [...exact.missed];
  const extra: string[] = [];
  let tp = exact.counts.tp;
  for (const line of exact.extra) {
    let best = -1;
    let bestScore = threshold;
    goldLeft.forEach((goldLine, index) => {
      const score = tokenJaccard(line, goldLine);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) {
      goldLeft.splice(best, 1);
      tp++;
    } else extra.push(line);
  }
  return {
    counts: { tp, fp: exact.counts.fp - (tp - exact.counts.tp), fn: exact.counts.fn - (tp - exact.counts.tp) },
    missed: goldLeft,
    extra,
  };
}

export type LineLabel = 'body' | 'mixed' | 'boilerplate';

export interface LabelledLine {
  text: string;
  label: LineLabel;
}

/**
 * Recall and precision are counted in different units here (gold lines vs predicted units), so the
 * two sides are kept apart and summed apart; `labelledPrf` turns the sums into figures.
 */
export interface LabelledCounts {
  /** Body or mixed lines recalled / not recalled. */
  recalled: number;
  notRecalled: number;
  /** Predicted units that are body text / that are not. */
  correct: number;
  wrong: number;
}

export interface LabelledMatch {
  counts: LabelledCounts;
  /** Indexes (into the labelled lines) of body or mixed lines that were not recalled. */
  missed: number[];
  /** What was counted as a false positive: the boilerplate line kept, or the untraceable paragraph. */
  extra: string[];
}

export function addLabelledCounts(a: LabelledCounts, b: LabelledCounts): LabelledCounts {
  return {
    recalled: a.recalled + b.recalled,
    notRecalled: a.notRecalled + b.notRecalled,
    correct: a.correct + b.correct,
    wrong: a.wrong + b.wrong,
  };
}

export const ZERO_LABELLED: Readonly<LabelledCounts> = Object.freeze({ recalled: 0, notRecalled: 0, correct: 0, wrong: 0 });

export function labelledPrf(c: LabelledCounts): Prf {
  const predictedUnits = c.correct + c.wrong;
  const goldLines = c.recalled + c.notRecalled;
  // Same empty-side convention as prf(): nothing on both sides is perfect, nothing on one side is 0.
  const precision = predictedUnits === 0 ? (goldLines === 0 ? 1 : 0) : c.correct / predictedUnits;
  const recall = goldLines === 0 ? (predictedUnits === 0 ? 1 : 0) : c.recalled / goldLines;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const isBody = (label: LineLabel): boolean => label !== 'boilerplate';

/**
 * Scraped text scored line by line, where the extractor may keep a line whole, trim it (a "mixed"
 * line holds body text glued to boilerplate, and only the body part should survive), or join
 * several lines into one paragraph.
 *
 * Recall (over body and mixed lines): a body line is recalled when some paragraph equals it or
 * contains it; a mixed line also when some paragraph is contained in it (it was trimmed).
 * Precision (in line units): a paragraph equal to, or contained in, a body or mixed line is one
 * true positive (one contained only in a boilerplate line, one false positive). A paragraph that is
 * no part of a single line is split into the lines it contains: each body/mixed line one true
 * positive, each boilerplate line one false positive, and any text left over that no line explains
 * one more false positive. Containment is checked on token boundaries after `normalizeLine`;
 * lines with no letter or digit are ignored on both sides.
 */
export function scoreAgainstLabelledLines(predicted: readonly string[], lines: readonly LabelledLine[]): LabelledMatch {
  const source = lines
    .map((line, index) => ({ index, label: line.label, norm: normalizeGoldLine(line.text) }))
    .filter((line) => hasContent(line.norm));
  const paragraphs = predicted.map(normalizeLine).filter(hasContent);
  const counts: LabelledCounts = { ...ZERO_LABELLED };
  const missed: number[] = [];
  const extra: string[] = [];

  for (const line of source) {
    if (!isBody(line.label)) continue;
    const found = paragraphs.some(
      (p) => containsAtBoundary(p, line.norm) || (line.label === 'mixed' && containsAtBoundary(line.norm, p)),
    );
    if (found) counts.recalled++;
    else {
      counts.notRecalled++;
      missed.push(line.index);
    }
  }

  // Longest first, so that a short line that is also part of a longer one is not counted twice.
  const byLength = [...source].sort((a, b) => b.norm.length - a.norm.length);
  for (const p of paragraphs) {
    const within = source.filter((line) => containsAtBoundary(line.norm, p));
    if (within.length > 0) {
      if (within.some((line) => isBody(line.label))) counts.correct++;
      else {
        counts.wrong++;
        extra.push(p);
      }
      continue;
    }
    let rest = p;
    let units = 0;
    for (const line of byLength) {
      while (containsAtBoundary(rest, line.norm)) {
        rest = rest.replace(line.norm, ' ');
        units++;
        if (isBody(line.label)) counts.correct++;
        else {
          counts.wrong++;
          extra.push(line.norm);
        }
      }
    }
    if (units === 0 || hasContent(rest)) {
      counts.wrong++;
      extra.push(units === 0 ? p : normalizeLine(rest));
    }
  }
  return { counts, missed, extra };
}
