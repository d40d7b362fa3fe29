/**
 * Stories of several days on one page. A news lead names its day relative to the reporter's today:
 * "أعلن الجيش اليوم السبت …", "قتل جنديان أمس الأحد …". One article is written on one day, so its
 * "اليوم <weekday>" and "أمس <weekday>" all point at one today (a quoted earlier report may add a
 * second). A tag or section page that prints the leads of many stories, without headlines or
 * dates, names many different todays, spread over the whole page.
 *
 * Measured on the 2,429 Baly pages: no page labelled `article` in the gold sets reaches three todays
 * with the most common one under half of the mentions; the pages that do are tag pages, section
 * pages, month digests and glued teaser lists. An article followed by related teasers reaches three
 * todays too, but its own today is named first and the others sit together in the tail, hence the
 * share, the spread and `storyThenTeasers`.
 */
import { datedOpeningEnd, opensWithStamp, type Block } from './blocks.js';

/**
 * "اليوم السبت", "امس الاحد", on search-normalized text (hamza folded, ة→ه): the relative word, an
 * optional article, a weekday. The `u` flag: the pattern is Arabic text.
 */
const RELATIVE_WEEKDAY = /(?:^|\s)(اليوم|امس|البارحه)\s+(?:ال)?(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?=\s|$)/gu;
const WEEKDAYS = ['احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت'];
/**
 * Pre-filter on a block's normalized text, one scan without captures: most lines name no day (the
 * literal start lets the engine skip ahead). The `u` flag: Arabic.
 */
const MAY_NAME_A_DAY = /(?:اليوم|امس|البارحه)\s+(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?=\s|$)/u;

/** At least this many different todays … */
const MIN_TODAYS = 3;
/** … over at least this many mentions … */
const MIN_MENTIONS = 4;
/** … with the most common today at most this share of them … */
const MAX_TOP_SHARE = 0.5;
/** … and the mentions spread over at least this share of the page's lines. */
const MIN_SPREAD = 0.5;

/** The weekday (0 = Sunday) a relative mention implies for the writer's today. */
function todayOf(relative: string, weekday: string): number {
  const day = WEEKDAYS.indexOf(weekday);
  return relative === 'اليوم' ? day : (day + 1) % 7;
}

export function storiesOfSeveralDays(blocks: readonly Block[]): boolean {
  const found: { today: number; at: number }[] = [];
  const counts = new Map<number, number>();
  blocks.forEach((b, i) => {
    if (!MAY_NAME_A_DAY.test(b.norm)) return;
    for (const m of b.norm.matchAll(RELATIVE_WEEKDAY)) {
      const today = todayOf(m[1]!, m[2]!);
      counts.set(today, (counts.get(today) ?? 0) + 1);
      found.push({ today, at: i });
    }
  });
  if (counts.size < MIN_TODAYS || found.length < MIN_MENTIONS) return false;
  const top = Math.max(...counts.values());
  if (top > MAX_TOP_SHARE * found.length) return false;
  if (found[found.length - 1]!.at - found[0]!.at + 1 < MIN_SPREAD * blocks.length) return false;
  return !storyThenTeasers(found, blocks.length);
}

/** Related teasers sit in the last part of the page. */
const TAIL_SHARE = 1 / 3;

/**
 * A story that names its own day, then a strip of related teasers of other days at the foot of the
 * page: the first-named day comes before every other, and the others all sit in the page's tail.
 */
function storyThenTeasers(found: readonly { today: number; at: number }[], blocks: number): boolean {
  const own = found[0]!.today;
  const others = found.filter((f) => f.today !== own);
  const lastOwn = Math.max(...found.filter((f) => f.today === own).map((f) => f.at));
  return others.every((f) => f.at > lastOwn && f.at >= blocks * (1 - TAIL_SHARE));
}

/** A teaser is a date and a lead sentence: more words than a date line. */
const DATED_TEASER_MIN_WORDS = 12;
const MIN_DATED_TEASERS = 3;
/** "24 يوليو 2016 : <event>": a colon after the date makes an entry of a timeline, one article. */
const TIMELINE_COLON = /^\s*[:：]/u;

/**
 * A tag page or an author's page that prints each item as its date (often with a clock) and its
 * lead: "السبت , 13 يناير 2018 - 5 : 18 ص أعلنت …", ". . . الأحد 13 ربيع الثاني 1439 ه - - 31 ديسمبر
 * 2017 م دعت …". A chronology running forward is one text (blocks.ts unmarks its entries), and so is
 * a timeline whose entries put a colon after the date, whatever their order.
 */
export function datedTeasers(blocks: readonly Block[]): boolean {
  let n = 0;
  for (const b of blocks) {
    // A feed's machine stamp makes a teaser of a shorter lead too (see blocks.ts).
    if (!b.opensStory || b.chronologyEntry || (b.words <= DATED_TEASER_MIN_WORDS && !opensWithStamp(b.text))) continue;
    const end = datedOpeningEnd(b.text);
    if (end < 0 || TIMELINE_COLON.test(b.text.slice(end))) continue;
    if (++n >= MIN_DATED_TEASERS) return true;
  }
  return false;
}
