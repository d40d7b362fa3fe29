/**
 * What the statement parser asks of the entity analysis, behind one small interface so that the
 * parser works the same with `entities: null` (every answer "don't know").
 */
import type { EntityAnalysis } from '../entities/index.js';
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
}

const NONE: EntityLookup = {
  resolve: () => null,
  governmentOf: () => null,
  isPlace: () => false,
  organizationByHead: () => null,
  holderFor: () => null,
};

export function entityLookup(analysis: EntityAnalysis | null): EntityLookup {
  if (!analysis) return NONE;
  const placeCache = new Map<string, boolean>();
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
      let found = -1;
      for (const m of analysis.mentions) {
        if (m.paragraph < paragraph - 1 || m.paragraph > paragraph || m.entityIndex === found) continue;
        const e = analysis.entities[m.entityIndex];
        if (e === undefined || e.type !== 'organization' || fold(e.name.split(/\s+/u)[0] ?? '') !== head) continue;
        if (found >= 0) return null;
        found = m.entityIndex;
      }
      return found >= 0 ? analysis.entities[found]! : null;
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
