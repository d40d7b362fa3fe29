/**
 * Second stage: raw mentions of all paragraphs → the article's entities.
 *
 * Rules (in this order):
 * 1. Gazetteer mentions join the entity of their record (داعش and تنظيم الدولة are one).
 * 2. Person names with two or more parts merge when one is a prefix of the other or when first and
 *    last parts agree ("بشار الأسد" / "بشار حافظ الأسد"); the longest is the canonical name.
 * 3. One-part person mentions ("الخطيب", "سامي", "الوزير الخطيب") attach to a person whose last
 *    (else first) part they equal; alone they create a person only with strong evidence.
 * 4. Title phrases attached to a name become aliases; the same title later without a name is one
 *    more mention of that person ("المتحدث باسم الوزارة").
 * 5. An alias pass counts the remaining bare surnames, acronyms and context-only aliases (فتح after
 *    حركة فتح) in tokens no pattern claimed.
 * Comparison is on normalized tokens; names and aliases are reported as written.
 */
import type { Entity, EntityType } from '../../core/types.js';
import { lexicon, normalizedKey, type GazetteerTarget, type PhraseIndex } from './lexicon.js';
import type { ParagraphScan, RawMention } from './recognize.js';
import { surfaceOffset, type Tok } from './tokens.js';

export interface EntityMention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  entityIndex: number;
}

export interface ParagraphInput {
  /** -1 for the title, else the body paragraph index. */
  paragraph: number;
  text: string;
  toks: Tok[];
  scan: ParagraphScan;
}

/** An entity while it is being built. */
export interface EntityDraft {
  type: EntityType;
  name: string;
  key: string;
  /** Person: normalized name parts of the canonical name. */
  parts: string[];
  aliases: Map<string, string>;
  roleKeys: Set<string>;
  target: GazetteerTarget | null;
  order: number;
  /** Named from the persons gazetteer after a short form; the first full name as written replaces it. */
  provisional?: boolean;
  mentions: { paragraph: number; start: number; end: number; text: string }[];
}

interface Span {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The surface span of tokens [first, last] (after `strip` proclitic letters of the first), its
 * display form, and its comparison key (normalized words joined by spaces) built from the tokens'
 * cached normalized forms rather than by normalizing the text again.
 */
function spanOf(p: ParagraphInput, first: number, last: number, strip: number, fusedLam: boolean): Span & { display: string; key: string } {
  const a = p.toks[first] as Tok;
  const b = p.toks[last] as Tok;
  let key = '';
  for (let k = first; k <= last; k++) {
    const w = p.toks[k]?.word;
    if (!w) continue;
    let part = w.norm;
    if (k === first) for (const f of w.forms) if (f.strip === strip && f.fusedLam === fusedLam) part = f.key;
    key = key ? key + ' ' + part : part;
  }
  const start = a.start + surfaceOffset(a.text, strip);
  const end = b.end;
  const text = p.text.slice(start, end);
  // "للأمم المتحدة" is ل + "الأمم المتحدة": show the noun as written after the preposition.
  const display = fusedLam ? 'ا' + text.slice(1) : text;
  return { paragraph: p.paragraph, start, end, text, display, key };
}

/** A name worth reporting: some letters, not just punctuation or a lone letter. */
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
function isReportable(name: string): boolean {
  return TWO_LETTERS.test(name);
}

const gazetteerKeyCache = new Map<string, string>();

export class EntityMerger {
  private readonly lex = lexicon();
  readonly drafts: EntityDraft[] = [];
  private readonly byKey = new Map<string, EntityDraft>();
  private order = 0;

  constructor(private readonly paragraphs: ParagraphInput[]) {}

  run(): EntityDraft[] {
    const persons: { p: ParagraphInput; m: RawMention }[] = [];
    for (const p of this.paragraphs) {
      for (const m of p.scan.mentions) {
        if (m.type === 'person') persons.push({ p, m });
        else this.addNamed(p, m);
      }
    }
    this.surnameThenWord(persons);
    // Multi-part names first, so that one-part mentions anywhere in the article can attach to them.
    for (const { p, m } of persons) if (m.keyTokens.length >= 2) this.addPerson(p, m);
    for (const { p, m } of persons) if (m.keyTokens.length < 2) this.addPerson(p, m);
    this.resolveRoles();
    this.aliasPass();
    return this.drafts.filter((d) => d.mentions.length > 0 && isReportable(d.name));
  }

  /**
   * "فإن صالح عرف كعادته…", "إذا كان صالح سيخرج…" after "علي عبد الله صالح": a two-word name whose
   * first word is the family name of a full name (three parts or more) of this article, and whose
   * second is no listed first name and no ال-word, is that surname and the next word of the
   * sentence. The mention is cut to the surname, which then joins the full name like any bare
   * surname. Mutates the mentions in place.
   */
  private surnameThenWord(persons: { m: RawMention }[]): void {
    const surnames = new Set<string>();
    const twoWordCounts = new Map<string, number>();
    for (const { m } of persons) {
      if (m.keyTokens.length >= 3) surnames.add(m.keyTokens[m.keyTokens.length - 1]!);
      if (m.keyTokens.length === 2) twoWordCounts.set(m.keyTokens.join(' '), (twoWordCounts.get(m.keyTokens.join(' ')) ?? 0) + 1);
    }
    if (surnames.size === 0) return;
    for (const { m } of persons) {
      const [first, second] = m.keyTokens;
      if (m.keyTokens.length !== 2 || m.canonical || m.last !== m.first + 1 || !surnames.has(first!)) continue;
      // Written twice the same way, it is a name of its own.
      if (second!.startsWith('ال') || this.lex.firstNames.has(second!) || (twoWordCounts.get(m.keyTokens.join(' ')) ?? 0) > 1) continue;
      m.last = m.first;
      m.keyTokens = [first!];
    }
  }

  private draft(key: string, type: EntityType, name: string, target: GazetteerTarget | null, nameKey: string): EntityDraft {
    let d = this.byKey.get(key);
    if (!d) {
      d = { type, name, key: nameKey, parts: [], aliases: new Map(), roleKeys: new Set(), target, order: this.order++, mentions: [] };
      this.byKey.set(key, d);
      this.drafts.push(d);
    }
    return d;
  }

  private addAlias(d: EntityDraft, display: string, key: string): void {
    if (!key || key === d.key || d.aliases.has(key) || !isReportable(display)) return;
    d.aliases.set(key, display.trim());
  }

  private addNamed(p: ParagraphInput, m: RawMention): void {
    const span = spanOf(p, m.first, m.last, m.strip, m.fusedLam);
    const phraseKey = m.keyTokens.join(' ');
    const target = m.target ?? this.exactGazetteer(phraseKey);
    let d: EntityDraft;
    if (target && target.kind !== 'nisba') {
      const type: EntityType = target.kind === 'organization' ? 'organization' : target.kind === 'country' ? 'country' : 'location';
      d = this.draft(`g|${type}|${target.name}`, type, target.name, target, this.gazetteerKey(target.name));
    } else {
      d = this.draft(`${m.type}|${phraseKey}`, m.type, span.display, null, span.key);
    }
    d.mentions.push({ paragraph: span.paragraph, start: span.start, end: span.end, text: span.text });
    this.addAlias(d, span.display, span.key);
    if (m.acronym) {
      const a = spanOf(p, m.acronym.first, m.acronym.last, 0, false);
      d.mentions.push({ paragraph: a.paragraph, start: a.start, end: a.end, text: a.text });
      this.addAlias(d, a.display, a.key);
    }
  }

  /** Normalized key of a gazetteer canonical name (cached: names repeat across articles). */
  private gazetteerKey(name: string): string {
    let key = gazetteerKeyCache.get(name);
    if (key === undefined) {
      key = normalizedKey(name);
      gazetteerKeyCache.set(name, key);
    }
    return key;
  }

  private exactGazetteer(phraseKey: string): GazetteerTarget | null {
    const tokens = phraseKey.split(' ');
    const entries = this.lex.gazetteer.get(tokens[0] ?? '');
    if (!entries) return null;
    const rest = tokens.slice(1).join(' ');
    for (const e of entries) if (e.rest.join(' ') === rest && !e.value.contextOnly) return e.value;
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // Persons
  // -------------------------------------------------------------------------------------------

  private persons(): EntityDraft[] {
    return this.drafts.filter((d) => d.type === 'person');
  }

  private addPerson(p: ParagraphInput, m: RawMention): void {
    const span = spanOf(p, m.first, m.last, m.strip, m.fusedLam);
    const parts = m.keyTokens;
    // A well-known person found by a short form ("بوتين") is named by the full gazetteer name.
    const name = m.canonical ?? span.display;
    const nameKey = m.canonical ? parts.join(' ') : span.key;
    let d: EntityDraft | null = null;
    // "وأكد الجبير" after "فهد بن محمد الجبير": a well-known person's surname used alone names the
    // person of this article who bears it, not the famous one the gazetteer knows (عادل الجبير).
    const namesake = m.canonical ? this.articlePersonWithSurname(span.key, parts) : null;
    if (namesake) d = namesake;
    else if (parts.length >= 2) {
      d = this.persons().find((q) => q.parts.length >= 2 && samePerson(q.parts, parts)) ?? null;
      if (!d) {
        d = this.draft(`person|${parts.join(' ')}|${this.order}`, 'person', name, null, nameKey);
        d.parts = parts;
        if (m.canonical) d.provisional = true;
      } else if (!m.canonical && d.provisional && m.evidence === 'known') {
        // "شتاينماير" came first (named by the gazetteer); the article's own spelling wins.
        const previous = { name: d.name, key: d.key };
        d.name = span.display;
        d.key = span.key;
        d.provisional = false;
        this.addAlias(d, previous.name, previous.key);
      } else if (m.canonical && d.parts.length <= parts.length && d.name !== m.canonical && parts.length > d.parts.length) {
        const previous = { name: d.name, key: d.key };
        d.name = m.canonical;
        d.key = nameKey;
        this.addAlias(d, previous.name, previous.key);
        d.parts = parts;
      } else if (!m.canonical && (parts.length > d.parts.length || (parts.length === d.parts.length && span.display.length > d.name.length))) {
        // The longest full name is canonical; the previous one becomes an alias.
        const previous = { name: d.name, key: d.key };
        d.name = span.display;
        d.key = span.key;
        this.addAlias(d, previous.name, previous.key);
        d.parts = parts;
        d.aliases.delete(d.key);
      }
    } else {
      d = this.personByPart(parts[0] ?? '');
      // "وقالت بوينغ" after "مجموعة بوينغ الأميركية": a bare word after a cue that names an
      // organization of this article after its head noun is that organization, not a person.
      const body = d === null && m.evidence === 'cue' ? this.organizationNamed(parts[0] ?? '') : null;
      if (body) {
        body.mentions.push({ paragraph: span.paragraph, start: span.start, end: span.end, text: span.text });
        this.addAlias(body, span.display, span.key);
        return;
      }
      if (!d) {
        // One word creates a person only when it is a listed first name after a cue verb or a
        // name-like word after a title ("قالت سارة", "الرئيس أردوغان").
        if (m.evidence !== 'cue' && m.evidence !== 'title' && m.evidence !== 'honorific') return;
        d = this.draft(`person|${parts.join(' ')}|${this.order}`, 'person', name, null, nameKey);
        d.parts = parts;
      }
    }
    d.mentions.push({ paragraph: span.paragraph, start: span.start, end: span.end, text: span.text });
    this.addAlias(d, span.display, span.key);
    if (m.role) {
      const r = spanOf(p, m.role.first, m.role.last, m.role.strip, false);
      this.addAlias(d, r.display, r.key);
      d.roleKeys.add(r.key);
    }
  }

  /** The organization named "<head noun> <part> …" ("مجموعة بوينغ الأميركية" for "بوينغ"), if one. */
  private organizationNamed(part: string): EntityDraft | null {
    if (!part) return null;
    for (const d of this.drafts) {
      if (d.type !== 'organization') continue;
      const words = d.key.split(' ');
      if (words.length >= 2 && words[1] === part && this.lex.organizationHeads.has(words[0] as string)) return d;
    }
    return null;
  }

  /**
   * The one person of this article, other than the well-known `known`, whose family name is the
   * last word of `shortKey` (a gazetteer short form as written); null when none or several, or when
   * the article names the well-known person in full too.
   */
  private articlePersonWithSurname(shortKey: string, known: readonly string[]): EntityDraft | null {
    // The famous man named in full here ("وزير الخارجية عادل الجبير") keeps his surname: two people
    // bear it, and the gazetteer's choice is as good a guess as any.
    if (this.persons().some((q) => !q.provisional && q.parts.length >= 2 && samePerson(q.parts, known))) return null;
    const surname = shortKey.split(' ').pop() ?? '';
    const bearers = this.persons().filter(
      (q) => !q.provisional && q.parts.length >= 2 && q.parts[q.parts.length - 1] === surname && !samePerson(q.parts, known),
    );
    return bearers.length === 1 ? (bearers[0] as EntityDraft) : null;
  }

  /** The person whose last part (else first part) is `part`: "الخطيب", "سامي". */
  private personByPart(part: string): EntityDraft | null {
    if (!part) return null;
    const persons = this.persons();
    return (
      persons.find((q) => q.parts.length >= 2 && q.parts[q.parts.length - 1] === part) ??
      persons.find((q) => q.parts.length >= 2 && q.parts[0] === part && !this.lex.connectors.has(part)) ??
      persons.find((q) => q.parts.length === 1 && q.parts[0] === part) ??
      // A surname spelt another way than in the full name ("غيراسيموف" after "فاليري جيراسيموف").
      persons.find((q) => q.parts.length >= 2 && spellingVariants(q.parts[q.parts.length - 1] as string, part)) ??
      null
    );
  }

  /** Unnamed title phrases → the person who carried the same title earlier or later. */
  private resolveRoles(): void {
    for (const p of this.paragraphs) {
      for (const role of p.scan.roles) {
        if (role.surname !== undefined) {
          const tok = p.toks[role.surname];
          const part = tok?.word?.norm ?? '';
          let d = this.personByPart(part);
          const span = spanOf(p, role.surname, role.surname, 0, false);
          if (!d) {
            if (!role.honorific) continue;
            d = this.draft(`person|${part}|${this.order}`, 'person', span.display, null, span.key);
            d.parts = [part];
          }
          d.mentions.push({ paragraph: span.paragraph, start: span.start, end: span.end, text: span.text });
          this.addAlias(d, span.display, span.key);
          continue;
        }
        const span = spanOf(p, role.first, role.last, role.strip, false);
        const key = span.key;
        const holders = this.persons().filter((q) => q.roleKeys.has(key));
        // A title shared by two people ("الوزير") cannot say which one is meant.
        if (holders.length !== 1) continue;
        const d = holders[0] as EntityDraft;
        d.mentions.push({ paragraph: span.paragraph, start: span.start, end: span.end, text: span.text });
        for (let k = role.first; k <= role.last; k++) p.scan.claimed[k] = 1;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Alias pass
  // -------------------------------------------------------------------------------------------

  private aliasPass(): void {
    const index: PhraseIndex<EntityDraft> = new Map();
    const add = (key: string, d: EntityDraft): void => {
      const tokens = key.split(' ').filter(Boolean);
      const first = tokens[0];
      if (!first) return;
      let list = index.get(first);
      if (!list) index.set(first, (list = []));
      list.push({ rest: tokens.slice(1), value: d, haOnly: false });
      list.sort((a, b) => b.rest.length - a.rest.length);
    };
    const lex = this.lex;
    // First parts of the article's persons: a surname that is also someone's first name here
    // ("محمود عباس" and "عباس عراقجي") cannot say alone which of them is meant.
    const firstParts = new Set<string>();
    for (const d of this.drafts) if (d.type === 'person' && d.parts.length > 0) firstParts.add(d.parts[0] as string);
    for (const d of this.drafts) {
      if (d.type === 'person' && d.parts.length === 1) {
        // A one-word person found by a cue or a title ("وقال بلير إن"): later bare mentions count.
        const only = d.parts[0] as string;
        if (only.length >= 3 && !lex.firstNames.has(only) && !lex.boundaries.has(only) && !lex.notNames.has(only)) add(only, d);
      }
      if (d.type === 'person' && d.parts.length >= 2) {
        const last = d.parts[d.parts.length - 1] as string;
        // A surname that is also a first name ("محمود عباس", "سالم حمدان") counts alone too, unless
        // it is an everyday word as well ("فارس", "كريم") or another person here bears it first.
        const firstNameToo = lex.firstNames.has(last);
        const usable = !firstNameToo || (!lex.ambiguousFirstNames.has(last) && !firstParts.has(last));
        if (last.length >= 3 && !lex.connectors.has(last) && !lex.boundaries.has(last) && last !== 'الله' && usable) add(last, d);
      }
      if (d.type === 'organization') {
        for (const key of d.aliases.keys()) if (key.split(' ').length <= 3) add(key, d);
        if (d.target) for (const key of lex.contextAliases.get(d.target.name) ?? []) add(key, d);
      }
    }
    if (index.size === 0) return;
    for (const p of this.paragraphs) {
      const { toks } = p;
      const claimed = p.scan.claimed;
      for (let i = 0; i < toks.length; i++) {
        const w = toks[i]?.word;
        if (!w || claimed[i]) continue;
        let matched = false;
        for (const form of w.forms) {
          const entries = index.get(form.key);
          if (!entries) continue;
          for (const e of entries) {
            let ok = true;
            for (let k = 0; k < e.rest.length; k++) {
              const t = toks[i + 1 + k];
              if (!t?.word || claimed[i + 1 + k] || t.word.norm !== e.rest[k]) {
                ok = false;
                break;
              }
            }
            if (!ok) continue;
            // A surname followed by more name parts belongs to someone else ("الخطيب" ≠ "الخطيب الصغير").
            const last = i + e.rest.length;
            const span = spanOf(p, i, last, form.strip, form.fusedLam);
            e.value.mentions.push({ paragraph: span.paragraph, start: span.start, end: span.end, text: span.text });
            this.addAlias(e.value, span.display, span.key);
            for (let k = i; k <= last; k++) claimed[k] = 1;
            i = last;
            matched = true;
            break;
          }
          if (matched) break;
        }
      }
    }
  }
}

/** Two multi-part names of one person: one a prefix of the other, or same first and last part. */
export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((t, k) => long[k] === t)) return true;
  if (short[0] === long[0] && short[short.length - 1] === long[long.length - 1]) return true;
  // A compound first name written without its first word ("طيب أردوغان" for "رجب طيب أردوغان"): a
  // two-part name that is the last two parts of a longer one, when its first part is a first name
  // that is also an everyday word (طيب، كامل، جميل), as the second halves of compound names are. A
  // plain first name there is the father ("سامي الخطيب" is not "أحمد سامي الخطيب").
  if (short.length === 2 && long.length >= 3 && short[0] === long[long.length - 2] && short[1] === long[long.length - 1] && lexicon().ambiguousFirstNames.has(short[0] as string)) return true;
  // One transliterated name spelt two ways in one article ("فرانك فالتر شتاينماير" / "فرانك فولتر
  // شتاينماير", "جيراسيموف" / "غيراسيموف"): same parts, each equal or a spelling variant.
  return short.length === long.length && short.length >= 2 && short.every((t, k) => t === long[k] || spellingVariants(t, long[k] as string));
}

/**
 * Two spellings of one foreign name part: they differ only in long vowels written or not (و/ا/ي
 * after the first letter) and in how G is written (غ/ج/ق). Both must have five letters or more:
 * short Arabic names differ in exactly these letters (حسن/حسين, سعد/سعيد) and are different people.
 */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  const ka = spellingKey(a);
  return ka.length >= 4 && ka === spellingKey(b);
}

const G_LETTERS = /[غجق]/gu;
const INNER_VOWELS = /(?<=.)[اوي]/gu;

function spellingKey(norm: string): string {
  return norm.replace(G_LETTERS, 'ج').replace(INNER_VOWELS, '');
}

/** Drafts → the public Entity records and mentions, in order of first appearance. */
export function finish(drafts: EntityDraft[]): { entities: Entity[]; mentions: EntityMention[] } {
  const position = new Map<EntityDraft, number>();
  for (const d of drafts) position.set(d, firstPosition(d));
  const ordered = [...drafts].sort((a, b) => (position.get(a) as number) - (position.get(b) as number) || a.order - b.order);
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  ordered.forEach((d, entityIndex) => {
    const aliases: string[] = [];
    for (const [key, alias] of d.aliases) if (key !== d.key) aliases.push(alias);
    entities.push({ name: d.name, type: d.type, aliases, mentions: d.mentions.length });
    for (const m of d.mentions) mentions.push({ ...m, entityIndex });
  });
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { entities, mentions };
}

function firstPosition(d: EntityDraft): number {
  let best = Infinity;
  for (const m of d.mentions) best = Math.min(best, (m.paragraph + 1) * 1e7 + m.start);
  return best;
}
