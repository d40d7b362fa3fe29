/**
 * What the statement pass tests share: the statements of a few paragraphs under one headline,
 * with the entity analysis run on them as `analyze` runs it, and their (name, role) pairs.
 */
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import { analyze } from '../analyze.js';
import type { AnalyzeResult, Statement } from '../../core/types.js';

export const TITLE = 'مؤتمر صحفي حول الخطة الجديدة للوزارة';

export function statementsOf(paragraphs: string[]): Statement[] {
  const entities = findEntities({ title: TITLE, paragraphs });
  return findStatements({ title: TITLE, paragraphs, publishedAt: '2015-07-21', entities });
}

export const speakers = (got: Statement[]): [string | null, string | null][] => got.map((s) => [s.speaker.name, s.speaker.role]);

/** The (name, role) of the first statement of one sentence; [null, null] when it has none. */
export function speakerOf(sentence: string): [string | null, string | null] {
  const [s] = statementsOf([sentence]);
  return [s?.speaker.name ?? null, s?.speaker.role ?? null];
}

/**
 * A whole page through `analyze` (extraction included, so a scraper's cuts are repaired and the
 * statements' speakers become persons): its lines, the first the headline, as paragraphs.
 */
export function analyzePage(lines: string[], reference = '2018-01-20'): AnalyzeResult {
  return analyze({ content: lines.join('\n\n'), format: 'text' }, { reference });
}
