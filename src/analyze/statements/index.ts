/**
 * Attributed statements: who said what, quoted or reported, negated or not, and when.
 *
 * `sentence` is the 0-based index of the sentence among all body sentences (paragraphs in order,
 * each split with splitSentences); headline attributions carry -1. `cue` is the citation form of
 * the reporting word ("قال" for "وقالت"), ":" for a headline colon. See README.md for the rules.
 */
import { splitSentences } from '../../arabic/index.js';
import { findDates, type DateMatch } from '../../arabic/dates/index.js';
import { shiftDay } from '../../arabic/dates/calendar.js';
import type { IsoDateString, Statement } from '../../core/types.js';
import type { EntityAnalysis } from '../entities/index.js';
import { entityLookup } from './context.js';
import { cueDate } from './cueDate.js';
import { headlineColonStatement, repeatsBodyStatement, statementWords } from './headline.js';
import { contentNegated } from './negation.js';
import { findCueHits } from './cues.js';
import { findClosing, quoteStyle } from './quotes.js';
import { officeOf, SpeakerMemory, type KnownSpeaker } from './resolve.js';
import { parseSentence, type RawStatement } from './sentence.js';
import { parseSpeaker } from './speaker.js';
import { mayHoldCue } from './prefilter.js';
import { narratedSubject } from './narrative.js';
import { mayHoldDate } from './dateHint.js';
import { cleanSpan, isColon, sentenceTokens, withoutFinalStops, type Tok } from './text.js';
import { fold, isComplementizer } from './lexicon.js';

/** A direct quote left open runs on through at most this many following sentences. */
export const MAX_QUOTE_SENTENCES = 12;

export interface FindStatementsInput {
  title: string;
  paragraphs: string[];
  publishedAt: IsoDateString | null;
  entities: EntityAnalysis | null;
  /**
   * `publishedAt` is only the day the article was collected (a crawl's date), not its publication:
   * then "أمس" and "اليوم" without a weekday name date nothing, since the crawl may be days after
   * the article. A weekday named ("أمس الثلاثاء") still places the day within the week before.
   */
  referenceIsCollection?: boolean;
}

/** Index of the sentence of headline attributions. */
export const HEADLINE_SENTENCE = -1;

const NO_SPEAKER: KnownSpeaker = { name: null, role: null, gender: 'unknown', kind: 'unknown', roleHead: null, roleAdjectives: [], roleGovernments: [], orgHead: null };

function contentText(text: string, raw: RawStatement): string {
  // A full stop ends the sentence, not the reported words.
  return withoutFinalStops(cleanSpan(text, raw.contentStart, raw.contentEnd));
}

function speakerOf(raw: RawStatement, memory: SpeakerMemory, lookup: ReturnType<typeof entityLookup>, previous: KnownSpeaker | null): KnownSpeaker {
  switch (raw.speaker.mode) {
    case 'span': {
      const parsed = parseSpeaker(raw.speaker.tokens, lookup);
      if (parsed) return memory.resolveParsed(parsed, raw.cueGender);
      return memory.continuation(raw.cueGender) ?? { ...NO_SPEAKER, gender: raw.cueGender };
    }
    case 'previous':
      if (previous) return previous;
      return memory.continuation(raw.cueGender) ?? { ...NO_SPEAKER, gender: raw.cueGender };
    case 'continuation':
      return memory.continuation(raw.cueGender) ?? { ...NO_SPEAKER, gender: raw.cueGender };
    case 'unknown': {
      const last = memory.continuation(raw.cueGender);
      return last !== null && (last.kind !== 'name' || last.knownPerson === true) ? last : { ...NO_SPEAKER, gender: raw.cueGender };
    }
  }
}

/**
 * Whether the words before a headline's colon name a speaker: a role or office, a body, a place, a
 * document, a person the entity analysis knows, or a name the body quotes or the article names
 * (ending with it: "الجبير" of "عادل الجبير"). Section labels and topics ("أزمة اليونان") are none.
 */
function plausibleHeadlineSpeaker(speaker: KnownSpeaker, body: readonly KnownSpeaker[], lookup: ReturnType<typeof entityLookup>, entityNames: readonly string[]): boolean {
  if (speaker.roleHead !== null || speaker.knownPerson === true) return true;
  if (speaker.kind === 'org' || speaker.kind === 'org-anaphor' || speaker.kind === 'place' || speaker.kind === 'document' || speaker.kind === 'role') return true;
  const name = speaker.name;
  if (name === null) return speaker.role !== null;
  if (lookup.resolve(name) !== null) return true;
  const key = fold(name);
  const endsWithLabel = (other: string): boolean => fold(other) === key || fold(other).endsWith(` ${key}`);
  // A body speaker, or an entity of the article, whose name ends with the label: "الجبير" over
  // "عادل الجبير", "الهلال" over "نادي الهلال".
  return body.some((b) => b.name !== null && endsWithLabel(b.name)) || entityNames.some(endsWithLabel);
}

/**
 * "وزير الخارجية: موقفنا لم يتغير" over a body whose first foreign minister is عادل الجبير: a
 * headline names by office the body's first named holder of it (headlines sum up the lead), not
 * whoever of that office the entity analysis or the body mentioned last (here Egypt's minister,
 * met at the same press conference).
 */
function leadHolder(raw: RawStatement, body: readonly KnownSpeaker[], lookup: ReturnType<typeof entityLookup>): KnownSpeaker | null {
  if (raw.speaker.mode !== 'span') return null;
  const parsed = parseSpeaker(raw.speaker.tokens, lookup);
  if (!parsed || parsed.kind !== 'role' || parsed.roleHead === null) return null;
  const office = officeOf(parsed.roleHead);
  const lead = body.find(
    (s) => s.name !== null && (s.kind === 'person' || s.kind === 'name') && officeOf(s.roleHead) === office && parsed.roleAdjectives.every((a) => s.roleAdjectives.includes(a)),
  );
  // The headline's own words stay its role ("قاضية أميركية"); the body gives the name.
  return lead ? { ...lead, role: parsed.role ?? lead.role } : null;
}

function toStatement(raw: RawStatement, speaker: KnownSpeaker, text: string, contentOverride: string | null, date: string | null, sentence: number): Statement {
  return {
    speaker: { name: speaker.name, role: speaker.role },
    cue: raw.cue,
    text: contentOverride ?? contentText(text, raw),
    direct: raw.direct,
    negated: raw.negated,
    date,
    sentence,
  };
}

interface BodySentence {
  text: string;
  paragraph: number;
  /** Offsets of the sentence in its paragraph. */
  start: number;
  end: number;
}

/** The person a sentence without speech narrates about is offered to the next sentence's subject-less cue (narrative.ts). */
function noteNarrativeSubject(memory: SpeakerMemory, lookup: ReturnType<typeof entityLookup>, sentence: BodySentence, index: number): void {
  const subject = narratedSubject(lookup, sentence.paragraph, sentence.start, sentence.end, sentence.text);
  if (subject === null) return;
  const { name, title, gender } = subject;
  memory.narrative = { speaker: { ...NO_SPEAKER, name, role: title ?? memory.roleOf(name), gender, kind: 'person', knownPerson: true }, sentence: index };
}

/**
 * True when the first mark of `style` in the tokens is a closing-only one ("…»"): the paragraph
 * ends a quote opened in the previous one. Symmetric marks (") cannot tell, so they answer false.
 */
function closesBeforeOpening(toks: readonly Tok[], style: number): boolean {
  for (const t of toks) {
    if (t.kind === 'quote' && quoteStyle(t.text) === style) return CLOSING_ONLY.has(t.text);
  }
  return false;
}

const CLOSING_ONLY: ReadonlySet<string> = new Set(['»', '›', '〞']);

/**
 * A symmetric mark (") opening a paragraph while a quote of its style is still open: it reopens the
 * quote (news style) unless narration follows it at once: punctuation, or a cue with a و/ف proclitic
 * ("\" وتابع…", "\". وأضاف…"). Then it closes the quote the paragraph break cut, and the cue after it
 * is the reporter's, not words inside the quotation.
 */
function closesAtParagraphStart(toks: readonly Tok[]): boolean {
  const next = toks[1];
  if (next === undefined || next.kind === 'punct') return true;
  if (next.kind !== 'word') return false;
  const hits = findCueHits(toks, 1, new Uint8Array(toks.length));
  return hits.length > 0 && hits[0]!.start === 1 && hits[0]!.proclitic;
}

/**
 * True when a paragraph holds an odd number of symmetric marks (") of the open quote's style and
 * does not start with one: it does not reopen the quote (news style starts the paragraph with the
 * mark), so its first mark closes the quote that the paragraph break interrupted ("…وقال ترامب
 * بوضوح إنه أصدر تعليمات". وتابع: "نرحب…"). Guillemets and curly marks say which way they face and
 * are handled by closesBeforeOpening.
 */
function oddSymmetricMarks(paragraph: string, style: number): boolean {
  if (style !== quoteStyle('"') && style !== quoteStyle("'")) return false;
  let marks = 0;
  for (const ch of paragraph) if (quoteStyle(ch) === style) marks++;
  return marks % 2 === 1;
}

/**
 * The sentence's first mark of `style` faces backwards: narration follows it at once (punctuation,
 * the end, or a cue with و/ف), as after closesAtParagraphStart. A mark after "إنه" or a colon with
 * words after it opens a quote: scraped pages that lost their closing marks (an odd count in every
 * paragraph) keep their cues.
 */
function firstMarkCloses(toks: readonly Tok[], style: number): boolean {
  const at = toks.findIndex((t) => t.kind === 'quote' && quoteStyle(t.text) === style);
  // "وأضاف : " ووفقا للاتفاقيات…": a mark after a colon opens the next quote whatever word follows it.
  return at > 0 && !isColon(toks[at - 1]) && closesAtParagraphStart(toks.slice(at));
}

/**
 * The sentence opens with a cue verb carrying و/ف whose content starts right after it: a
 * complementizer, a colon or a quote mark ("وأضاف أن…", "وتابع: …"). A speaker does not narrate
 * his own quotation that way, so an open quote has ended before it.
 */
function resumesNarration(toks: readonly Tok[]): boolean {
  const first = toks[0];
  if (first === undefined || first.kind !== 'word') return false;
  const hits = findCueHits(toks.slice(0, 2), 0, new Uint8Array(2));
  const hit = hits[0];
  if (hit === undefined || hit.start !== 0 || !hit.proclitic || hit.kind !== 'verb') return false;
  const next = toks[hit.end];
  return next !== undefined && (next.kind === 'quote' || isColon(next) || (next.kind === 'word' && isComplementizer(next.norm)));
}

function bodySentences(paragraphs: readonly string[]): BodySentence[] {
  const out: BodySentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(p)) out.push({ text: s.text, paragraph, start: s.start, end: s.end });
  });
  return out;
}

export function findStatements(input: FindStatementsInput): Statement[] {
  const lookup = entityLookup(input.entities);
  const reference = input.publishedAt;
  const latestDay = reference ? shiftDay(reference.slice(0, 10), 1) : null;
  const out: Statement[] = [];
  /**
   * Dates of the cue region only (never the content): shorter input for the date parser, and a
   * sentence's total date work stays linear since regions of successive statements do not overlap.
   */
  const dateOf = (text: string, toks: readonly Tok[], raw: RawStatement): string | null => {
    const from = Math.min(raw.regionStart, raw.clauseStart);
    const to = Math.max(raw.regionEnd, from);
    if (to <= from || !mayHoldDate(toks, from, to)) return null;
    const dates: DateMatch[] = findDates(text.slice(from, to), { reference })
      .filter((d) => !(input.referenceIsCollection === true && d.kind === 'relative' && d.weekday === null))
      .map((d) => ({ ...d, start: d.start + from, end: d.end + from }))
      .sort((a, b) => a.start - b.start);
    const date = cueDate(dates, text, raw);
    // Words cannot be said after the article that reports them: a later day is an event's ("the
    // meeting on the 3rd", "ending on 17 September"), read as the day of the statement (37 such in
    // SaudiNewsNet). One day of slack for time zones and late editions.
    return date !== null && latestDay !== null && date > latestDay ? null : date;
  };

  const memory = new SpeakerMemory(lookup);
  /** Each body statement with the speaker record it came from, for the forward pass. */
  const known: KnownSpeaker[] = [];
  const bodyStatements: Statement[] = [];
  const sentences = bodySentences(input.paragraphs);
  /** A direct quote still open: the statement to extend and the mark style that closes it. */
  let pending: { statement: Statement; style: number; left: number; paragraph: number; closing?: boolean } | null = null;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const { text, paragraph } = sentence;
    memory.paragraph = paragraph;
    memory.sentence = index;
    // Most sentences report nothing: one normalize pass and Set lookups rule them out before tokenizing.
    // They may still narrate about the person the next sentence's cue continues.
    if (!pending && !mayHoldCue(text)) {
      noteNarrativeSubject(memory, lookup, sentence, index);
      continue;
    }
    const toks: Tok[] = sentenceTokens(text);
    let from = 0;
    // "…"هاجمت مروحيتان نقطة التفتيش. وأضاف ان حريقا…": a sentence that opens with a و/ف cue and its
    // content is the reporter's narration; the quote before it lost its closing mark.
    if (pending && resumesNarration(toks)) pending = null;
    if (pending) {
      let scanFrom = 0;
      if (paragraph !== pending.paragraph) {
        // A quote runs on into the next paragraph only when that paragraph reopens it (news style).
        const first = toks[0];
        const sameMark = first !== undefined && first.kind === 'quote' && quoteStyle(first.text) === pending.style;
        if (sameMark && closesAtParagraphStart(toks)) {
          // The mark closes the quote: the paragraph is narration from the next token on.
          pending = null;
          from = 1;
        } else if (sameMark) scanFrom = 1;
        else if (!closesBeforeOpening(toks, pending.style)) {
          // No reopening mark: the quote ends here only when this paragraph's first mark closes it.
          pending.closing = oddSymmetricMarks(input.paragraphs[paragraph]!, pending.style) && firstMarkCloses(toks, pending.style);
          if (!pending.closing) pending = null;
        }
      }
      if (pending) {
        const close = findClosing(toks, pending.style, scanFrom);
        const upTo = close >= 0 ? toks[close]!.start : text.length;
        const piece = text.slice(scanFrom > 0 ? toks[0]!.end : 0, upTo).trim();
        if (piece) pending.statement.text = `${pending.statement.text} ${piece}`.trim();
        pending.paragraph = paragraph;
        if (close >= 0) {
          from = close + 1;
          const closing = pending.closing === true;
          pending = null;
          // Speech the quoted speaker reports ("…وقال ترامب بوضوح إنه أصدر تعليمات"), read inside the
          // quoted words; only a named or described inner speaker is kept (a pronoun is not annotated).
          if (closing) {
            for (const raw of parseSentence(text.slice(0, toks[close]!.start), toks.slice(0, close), scanFrom, lookup)) {
              if (raw.speaker.mode !== 'span') continue;
              const speaker = { ...speakerOf(raw, memory, lookup, null), nested: true };
              memory.remember(speaker);
              const statement = toStatement(raw, speaker, text, null, dateOf(text, toks, raw), index);
              out.push(statement);
              known.push(speaker);
              bodyStatements.push(statement);
            }
          }
        } else if (--pending.left <= 0) {
          pending = null;
          continue;
        } else {
          continue;
        }
      }
    }
    const raws = parseSentence(text, toks, from, lookup);
    if (raws.length === 0) {
      if (from === 0) noteNarrativeSubject(memory, lookup, sentence, index);
      continue;
    }
    let previous: KnownSpeaker | null = null;
    for (const raw of raws) {
      const speaker: KnownSpeaker = raw.nested ? { ...speakerOf(raw, memory, lookup, null), nested: true } : speakerOf(raw, memory, lookup, previous);
      memory.remember(speaker);
      if (!raw.nested) previous = speaker;
      const date = dateOf(text, toks, raw);
      // An open quote keeps its sentence-final mark: the next sentence is appended to it.
      const open = raw.openQuoteStyle >= 0 ? cleanSpan(text, raw.contentStart, raw.contentEnd) : null;
      const statement = toStatement(raw, speaker, text, open, date, index);
      out.push(statement);
      known.push(speaker);
      bodyStatements.push(statement);
      if (raw.openQuoteStyle >= 0) pending = { statement, style: raw.openQuoteStyle, left: MAX_QUOTE_SENTENCES, paragraph };
    }
  }
  // Roles named before their names ("متحدثة باسم الخارجية حذرت… وقالت الناطقة… هيذر ناورت").
  SpeakerMemory.resolveForward(known);
  known.forEach((k, i) => {
    if (k.name !== null && bodyStatements[i]!.speaker.name === null) bodyStatements[i]!.speaker.name = k.name;
  });

  // Headline last, resolved against the body's speakers ("وزير الطاقة: …" → the minister named in the
  // body) but never continuing them: a subject-less headline cue has no antecedent.
  const headline: Statement[] = [];
  if (input.title.trim().length > 0) {
    // The headline is no body paragraph: a body named in the last one is not near it.
    memory.paragraph = -1;
    const headMemory = new SpeakerMemory(lookup);
    const hasBody = input.paragraphs.some((p) => p.trim().length > 0);
    const entityNames = (input.entities?.entities ?? []).flatMap((e) => [e.name, ...e.aliases]);
    const toks = sentenceTokens(input.title);
    let raws = parseSentence(input.title, toks, 0, lookup);
    if (raws.length === 0) {
      const colon = headlineColonStatement(input.title, toks);
      if (colon) {
        colon.negated = contentNegated(toks, colon.contentTokStart, colon.contentTokEnd);
        raws = [colon];
      }
    }
    let previous: KnownSpeaker | null = null;
    for (const raw of raws) {
      const speaker: KnownSpeaker =
        raw.speaker.mode === 'span' ? (leadHolder(raw, known, lookup) ?? speakerOf(raw, memory, lookup, previous)) : speakerOf(raw, headMemory, lookup, previous);
      // "مطعم: …", "أزمة اليونان: …", "نافذة: …": a colon headline's label is a speaker only when
      // it is someone — a role, a body, a place, a person the article knows or quotes in its body.
      // A headline with no body (a feed's title) has nothing to check it against and is taken as written.
      if (raw.cue === ':' && hasBody && !plausibleHeadlineSpeaker(speaker, known, lookup, entityNames)) continue;
      headMemory.remember(speaker);
      previous = speaker;
      const date = dateOf(input.title, toks, raw);
      headline.push(toStatement(raw, speaker, input.title, null, date, HEADLINE_SENTENCE));
    }
  }
  if (headline.length > 0) {
    const wordsOf = statementWords();
    return [...headline.filter((h) => !repeatsBodyStatement(h, bodyStatements, wordsOf)), ...out];
  }
  return [...headline, ...out];
}
