/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a comma, a double quote, CR or LF, and its double quotes doubled. Text is written
 * as it is (UTF-8 when encoded): Arabic needs no escaping, and a newline inside a statement stays
 * inside its quoted field.
 */

/** Prepended to a file so that Excel reads it as UTF-8 (without it, Arabic shows as mojibake). */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 ends every record with CRLF; spreadsheets and CSV readers accept it everywhere. */
export const CSV_RECORD_END = '\r\n';

/** What a cell may hold: null and undefined become an empty field, booleans `true`/`false`. */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/u;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF included. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_RECORD_END;
}

/**
 * Reads CSV back into records of fields (RFC 4180: quoted fields may hold commas, quotes doubled,
 * CR and LF). Records may end with CRLF or LF; a final record end is optional. A leading BOM is not
 * removed: it is part of the first field unless the caller strips it. Used to check exports and to
 * read CSV corpora (the ANS stance pairs in eval/).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      endField();
      records.push(record);
      record = [];
      if (c === '\r') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
