/**
 * Streaming readers for JSON collections, so that memory stays flat however large the file:
 * - `splitJsonArray`: the elements of a top-level JSON array (or one top-level object), each as
 *   its own text with the line it starts on. Only strings, escapes and bracket depth are tracked
 *   here; each element is then checked by JSON.parse, so a bad element is reported with its line
 *   and the next element is read normally. A broken structure (text outside the array, an element
 *   never closed) ends the file with an error at its line.
 * - `splitLines`: the lines of a JSONL file with their numbers.
 */

export type JsonPiece =
  | { ok: true; value: unknown; text: string; line: number; index: number }
  | { ok: false; line: number; index: number | null; message: string; fatal: boolean };

/** One element larger than this is refused (a sign of a file that is not a collection of articles). */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const BOM = 0xfeff;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === BOM;

/** Line of character `position` inside `text`, counting from `firstLine`. */
function lineAt(text: string, position: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === NEWLINE) line++;
  return line;
}

/** Parse one element; a syntax error names the line inside the file where it is. */
function parseElement(text: string, line: number, index: number): JsonPiece {
  try {
    return { ok: true, value: JSON.parse(text), text, line, index };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/u.exec(message);
    const at = position ? lineAt(text, Number(position[1]), line) : line;
    return { ok: false, line: at, index, message: `JSON syntax error: ${message.replace(/\s*\(line \d+ column \d+\)/u, '')}`, fatal: false };
  }
}

type Mode = 'start' | 'array-value' | 'array-after' | 'in-value' | 'single' | 'done';

export async function* splitJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<JsonPiece> {
  let mode = 'start' as Mode;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let partsLength = 0;
  let valueLine = 1;
  let index = 0;
  /** Whether the value being read is a top-level object (single-record file) rather than an element. */
  let single = false;

  for await (const chunk of chunks) {
    let valueStart = mode === 'in-value' || mode === 'single' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (mode === 'in-value' || mode === 'single') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) inString = false;
          else if (c === NEWLINE) line++;
          continue;
        }
        if (c === NEWLINE) line++;
        else if (c === QUOTE) inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) {
            parts.push(chunk.slice(valueStart, i + 1));
            const text = parts.join('');
            parts = [];
            partsLength = 0;
            valueStart = -1;
            yield parseElement(text, valueLine, index);
            index++;
            mode = single ? 'done' : 'array-after';
          }
        }
        continue;
      }
      if (isSpace(c)) {
        if (c === NEWLINE) line++;
        continue;
      }
      if (mode === 'start') {
        if (c === OPEN_BRACKET) mode = 'array-value';
        else if (c === OPEN_BRACE) {
          single = true;
          mode = 'single';
          depth = 1;
          valueStart = i;
          valueLine = line;
        } else {
          yield { ok: false, line, index: null, message: `expected a JSON array of records ("[") or one record ("{"), found "${chunk[i]}"`, fatal: true };
          return;
        }
      } else if (mode === 'array-value') {
        if (c === CLOSE_BRACKET && index === 0) mode = 'done';
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          mode = 'in-value';
          depth = 1;
          valueStart = i;
          valueLine = line;
        } else {
          yield { ok: false, line, index, message: `expected a record ("{") in the array, found "${chunk[i]}"`, fatal: true };
          return;
        }
      } else if (mode === 'array-after') {
        if (c === COMMA) mode = 'array-value';
        else if (c === CLOSE_BRACKET) mode = 'done';
        else {
          yield { ok: false, line, index, message: `expected "," or "]" after a record, found "${chunk[i]}"`, fatal: true };
          return;
        }
      } else if (mode === 'done') {
        yield { ok: false, line, index: null, message: `unexpected text after the end of the JSON data: "${chunk[i]}"`, fatal: true };
        return;
      }
    }
    if ((mode === 'in-value' || mode === 'single') && valueStart >= 0) {
      const piece = chunk.slice(valueStart);
      parts.push(piece);
      partsLength += piece.length;
      if (partsLength > MAX_RECORD_CHARS) {
        yield { ok: false, line: valueLine, index, message: `record larger than ${MAX_RECORD_CHARS / 1048576} MB`, fatal: true };
        return;
      }
    }
  }
  if (mode === 'in-value' || mode === 'single') {
    yield { ok: false, line: valueLine, index, message: 'unexpected end of file: this record is never closed', fatal: true };
  } else if (mode === 'start') {
    yield { ok: false, line, index: null, message: 'empty file: no JSON data', fatal: true };
  } else if (mode !== 'done') {
    yield { ok: false, line, index, message: 'unexpected end of file: the array is never closed ("]")', fatal: true };
  }
}

export interface Line {
  text: string;
  line: number;
}

export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  let carry = '';
  let line = 1;
  for await (const chunk of chunks) {
    let text = carry + chunk;
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      yield { text: text.slice(start, nl).replace(/\r$/u, ''), line };
      line++;
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    carry = text.slice(start);
    text = '';
    if (carry.length > MAX_RECORD_CHARS) throw new Error(`line ${line} is longer than ${MAX_RECORD_CHARS / 1048576} MB`);
  }
  if (carry.length > 0) yield { text: carry.replace(/\r$/u, ''), line };
}

/** JSONL: one record per non-blank line; a bad line is reported and the next one is read. */
export async function* splitJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<JsonPiece> {
  let index = 0;
  for await (const { text, line } of splitLines(chunks)) {
    if (text.trim().length === 0) continue;
    const piece = parseElement(text, line, index);
    index++;
    yield piece;
  }
}
