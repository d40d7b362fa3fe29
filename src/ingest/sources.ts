/**
 * Turning the command line's inputs into work items, streaming: files, folders (recursive),
 * URLs, `.json` arrays, `.jsonl`, and `.zip` archives of those. Every problem becomes a
 * `failure` event that says where (file, line or entry) and why; reading goes on with the next
 * record or file whenever that makes sense.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { readInput } from '../cli/input.js';
import { InputError } from '../core/errors.js';
import type { InputFormat } from '../core/types.js';
import { MAX_INPUT_BYTES } from '../extract/decode.js';
import { contentHashOf } from '../store/store.js';
import { type FieldMap, mapRecord } from './fields.js';
import { type JsonPiece, splitJsonArray, splitJsonLines } from './json-stream.js';
import type { WorkItem } from './prepare.js';
import { zipEntries } from './zip.js';

export type SourceEvent =
  | { type: 'item'; file: string; item: WorkItem }
  | { type: 'failure'; file: string; where: string; reason: string; message: string }
  | { type: 'skipped'; file: string; reason: string };

export interface PlannedInput {
  /** The absolute path (symlinks resolved) or the URL. */
  target: string;
  kind: 'file' | 'url';
  bytes: number;
}

export interface Plan {
  inputs: PlannedInput[];
  totalBytes: number;
  /** Inputs that do not exist or cannot be listed. */
  problems: { input: string; message: string }[];
}

const DOCUMENT_FORMATS: Record<string, InputFormat> = { '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html' };
const COLLECTIONS = new Set(['.json', '.jsonl', '.ndjson', '.zip']);

const extensionOf = (name: string): string => path.extname(name).toLowerCase();
const isSupported = (name: string): boolean => extensionOf(name) in DOCUMENT_FORMATS || COLLECTIONS.has(extensionOf(name));

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file (it may have been moved or deleted)';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return e.message ?? String(error);
}

/** Lists every file to read (folders walked recursively in name order, hidden entries skipped). */
export async function planInputs(args: readonly string[]): Promise<Plan> {
  const plan: Plan = { inputs: [], totalBytes: 0, problems: [] };
  const seen = new Set<string>();
  const addFile = (target: string, bytes: number): void => {
    if (seen.has(target)) return;
    seen.add(target);
    plan.inputs.push({ target, kind: 'file', bytes });
    plan.totalBytes += bytes;
  };
  const walk = async (dir: string, visited: Set<string>): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      plan.problems.push({ input: dir, message: describe(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      try {
        const real = await realpath(full);
        const info = await stat(real);
        if (info.isDirectory()) {
          if (!visited.has(real)) await walk(real, new Set([...visited, real]));
        } else if (info.isFile() && isSupported(entry.name)) addFile(real, info.size);
      } catch (error) {
        plan.problems.push({ input: full, message: describe(error) });
      }
    }
  };
  for (const arg of args) {
    if (/^https?:\/\//iu.test(arg)) {
      plan.inputs.push({ target: arg, kind: 'url', bytes: 0 });
      continue;
    }
    try {
      const real = await realpath(path.resolve(arg));
      const info = await stat(real);
      if (info.isDirectory()) await walk(real, new Set([real]));
      else addFile(real, info.size);
    } catch (error) {
      plan.problems.push({ input: arg, message: describe(error) });
    }
  }
  return plan;
}

export interface ReadOptions {
  map: FieldMap;
  /** Called with the number of input bytes consumed (of the plan's totalBytes). */
  onBytes?: (bytes: number) => void;
  /** Stops reading between records. */
  signal?: AbortSignal;
}

/** Work items and failures for every planned input, in order. */
export async function* readPlanned(plan: Plan, options: ReadOptions): AsyncGenerator<SourceEvent> {
  for (const input of plan.inputs) {
    if (options.signal?.aborted) return;
    if (input.kind === 'url') yield* readUrl(input.target);
    else yield* readFileInput(input.target, input.bytes, options);
  }
}

async function* readUrl(url: string): AsyncGenerator<SourceEvent> {
  try {
    const doc = await readInput(url, 'auto', url);
    const content = typeof doc.content === 'string' ? Buffer.from(doc.content) : doc.content;
    yield {
      type: 'item',
      file: url,
      item: { kind: 'document', source: url, origin: url, contentHash: contentHashOf(content), content, format: doc.format, url },
    };
  } catch (error) {
    const reason = error instanceof InputError ? error.reason : 'unreachable';
    yield { type: 'failure', file: url, where: url, reason, message: (error as Error).message };
  }
}

async function* readFileInput(file: string, bytes: number, options: ReadOptions): AsyncGenerator<SourceEvent> {
  const ext = extensionOf(file);
  if (ext === '.zip') {
    yield* readZip(file, bytes, options);
    return;
  }
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
    let stream: Readable;
    try {
      stream = await openStream(file);
    } catch (error) {
      yield { type: 'failure', file, where: file, reason: 'unreadable', message: describe(error) };
      return;
    }
    yield* readCollection(stream, file, file, ext, options);
    return;
  }
  if (bytes > MAX_INPUT_BYTES) {
    yield { type: 'failure', file, where: file, reason: 'too-large', message: `file too large (${(bytes / 1048576).toFixed(1)} MB; one article may be at most ${MAX_INPUT_BYTES / 1048576} MB)` };
    options.onBytes?.(bytes);
    return;
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    yield { type: 'failure', file, where: file, reason: 'unreadable', message: describe(error) };
    options.onBytes?.(bytes);
    return;
  }
  options.onBytes?.(bytes);
  yield { type: 'item', file, item: documentItem(file, file, content, DOCUMENT_FORMATS[ext] ?? 'auto') };
}

function documentItem(source: string, origin: string, content: Uint8Array, format: InputFormat): WorkItem {
  return { kind: 'document', source, origin, contentHash: contentHashOf(content), content, format, url: null };
}

/** Opens a file for streaming; resolves once it is open, so a missing file fails here. */
function openStream(file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    stream.once('open', () => resolve(stream));
    stream.once('error', reject);
  });
}

async function* textChunks(stream: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    onBytes?.(buf.length);
    const text = decoder.write(buf);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Records of one JSON or JSONL stream. `file` is the input the records are counted under,
 * `container` names them in sources (`<file>#<n>` or `<zip>!/<entry>#<n>` when they have no URL).
 */
async function* readCollection(stream: Readable, file: string, container: string, ext: string, options: ReadOptions): AsyncGenerator<SourceEvent> {
  const chunks = textChunks(stream, options.onBytes);
  const pieces: AsyncGenerator<JsonPiece> = ext === '.json' ? splitJsonArray(chunks) : splitJsonLines(chunks);
  let lastLine = 1;
  try {
    for await (const piece of pieces) {
      lastLine = piece.line;
      const where = `${container}:${piece.line}`;
      if (!piece.ok) {
        yield { type: 'failure', file, where, reason: 'json-syntax', message: piece.fatal ? `${piece.message} (the rest of the file is not read)` : piece.message };
        if (piece.fatal) return;
        continue;
      }
      if (typeof piece.value !== 'object' || piece.value === null || Array.isArray(piece.value)) {
        yield { type: 'failure', file, where, reason: 'not-a-record', message: 'expected a JSON object (one article)' };
        continue;
      }
      const fields = mapRecord(piece.value as Record<string, unknown>, options.map);
      if (!fields.body) {
        yield { type: 'failure', file, where, reason: 'no-body', message: `record ${piece.index + 1} has no body (looked for ${options.map.body.join(', ') || 'nothing: body is unmapped'})` };
        continue;
      }
      const json = JSON.stringify(piece.value);
      const source = fields.url ?? `${container}#${piece.index + 1}`;
      yield { type: 'item', file, item: { kind: 'record', source, origin: where, contentHash: contentHashOf(json), json, fields } };
      if (options.signal?.aborted) return;
    }
  } catch (error) {
    yield { type: 'failure', file, where: `${container}:${lastLine}`, reason: 'read-error', message: `reading stopped after line ${lastLine}: ${describe(error)}` };
  } finally {
    stream.destroy();
  }
}

async function* readZip(file: string, bytes: number, options: ReadOptions): AsyncGenerator<SourceEvent> {
  try {
    let consumed = 0;
    const entryOptions: ReadOptions = { ...options, onBytes: undefined };
    for await (const entry of zipEntries(file)) {
      if (options.signal?.aborted) return;
      const container = `${file}!/${entry.name}`;
      const ext = extensionOf(entry.name);
      const share = Math.min(entry.compressedSize, Math.max(0, bytes - consumed));
      consumed += share;
      if (!isSupported(entry.name) || ext === '.zip') {
        yield { type: 'skipped', file, reason: ext === '.zip' ? 'zip inside a zip' : `unsupported type ${ext || '(none)'}` };
        options.onBytes?.(share);
        continue;
      }
      let stream: Readable;
      try {
        stream = await entry.open();
      } catch (error) {
        yield { type: 'failure', file, where: container, reason: 'corrupt-zip', message: `cannot read this entry: ${describe(error)}` };
        options.onBytes?.(share);
        continue;
      }
      if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
        for await (const event of readCollection(stream, file, container, ext, entryOptions)) {
          if (event.type === 'failure' && event.reason === 'read-error') yield { ...event, reason: 'corrupt-zip' };
          else yield event;
        }
      } else if (entry.uncompressedSize > MAX_INPUT_BYTES) {
        stream.destroy();
        yield { type: 'failure', file, where: container, reason: 'too-large', message: `entry too large (${(entry.uncompressedSize / 1048576).toFixed(1)} MB)` };
      } else {
        try {
          const parts: Buffer[] = [];
          for await (const chunk of stream) parts.push(chunk as Buffer);
          yield { type: 'item', file, item: documentItem(container, container, Buffer.concat(parts), DOCUMENT_FORMATS[ext] ?? 'auto') };
        } catch (error) {
          yield { type: 'failure', file, where: container, reason: 'corrupt-zip', message: `cannot read this entry: ${describe(error)}` };
        }
      }
      options.onBytes?.(share);
    }
    options.onBytes?.(Math.max(0, bytes - consumed));
  } catch (error) {
    yield { type: 'failure', file, where: file, reason: 'corrupt-zip', message: `not a readable zip archive: ${describe(error)}` };
  }
}
