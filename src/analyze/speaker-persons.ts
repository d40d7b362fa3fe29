/**
 * People the statements name that the entity analysis missed. The speaker parser reads a name out
 * of its grammatical position ("وقال نائب رئيس قسم الهندسة جاي باريخ إن…", "القيادي في الحشد فلاح
 * الساعدي"), where the entity patterns need a known first name or a title right before it; a
 * foreign or rare name after a long office is found by one and not the other. On the team's
 * statements gold (dev), 6 of the 13 persons the entities missed were such speakers.
 *
 * A speaker's name becomes a person only when it reads as one: two to four Arabic words, none
 * definite at the start, none a body or a place the article knows, and either an office was read
 * before it or it opens with a listed first name. Names already known (or a known person's
 * surname, "الساعدي" of "فلاح الساعدي") add nothing.
 */
import type { Entity, Statement } from '../core/types.js';
import type { EntityAnalysis } from './entities/index.js';
import { isFirstName, lexicon, normalizedKey } from './entities/lexicon.js';
import { KINSHIP_HEADS, ORG_HEADS, POSSESSED_NOUN, ROLE_HEADS, findIn, fold } from './statements/lexicon.js';

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** Every word of the name: Arabic letters only (no digits, Latin letters or marks). */
const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]{2,}$/u;

/** Words of a description that no name holds. */
const NOT_IN_NAMES: ReadonlySet<string> = new Set(['ملف', 'أنصار', 'سائق', 'مرافق', 'حارس'].map((w) => fold(w)));


export function withSpeakerPersons(entities: EntityAnalysis, statements: readonly Statement[]): Entity[] {
  const known = new Set<string>();
  for (const e of entities.entities) for (const n of [e.name, ...e.aliases]) known.add(normalizedKey(n));
  const added = new Map<string, Entity>();
  /** Known persons the speaker parser gave a fuller name ("نور الدين" → "نور الدين حمزاوي"), by index. */
  const fuller = new Map<number, string>();
  for (const s of statements) {
    const name = s.speaker.name;
    if (name === null || !readsAsPerson(name, s.speaker.role !== null)) continue;
    const key = normalizedKey(name);
    const previous = added.get(key);
    if (previous) {
      previous.mentions++;
      continue;
    }
    if (known.has(key) || entities.resolve(name) !== null || coversKnown(key, known)) continue;
    // The entity patterns cut a compound first name's bearer short ("نور الدين" of "نور الدين
    // حمزاوي"): the known person takes the speaker's fuller name instead of a second entry.
    // Only a name of two words or more ("نور الدين", "عبد الله"): one word ("حميد") is too often
    // followed by what the parser ran on into ("حميد معارضي نظامه").
    // So is a one-word first name found after a title ("الدكتور محمد" of "الدكتور محمد فراج") when
    // the speaker holds that very title: the same words, read further by the speaker parser.
    const role = s.speaker.role === null ? null : normalizedKey(s.speaker.role);
    const cut = entities.entities.findIndex(
      (e) =>
        e.type === 'person' &&
        key.startsWith(`${normalizedKey(e.name)} `) &&
        (normalizedKey(e.name).includes(' ') || (role !== null && e.aliases.some((a) => normalizedKey(a) === role))),
    );
    if (cut >= 0) {
      if (!fuller.has(cut)) fuller.set(cut, name);
      continue;
    }
    added.set(key, { name, type: 'person', aliases: [], mentions: 1 });
  }
  if (added.size === 0 && fuller.size === 0) return entities.entities;
  const out = entities.entities.map((e, i) => {
    const name = fuller.get(i);
    return name === undefined ? e : { ...e, name, aliases: [e.name, ...e.aliases] };
  });
  return [...out, ...added.values()];
}

function readsAsPerson(name: string, hasRole: boolean): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return false;
  if (!words.every((w) => ARABIC_WORD.test(w)) || words[0]!.startsWith('ال')) return false;
  // "… وأعضاء": a word joined by و after the first is the start of another phrase, unless it is a
  // name (وليد); "نوري المالكي عزلته": a noun with a possessive pronoun is what the verb took;
  // "خالد العطية المجتمع الدولي": two definite words in a row are a noun phrase, not a name's end.
  if (words.slice(1).some((w) => (w.startsWith('و') && w.length > 4 && !isFirstName(lexicon(), normalizedKey(w))) || POSSESSED_NOUN.test(w))) return false;
  if (words.some((w, k) => k > 0 && w.startsWith('ال') && words[k - 1]!.startsWith('ال'))) return false;
  // "لشركة سابك محمد", "ملف المفاوضات", "أنصار بيت المقدس", "فهد شقيق الضحية": a glued ل/ب, a
  // body's or a file's head, a role or a relative inside the words: not a person's name.
  if (/^[لب]/u.test(words[0]!) && !isFirstName(lexicon(), normalizedKey(words[0]!))) return false;
  if (words.map((w) => fold(w)).some((f) => NOT_IN_NAMES.has(f) || findIn(ORG_HEADS, f) !== null || findIn(ROLE_HEADS, f) !== null || KINSHIP_HEADS.has(f))) return false;
  return hasRole || isFirstName(lexicon(), normalizedKey(words[0]!));
}

/** A known name is the end of this one ("حسن روحاني" in "الشيخ حسن روحاني"), or this one a known name's end: the person is already listed. */
function coversKnown(key: string, known: ReadonlySet<string>): boolean {
  for (const k of known) if (k.length > 0 && (key.endsWith(` ${k}`) || k.endsWith(` ${key}`))) return true;
  return false;
}
