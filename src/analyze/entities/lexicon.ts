/**
 * The compiled lexicons of the entity recognizer: every word list and gazetteer folded once with
 * `normalize()` and indexed by its first token, so recognition does one Map lookup per token and
 * never builds a regex. Built lazily on first use and shared by every call.
 */
import { isMarkOrTatweel } from '../../arabic/chars.js';
import { normalize } from '../../arabic/normalize.js';
import { words } from '../../arabic/tokenize.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { expandCueForms } from '../../lexicons/cues.js';
import { expandCountries } from '../../lexicons/gazetteer/countries.js';
import { expandPlaces } from '../../lexicons/gazetteer/places.js';
import { expandOrganizations, type OrganizationKind } from '../../lexicons/gazetteer/organizations.js';
import {
  AMBIGUOUS_FIRST_NAMES,
  FEMALE_FIRST_NAMES,
  KUNYA_HEADS,
  MALE_FIRST_NAMES,
  MORE_FIRST_NAMES,
  NAME_CONNECTORS,
  WIRE_FIRST_NAMES,
} from '../../lexicons/gazetteer/firstNames.js';
import {
  CONSTRUCT_TITLES,
  DEFINITE_TITLES,
  GOVERNMENT_HEADS,
  ORGANIZATION_HEADS,
  NAMED_AFTER_HEADS,
  PLACE_NAME_PREFIXES,
  PLACE_TRIGGERS,
  STRONG_PLACE_TRIGGERS,
  TITLE_ADJECTIVES,
  TITLE_LINKS,
} from '../../lexicons/gazetteer/titles.js';
import { KNOWN_PERSONS } from '../../lexicons/gazetteer/persons.js';
import { NAME_FOLLOWERS, NEWS_VERBS, NOT_NAMES, TIME_WORDS } from './boundaries.js';

export type GazetteerKind = 'country' | 'capital' | 'place' | 'organization' | 'nisba';

/** What a gazetteer phrase stands for. */
export interface GazetteerTarget {
  kind: GazetteerKind;
  /** Canonical name of the entity (the country for a nisba). */
  name: string;
  /** Country (government) it stands for, when any. */
  country: string | null;
  /** Only valid after a trigger word (places) or after the full name in the same article (org aliases). */
  contextOnly: boolean;
  organizationKind?: OrganizationKind;
}

/** A phrase of normalized tokens; the first token is the index key. */
export interface PhraseEntry<T> {
  /** Tokens after the first. */
  rest: readonly string[];
  value: T;
  /**
   * Every listed spelling ends in ه, none in ة: normalize() folds ة into ه, so without this flag
   * the capital "ماليه" (Malé) would match the everyday adjective "مالية" (financial). A word
   * written with ة never matches such an entry (see `writtenWithTaMarbuta`).
   */
  haOnly: boolean;
}

/** The code of the written word's (or phrase's) last letter, past trailing harakat, tatweel and spaces; -1 if none. */
function lastLetterCode(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && (isMarkOrTatweel(text.charCodeAt(k)) || text.charCodeAt(k) === 0x20)) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/** Does the written word (or phrase) end in ة, ignoring harakat after it? */
export function writtenWithTaMarbuta(text: string): boolean {
  return lastLetterCode(text) === 0x0629;
}

/** A spelling ending in ه (not ة) whose fold could also be reached from ة. */
function writtenWithHa(text: string): boolean {
  return lastLetterCode(text) === 0x0647;
}

/** Phrases indexed by first token, longest first within a key. */
export type PhraseIndex<T> = Map<string, PhraseEntry<T>[]>;

/** Normalized word tokens of a phrase (search normalization, so hamza/ة/ى variants meet). */
export function phraseTokens(phrase: string): string[] {
  return words(normalize(phrase));
}

export function normalizedKey(phrase: string): string {
  return phraseTokens(phrase).join(' ');
}

function addPhrase<T>(index: PhraseIndex<T>, phrase: string, value: T): void {
  const tokens = phraseTokens(phrase);
  const first = tokens[0];
  if (first === undefined) return;
  const rest = tokens.slice(1);
  let list = index.get(first);
  if (!list) {
    list = [];
    index.set(first, list);
  }
  const haOnly = writtenWithHa(phrase);
  // First writer wins for identical phrases: countries before capitals before places (الكويت);
  // a later spelling with ة ("حماة" after "حماه") still lets the phrase match words written with ة.
  const same = list.find((e) => e.rest.length === rest.length && e.rest.every((t, k) => t === rest[k]));
  if (same) {
    if (!haOnly) same.haOnly = false;
    return;
  }
  list.push({ rest, value, haOnly });
  list.sort((a, b) => b.rest.length - a.rest.length);
}

/**
 * A word that opens a person's name: a listed first name, or a compound "servant" name written as
 * one word (عبدربه، عبدالحافظ، عبدالرزاق: عبد and three letters or more), which no list can hold in
 * full and which no everyday word of that length resembles. (The alias pass of merge.ts asks the
 * list alone: a one-word servant name there is more often a surname, "عبدالمهدي".)
 */
export function isFirstName(lex: { readonly firstNames: ReadonlySet<string> }, key: string): boolean {
  return lex.firstNames.has(key) || (key.length >= 6 && key.startsWith('عبد'));
}

function setOf(items: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const item of items) {
    const key = normalizedKey(item);
    if (key) out.add(key);
  }
  return out;
}

function phraseIndexOf(items: readonly string[]): PhraseIndex<string> {
  const index: PhraseIndex<string> = new Map();
  for (const item of items) addPhrase(index, item, normalizedKey(item));
  return index;
}

/** A phrase naming a well-known person: the full name, a variant, or a short form used alone. */
export interface KnownPersonTarget {
  /** Canonical full name as written in the gazetteer. */
  name: string;
  /** Normalized tokens of the canonical name (merging key). */
  parts: readonly string[];
  /** True for a short form (surname): the mention is that form, the person is the full name. */
  short: boolean;
}

export interface Lexicon {
  /** Well-known persons by full name, variants and short forms (src/lexicons/gazetteer/persons.ts). */
  persons: PhraseIndex<KnownPersonTarget>;
  gazetteer: PhraseIndex<GazetteerTarget>;
  /** Normalized phrase → country it stands for (names, capitals, nisbas, places, state bodies). */
  governments: Map<string, string>;
  /** Normalized gazetteer phrases every spelling of which ends in ه: a word written with ة is not them. */
  haOnlyKeys: Set<string>;
  /** Normalized phrase → organization record name, for organizations with no government. */
  stateless: Set<string>;
  /** Canonical organization name → its context-only aliases (normalized phrases). */
  contextAliases: Map<string, string[]>;
  firstNames: Set<string>;
  ambiguousFirstNames: Set<string>;
  connectors: Set<string>;
  kunyaHeads: Set<string>;
  definiteTitles: PhraseIndex<string>;
  constructTitles: PhraseIndex<string>;
  titleAdjectives: Set<string>;
  titleLinks: Set<string>;
  organizationHeads: Set<string>;
  namedAfterHeads: Set<string>;
  governmentHeads: PhraseIndex<string>;
  placeTriggers: Set<string>;
  strongPlaceTriggers: Set<string>;
  placeNamePrefixes: Set<string>;
  cues: Set<string>;
  /** Function words, time words and frequent verbs: never part of a name. */
  boundaries: Set<string>;
  notNames: Set<string>;
  nisbas: Set<string>;
}

let built: Lexicon | null = null;

/** The compiled lexicon (built on first call, then shared). */
export function lexicon(): Lexicon {
  if (!built) built = buildLexicon();
  return built;
}

function buildLexicon(): Lexicon {
  const gazetteer: PhraseIndex<GazetteerTarget> = new Map();
  const governments = new Map<string, string>();
  const stateless = new Set<string>();
  const contextAliases = new Map<string, string[]>();
  const nisbas = new Set<string>();
  const setGovernment = (phrase: string, country: string): void => {
    const key = normalizedKey(phrase);
    if (key && !governments.has(key)) governments.set(key, country);
  };

  const countries = expandCountries();
  const places = expandPlaces();
  const organizations = expandOrganizations();

  // Insertion order is precedence for identical phrases: country names, organizations, capitals,
  // places, nisbas.
  // Names and capitals that fold to an everyday word (مالي، ماليه) are context-only and stand for
  // no government: "مالية" (financial) must not make the Maldives a speaker's government.
  for (const c of countries) {
    const common = new Set(c.commonWords);
    for (const name of [c.name, ...c.variants]) {
      addPhrase(gazetteer, name, { kind: 'country', name: c.name, country: c.name, contextOnly: common.has(name) });
      if (!common.has(name)) setGovernment(name, c.name);
    }
  }
  for (const o of organizations) {
    for (const name of [o.name, ...o.aliases]) {
      addPhrase(gazetteer, name, { kind: 'organization', name: o.name, country: o.country, contextOnly: false, organizationKind: o.kind });
      if (o.country) setGovernment(name, o.country);
      else stateless.add(normalizedKey(name));
    }
    if (o.contextAliases.length > 0) contextAliases.set(o.name, o.contextAliases.map(normalizedKey));
    for (const alias of o.contextAliases) {
      addPhrase(gazetteer, alias, { kind: 'organization', name: o.name, country: o.country, contextOnly: true, organizationKind: o.kind });
    }
  }
  for (const c of countries) {
    const common = new Set(c.commonWords);
    for (const capital of c.capitals) {
      addPhrase(gazetteer, capital, { kind: 'capital', name: capital, country: c.name, contextOnly: common.has(capital) });
      if (!common.has(capital)) setGovernment(capital, c.name);
    }
  }
  for (const p of places) {
    for (const name of [p.name, ...p.variants]) {
      addPhrase(gazetteer, name, { kind: 'place', name: p.name, country: p.country, contextOnly: p.contextOnly });
      if (p.country) setGovernment(name, p.country);
    }
  }
  for (const c of countries) {
    for (const form of c.nisbas) {
      addPhrase(gazetteer, form, { kind: 'nisba', name: c.name, country: c.name, contextOnly: false });
      setGovernment(form, c.name);
      nisbas.add(normalizedKey(form));
    }
  }

  const haOnlyKeys = new Set<string>();
  for (const [first, list] of gazetteer) for (const e of list) if (e.haOnly) haOnlyKeys.add([first, ...e.rest].join(' '));

  const firstNames = setOf([...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES, ...MORE_FIRST_NAMES, ...WIRE_FIRST_NAMES]);
  const persons: PhraseIndex<KnownPersonTarget> = new Map();
  for (const p of KNOWN_PERSONS) {
    const parts = phraseTokens(p.name);
    for (const full of [p.name, ...(p.variants ?? [])]) addPhrase(persons, full, { name: p.name, parts, short: false });
    for (const short of p.alone ?? []) addPhrase(persons, short, { name: p.name, parts, short: true });
  }
  const cues = new Set<string>();
  for (const form of expandCueForms()) cues.add(normalize(form.form));

  const boundaries = new Set<string>([...STOPWORDS, ...setOf([...TIME_WORDS, ...NEWS_VERBS, ...NAME_FOLLOWERS]), ...cues]);
  // Stopwords that are also name connectors or kunya heads (ابن، ام، ابو) must stay usable.
  for (const c of setOf([...NAME_CONNECTORS, ...KUNYA_HEADS])) boundaries.delete(c);

  return {
    persons,
    gazetteer,
    haOnlyKeys,
    governments,
    stateless,
    contextAliases,
    firstNames,
    ambiguousFirstNames: setOf(AMBIGUOUS_FIRST_NAMES),
    connectors: setOf(NAME_CONNECTORS),
    kunyaHeads: setOf(KUNYA_HEADS),
    definiteTitles: phraseIndexOf(DEFINITE_TITLES),
    constructTitles: phraseIndexOf(CONSTRUCT_TITLES),
    titleAdjectives: setOf(TITLE_ADJECTIVES),
    titleLinks: setOf(TITLE_LINKS),
    organizationHeads: setOf(ORGANIZATION_HEADS),
    namedAfterHeads: setOf(NAMED_AFTER_HEADS),
    governmentHeads: phraseIndexOf(GOVERNMENT_HEADS),
    placeTriggers: setOf(PLACE_TRIGGERS),
    strongPlaceTriggers: setOf(STRONG_PLACE_TRIGGERS),
    placeNamePrefixes: setOf(PLACE_NAME_PREFIXES),
    cues,
    boundaries,
    notNames: setOf(NOT_NAMES),
    nisbas,
  };
}
