/**
 * Field mapping for JSON/JSONL records (`--map title=…,body=…,url=…,date=…,reference=…,outlet=…`).
 * Each target field has a list of record fields tried in order; `--map` replaces the list of the
 * targets it names. The defaults fit common dumps, SaudiNewsNet included
 * (`title`, `content`, `url`, `date_extracted`, `source`).
 *
 * Dates: `date` is the article's own publication date and overrides what extraction finds;
 * `reference` is a crawl or dump date: it is never shown as the publication date, it only resolves
 * relative dates ("أمس") when the article states no date of its own, and orders undated articles.
 * SaudiNewsNet's `date_extracted` is the crawl time, so it maps to `reference`.
 */
import type { Result } from '../core/types.js';

export type TargetField = 'title' | 'body' | 'url' | 'date' | 'reference' | 'outlet';

export type FieldMap = Record<TargetField, readonly string[]>;

export const DEFAULT_FIELD_MAP: FieldMap = {
  title: ['title', 'headline'],
  body: ['body', 'content', 'text', 'article', 'articleBody'],
  url: ['url', 'link', 'href'],
  date: ['publishedAt', 'published_at', 'datePublished', 'pubDate', 'date'],
  reference: ['date_extracted', 'crawledAt', 'crawled_at', 'fetchedAt'],
  outlet: ['outlet', 'source', 'site', 'publisher'],
};

const TARGETS = Object.keys(DEFAULT_FIELD_MAP) as TargetField[];

/** `title=headline,body=text` → a map with those two replaced. Field paths may use dots (`meta.url`). */
export function parseFieldMap(spec: string | undefined | null): Result<FieldMap, 'bad-map'> {
  const map: FieldMap = { ...DEFAULT_FIELD_MAP };
  if (!spec) return { ok: true, value: map };
  for (const part of spec.split(',')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf('=');
    const target = (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim() as TargetField;
    const field = eq === -1 ? '' : trimmed.slice(eq + 1).trim();
    if (!TARGETS.includes(target)) {
      return { ok: false, reason: 'bad-map', message: `unknown target "${target}" (expected one of ${TARGETS.join(', ')})` };
    }
    // `date=` with nothing after it switches a target off.
    map[target] = field ? field.split('|').map((f) => f.trim()).filter(Boolean) : [];
  }
  return { ok: true, value: map };
}

export interface MappedRecord {
  title: string | null;
  body: string | null;
  url: string | null;
  date: string | null;
  reference: string | null;
  outlet: string | null;
}

function lookup(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | null {
  for (const field of fields) {
    const value = lookup(record, field);
    if (typeof value === 'string' && value.trim().length > 0) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

export function mapRecord(record: Record<string, unknown>, map: FieldMap): MappedRecord {
  return {
    title: firstString(record, map.title),
    body: firstString(record, map.body),
    url: firstString(record, map.url),
    date: firstString(record, map.date),
    reference: firstString(record, map.reference),
    outlet: firstString(record, map.outlet),
  };
}

/**
 * A record date as Marsad writes dates: `2015-07-21 02:51:32` → `2015-07-21T02:51:32`,
 * `2015-07-21T02:51:32+03:00` → `2015-07-21T02:51:32` (the outlet's own clock, as extraction does),
 * `2015-07-21` stays. Anything else is not a date Marsad can trust: null.
 */
export function recordDate(value: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?/u.exec(value.trim());
  if (!match) return null;
  const [, day, time, seconds] = match;
  if (!time) return day!;
  return `${day}T${time}${seconds ?? ''}`;
}
