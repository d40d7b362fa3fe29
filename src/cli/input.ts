/**
 * Reading one input for a CLI verb: a file path, an http(s) URL, or `-` for standard input.
 * Every failure becomes an InputError naming the input, so the CLI prints one line.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { InputFormat, RawDoc } from '../core/types.js';
import { MAX_INPUT_BYTES } from '../extract/decode.js';

/** A URL that does not answer within this time is reported as unreachable. */
export const FETCH_TIMEOUT_MS = 15_000;

export async function readInput(arg: string, format: InputFormat, url: string | null): Promise<RawDoc> {
  if (arg === '-') return { content: await readStdin(), format, url, origin: '<stdin>' };
  if (/^https?:\/\//iu.test(arg)) return fetchInput(arg, format);
  const path = resolve(arg);
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new InputError(arg, 'is a directory (analyze takes one article; use `marsad ingest` for folders)', 'not-a-file');
    size = s.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(arg, describeFsError(err), 'unreadable');
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(arg, `file too large (${(size / 1048576).toFixed(1)} MB; the limit for one article is ${MAX_INPUT_BYTES / 1048576} MB)`, 'too-large');
  }
  const content = await readFile(path);
  const guessed = format === 'auto' && /\.(?:html?|xhtml)$/iu.test(path) ? 'html' : format === 'auto' && /\.txt$/iu.test(path) ? 'text' : format;
  return { content, format: guessed, url, origin: arg };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw new InputError('<stdin>', `input too large (over ${MAX_INPUT_BYTES / 1048576} MB)`, 'too-large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function fetchInput(url: string, format: InputFormat): Promise<RawDoc> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers: { 'user-agent': 'Marsad/0.1 (+news monitor)' } });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new InputError(url, `unreachable (${cause?.code ?? cause?.message ?? (err as Error).message})`, 'unreachable');
  }
  if (!response.ok) throw new InputError(url, `HTTP ${response.status} ${response.statusText}`.trim(), 'http-error');
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_INPUT_BYTES) throw new InputError(url, `response too large (${(declared / 1048576).toFixed(1)} MB)`, 'too-large');
  const content = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type');
  const guessed = format === 'auto' && contentType?.includes('html') ? 'html' : format;
  return { content, format: guessed, url: response.url || url, contentType, origin: url };
}

function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (err as Error).message;
}
