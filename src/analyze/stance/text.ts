/**
 * The words of a claim or a sentence as stance matching sees them: the normalized word (for
 * negators and cue words), its light stem (for content matching) and whether it carries content.
 */
import { foldDigits } from '../../arabic/chars.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { normalize } from '../../arabic/normalize.js';
import { stemNormalized } from '../../arabic/stem.js';
import { scanTokens } from '../../arabic/tokenize.js';
import { expandCountries } from '../../lexicons/gazetteer/countries.js';
import { wordForms } from './forms.js';

export interface StanceToken {
  norm: string;
  stem: string;
  /** The word with its clitics and inflection peeled in every plausible way (./forms.ts): what matching compares. */
  forms: readonly string[];
  number: boolean;
  /** False for stopwords and one-letter words: they never count as claim content. */
  content: boolean;
}

/** Prefix of the one form of a word that names a government (no Arabic word starts with it). */
export const GOVERNMENT_FORM = '@';

/**
 * Country names, their variants and their adjectives (every nisba form the gazetteer generates),
 * normalized, to the country's canonical name; never a capital or a word the gazetteer marks as
 * also everyday (مالي "financial"). Built once.
 */
let countryForms: Map<string, string> | null = null;
function countryFormsMap(): Map<string, string> {
  if (countryForms) return countryForms;
  countryForms = new Map();
  for (const country of expandCountries()) {
    const everyday = new Set(country.commonWords.map((w) => normalize(w).toLowerCase()));
    for (const surface of [country.name, ...country.variants, ...country.nisbas]) {
      const key = normalize(surface).toLowerCase();
      if (key && !everyday.has(key) && !countryForms.has(key)) countryForms.set(key, country.name);
    }
  }
  return countryForms;
}

/**
 * The country a word names as the country or its adjective ("السعودية", "سعودي", "بالسعودية",
 * "والبريطانية"), not as its capital or a city ("سبق - الرياض" is a dateline, not the state):
 * the word as written, without و/ف, then without one glued ب/ل/ك.
 */
function countryOf(norm: string): string | null {
  const forms = countryFormsMap();
  const bare = /^[وف]/u.test(norm) && norm.length > 3 ? norm.slice(1) : norm;
  for (const w of [norm, bare]) {
    const direct = forms.get(w);
    if (direct) return direct;
    if (/^[بلك]/u.test(w) && w.length > 3) {
      const glued = forms.get(w.slice(1));
      if (glued) return glued;
    }
  }
  return null;
}

/** Words shorter than this never count as content (particles, stray letters of a bad scrape). */
const MIN_CONTENT_LENGTH = 2;

export function stanceTokens(text: string): StanceToken[] {
  const normalized = normalize(foldDigits(text));
  const out: StanceToken[] = [];
  scanTokens(normalized, (start, end, kind) => {
    if (kind === 'number') {
      const digits = normalized.slice(start, end).replace(/[,٬.٫]/gu, '');
      out.push({ norm: digits, stem: digits, forms: [digits], number: true, content: true });
      return;
    }
    if (kind !== 'word') return;
    const norm = normalized.slice(start, end).toLowerCase();
    const bare = norm.length > 2 && (norm.startsWith('و') || norm.startsWith('ف')) ? norm.slice(1) : norm;
    const stop = STOPWORDS.has(norm) || STOPWORDS.has(bare);
    const stem = stemNormalized(norm);
    // A country or its adjective matches as its government only: peeled, "السعودية" would meet the
    // name "سعود" ("ناصر بن سعود"). Not a capital: "سبق - الرياض" is a dateline, not the state.
    const government = stop ? null : countryOf(norm);
    const forms = government ? [`${GOVERNMENT_FORM}${government}`] : wordForms(norm, stem);
    out.push({ norm, stem, forms, number: false, content: !stop && norm.length >= MIN_CONTENT_LENGTH });
  });
  return out;
}
