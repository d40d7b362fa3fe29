/**
 * The reporter's byline and dateline opening a story, "عبدالله الراجحي- سبق- جدة:", "سبق- أبها:",
 * "فهد العتيبي- سبق:" (1,236 SaudiNewsNet articles of one outlet open so). It stays in the body a
 * reader sees, but the analysis must not read it: the reporter became a person of the article, and
 * a later "وأضاف البقمي" went to the reporter متعب البقمي rather than the official عائض البقمي.
 */
import { normalize } from '../arabic/normalize.js';
import { STOPWORDS } from '../arabic/lexicons/stopwords.js';
import { expandCountries } from '../lexicons/gazetteer/countries.js';
import { expandPlaces } from '../lexicons/gazetteer/places.js';

/** Cities and capitals, normalized: where a byline without a colon must end. */
const KNOWN_PLACES: ReadonlySet<string> = new Set([
  ...expandPlaces().flatMap((p) => [p.name, ...p.variants]),
  ...expandCountries().flatMap((c) => c.capitals),
].map((name) => normalize(name.replace(/^~/u, ''))));

/**
 * Up to four words of a name, then one or two segments of one or two words (outlet, city), dashes
 * between, a colon after; or the same standing alone as the paragraph ("عبدالكريم الحمد ـ الرياض",
 * the story on the next line). A tatweel set off by spaces ("ـ") is a dash there.
 */
// Words are separated by required spaces: with optional ones, a long run of letters could be split
// into words in exponentially many ways before the match failed.
const DASH = String.raw`(?:[-–—]|(?<=[ \t])ـ(?=[ \t]))`;
const BYLINE = new RegExp(
  String.raw`^[ \t]*([\p{L}\p{M}.]+(?:[ \t]+[\p{L}\p{M}.]+){0,3})[ \t]*${DASH}[ \t]*([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]*` +
    String.raw`(?:${DASH}[ \t]*([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]*)?(?:\([^()\n]{1,40}\))?[ \t]*(?:[:：]|$)`,
  'u',
);

/**
 * The paragraph with a leading byline blanked out (same length, so offsets into it still hold), or
 * the paragraph itself. Segments holding a function word ("قدر من رب العالمين - سبحانه - أن
 * يتصارعا:") are prose, not a byline.
 */
export function maskByline(paragraph: string): string {
  const m = BYLINE.exec(paragraph);
  if (!m) return paragraph;
  const words = [m[1], m[2], m[3]].filter((s): s is string => s !== undefined).flatMap((s) => normalize(s).split(/\s+/u)).filter(Boolean);
  if (words.some((w) => STOPWORDS.has(w))) return paragraph;
  // Without a colon the line is a byline only when it ends on a city ("عبدالكريم الحمد ـ الرياض"):
  // "ترامب - كيم", "الهلال ـ النصر" are headlines.
  const withColon = /[:：]\s*$/u.test(m[0]);
  if (!withColon && !KNOWN_PLACES.has(normalize((m[3] ?? m[2])!.trim()))) return paragraph;
  return ' '.repeat(m[0].length) + paragraph.slice(m[0].length);
}
