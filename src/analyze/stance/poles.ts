/**
 * Poles of a text: which side of each contrast group (./contrasts.ts) it takes, and which countries
 * it names. Two texts contradict each other by substitution when one takes a pole the other does
 * not, and the other takes a different pole of the same group that the first does not: "النفط يرتفع"
 * / "النفط ينخفض", "حزمة بـ50 مليار" / "حزمة بـ50 مليون", "مظاهرات في مصر" / "مظاهرات في الجزائر".
 * A text that says both poles ("النفط يرتفع مع انخفاض المخزونات") contradicts nothing this way.
 */
import { normalize } from '../../arabic/normalize.js';
import { words } from '../../arabic/tokenize.js';
import { governmentOf } from '../entities/index.js';
import { CONTRAST_GROUPS, type ContrastKind } from './contrasts.js';
import { GOVERNMENT_FORM, type StanceToken } from './text.js';

/** A pole: its group's index (or COUNTRY_GROUP) and its own key within the group. */
export interface Pole {
  group: number;
  pole: string;
}

/** Countries form one more group, of kind `value`, after the listed ones. */
const COUNTRY_GROUP = CONTRAST_GROUPS.length;
/** Longest country phrase looked up ("جمهورية مصر العربية" is found by its shorter parts). */
const COUNTRY_NGRAM = 3;
/** A peeled form shorter than this is never looked up as a country ("لليبيا" → "ليبيا"). */
const MIN_COUNTRY_FORM = 4;

/** Whether the poles include a country. */
export function namesCountry(poles: ReadonlySet<string>): boolean {
  for (const key of poles) if (key.startsWith(`${COUNTRY_GROUP}:`)) return true;
  return false;
}

export function groupKind(group: number): ContrastKind {
  return CONTRAST_GROUPS[group]?.kind ?? 'value';
}

let entryIndex: Map<string, Pole[]> | null = null;

/**
 * Entry word → its poles. An imperfect verb listed with ي is also keyed with ت ("يرتفع",
 * "ترتفع"), the two persons headlines use; other persons are rare in news.
 */
function entries(): Map<string, Pole[]> {
  if (entryIndex) return entryIndex;
  const index = new Map<string, Pole[]>();
  const add = (key: string, pole: Pole): void => {
    const list = index.get(key) ?? [];
    if (!list.some((p) => p.group === pole.group && p.pole === pole.pole)) list.push(pole);
    index.set(key, list);
  };
  CONTRAST_GROUPS.forEach((group, g) => {
    group.poles.forEach((members, p) => {
      for (const member of members) {
        const word = words(normalize(member))[0];
        if (!word) continue;
        add(word, { group: g, pole: String(p) });
        if (word.startsWith('ي') && word.length >= 4) add(`ت${word.slice(1)}`, { group: g, pole: String(p) });
      }
    });
  });
  entryIndex = index;
  return index;
}

/**
 * Pole keys of a text ("group:pole"), from its words' peeled forms and the countries it names.
 * Countries are looked up only when asked (a sentence can only swap a country the claim names).
 */
export function textPoles(tokens: readonly StanceToken[], withCountries = true): Set<string> {
  const index = entries();
  const out = new Set<string>();
  for (const token of tokens) {
    if (token.number) continue;
    for (const form of token.forms) for (const pole of index.get(form) ?? []) out.add(`${pole.group}:${pole.pole}`);
  }
  if (withCountries) for (const country of countriesOf(tokens)) out.add(`${COUNTRY_GROUP}:${country}`);
  return out;
}

/** Countries named in the tokens, by their longest phrase first (n-grams of up to three words). */
export function countriesOf(tokens: readonly StanceToken[]): Set<string> {
  return new Set(countryMentions(tokens).keys());
}

/** How often each country is named in the tokens (names, capitals, adjectives; longest phrase first). */
export function countryMentions(tokens: readonly StanceToken[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < tokens.length; ) {
    const found = countryAt(tokens, i);
    if (found) out.set(found.country, (out.get(found.country) ?? 0) + 1);
    i += found ? found.length : 1;
  }
  return out;
}

function countryAt(tokens: readonly StanceToken[], i: number): { country: string; length: number } | null {
  if (tokens[i]!.number || !tokens[i]!.content) return null;
  for (let n = Math.min(COUNTRY_NGRAM, tokens.length - i); n >= 1; n--) {
    const country = governmentOf(tokens.slice(i, i + n).map((t) => t.norm).join(' '));
    if (country) return { country, length: n };
  }
  // A preposition fused to the name ("لليبيا"): the entity layer reads only some clitics; the
  // stance words have already named the country (text.ts).
  for (const form of tokens[i]!.forms) {
    if (form.startsWith(GOVERNMENT_FORM)) return { country: form.slice(GOVERNMENT_FORM.length), length: 1 };
    if (form.length < MIN_COUNTRY_FORM || form === tokens[i]!.norm) continue;
    const country = governmentOf(form);
    if (country) return { country, length: 1 };
  }
  return null;
}

/**
 * Which kinds of substitution set two texts apart: a pole only the first takes, and another pole of
 * the same group only the second takes.
 */
export function substitutions(a: ReadonlySet<string>, b: ReadonlySet<string>): { opposite: boolean; value: boolean } {
  const result = { opposite: false, value: false };
  const onlyB = [...b].filter((key) => !a.has(key)).map(parsePole);
  for (const key of a) {
    if (b.has(key)) continue;
    const pa = parsePole(key);
    if (!onlyB.some((pb) => pb.group === pa.group && pb.pole !== pa.pole)) continue;
    result[groupKind(pa.group) === 'opposite' ? 'opposite' : 'value'] = true;
  }
  return result;
}

function parsePole(key: string): Pole {
  const colon = key.indexOf(':');
  return { group: Number(key.slice(0, colon)), pole: key.slice(colon + 1) };
}
