/**
 * One-word persons the article gives no evidence for. A person entity of a single word, mentioned
 * once or twice and never a speaker, is most often a name the patterns cut short after a title
 * ("الدكتور محمد" of a name the rest of which they missed), an honorific place or prize ("الشيخ
 * زايد"), or a verb read as a name after a description ("رئيسة للمسجد حدثت"). On the team's
 * statements gold (dev), 8 of the 11 one-word persons that were wrong were such; the 3 right ones
 * (surnames and a refugee known by his first name) were each a speaker or named three times or more.
 * The entity stays available to the analysis that ran before; only the article's list drops it.
 */
import type { Entity, Statement } from '../core/types.js';
import { normalizedKey } from './entities/lexicon.js';

/** A one-word person needs this many mentions when it never speaks. */
const MIN_LONE_NAME_MENTIONS = 3;

export function withoutLoneNames(entities: readonly Entity[], statements: readonly Statement[]): Entity[] {
  // Compared as the entities compare names ("اردوغان" is "أردوغان"), over every form of the person.
  const speakers = new Set<string>();
  for (const s of statements) if (s.speaker.name !== null) speakers.add(normalizedKey(s.speaker.name));
  return entities.filter(
    (e) =>
      e.type !== 'person' || /\s/u.test(e.name.trim()) || e.mentions >= MIN_LONE_NAME_MENTIONS ||
      [e.name, ...e.aliases].some((n) => speakers.has(normalizedKey(n))),
  );
}
