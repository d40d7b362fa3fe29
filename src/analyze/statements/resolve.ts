/**
 * Who is speaking when the sentence does not say it in full.
 *
 * The memory holds the speakers of the article in order. Three questions are asked of it:
 * - continuation: a cue with no subject ("وأضاف", "وأشارت") continues the most recent speaker whose
 *   grammatical gender agrees with the cue (feminine verbs also agree with organizations:
 *   "وأضافت الوزارة");
 * - nominal reference: "الوزير", "المتحدثة", "المسؤول التركي" name the most recent *named* speaker with
 *   the same role head (or, for generic heads like مسؤول/دبلوماسي, any named person whose role shares
 *   the nisba), after asking the entity analysis first;
 * - anaphoric organization: "الوزارة" → the most recent organization speaker with that head noun.
 * When nothing fits, the role is kept and the name stays null: never a guessed name.
 */
import type { CueGender } from '../../lexicons/cues.js';
import type { Speaker } from '../../core/types.js';
import type { EntityLookup } from './context.js';
import { ANAPHORIC_ORG_HEADS, F, QUANTIFIER_HEADS, findIn, fold } from './lexicon.js';
import { NEAR_WORDS, headsTwo, type ParsedSpeaker } from './speaker.js';

export interface KnownSpeaker extends Speaker {
  gender: CueGender;
  kind: ParsedSpeaker['kind'] | 'unknown';
  roleHead: string | null;
  roleAdjectives: string[];
  roleGovernments: string[];
  /** Folded head noun of an organization's name ("وزاره" for "وزارة الصحة"). */
  orgHead: string | null;
  /** ParsedSpeaker.titleHead: a second head later references may use ("العميد" for "قائد اللواء"). */
  titleHead?: string;
  /** The name is a person the entity analysis knows (not a stray word read as a name). */
  knownPerson?: boolean;
  /** Quoted by another speaker inside that speaker's quotation: a subject-less cue after it continues the quoting speaker. */
  nested?: boolean;
}

/** Role heads generic enough to refer to any named official ("المسؤول التركي", "الدبلوماسي"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['مسؤول', 'دبلوماسي', 'قيادي', 'سياسي', 'زعيم', 'رئيس'].map(fold));
const F_RAIS = fold('رئيس');
const F_MUTAHADDITH = fold('متحدث');
/** Offices held in someone's service: the person named in such a role is the one served. */
const AIDE_HEADS: ReadonlySet<string> = new Set(['مستشار', 'مساعد', 'نائب', 'متحدث', 'ناطق', 'سكرتير', 'معاون', 'مدير مكتب'].map(fold));

/**
 * A word of the entity's name or aliases (of three letters or more) is written in the role, and the
 * role does not end with his full name ("نائب سكرتير حزب يكيتي حسن صالح" is the holder, unsplit).
 */
function namedInside(role: string, entity: { name: string; aliases: readonly string[] }): boolean {
  const folded = fold(role);
  if (entity.name.includes(' ') && folded.endsWith(` ${fold(entity.name)}`)) return false;
  const words = new Set(folded.split(' '));
  // A definite word of the name counts only after the role's first word ("العبادي" in "مستشار العبادي").
  const inRole = (w: string): boolean => words.has(w) && (w.startsWith('ال') ? w.length > 4 && !folded.startsWith(w) : w.length >= 3);
  return [entity.name, ...entity.aliases].some((n) => fold(n).split(' ').some(inRole));
}

/**
 * Adjectives that say only "of the state" ("المسؤول الحكومي", "المصدر الرسمي"): no nisba to match,
 * so a generic reference with one of them matches an earlier named holder of a government office.
 */
const OFFICIAL_ADJECTIVES: ReadonlySet<string> = new Set(['حكومي', 'رسمي'].map(fold));
/** Offices that are government posts by themselves (a minister, a governor, an ambassador). */
const GOVERNMENT_OFFICES: ReadonlySet<string> = new Set(['وزير', 'محافظ', 'والي', 'سفير', 'قنصل', 'وكيل', 'معاون'].map(fold));
/** Words that put any other office in the government ("المتحدث باسم وزارة الطاقة", "مدير الدفاع المدني"). */
const GOVERNMENT_BODIES: ReadonlySet<string> = new Set(['وزاره', 'حكومه', 'رئاسه', 'الخارجيه', 'الداخليه', 'الدفاع', 'مديريه', 'محافظه', 'ولايه', 'بلديه', 'الحكومه', 'الوزاره', 'المديريه', 'الرئاسه'].map(fold));

/** Generic heads that, indefinite, introduce an unnamed person ("مسؤول أمريكي"); not رئيس/زعيم ("رئيس وزراء إسرائيل"). */
const ANONYMOUS_OFFICIALS: ReadonlySet<string> = new Set(['مسؤول', 'دبلوماسي', 'قيادي', 'سياسي'].map(fold));

/** The phrase is indefinite: its first word has no article and the second is no definite noun it is in iḍāfa with. */
function indefinitePhrase(role: string): boolean {
  const [first, second] = role.trim().split(/\s+/u).map((w) => fold(w));
  return !DEFINITE_START.test(first ?? '') && !DEFINITE_START.test(second ?? '');
}

/** A folded word or phrase that opens with the article (ال، لل). */
const DEFINITE_START = /^(?:ال|لل)/u;

/** The adjectives are all "official" ones (الحكومي، الرسمية), and there is at least one. */
function onlyOfficial(adjectives: readonly string[]): boolean {
  return adjectives.length > 0 && adjectives.every((a) => {
    const b = bare(a);
    return OFFICIAL_ADJECTIVES.has(b) || OFFICIAL_ADJECTIVES.has(b.endsWith('ه') ? b.slice(0, -1) : b);
  });
}

/** The earlier speaker held a government office: by the post itself, or by a state body in the role, or a country. */
function governmentOffice(s: KnownSpeaker): boolean {
  if (s.roleHead === null || ANONYMOUS_HEADS.has(s.roleHead)) return false;
  if (GOVERNMENT_OFFICES.has(officeOf(s.roleHead)!)) return true;
  if (s.roleGovernments.length > 0) return true;
  return (s.role ?? '').split(/\s+/u).some((w) => GOVERNMENT_BODIES.has(fold(w)) || GOVERNMENT_BODIES.has(bare(fold(w))));
}

/** Role heads that name the same office ("الناطقة باسم…" = "المتحدثة باسم…"): folded head → canonical head. */
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([[fold('ناطق'), fold('متحدث')]]);

/** The head a role is compared by: synonyms folded onto one. */
export function officeOf(head: string | null): string | null {
  return head === null ? null : SAME_OFFICE.get(head) ?? head;
}

/** The role describes a source by whom it is close to ("مصادر مقربة من رئيس الحكومة"). */
function closeToSomeone(role: string | null): boolean {
  if (role === null) return false;
  const words = role.split(/\s+/u).map((w) => fold(w));
  return words.some((w, k) => k > 0 && NEAR_WORDS.has(w) && words[k + 1] === F.min);
}

/** Anonymous sources never resolve to a name; nor do groups opened by a quantifier ("أحد السكان"). */
const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([...['مصدر', 'مصادر', 'شاهد', 'شهود', 'مواطن', 'سكان', 'خبير', 'خبراء', 'محلل', 'محللون'].map(fold), ...QUANTIFIER_HEADS]);

/** Anonymous heads that, definite and singular, refer back to a named speaker. */
const REFERRING_WHEN_DEFINITE: ReadonlySet<string> = new Set(['خبير', 'محلل'].map(fold));

/**
 * Titles and offices each honorific is given to, folded: "سموه" is a prince's or a crown prince's,
 * "معاليه" a minister's or a high official's, "سماحته"/"فضيلته" a cleric's, "فخامته" a president's.
 */
const HONOURS: readonly [RegExp, readonly string[]][] = [
  [/^سمو/u, ['أمير', 'ولي', 'ملك']],
  [/^جلالت/u, ['ملك', 'سلطان']],
  [/^(?:فخامت|سيادت|دولت)/u, ['رئيس']],
  [/^(?:سماحت|فضيلت)/u, ['شيخ', 'مفتي', 'إمام', 'خطيب', 'داعية', 'قاضي', 'عالم', 'مرشد']],
  [/^(?:معالي|سعادت)/u, ['وزير', 'وزيرة', 'رئيس', 'مدير', 'أمين', 'محافظ', 'سفير', 'وكيل', 'نائب', 'مستشار', 'عميد']],
].map(([pattern, heads]) => [pattern as RegExp, (heads as string[]).map((h) => fold(h))]);

/** The earlier speaker's title, office or name holds a word the honorific is given to. */
function honourFits(honorific: string, earlier: KnownSpeaker): boolean {
  const heads = HONOURS.find(([pattern]) => pattern.test(fold(honorific)))?.[1];
  if (!heads) return false;
  const words = new Set(
    fold(`${earlier.role ?? ''} ${earlier.name ?? ''} ${earlier.titleHead ?? ''}`)
      .split(/\s+/u)
      .flatMap((w) => [w, w.replace(/^و?ال/u, '')]),
  );
  if (earlier.roleHead !== null) words.add(earlier.roleHead);
  return heads.some((h) => words.has(h));
}

/** How far back (in statements) continuation and references look; bounds the work per statement. */
export const MAX_LOOKBACK = 60;
/** How far ahead (in statements) an unnamed role looks for its name. */
export const MAX_FORWARD = 4;

const NISBA_ADJECTIVE = /^(?:ال)?[^\s]{2,}(?:ي|يه)$/u;

/** True when the reference has nisba adjectives and every one of them is in the earlier role. */
export function nisbasAgree(reference: readonly string[], earlier: readonly string[]): boolean {
  const nisbas = reference.filter((a) => NISBA_ADJECTIVE.test(a));
  return nisbas.length > 0 && nisbas.every((a) => earlier.includes(a) || earlier.some((e) => nisbaOf(a, e)));
}

/** The folded word without its article (ال، لل، بال) and a و proclitic. */
function bare(word: string): string {
  let w = word;
  if (w.length > 4 && w[0] === 'و') w = w.slice(1);
  if (w.length > 4 && (w.startsWith('ال') || w.startsWith('لل'))) return w.slice(2);
  if (w.length > 5 && w.startsWith('بال')) return w.slice(3);
  return w;
}

/**
 * True when the nisba adjective is derived from the noun: "الأممي" from "الأمم" (المتحدة), "التركي"
 * from "تركيا", "الأوروبي" from "أوروبا", "الروسية" from "روسيا". The nisba's stem (without ال and
 * ي/ية) equals the noun without ال and a final ا/ة, or that noun less its own final ي. Both are
 * folded, so ة is ه. Stems of fewer than three letters are not compared.
 */
export function nisbaOf(nisba: string, noun: string): boolean {
  const n = bare(nisba);
  const stem = n.endsWith('يه') ? n.slice(0, -2) : n.endsWith('ي') ? n.slice(0, -1) : null;
  if (stem === null || stem.length < 3) return false;
  let base = bare(noun);
  if (base.endsWith('ا') || base.endsWith('ه')) base = base.slice(0, -1);
  return base === stem || base === stem + 'ي';
}

/** Leading name parts a span may add to a known name: Arabic words without the article. */
const NAME_PART = /^[\u0621-\u064A]{2,}$/u;
const MAX_EXTRA_NAME_PARTS = 2;

/**
 * True when `spoken` is `known` with one or two more name parts in front ("دين محمد درويش" for
 * "محمد درويش"): the entity analysis cut a compound first name it does not list.
 */
export function fullerName(spoken: string, known: string): boolean {
  const a = spoken.trim().split(/\s+/u);
  const b = known.trim().split(/\s+/u);
  const extra = a.length - b.length;
  if (extra < 1 || extra > MAX_EXTRA_NAME_PARTS || b.length < 2) return false;
  if (b.some((w, k) => fold(w) !== fold(a[extra + k]!))) return false;
  return a.slice(0, extra).every((w) => NAME_PART.test(w) && !fold(w).startsWith('ال'));
}

/**
 * Offices one person holds for a body at a time: a bare later title ("المبعوث") names the holder of
 * the office given in full before. Not trades ("طبيب", "ناشط"): the next doctor is another man.
 */
const SINGLE_HOLDER_OFFICES: ReadonlySet<string> = new Set(['متحدث', 'مبعوث', 'مندوب', 'ممثل', 'وزير', 'سفير', 'محافظ', 'منسق'].map(fold));

/** Offices a state's holder is named by with its adjective ("الرئيس المصري"); not an envoy or an adviser of one. */
const STATE_OFFICES: ReadonlySet<string> = new Set(['رئيس', 'ملك', 'أمير', 'وزير', 'مرشد', 'سلطان', 'عاهل', 'متحدث'].map(fold));

/** Adjectives of praise after a title (folded): "الملك المفدى", "المدرب المخضرم", "الفنان القدير". */
const PRAISE: ReadonlySet<string> = new Set(['المفدى', 'المخضرم', 'القدير', 'المحنك', 'الشهير', 'المعروف', 'الكبير'].map(fold));

/** The role is one definite word, a title with nothing after it ("المبعوث", "المتحدثة"). */
function bareTitle(role: string | null): boolean {
  return role !== null && !/\s/u.test(role.trim()) && DEFINITE_START.test(fold(role.trim()));
}

export function gendersAgree(cue: CueGender, speaker: CueGender): boolean {
  if (cue === 'unknown' || speaker === 'unknown') return true;
  return cue === speaker;
}

export class SpeakerMemory {
  private readonly history: KnownSpeaker[] = [];

  /** Body paragraph of the sentence being read (for bodies named nearby); -1 for the headline. */
  paragraph = -1;

  /** Entity name → the fuller name a sentence of this article gave the same person ("محمد درويش" → "دين محمد درويش"). */
  private readonly fullerNames = new Map<string, string>();

  constructor(private readonly lookup: EntityLookup) {}

  remember(speaker: KnownSpeaker): void {
    this.history.push(speaker);
    if (!speaker.nested) this.lastSpokeIn = this.sentence;
  }

  /** Sentence of the latest speaker remembered (not nested); -1 before any. */
  private lastSpokeIn = -1;

  /** Index of the body sentence being read. */
  sentence = -1;
  /**
   * The person the previous sentence narrated about as its verb's subject ("والتقى … ليبرمان …"),
   * set by findStatements; a subject-less cue in the very next sentence continues him.
   */
  narrative: { speaker: KnownSpeaker; sentence: number } | null = null;

  /** The role the person was last quoted with, if any. */
  roleOf(name: string): string | null {
    return this.byName(name)?.role ?? null;
  }

  /** The latest speaker agreeing with a subject-less cue of `gender`. */
  continuation(gender: CueGender): KnownSpeaker | null {
    const narrated = this.narrative;
    // "وسيترك بلاتر منصبه. وقال فالكه إن…، واعترف أن…": someone who already spoke in this sentence
    // is its subject still; the person the sentence before narrated about is not.
    if (narrated !== null && narrated.sentence === this.sentence - 1 && this.lastSpokeIn !== this.sentence && gendersAgree(gender, narrated.speaker.gender)) return narrated.speaker;
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
      const s = this.history[k]!;
      if (s.nested) continue;
      if (gendersAgree(gender, s.gender)) return s;
    }
    return null;
  }

  /**
   * The latest person agreeing in gender, quoted in their own words: one the entity analysis knows
   * as a person, or an office holder known by role only ("وزير الشؤون الإسلامية"); not a body, a
   * place, an anonymous source or a stray word read as a name.
   */
  lastPerson(gender: CueGender): KnownSpeaker | null {
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
      const s = this.history[k]!;
      if (s.nested) continue;
      const named = s.name !== null && s.knownPerson === true;
      const office = s.name === null && s.kind === 'role' && s.roleHead !== null && !ANONYMOUS_HEADS.has(s.roleHead);
      if (!named && !office) continue;
      if (gendersAgree(gender, s.gender)) return s;
    }
    return null;
  }

  /** Full speaker for a parsed span, with names canonicalized and references resolved. */
  resolveParsed(parsed: ParsedSpeaker, cueGender: CueGender): KnownSpeaker {
    // A subject of two takes dual verbs after it, whatever the form of the verb before it.
    const gender = parsed.gender !== 'unknown' ? parsed.gender : headsTwo(parsed.role ?? parsed.name) ? 'plural' : cueGender;
    const base: KnownSpeaker = {
      name: parsed.name,
      role: parsed.role,
      gender,
      kind: parsed.kind,
      roleHead: parsed.roleHead,
      roleAdjectives: parsed.roleAdjectives,
      roleGovernments: parsed.roleGovernments,
      orgHead: null,
      ...(parsed.titleHead !== undefined ? { titleHead: parsed.titleHead } : {}),
    };
    switch (parsed.kind) {
      case 'person':
      case 'name': {
        const entity = parsed.name ? this.lookup.resolve(parsed.name, 'person') ?? this.lookup.resolve(parsed.name) : null;
        if (entity) {
          // "دين محمد درويش" found as the known "محمد درويش": the fuller name the sentence gives is kept.
          if (parsed.name && fullerName(parsed.name, entity.name)) this.fullerNames.set(entity.name, parsed.name);
          // A later "وأضاف درويش" is the same man: he keeps the fuller name once the article gave it.
          base.name = this.fullerNames.get(entity.name) ?? entity.name;
          if (entity.type === 'person') base.knownPerson = true;
          // "وأكد الخطيب": the role given when the person was introduced still holds.
          // So does an office given then, when the words now give only a title ("وقال الدكتور السديري"
          // after "وكيل الوزارة لشؤون المساجد الدكتور توفيق السديري").
          if (!base.role || parsed.bareTitle === true) {
            const earlier = this.byName(entity.name);
            if (earlier && (!base.role || earlier.role)) {
              base.role = earlier.role;
              // The office comes with the role: a later reference to another office ("وزير الخارجية"
              // after "نائب وزير الخارجية … وزاد ريابكوف") must still see that this man is the deputy.
              base.roleHead = earlier.roleHead;
              base.roleAdjectives = earlier.roleAdjectives;
              base.roleGovernments = earlier.roleGovernments;
              if (earlier.titleHead !== undefined) base.titleHead = earlier.titleHead;
              if (base.gender === 'unknown') base.gender = earlier.gender;
            }
          }
        }
        // A bare surname seen before ("الخطيب") takes the full name of the earlier speaker.
        if (!entity && parsed.kind === 'name' && parsed.name) {
          const earlier = this.byNameSuffix(parsed.name);
          if (earlier) {
            base.name = earlier.name;
            if (!base.role) base.role = earlier.role;
            if (base.gender === 'unknown') base.gender = earlier.gender;
          }
        }
        if (entity && entity.type !== 'person') base.kind = 'org';
        return base;
      }
      case 'org': {
        const entity = parsed.name ? this.lookup.resolve(parsed.name) : null;
        // "مكتب رئيس الوزراء … أوغلو" names an office, not the person in it.
        if (entity && entity.type !== 'person') base.name = entity.name;
        base.orgHead = parsed.name ? findIn(ANAPHORIC_ORG_HEADS, fold(parsed.name.split(' ')[0]!)) : null;
        return base;
      }
      case 'org-anaphor': {
        const head = parsed.roleHead;
        for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
          const s = this.history[k]!;
          if (s.kind === 'org' && s.orgHead !== null && head !== null && s.orgHead === head) return { ...s, role: s.role };
        }
        // "نفت الهيئة" after "هيئة تحرير الشام" was named, though not as a speaker: the one body with
        // that head noun named in this paragraph or the one before. It stays an anaphor, so that a
        // later "البيان" still looks for the body that issued it, not for the agency that relayed it.
        const named = head !== null && this.paragraph >= 0 ? this.lookup.organizationByHead(head, this.paragraph) : null;
        if (named) return { ...base, name: named.name };
        return base;
      }
      case 'place':
        return base;
      case 'honorific': {
        // "وأكد سموه", "وأوضح معاليه": the person this article last quoted, when his title or office
        // is one that honour is given to (سمو a prince, معالي a minister…); else the honorific stays
        // the role with no name (the last speaker may be a quoted verse or another official).
        const earlier = this.lastPerson(gender);
        return earlier && honourFits(parsed.role ?? '', earlier) ? earlier : base;
      }
      case 'document': {
        // "وأكد البيان": a statement speaks for its issuer, the organization or government that spoke last.
        for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
          const s = this.history[k]!;
          // The document's own gender, not the issuer's: "وأكد البيان … وأضاف أن…" continues it.
          if ((s.kind === 'org' || s.kind === 'place') && s.name) return { ...s, role: parsed.role, gender };
        }
        return base;
      }
      case 'role': {
        // "متحدث باسم الرئيس … إردوغان" holds no office of the principal's: nobody to look up.
        // Nor does "مصادر مقربة من رئيس الحكومة", "مسؤول مقرب من الرئيس حسن روحاني": the one the
        // source is close to is not the source.
        if (parsed.spokespersonOf === true || closeToSomeone(parsed.role)) return base;
        const found = parsed.role ? this.lookup.resolve(parsed.role, 'person') : null;
        // The entity analysis matches a role inside a longer title ("وزير الخارجية الروسي" inside
        // "نائب وزير الخارجية الروسي"): a person who already spoke under another office is not this one.
        // "مستشار العبادي", "مساعد وزير الخارجية سامي العلي": a person named inside an aide's role is
        // the principal he serves, not the speaker.
        const principal = found !== null && parsed.roleHead !== null && AIDE_HEADS.has(parsed.roleHead) && namedInside(parsed.role!, found);
        const entity = found && !principal && this.holdsOffice(found.name, parsed.roleHead) ? found : null;
        if (entity) {
          base.name = entity.name;
          return base;
        }
        const earlier = this.byRole(parsed, gender);
        if (earlier) {
          base.name = earlier.name;
          // Keep the fuller role of the two: the earlier one usually has the affiliation.
          if (earlier.role && (!base.role || earlier.role.length > base.role.length)) base.role = earlier.role;
          return base;
        }
        // "وأكد الرئيس المصري…" after "الرئيس عبد الفتاح السيسي" named, not as a speaker: the one person
        // of the article the gazetteer knows as speaking for that state, holding that title.
        const holder = this.stateHolder(parsed);
        if (holder) {
          base.name = holder;
          return base;
        }
        // "وقال الوزير…" after "والتقى وزير الخارجية المصري سامح شكري…": the office names the one
        // person the article titled so in this paragraph or the two before, though he had not spoken.
        const titled = this.titledPerson(parsed);
        if (titled) base.name = titled;
        return base;
      }
    }
  }

  /**
   * A role named before its name ("لكن متحدثة باسم الخارجية حذرت… وقالت الناطقة باسم الخارجية هيذر
   * ناورت…"): an unnamed role speaker takes the name of the next named speaker, within
   * MAX_FORWARD statements, that holds the same office and agrees in gender. Anonymous sources and
   * generic heads (مسؤول) never do: they are usually other people. Mutates the speakers in place.
   */
  static resolveForward(speakers: readonly KnownSpeaker[]): void {
    for (let i = 0; i < speakers.length; i++) {
      const s = speakers[i]!;
      if (s.name !== null || s.kind !== 'role' || s.roleHead === null) continue;
      if (ANONYMOUS_HEADS.has(s.roleHead) || GENERIC_HEADS.has(s.roleHead)) continue;
      let first = true;
      for (let k = i + 1; k < Math.min(speakers.length, i + 1 + MAX_FORWARD); k++) {
        const later = speakers[k]!;
        if (later === s) continue;
        // "كان وزير الخارجية الروسي شدد على… وقال لافروف…": the very next speaker, named bare (no
        // role of his own) and of the same gender, is the holder of an office that has an
        // affiliation (a nisba or a country). Only the first other speaker: later ones are new voices.
        const nextBareName = first && later.kind === 'name' && later.role === null && later.name !== null && later.knownPerson === true &&
          (s.roleAdjectives.length > 0 || s.roleGovernments.length > 0) && s.gender !== 'unknown' && later.gender === s.gender;
        first = false;
        if (nextBareName) {
          s.name = later.name;
          break;
        }
        if (later.name === null || later.kind !== 'person') continue;
        if (officeOf(later.roleHead) !== officeOf(s.roleHead) || !gendersAgree(s.gender, later.gender)) continue;
        // One shared word of affiliation is enough: spellings vary (الأمريكية / الأميركية). A later
        // bare title ("وقال المبعوث بريت مكجورك" after "المبعوث الأمريكي الخاص لدى التحالف") has none to share.
        if (s.roleAdjectives.length > 0 && !((bareTitle(later.role) && SINGLE_HOLDER_OFFICES.has(officeOf(s.roleHead)!)) || s.roleAdjectives.some((a) => later.roleAdjectives.includes(a)))) continue;
        s.name = later.name;
        break;
      }
    }
  }

  /**
   * The one person titled with this definite office nearby (context.ts personByTitle), when the
   * office is a post someone holds: not an anonymous or generic head ("المسؤول"), not an indefinite
   * phrase ("وزير سابق"), and not a person who already spoke under another office.
   */
  private titledPerson(parsed: ParsedSpeaker): string | null {
    const head = parsed.roleHead;
    if (head === null || parsed.role === null || this.paragraph < 0 || ANONYMOUS_HEADS.has(head) || ANONYMOUS_OFFICIALS.has(head)) return null;
    if (indefinitePhrase(parsed.role)) return null;
    const person = this.lookup.personByTitle(parsed.role, this.paragraph);
    return person !== null && this.holdsOffice(person.name, head) ? person.name : null;
  }

  /** A definite office of one state ("الرئيس المصري", "وزير الخارجية السعودي") → its known holder in the article. */
  private stateHolder(parsed: ParsedSpeaker): string | null {
    const head = officeOf(parsed.roleHead);
    if (head === null || !STATE_OFFICES.has(head) || parsed.roleGovernments.length !== 1 || parsed.role === null || indefinitePhrase(parsed.role)) return null;
    // The office is the role without its state's adjective: "وزير الخارجية" of "وزير الخارجية الروسي"
    // (not without "الخارجية", which is shaped like one).
    const words = parsed.role.trim().split(/\s+/u);
    while (words.length > 1 && this.lookup.governmentOf(words[words.length - 1]!) !== null) words.pop();
    const holder = this.lookup.holderFor(parsed.roleGovernments[0]!, fold(words.join(' ')))?.name ?? null;
    // A deputy who spoke under his own office is not the minister (his alias may hold the minister's title).
    return holder !== null && this.holdsOffice(holder, parsed.roleHead) ? holder : null;
  }

  /**
   * False when the person's latest speech gave a specific office other than `head` (a deputy is
   * not the minister); true when the person has not spoken, spoke without a role, or `head` is
   * generic (مسؤول) or anonymous.
   */
  private holdsOffice(name: string, head: string | null): boolean {
    if (head === null || GENERIC_HEADS.has(head) || ANONYMOUS_HEADS.has(head)) return true;
    const earlier = this.byName(name);
    if (!earlier || earlier.roleHead === null) return true;
    return officeOf(earlier.roleHead) === officeOf(head) || (earlier.titleHead !== undefined && officeOf(earlier.titleHead) === officeOf(head));
  }

  private byName(name: string): KnownSpeaker | null {
    const fuller = this.fullerNames.get(name);
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
      const s = this.history[k]!;
      if ((s.name === name || (fuller !== undefined && s.name === fuller)) && s.role) return s;
    }
    return null;
  }

  private byNameSuffix(name: string): KnownSpeaker | null {
    const folded = fold(name);
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
      const s = this.history[k]!;
      if (!s.name || s.kind === 'org') continue;
      const known = fold(s.name);
      if (known !== folded && (known.endsWith(' ' + folded) || known.startsWith(folded + ' '))) return s;
    }
    return null;
  }

  private byRole(parsed: ParsedSpeaker, gender: CueGender): KnownSpeaker | null {
    const head = parsed.roleHead;
    if (head === null) return null;
    // "محلل"/"خبير" introduce an unnamed voice, but "المحلل"/"الخبير" point back to one named earlier;
    // sources and witnesses (مصدر، شهود) stay unnamed either way.
    const definite = parsed.role !== null && DEFINITE_START.test(fold(parsed.role));
    if (ANONYMOUS_HEADS.has(head) && !(definite && REFERRING_WHEN_DEFINITE.has(head) && parsed.gender !== 'plural')) return null;
    const generic = GENERIC_HEADS.has(head);
    // "قال مسؤول أمريكي", "مسؤول كبير", "مسؤول في الوزارة": an indefinite official introduces someone
    // new, never the minister named before ("المسؤول الأمريكي" may point back; so may "وزير الخارجية",
    // definite by its iḍāfa).
    if (ANONYMOUS_OFFICIALS.has(head) && parsed.role !== null && indefinitePhrase(parsed.role)) return null;
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - MAX_LOOKBACK); k--) {
      const s = this.history[k]!;
      if (!s.name || s.kind === 'org' || s.kind === 'place') continue;
      if (!gendersAgree(gender, s.gender)) continue;
      // "الرئيس" after "المتحدث باسم الرئاسة سامي العلي": the head is never his own spokesman.
      if (head === F_RAIS && officeOf(s.roleHead) === F_MUTAHADDITH) continue;
      const sameHead = officeOf(s.roleHead) === officeOf(head) || (s.titleHead !== undefined && officeOf(s.titleHead) === officeOf(head));
      // "المسؤول التركي" matches a role with التركي, or with any word standing for the same government ("وزير خارجية تركيا").
      // Words of praise ("الملك المفدى", "المدرب المخضرم") describe; they match anyone.
      const adjectives = parsed.roleAdjectives.filter((a) => !PRAISE.has(a));
      const adjectivesMatch =
        adjectives.every((a) => s.roleAdjectives.includes(a)) ||
        // "وزير النظام السوري" ~ "وزير الخارجية السوري": the nisbas agree, other words may differ.
        nisbasAgree(adjectives, s.roleAdjectives) ||
        (parsed.roleGovernments.length > 0 && parsed.roleGovernments.every((g) => s.roleGovernments.includes(g)));
      if (sameHead && adjectivesMatch) return s;
      // "المسؤول الحكومي" → the minister named earlier: an official adjective has no nisba to compare,
      // so it takes the latest named holder of a government office, never a party's or a company's man.
      if (generic && onlyOfficial(parsed.roleAdjectives)) {
        if (governmentOffice(s)) return s;
        continue;
      }
      if (generic && s.roleHead !== null && !ANONYMOUS_HEADS.has(s.roleHead) && parsed.roleAdjectives.length > 0 && adjectivesMatch) return s;
      if (generic && parsed.roleAdjectives.length === 0 && s.roleHead !== null && !ANONYMOUS_HEADS.has(s.roleHead)) return s;
    }
    return null;
  }
}
