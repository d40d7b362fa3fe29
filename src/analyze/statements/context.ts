/**
 * What the statement parser asks of the entity analysis, behind one small interface so that the
 * parser works the same with `entities: null` (every answer "don't know").
 */
import type { EntityAnalysis, EntityMention } from '../entities/index.js';
import type { Entity, EntityType } from '../../core/types.js';
import { fold } from './lexicon.js';
import { KNOWN_PERSONS } from '../../lexicons/gazetteer/persons.js';

/** Folded name or variant of a well-known person → the state he speaks for (gazetteer). */
const COUNTRY_OF_KNOWN: ReadonlyMap<string, string> = new Map(
  KNOWN_PERSONS.flatMap((p) => (p.country === undefined ? [] : [p.name, ...(p.variants ?? [])].map((n) => [fold(n), p.country!] as const))),
);

export interface EntityLookup {
  /** The entity a surface form refers to (surname, role, nisba, capital…), or null. */
  resolve(surface: string, type?: EntityType): Entity | null;
  /** The government a capital/country/nisba stands for ("أنقرة" → the Turkish government), or null. */
  governmentOf(surface: string): string | null;
  /** True when the word names a place (country, capital, city): it belongs inside a role ("سفير فرنسا"). */
  isPlace(surface: string): boolean;
  /**
   * The one organization whose name opens with `head` (folded, no article: "هيئه" for "الهيئة" →
   * "هيئة تحرير الشام") named in body paragraph `paragraph` or the one before; null when none or
   * several are.
   */
  organizationByHead(head: string, paragraph: number): Entity | null;
  /**
   * The one person of the article the gazetteer knows as speaking for `country`, with `office`
   * (folded words, "الرئيس", "وزير الخارجية") opening one of his aliases: "الرئيس المصري" after "الرئيس
   * عبد الفتاح السيسي". Null when none or several are.
   */
  holderFor(country: string, office: string): Entity | null;
  /**
   * The one person titled `role` (a definite office as written: "الوزير", "المتحدثة", "محافظ جدة")
   * mentioned in body paragraph `paragraph` or the two before (the headline too near the top): a
   * person one of whose aliases holds every word of the role ("وزير الخارجية المصري" for "الوزير").
   * Null when none or several are.
   */
  personByTitle(role: string, paragraph: number): Entity | null;
  /**
   * The entity first mentioned in [start, end) of body paragraph `paragraph`, with the offset its
   * mention starts at; null when none is (narrative.ts asks it of every sentence without a cue).
   */
  firstMentionIn(paragraph: number, start: number, end: number): { entity: Entity; start: number } | null;
}

const NONE: EntityLookup = {
  resolve: () => null,
  governmentOf: () => null,
  isPlace: () => false,
  organizationByHead: () => null,
  holderFor: () => null,
  personByTitle: () => null,
  firstMentionIn: () => null,
};

/** How far back (in body paragraphs) a person named in narration may be referred to by title. */
const TITLE_REFERENCE_PARAGRAPHS = 2;

/** A role's or alias's words, folded, without the article and a final ة, so "المتحدثة" meets "المتحدث". */
function titleWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/u)
    .map((w) => fold(w).replace(/^(?:ال|لل)(?=..)/u, '').replace(/ه$/u, ''))
    .filter((w) => w.length > 0);
}

/**
 * "الرئيس" alone is the head of state: it refers to an alias "رئيس الجمهورية", "رئيس الدولة" or
 * "الرئيس السوري", not to "رئيس الوزراء" or "رئيس البلدية".
 */
const PRESIDENT = fold('رئيس');
const HEAD_OF_STATE: ReadonlySet<string> = new Set(['جمهوري', 'دول'].map((w) => fold(w)));

function titleFits(role: readonly string[], alias: readonly string[]): boolean {
  if (role.length === 0 || alias[0] !== role[0]) return false;
  if (!role.every((w) => alias.includes(w))) return false;
  if (role.length === 1 && role[0] === PRESIDENT && alias.length > 1) {
    const next = alias[1]!;
    return HEAD_OF_STATE.has(next) || next.endsWith('ي');
  }
  return true;
}

/** Mentions per paragraph, each list sorted by start offset. */
function indexMentions(mentions: readonly EntityMention[]): Map<number, EntityMention[]> {
  const out = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const list = out.get(m.paragraph);
    if (list) list.push(m);
    else out.set(m.paragraph, [m]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Index of the first mention starting at or after `offset` (the list's length when none does). */
function firstAtOrAfter(sorted: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function entityLookup(analysis: EntityAnalysis | null): EntityLookup {
  if (!analysis) return NONE;
  const placeCache = new Map<string, boolean>();
  let mentionsByParagraph: Map<number, EntityMention[]> | undefined;
  /** The paragraph's mentions sorted by offset (-1: the headline), indexed on first use. */
  const mentionsIn = (paragraph: number): readonly EntityMention[] => (mentionsByParagraph ??= indexMentions(analysis.mentions)).get(paragraph) ?? [];
  /**
   * The one entity satisfying `fits` mentioned in paragraphs `from`…`to` (-1, the headline, when the
   * range reaches it or `withHeadline` asks for it); null when none or several distinct ones are.
   */
  const theOneNear = (from: number, to: number, withHeadline: boolean, fits: (e: Entity) => boolean): Entity | null => {
    let found = -1;
    const paragraphs: number[] = [];
    for (let p = Math.max(-1, from); p <= to; p++) paragraphs.push(p);
    if (withHeadline && from > -1) paragraphs.push(-1);
    for (const p of paragraphs) {
      for (const m of mentionsIn(p)) {
        if (m.entityIndex === found) continue;
        const e = analysis.entities[m.entityIndex];
        if (e === undefined || !fits(e)) continue;
        if (found >= 0) return null;
        found = m.entityIndex;
      }
    }
    return found >= 0 ? analysis.entities[found]! : null;
  };
  // The statement parser asks about the same phrases several times (a subject, then its prefixes).
  const resolveCache = new Map<string, Entity | null>();
  return {
    resolve(surface, type) {
      const key = `${type ?? ''}\u0000${surface}`;
      let found = resolveCache.get(key);
      if (found === undefined) {
        found = (type ? analysis.resolve(surface, { type }) : analysis.resolve(surface)) ?? null;
        resolveCache.set(key, found);
      }
      return found;
    },
    governmentOf(surface) {
      return analysis.governmentOf(surface) ?? null;
    },
    isPlace(surface) {
      let known = placeCache.get(surface);
      if (known === undefined) {
        const entity = analysis.resolve(surface);
        known =
          analysis.governmentOf(surface) !== null ||
          (entity !== null && (entity.type === 'country' || entity.type === 'location'));
        placeCache.set(surface, known);
      }
      return known;
    },
    organizationByHead(head, paragraph) {
      return theOneNear(paragraph - 1, paragraph, false, (e) => e.type === 'organization' && fold(e.name.split(/\s+/u)[0] ?? '') === head);
    },
    personByTitle(role, paragraph) {
      const words = titleWords(role);
      return theOneNear(paragraph - TITLE_REFERENCE_PARAGRAPHS, paragraph, paragraph <= TITLE_REFERENCE_PARAGRAPHS, (e) =>
        e.type === 'person' && e.aliases.some((a) => titleFits(words, titleWords(a))),
      );
    },
    firstMentionIn(paragraph, start, end) {
      const inParagraph = mentionsIn(paragraph);
      const first = inParagraph[firstAtOrAfter(inParagraph, start)];
      if (first === undefined || first.end > end) return null;
      const entity = analysis.entities[first.entityIndex];
      return entity === undefined ? null : { entity, start: first.start };
    },
    holderFor(country, office) {
      let found: Entity | null = null;
      for (const e of analysis.entities) {
        if (e.type !== 'person' || COUNTRY_OF_KNOWN.get(fold(e.name)) !== country) continue;
        const titled = e.aliases.some((a) => {
          const alias = fold(a);
          return alias === office || alias.startsWith(`${office} `);
        });
        if (!titled) continue;
        if (found !== null) return null;
        found = e;
      }
      return found;
    },
  };
}
