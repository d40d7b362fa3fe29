/**
 * The day a statement was made, when the sentence says it next to the cue.
 *
 * Only dates of the cue's own clause count: between the start of that clause and the start of the
 * content ("وقال الوزير أمس السبت إن…"), or a date phrase that stands alone before the clause
 * ("ويوم الثلاثاء، أكدت الوزارة أن…"). A date inside the content belongs to the events reported
 * ("قال إن الهجوم وقع في 5 آذار") and is never taken; nor is one of an earlier clause
 * ("قُتل ثلاثة أمس، وقال الوزير…").
 */
import type { DateMatch } from '../../arabic/dates/index.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/u;
/** What may precede a stand-alone date phrase before the cue's clause: a conjunction, "في". */
const LEAD_IN = /^[\s،,؛;]*(?:[وف]\s*)?(?:في\s*)?$/u;
/** What may follow it: a comma and spaces. */
const LEAD_OUT = /^[\s،,؛;]*$/u;

export interface CueRegion {
  regionStart: number;
  clauseStart: number;
  regionEnd: number;
  cueStart: number;
  cueEnd: number;
}

/**
 * "لـ«اليوم»", "لصحيفة "اليوم"": a relative day word in quotation marks or right after لـ is the
 * name of a newspaper (اليوم of Dammam), not today (74 SaudiNewsNet statements were dated by it).
 */
// Quote marks touching the word on both sides: `لـ"الرياض" اليوم "إن…"` has marks around اليوم too,
// but spaced, closing one quotation and opening the next.
const QUOTE_BEFORE = /[«"“”'‘]$/u;
const QUOTE_AFTER = /^[»"“”'’]/u;
const OUTLET_WORD_BEFORE = /(?:^|\s)(?:لـ?|صحيفة|جريدة)\s*[«"“”'‘]?\s*$/u;

function namesAnOutlet(text: string, d: DateMatch): boolean {
  if (d.kind !== 'relative') return false;
  const before = text.slice(Math.max(0, d.start - 10), d.start);
  // Quoted on both sides ("«اليوم»"), or after لـ or a newspaper noun: an opening quote alone may
  // open the reported words ("قال اليوم «إن…»" keeps its date).
  return (QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(text.slice(d.end, d.end + 3))) || OUTLET_WORD_BEFORE.test(before);
}

/** The full-day date nearest to the cue among those attached to it, as 'YYYY-MM-DD', or null. */
export function cueDate(dates: readonly DateMatch[], text: string, r: CueRegion): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  // Dates come sorted by start: binary-search the first one in the region, so that a sentence with
  // many statements and many dates stays linear overall.
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]!.start < r.regionStart) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < dates.length && dates[k]!.start < r.regionEnd; k++) {
    const d = dates[k]!;
    if (d.iso === null || !ISO_DAY.test(d.iso)) continue;
    if (namesAnOutlet(text, d)) continue;
    const inClause = d.start >= r.clauseStart && d.end <= r.regionEnd;
    const leading =
      !inClause &&
      d.start >= r.regionStart &&
      d.end <= r.clauseStart &&
      LEAD_IN.test(text.slice(r.regionStart, d.start)) &&
      LEAD_OUT.test(text.slice(d.end, r.clauseStart));
    if (!inClause && !leading) continue;
    const distance = d.start >= r.cueEnd ? d.start - r.cueEnd : d.end <= r.cueStart ? r.cueStart - d.end : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = d.iso.slice(0, 10);
    }
  }
  return best;
}
