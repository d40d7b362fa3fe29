/**
 * Named entities of one article: persons (with their titles), organizations, countries and places,
 * found with gazetteers and patterns, merged within the article, as stand-off mentions.
 *
 * Pipeline: tokens.ts (words + proclitic readings) → recognize.ts (patterns per paragraph) →
 * merge.ts (mentions → entities, alias pass) → resolve.ts (surface → entity, place → government).
 */
import type { Entity, EntityType } from '../../core/types.js';
import { EntityMerger, finish, type EntityMention, type ParagraphInput } from './merge.js';
import { scanParagraph } from './recognize.js';
import { governmentOf, makeResolver } from './resolve.js';
import { tokenizeParagraph } from './tokens.js';

export type { EntityMention } from './merge.js';
export { governmentOf } from './resolve.js';

export interface EntityAnalysis {
  /** Canonical name, type, aliases (other surface forms seen, incl. titles tied to a person), mention count. */
  entities: Entity[];
  /** Stand-off spans into paragraphs[paragraph]; paragraph -1 is the title. */
  mentions: EntityMention[];
  /** Resolve a surface form (a name, surname, role phrase, nisba like "التركي", capital like "أنقرة") to an entity of this article, or null. */
  resolve(surface: string, options?: { type?: EntityType | EntityType[] }): Entity | null;
  /** For places/capitals/nisbas: the country or government they stand for ("أنقرة"/"التركي" → تركيا). */
  governmentOf(surface: string): string | null;
}

/** The title is scanned as paragraph -1 so that names first given there merge with the body. */
export const TITLE_PARAGRAPH = -1;

export function findEntities(input: { title: string; paragraphs: string[] }): EntityAnalysis {
  const paragraphs: ParagraphInput[] = [];
  const texts = [input.title ?? '', ...(input.paragraphs ?? [])];
  texts.forEach((text, k) => {
    if (typeof text !== 'string' || text.length === 0) return;
    const paragraph = k - 1;
    const toks = tokenizeParagraph(text);
    paragraphs.push({ paragraph, text, toks, scan: scanParagraph(toks, paragraph) });
  });
  const drafts = new EntityMerger(paragraphs).run();
  const { entities, mentions } = finish(drafts);
  return { entities, mentions, resolve: makeResolver(entities), governmentOf };
}
