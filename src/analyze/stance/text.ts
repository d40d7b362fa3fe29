/**
 * The words of a claim or a sentence as stance matching sees them: the normalized word (for
 * negators and cue words), its light stem (for content matching) and whether it carries content.
 */
import { foldDigits } from '../../arabic/chars.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { normalize } from '../../arabic/normalize.js';
import { stemNormalized } from '../../arabic/stem.js';
import { scanTokens } from '../../arabic/tokenize.js';
import { governmentOf } from '../entities/index.js';
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
const GOVERNMENT_FORM = '@';

/**
 * The article, with a conjunction or preposition glued before it, peeled to compare a word with a
 * country's name. Never a bare ب/ل/ك/ف: they begin بريطانيا، لبنان، كندا، فرنسا.
 */
const ARTICLE_AND_CLITICS = /^(?:[وف]?(?:بال|لل|كال|ال))/u;

/**
 * The government a word names as the country or its adjective ("السعودية", "سعودي", "الإيراني"),
 * not as its capital or a city: the word and the country's name begin alike once the article is peeled.
 */
function countryOf(norm: string): string | null {
  const government = governmentOf(norm);
  if (!government) return null;
  const country = normalize(government).replace(ARTICLE_AND_CLITICS, '');
  const word = norm.replace(ARTICLE_AND_CLITICS, '');
  return country.slice(0, 3) === word.slice(0, 3) ? government : null;
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
