/**
 * One input → one PreparedArticle: analysis (src/analyze), search keys and the MinHash
 * fingerprint. Pure and synchronous, so it runs the same inline or in a worker thread; failures
 * are values with a reason, never exceptions.
 */
import { analyze } from '../analyze/analyze.js';
import { shiftDay } from '../arabic/dates/calendar.js';
import { decodeCharacterReferences } from '../extract/text/char-refs.js';
import { InputError } from '../core/errors.js';
import type { AnalyzeResult, InputFormat } from '../core/types.js';
import { articleKeys } from '../store/keys.js';
import type { PreparedArticle } from '../store/types.js';
import { type MappedRecord, recordDate } from './fields.js';

export type WorkItem =
  | {
      kind: 'document';
      source: string;
      origin: string;
      contentHash: string;
      content: Uint8Array;
      format: InputFormat;
      url: string | null;
    }
  | {
      kind: 'record';
      source: string;
      origin: string;
      contentHash: string;
      /** The record as canonical JSON: what is kept as the original. */
      json: string;
      fields: MappedRecord;
    };

export type PrepareResult = { ok: true; article: PreparedArticle } | { ok: false; reason: string; message: string };

export function prepare(item: WorkItem): PrepareResult {
  try {
    return { ok: true, article: item.kind === 'document' ? prepareDocument(item) : prepareRecord(item) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: 'internal', message: `analysis failed: ${(error as Error).message}` };
  }
}

function prepareDocument(item: Extract<WorkItem, { kind: 'document' }>): PreparedArticle {
  const record = analyze({ content: item.content, format: item.format, url: item.url, origin: item.origin });
  // A tag or archive page of teasers is not an article: storing it would put other stories'
  // sentences under one made-up record. Reported as a failure with its reason.
  if (record.listingItems) throw new InputError(item.origin, `${record.warnings[0] ?? 'a listing page'}; not stored`, 'listing');
  return finish(record, item.source, item.contentHash, item.content, item.format === 'html' ? 'html' : 'text', null);
}

function prepareRecord(item: Extract<WorkItem, { kind: 'record' }>): PreparedArticle {
  const f = item.fields;
  const reference = recordDate(f.reference)?.slice(0, 10) ?? null;
  return finish(analyzeRecord(f, item.origin), item.source, item.contentHash, item.json, 'json-record', reference);
}

/**
 * A dump's record analyzed as ingest stores it (also what `npm run eval` judges claims on): the
 * title line then the body, the record's own fields over what extraction guessed.
 */
export function analyzeRecord(f: MappedRecord, origin: string): AnalyzeResult {
  const published = recordDate(f.date);
  const reference = recordDate(f.reference)?.slice(0, 10) ?? null;
  // The title line then the body, as a text dump would have them; extraction then finds the
  // paragraphs, and the record's own fields win over what it guessed.
  const content = f.title ? `${f.title}\n${f.body ?? ''}` : (f.body ?? '');
  // A record's own date field is its publication date, and the day relative dates count from.
  // Without one, a date the body gives may be an event's: only a day in the week before the
  // collection day (or the day after it) can be the article's.
  const publishedDay = published?.slice(0, 10);
  // A day of slack after the collection day: a crawl stamped in UTC may precede the local date.
  const window = publishedDay ? { from: publishedDay, to: publishedDay } : reference ? collectionWindow(reference) : undefined;
  const analyzed = analyze(
    { content, format: 'text', url: f.url, origin, record: true, outlet: f.outlet },
    { reference: publishedDay ?? reference, referenceIsCollection: publishedDay === undefined, ...(window ? { publishedWithin: window } : {}) },
  );
  return {
    ...analyzed,
    // A feed's title may carry escaped characters ("&quot;"), which the body's extraction decodes.
    title: f.title ? decodeCharacterReferences(f.title) : analyzed.title,
    publishedAt: published ?? analyzed.publishedAt,
    outlet: f.outlet ?? analyzed.outlet,
    url: f.url ?? analyzed.url,
  };
}

/**
 * Days before its collection day that a record's article may have been published: dumps of daily
 * crawls hold the week's articles (SaudiNewsNet's first crawl day has stories of the six days
 * before it; of its 759 dates found in bodies, 127 fall after the collection day and 190 more than
 * a week before it, all of them dates of events: 1998, 2012, next February's FIFA vote).
 */
export const RECORD_DATE_WINDOW_DAYS = 7;

/** The days a record collected on `reference` may have been published: the week before it, to the day after. */
function collectionWindow(reference: string): { from: string; to: string } | undefined {
  const from = shiftDay(reference, -RECORD_DATE_WINDOW_DAYS);
  const to = shiftDay(reference, 1);
  return from && to ? { from, to } : undefined;
}

function finish(
  record: AnalyzeResult,
  source: string,
  contentHash: string,
  original: Uint8Array | string,
  originalFormat: string,
  referenceDate: string | null,
): PreparedArticle {
  return { source, contentHash, original, originalFormat, record, referenceDate, ...articleKeys(record.title, record.body) };
}

