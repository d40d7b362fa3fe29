/**
 * Resolving a surface form to an entity of the article, and a place/nisba/state body to the
 * government it stands for. Used by statements to name speakers ("قال الخطيب", "أعلنت أنقرة").
 */
import type { Entity, EntityType } from '../../core/types.js';
import { lexicon, phraseTokens, writtenWithTaMarbuta } from './lexicon.js';
import { analyzeWord } from './tokens.js';

/** Words that may precede a government marker in a state body: "وزارة الخارجية التركية". */
const STATE_BODY_HEADS = new Set(
  [
    'الحكومة', 'حكومة', 'الخارجية', 'خارجية', 'الداخلية', 'الدفاع', 'وزارة', 'الوزارة', 'الرئاسة', 'رئاسة',
    'الجيش', 'جيش', 'القوات', 'قوات', 'البرلمان', 'برلمان', 'مجلس', 'السلطات', 'سلطات', 'السفارة', 'سفارة',
    'القنصلية', 'المخابرات', 'الاستخبارات', 'البحرية', 'الشرطة', 'النيابة', 'الديوان', 'الدولة', 'النظام',
    'الجانب', 'الوفد', 'وفد', 'البعثة', 'بعثة', 'الرئيس', 'رئيس', 'وزير', 'الوزير', 'المتحدث', 'الناطق',
    // Women hold the same offices: "المتحدثة باسم الخارجية الكينية" speaks for Kenya.
    'الرئيسة', 'رئيسة', 'وزيرة', 'الوزيرة', 'المتحدثة', 'الناطقة', 'السفيرة', 'سفيرة',
  ].map((w) => phraseTokens(w)[0] as string),
);

/**
 * Bound on the two memos below. Both map a surface form to a value that depends on the lexicon
 * only, so they may be shared by every article; the statement parser asks about the same few
 * surfaces (names, roles, capitals) many times per article, and normalizing and tokenizing them
 * each time was a tenth of its cost. Cleared when full, like the word cache in tokens.ts.
 */
const MEMO_LIMIT = 20_000;
const phraseMemo = new Map<string, readonly string[]>();
const governmentMemo = new Map<string, string | null>();

/** `phraseTokens(surface)`, memoized; the array is shared, so it is read-only. */
function surfaceTokens(surface: string): readonly string[] {
  let tokens = phraseMemo.get(surface);
  if (tokens === undefined) {
    if (phraseMemo.size >= MEMO_LIMIT) phraseMemo.clear();
    tokens = phraseTokens(surface);
    phraseMemo.set(surface, tokens);
  }
  return tokens;
}

const COUNCIL = phraseTokens('مجلس')[0] as string;
const BOARD = phraseTokens('إدارة')[0] as string;

/** The country/government a surface form stands for, or null ("أنقرة"/"التركي" → تركيا). */
export function governmentOf(surface: string): string | null {
  const memo = governmentMemo.get(surface);
  if (memo !== undefined) return memo;
  const government = computeGovernmentOf(surface);
  if (governmentMemo.size >= MEMO_LIMIT) governmentMemo.clear();
  governmentMemo.set(surface, government);
  return government;
}

function computeGovernmentOf(surface: string): string | null {
  const lex = lexicon();
  const tokens = surfaceTokens(surface);
  if (tokens.length === 0) return null;
  const whole = tokens.join(' ');
  // "مالية" folds to the capital "ماليه" but is written with ة: the adjective, not a place.
  if (lex.haOnlyKeys.has(whole) && writtenWithTaMarbuta(surface)) return null;
  const direct = lex.governments.get(whole);
  if (direct) return direct;
  if (lex.stateless.has(whole)) return null;
  // Proclitics on the first word: "لأنقرة", "والتركي".
  const firstForms = analyzeWord(tokens[0] as string).forms;
  for (const form of firstForms.slice(1)) {
    const key = [form.key, ...tokens.slice(1)].join(' ');
    const g = lex.governments.get(key);
    if (g) return g;
    if (lex.stateless.has(key)) return null;
  }
  // A state body: the first word is a head and a later phrase is a country marker.
  const head = firstForms.some((f) => STATE_BODY_HEADS.has(f.key));
  if (!head) return null;
  // "مجلس إدارة اتحاد كرة القدم المصري": a board of directors governs a company or a club, not a state.
  if (tokens[1] === BOARD && firstForms.some((f) => f.key === COUNCIL)) return null;
  for (let end = tokens.length; end > 1; end--) {
    for (let start = 1; start < end; start++) {
      const g = lex.governments.get(tokens.slice(start, end).join(' '));
      if (g) return g;
    }
  }
  return null;
}

export interface ResolveOptions {
  type?: EntityType | EntityType[];
}

/** Builds `resolve()` over the entities of one article. */
export function makeResolver(entities: readonly Entity[]) {
  // Indexes are built on the first call: most analyses never resolve anything.
  let built = false;
  const lex = lexicon();
  const exact = new Map<string, number[]>();
  const lastPart = new Map<string, number[]>();
  const firstPart = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number): void => {
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (!list.includes(index)) list.push(index);
  };
  const build = (): void => {
    built = true;
    entities.forEach((e, index) => {
      push(exact, surfaceTokens(e.name).join(' '), index);
      for (const a of e.aliases) push(exact, surfaceTokens(a).join(' '), index);
      if (e.type === 'person') {
        const parts = surfaceTokens(e.name);
        if (parts.length >= 2) {
          push(lastPart, parts[parts.length - 1] as string, index);
          if (!lex.connectors.has(parts[0] as string)) push(firstPart, parts[0] as string, index);
        }
      }
    });
  };

  const allowed = (options?: ResolveOptions): ((e: Entity) => boolean) => {
    const t = options?.type;
    if (t === undefined) return () => true;
    const set = new Set(Array.isArray(t) ? t : [t]);
    return (e) => set.has(e.type);
  };

  const pick = (list: number[] | undefined, ok: (e: Entity) => boolean): Entity | null => {
    if (!list) return null;
    const hits = list.map((i) => entities[i] as Entity).filter(ok);
    // Two different people with the same surname: the surname alone does not say which.
    return hits.length === 1 ? (hits[0] as Entity) : null;
  };

  const lookup = (tokens: readonly string[], ok: (e: Entity) => boolean): Entity | null => {
    const key = tokens.join(' ');
    const hit = pick(exact.get(key), ok);
    if (hit) return hit;
    if (tokens.length === 1) return pick(lastPart.get(key), ok) ?? pick(firstPart.get(key), ok);
    return null;
  };

  return function resolve(surface: string, options?: ResolveOptions): Entity | null {
    if (!built) build();
    const ok = allowed(options);
    const tokens = surfaceTokens(surface);
    if (tokens.length === 0) return null;
    const direct = lookup(tokens, ok);
    if (direct) return direct;
    // Proclitics on the first word ("والخطيب", "لأنقرة").
    for (const form of analyzeWord(tokens[0] as string).forms.slice(1)) {
      const hit = lookup([form.key, ...tokens.slice(1)], ok);
      if (hit) return hit;
    }
    // A title before a name ("الوزير الخطيب", "الرئيس السوري بشار الأسد"): try each suffix.
    for (let start = 1; start < tokens.length; start++) {
      const hit = lookup(tokens.slice(start), ok);
      if (hit && hit.type === 'person') return hit;
    }
    // A capital, nisba or state body standing for a country of the article.
    const country = governmentOf(surface);
    if (country) {
      const c = entities.find((e) => e.type === 'country' && e.name === country && ok(e));
      if (c) return c;
    }
    return null;
  };
}
