import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type JsonPiece, splitJsonArray, splitJsonLines } from './json-stream.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(gen: AsyncGenerator<JsonPiece>): Promise<JsonPiece[]> {
  const out: JsonPiece[] = [];
  for await (const piece of gen) out.push(piece);
  return out;
}

describe('splitJsonArray', () => {
  const text = '[\n  {"title": "أ", "body": "نص فيه } و ] و \\" داخل السلسلة"},\n  {"title": "ب",\n   "body": "سطر"}\n]\n';

  it('yields each element with its line, whatever the chunk boundaries', async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const pieces = await collect(splitJsonArray(chunked(text, size)));
      assert.equal(pieces.length, 2, `chunk size ${size}`);
      assert.ok(pieces.every((p) => p.ok));
      assert.deepEqual(
        pieces.map((p) => p.line),
        [2, 3],
      );
      assert.deepEqual((pieces[0] as { value: unknown }).value, { title: 'أ', body: 'نص فيه } و ] و " داخل السلسلة' });
    }
  });

  it('reports a bad element at its line and reads the next one', async () => {
    const bad = '[\n{"a": 1},\n{"a": 2,\n "b": tru},\n{"a": 3}\n]';
    const pieces = await collect(splitJsonArray(chunked(bad, 5)));
    assert.deepEqual(
      pieces.map((p) => p.ok),
      [true, false, true],
    );
    const failure = pieces[1] as Extract<JsonPiece, { ok: false }>;
    assert.equal(failure.fatal, false);
    assert.ok(failure.line === 3 || failure.line === 4, `line ${failure.line}`);
    assert.match(failure.message, /JSON syntax error/u);
  });

  it('finds the line of a structural error deep in a large file', async () => {
    const records = Array.from({ length: 30_000 }, (_, i) => `{"n": ${i}}`);
    const broken = '[\n' + records.slice(0, 29_999).join(',\n') + '\n{"n": "missing comma before me"}\n]';
    const pieces = await collect(splitJsonArray(chunked(broken, 4096)));
    const failure = pieces.at(-1) as Extract<JsonPiece, { ok: false }>;
    assert.equal(failure.ok, false);
    assert.equal(failure.fatal, true);
    assert.equal(failure.line, 30_001);
    assert.equal(pieces.filter((p) => p.ok).length, 29_999);
  });

  it('reads a single top-level object as one record', async () => {
    const pieces = await collect(splitJsonArray(chunked('\uFEFF {"title": "x"} ', 3)));
    assert.equal(pieces.length, 1);
    assert.deepEqual((pieces[0] as { value: unknown }).value, { title: 'x' });
  });

  it('reports files that are not arrays of records, and unclosed data', async () => {
    for (const [input, pattern] of [
      ['', /empty file/u],
      ['"just a string"', /expected a JSON array/u],
      ['[1, 2]', /expected a record/u],
      ['[{"a": 1}', /never closed/u],
      ['[{"a": 1}, {"b": ', /never closed/u],
      ['[{"a": 1}] x', /after the end/u],
    ] as const) {
      const pieces = await collect(splitJsonArray(chunked(input, 4)));
      const last = pieces.at(-1);
      assert.ok(last && !last.ok, input);
      assert.match((last as { message: string }).message, pattern, input);
    }
    assert.deepEqual(await collect(splitJsonArray(chunked('[]', 1))), []);
  });
});

describe('splitJsonLines', () => {
  it('parses each non-blank line and reports bad lines by number', async () => {
    const text = '{"a": 1}\r\n\n{"a": \n{"a": 3}';
    const pieces = await collect(splitJsonLines(chunked(text, 3)));
    assert.deepEqual(
      pieces.map((p) => [p.ok, p.line]),
      [
        [true, 1],
        [false, 3],
        [true, 4],
      ],
    );
  });
});
