/**
 * Every stored statement as JSON Lines or CSV (`marsad export statements`): the store is read a
 * page at a time (Store.statementPage), and each page becomes one chunk of text, so an export of a
 * million statements holds one page in memory.
 */
import type { Store } from '../store/store.js';
import type { StatementPageQuery, StatementRow } from '../store/types.js';
import { csvRecord, type CsvValue, UTF8_BOM } from './csv.js';

export type ExportFormat = 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv'];

/** Rows per store page: large enough that per-query overhead vanishes, small enough to stay a few hundred KB. */
export const EXPORT_PAGE_SIZE = 1000;

export type StatementFilters = Omit<StatementPageQuery, 'after' | 'limit'>;

/** The CSV header, one flat column per field; `statement_index` with `article_id` identifies a statement. */
export const STATEMENT_CSV_COLUMNS = [
  'article_id',
  'source',
  'outlet',
  'title',
  'published_at',
  'statement_date',
  'sort_date',
  'speaker_name',
  'speaker_role',
  'cue',
  'direct',
  'negated',
  'text',
  'duplicate_of',
  'story_id',
  'sentence',
  'statement_index',
] as const;

export function statementCsvValues(row: StatementRow): CsvValue[] {
  const a = row.article;
  const byColumn: Record<(typeof STATEMENT_CSV_COLUMNS)[number], CsvValue> = {
    article_id: a.id,
    source: a.source,
    outlet: a.outlet,
    title: a.title,
    published_at: a.publishedAt,
    statement_date: row.date,
    sort_date: row.sortDate,
    speaker_name: row.speaker.name,
    speaker_role: row.speaker.role,
    cue: row.cue,
    direct: row.direct,
    negated: row.negated,
    text: row.text,
    duplicate_of: a.duplicateOf,
    story_id: a.storyId,
    sentence: row.sentence,
    statement_index: row.index,
  };
  return STATEMENT_CSV_COLUMNS.map((column) => byColumn[column]);
}

/**
 * One JSON Lines record. The object is rebuilt field by field so that the keys come in the same
 * order whatever backend produced the row (and nothing a backend adds leaks into the file).
 */
export function statementJsonLine(row: StatementRow): string {
  const a = row.article;
  const record = {
    speaker: { name: row.speaker.name, role: row.speaker.role },
    cue: row.cue,
    text: row.text,
    direct: row.direct,
    negated: row.negated,
    date: row.date,
    sortDate: row.sortDate,
    sentence: row.sentence,
    index: row.index,
    article: { id: a.id, source: a.source, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, duplicateOf: a.duplicateOf, storyId: a.storyId },
  };
  return JSON.stringify(record) + '\n';
}

/** Every matching statement, a page at a time, in the store's export order. */
export async function* statementPages(store: Store, filters: StatementFilters = {}, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<StatementRow[]> {
  let after: string | null = null;
  do {
    const page = await store.statementPage({ ...filters, after, limit: pageSize });
    if (page.rows.length > 0) yield page.rows;
    after = page.next;
  } while (after !== null);
}

export interface StatementExportOptions {
  format: ExportFormat;
  filters?: StatementFilters;
  /** CSV only: start with a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
  pageSize?: number;
  /** Called with the number of rows in each page as it is formatted. */
  onRows?: (count: number) => void;
}

/** The export as text chunks: the CSV header (and BOM) first, then one chunk per page. */
export async function* statementExportChunks(store: Store, options: StatementExportOptions): AsyncGenerator<string> {
  if (options.format === 'csv') yield (options.bom ? UTF8_BOM : '') + csvRecord(STATEMENT_CSV_COLUMNS);
  const line = options.format === 'csv' ? (row: StatementRow) => csvRecord(statementCsvValues(row)) : statementJsonLine;
  for await (const rows of statementPages(store, options.filters ?? {}, options.pageSize ?? EXPORT_PAGE_SIZE)) {
    options.onRows?.(rows.length);
    yield rows.map(line).join('');
  }
}
