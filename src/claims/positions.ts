/**
 * `marsad positions`: an actor's statements (on a topic) in date order with their polarity, and the
 * pairs of them that contradict each other. The actor is a speaker as `timeline --speaker` matches
 * it; when it names a government ("تونس", "الحكومة التونسية", "أنقرة"), the statements of that
 * government's bodies and officials count too, since a government speaks through them: those whose
 * name or role names the country, and (with a topic) ministers in the country's own news whose role
 * names no country (./officials.ts).
 */
import { normalize } from '../arabic/normalize.js';
import { governmentOf } from '../analyze/entities/index.js';
import { alignSentence, termMatches } from '../analyze/stance/align.js';
import { parseClaim, type ParsedClaim } from '../analyze/stance/claim.js';
import { setsOfForms } from '../analyze/stance/lexicon.js';
import { stanceTokens } from '../analyze/stance/text.js';
import { wordNegated } from '../analyze/stance/word-negation.js';
import { nationalOfficialStatements } from './officials.js';
import { repeatKey } from '../store/fold.js';
import type { Store } from '../store/store.js';
import type { TimelineEntry } from '../store/types.js';

export type Polarity = 'support' | 'oppose' | 'neutral';

export interface Position {
  entry: TimelineEntry;
  polarity: Polarity;
}

export interface Contradiction {
  earlier: Position;
  later: Position;
}

export interface PositionsReport {
  actor: string;
  about: string | null;
  government: string | null;
  positions: Position[];
  contradictions: Contradiction[];
}

/** A statement is on the topic when it holds this share of the topic's words (synonyms included). */
export const ON_TOPIC = 0.5;
/**
 * With no topic, the later statement must hold this share of the earlier one's words (synonyms
 * included): nearly the same words with the opposite polarity. At ON_TOPIC's half, two statements
 * sharing a country and a verb were paired (13 false pairs of 13 for one minister).
 */
export const SAME_STATEMENT = 0.75;
/** Contradiction pairs listed at most (a long career has many). */
export const MAX_CONTRADICTIONS = 200;

export async function actorPositions(store: Store, actor: string, options: { about?: string | null; limit?: number } = {}): Promise<PositionsReport> {
  const limit = options.limit ?? 5000;
  const government = governmentOf(actor);
  const entries = await store.timeline({ speaker: actor, limit });
  if (government) {
    for (const e of await store.timeline({ entity: government, limit })) {
      const speaks = [e.speaker.name, e.speaker.role].some((s) => s !== null && governmentOfSpeaker(s) === government);
      if (speaks) entries.push(e);
    }
    // Ministers whose role names no country ("وزيرة المالية") in the country's own news.
    if (options.about) entries.push(...(await nationalOfficialStatements(store, government, options.about)));
    // A person who spoke for the government once ("المتحدثة باسم الخارجية الكينية ميريام أوتينو")
    // speaks for it where an article gives only "المتحدثة باسم الوزارة".
    // The speaker search matches any part of a name; only the person's own full name is kept.
    for (const name of spokespeopleOf(government, entries)) {
      const key = normalize(name);
      const own = (await store.timeline({ speaker: name, limit })).filter((e) => e.speaker.name !== null && normalize(e.speaker.name) === key);
      // One misread role ("فرانك فالتر شتاينماير، وزير الخارجية السعودي" in a joint press
      // conference) must not make a foreign minister speak for this government: his roles must
      // name it more often than any other.
      if (!speaksMostlyFor(government, own)) continue;
      entries.push(...own);
    }
  }
  const topic = options.about ? parseClaim(options.about) : null;
  const positions: Position[] = [];
  const seen = new Set<string>();
  for (const entry of entries.sort((a, b) => (a.sortDate ?? '9999').localeCompare(b.sortDate ?? '9999'))) {
    // A wire copy repeats the same words under another outlet: one position, listed once.
    // "تونس: أولى زيادات الكهرباء تدخل حيز التطبيق": a headline labelled with a country is a news
    // label more often than the country's words; its officials' own statements carry the position.
    if (entry.cue === ':' && entry.speaker.name !== null && governmentOf(entry.speaker.name) !== null && normalize(entry.speaker.name) === normalize(entry.speaker.role ?? entry.speaker.name)) continue;
    const key = repeatKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    const polarity = topic ? polarityTowards(topic, entry) : entry.negated ? 'oppose' : 'support';
    if (polarity === null) continue;
    // Undated statements cannot be ordered against the others: listed last, never paired.
    positions.push({ entry, polarity });
  }
  return { actor, about: options.about ?? null, government, positions, contradictions: contradictions(positions, topic !== null) };
}

/**
 * Words of a body or person set against a state (its opposition, an armed resistance, defectors,
 * exiles): "المجلس الوطني للمقاومة الإيرانية" names Iran but does not speak for its government.
 */
const AGAINST_THE_STATE = new RegExp(`(?:^|\\s)(?:[وف]?(?:بال|لل|ال|ب|ل)?)(?:${['معارضه', 'معارض', 'معارضون', 'معارضين', 'مقاومه', 'منشق', 'منشقون', 'منشقين', 'منفي', 'ثوار', 'ثوره', 'متمردين', 'متمردون'].join('|')})(?=\\s|$)`, 'u');

/** The government a speaker's name or role stands for, unless the words set it against that state. */
export function governmentOfSpeaker(text: string): string | null {
  const government = governmentOf(text);
  return government !== null && AGAINST_THE_STATE.test(normalize(text)) ? null : government;
}

/** The person's roles name this government more often than they name any other one. */
export function speaksMostlyFor(government: string, own: readonly TimelineEntry[]): boolean {
  const counts = new Map<string, number>();
  for (const e of own) {
    const g = e.speaker.role ? governmentOfSpeaker(e.speaker.role) : null;
    if (g !== null) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const mine = counts.get(government) ?? 0;
  return [...counts].every(([g, n]) => g === government || n < mine);
}

/** Named persons whose role, in one of the entries, names the government ("المتحدث باسم الخارجية التركية"). */
function spokespeopleOf(government: string, entries: readonly TimelineEntry[]): string[] {
  const names = new Set<string>();
  for (const e of entries) {
    const { name, role } = e.speaker;
    // The name itself must not be a place or a body: those are the government already. One word
    // ("محمد") names too many people to stand for one spokesperson.
    if (name && role && governmentOfSpeaker(role) === government && governmentOf(name) === null && name.trim().split(/\s+/u).length >= 2) names.add(name);
  }
  return [...names];
}

/** A cue that reports a denial: what follows it is what the speaker rejects. */
export function isDenialCue(cue: string): boolean {
  const token = stanceTokens(cue)[0];
  return token !== undefined && setsOfForms(token.forms).includes('deny');
}

/** Support or oppose the topic as an assertion; null when the statement is not about it. */
export function polarityTowards(topic: ParsedClaim, entry: Pick<TimelineEntry, 'text' | 'negated' | 'cue'>): Polarity | null {
  const s = alignSentence(topic, entry.text, 0);
  if (s.coverage < ON_TOPIC) return null;
  // A statement that names the topic's things but not its action ("the reserve lasts until May"
  // for "lifting the subsidy") takes no position on it.
  if (s.condition || s.question) return 'neutral';
  // A topic of things only ("الاتفاق النووي الإيراني") has no action to assert or deny: a statement
  // takes a position on it only with a word of support or opposition ("نرحب بالاتفاق", "ترفض
  // الاتفاق"). A negation elsewhere in it ("تصريحات لا تعبر عن نوايا…") said nothing about the
  // topic, and was read as opposing it.
  const actions = actionsOf(topic);
  if (actions.length === 0) return attitude(topic, entry.text);
  if (!actions.some((i) => s.matched.includes(i))) return 'neutral';
  // A denial word elsewhere in the words ("after months of denials") is not the speaker's position:
  // the speaker's own denial is the statement's `negated` (its cue or its main clause).
  // The statement's own `negated` also fires on a later negated clause ("سنرفع …، ولن تتجاوز
  // الزيادة …"), so here the topic's first predicate decides, plus a denial cue ("نفى أن …").
  const negative = isDenialCue(entry.cue) || s.negated || s.opposite || (entry.negated && !s.assertedBeforeNegation);
  return negative !== topic.negative ? 'oppose' : 'support';
}

/** Words that may stand between a verb of support and its object ("نرحب بأي اتفاقية", "يؤيد هذا الاتفاق"). */
const DETERMINERS = new Set(['أي', 'بأي', 'لأي', 'كل', 'بكل', 'هذا', 'بهذا', 'هذه', 'بهذه', 'ذلك', 'بذلك'].map((w) => normalize(w)));
/** How far after a word of support or opposition the topic's words must start to be its object. */
const OBJECT_REACH = 3;

/**
 * Stems of the topic's words written definite ("الاتفاق" of "الاتفاق النووي"): things the topic is
 * about, even when the stance lexicon also knows them as actions (اتفاق/اتفق).
 */
function thingsOf(topic: ParsedClaim): Set<string> {
  const out = new Set<string>();
  for (const word of topic.text.split(/\s+/u)) {
    if (!/^[وف]?ال/u.test(word)) continue;
    for (const token of stanceTokens(word)) if (token.content) out.add(token.stem);
  }
  return out;
}

/** Each parsed topic's actions, worked out once: a topic is matched against every statement of an actor. */
const actionCache = new WeakMap<ParsedClaim, number[]>();

/** Indexes of the topic's predicate terms that are actions, not things it names (see thingsOf). */
function actionsOf(topic: ParsedClaim): number[] {
  let actions = actionCache.get(topic);
  if (actions === undefined) {
    const things = thingsOf(topic);
    actions = topic.terms.map((t, i) => (t.predicate && !things.has(t.stem) ? i : -1)).filter((i) => i >= 0);
    actionCache.set(topic, actions);
  }
  return actions;
}

/**
 * For a topic of things only: support when a word of support or welcome has the topic's words as
 * its object ("نرحب بأي اتفاقية…", "نحن مع الاتفاق" is not caught), opposition for a word of
 * opposition ("ترفض الاتفاق"); a negator just before it turns it over; neutral otherwise.
 */
export function attitude(topic: ParsedClaim, text: string): Polarity {
  const tokens = stanceTokens(text);
  let found: Polarity = 'neutral';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.content) continue;
    const sets = setsOfForms(token.forms);
    const kind = sets.includes('support') ? 'support' : sets.includes('oppose') ? 'oppose' : null;
    if (kind === null) continue;
    // Its object is the topic's head word, with nothing but function words between ("نرحب بأي
    // اتفاقية"): "ترفض المساس بالاتفاق", "ترفض التدخلات الإيرانية" aim at something else.
    let object = false;
    const head = topic.terms[0];
    for (let k = i + 1; head !== undefined && k <= i + OBJECT_REACH && k < tokens.length; k++) {
      if (!tokens[k]!.content || DETERMINERS.has(tokens[k]!.norm)) continue;
      object = termMatches(head, tokens[k]!, setsOfForms(tokens[k]!.forms));
      break;
    }
    if (!object) continue;
    const negated = wordNegated(tokens, i);
    const polarity: Polarity = (kind === 'support') !== negated ? 'support' : 'oppose';
    // Both in one statement ("يرحب بالاتفاق ويرفض بنوده"): no single position.
    if (found !== 'neutral' && found !== polarity) return 'neutral';
    found = polarity;
  }
  return found;
}

/**
 * The later statement says nearly the same words as the earlier one (`claim`), with the earlier
 * one's action negated, denied or turned into its opposite where it stands. A negation elsewhere
 * in a long statement ("… وليس لدينا أدنى شك في نوايا مصر") is not the opposite position.
 */
export function opposesStatement(claim: ParsedClaim, earlier: Pick<TimelineEntry, 'text' | 'cue'>, later: Pick<TimelineEntry, 'text' | 'cue'>): boolean {
  const actions = actionsOf(claim);
  if (actions.length === 0) return false;
  const s = alignSentence(claim, later.text, 0);
  if (s.coverage < SAME_STATEMENT || !actions.some((i) => s.matched.includes(i)) || s.condition || s.question) return false;
  // Both ways: a long statement holds most words of a short one without saying the same thing.
  if (alignSentence(parseClaim(later.text), earlier.text, 0).coverage < ON_TOPIC) return false;
  // The earlier statement's own denial cue ("نفى أن …") is part of its polarity, as the later one's is.
  return (isDenialCue(later.cue) || s.negated || s.opposite) !== (claim.negative || isDenialCue(earlier.cue));
}

function contradictions(positions: readonly Position[], onOneTopic: boolean): Contradiction[] {
  const out: Contradiction[] = [];
  const parsed = new Map<number, ParsedClaim>();
  for (let i = 0; i < positions.length && out.length < MAX_CONTRADICTIONS; i++) {
    const a = positions[i]!;
    if (a.polarity === 'neutral' || a.entry.sortDate === null) continue;
    for (let j = i + 1; j < positions.length && out.length < MAX_CONTRADICTIONS; j++) {
      const b = positions[j]!;
      if (b.polarity === 'neutral' || b.polarity === a.polarity || b.entry.sortDate === null) continue;
      // Within one article an opposite statement is nearly always the earlier position retold
      // ("months after denying it…"), not a new contradiction.
      if (b.entry.article.id === a.entry.article.id) continue;
      // With no topic, the earlier statement is the topic: the later one must take the opposite
      // position on its action, not merely hold a negation somewhere ("موقفنا لم يتغير" twice is
      // one position; a negated word in either had made 86 false pairs for one minister).
      if (!onOneTopic) {
        const claimA = parsed.get(i) ?? parseClaim(a.entry.text);
        parsed.set(i, claimA);
        if (!opposesStatement(claimA, a.entry, b.entry)) continue;
      }
      out.push({ earlier: a, later: b });
    }
  }
  return out;
}
