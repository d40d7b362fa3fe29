/**
 * A government's own officials where no word names their country: "وزيرة المالية" in a story about
 * Tunisia is Tunisia's finance minister, yet her role says only "وزيرة المالية", so matching the
 * government's name against speakers finds nothing. For a government and a topic, this reads the
 * articles on the topic, keeps those whose country is the government's (the one
 * their words name most), and takes the statements of speakers whose role is a national office and
 * names no other country.
 */
import { normalize } from '../arabic/normalize.js';
import { governmentOf } from '../analyze/entities/index.js';
import { countryMentions } from '../analyze/stance/poles.js';
import { stanceTokens } from '../analyze/stance/text.js';
import type { Statement } from '../core/types.js';
import type { Store } from '../store/store.js';
import type { StoredArticle, TimelineEntry } from '../store/types.js';
import { retrieveCandidates } from './retrieve.js';

/** Articles on the topic read per government (the best-matching first). */
export const MAX_OFFICIAL_ARTICLES = 200;
/** The country must be named at least this often, and more often than any other, to be the article's. */
export const MIN_COUNTRY_MENTIONS = 2;

/**
 * Roles that are offices of a national government: ministers and ministries, the head of
 * government and the government's spokesperson. A role that starts with one of these and names no
 * other country belongs to the article's country. Heads of state are left out: "الرئيس" alone is
 * as often a union's or a club's.
 */
const OFFICE_HEADS = [
  'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'وزارة', 'الوزارة', 'كاتب الدولة', 'كاتبة الدولة', 'رئيس الحكومة', 'رئيسة الحكومة',
  'رئيس الوزراء', 'رئيسة الوزراء', 'الناطق باسم الحكومة', 'الناطقة باسم الحكومة', 'المتحدث باسم الحكومة', 'المتحدثة باسم الحكومة',
  'الناطق الرسمي باسم الحكومة', 'المتحدث الرسمي باسم الحكومة',
].map((head) => normalize(head));

export function isNationalOffice(role: string | null): boolean {
  if (!role) return false;
  const key = normalize(role).trim();
  return OFFICE_HEADS.some((head) => key === head || key.startsWith(`${head} `));
}

/** The government whose country the article's words name most (title and body), or null when none leads. */
export function articleCountry(article: Pick<StoredArticle, 'title' | 'body'>): string | null {
  // The same counting as stance's country slots: phrases of up to three words, glued prepositions.
  const counts = countryMentions(stanceTokens(`${article.title}\n${article.body}`));
  let best: string | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [government, count] of counts) {
    if (count > bestCount) {
      second = bestCount;
      best = government;
      bestCount = count;
    } else if (count > second) second = count;
  }
  return best !== null && bestCount >= MIN_COUNTRY_MENTIONS && bestCount > second ? best : null;
}

/** Statements on `about` by the national officials of `government`'s country, as timeline entries. */
export async function nationalOfficialStatements(store: Store, government: string, about: string): Promise<TimelineEntry[]> {
  // No entity filter: the country is often named only by adjectives ("التونسيين"), which the entity
  // layer does not record as the country; articleCountry reads them.
  const candidates = await retrieveCandidates(store, about, { limit: MAX_OFFICIAL_ARTICLES });
  const out: TimelineEntry[] = [];
  const servesAnother = anotherGovernmentsOfficial(store, government);
  for (const candidate of candidates) {
    const article = await store.getArticle(candidate.id);
    if (!article || articleCountry(article) !== government) continue;
    for (const statement of article.statements) {
      if (!isNationalOffice(statement.speaker.role)) continue;
      const named = governmentOf(statement.speaker.role!);
      if (named !== null && named !== government) continue;
      // Only a role that names no country needs the person's other statements to place him.
      if (named === null && statement.speaker.name !== null && (await servesAnother(statement.speaker.name))) continue;
      out.push(timelineEntryOf(statement, article));
    }
  }
  return out;
}

/** Statements of a person read to learn which government he serves. */
const ROLE_EVIDENCE_LIMIT = 200;

/**
 * Whether a named official serves another government than `government`: an article about Iran's
 * nuclear deal names Iran most, yet "وزير الخارجية عادل الجبير" there is Saudi Arabia's, as other
 * articles say ("وزير الخارجية السعودي عادل الجبير"). Asked once per name, from the person's own
 * statements in the store: he serves another government when some of them name another country
 * and none names this one (one misread role must not take a minister from his own country).
 */
function anotherGovernmentsOfficial(store: Store, government: string): (name: string) => Promise<boolean> {
  const known = new Map<string, boolean>();
  return async (name) => {
    const key = normalize(name);
    let answer = known.get(key);
    if (answer === undefined) {
      const own = (await store.timeline({ speaker: name, limit: ROLE_EVIDENCE_LIMIT })).filter((e) => e.speaker.name !== null && normalize(e.speaker.name) === key);
      const named = own.flatMap((e) => [e.speaker.role, e.speaker.name]).flatMap((s) => (s === null ? [] : [governmentOf(s)]));
      answer = named.some((g) => g !== null && g !== government) && !named.includes(government);
      known.set(key, answer);
    }
    return answer;
  };
}

function timelineEntryOf(statement: Statement, article: StoredArticle): TimelineEntry {
  const date = statement.date ?? article.publishedAt;
  return {
    speaker: statement.speaker,
    text: statement.text,
    cue: statement.cue,
    direct: statement.direct,
    negated: statement.negated,
    date,
    sortDate: date ?? article.referenceDate,
    article: { id: article.id, source: article.source, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt },
  };
}
