/**
 * Bytes → text, and the input checks that must fail with one clear line: empty, too large,
 * binary, undecodable. Charset: BOM, then the HTTP header, then `<meta charset>` for HTML;
 * plain text must be UTF-8 (legacy-encoded text files carry no declaration we could trust).
 */
import iconv from 'iconv-lite';
import type { InputFormat, RawDoc } from '../core/types.js';
import { InputError } from '../core/errors.js';

/** Pages above this size are not news articles; refusing them keeps memory and time bounded. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** How far into the file we look for NUL bytes and a charset declaration. */
const SNIFF_BYTES = 8192;

export interface DecodedDocument {
  text: string;
  format: Exclude<InputFormat, 'auto'>;
  charset: string;
}

export function decodeDocument(doc: RawDoc): DecodedDocument {
  const origin = doc.origin ?? (doc.url || '<input>');
  if (typeof doc.content === 'string') {
    const text = doc.content.replace(/^\uFEFF/u, '');
    checkNotEmpty(text, origin);
    return { text, format: resolveFormat(doc.format, text), charset: 'utf-8' };
  }
  const bytes = doc.content;
  if (bytes.length === 0) throw new InputError(origin, 'empty file', 'empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(origin, `file too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit for one article is ${MAX_INPUT_BYTES / 1048576} MB)`, 'too-large');
  }
  if (looksBinary(bytes)) throw new InputError(origin, 'binary file (not text or HTML)', 'binary');
  const head = latin1(bytes.subarray(0, SNIFF_BYTES));
  const format = resolveFormat(doc.format, head);
  const charset = detectCharset(bytes, head, format, doc.contentType ?? null);
  const text = decodeBytes(bytes, charset, origin);
  checkNotEmpty(text, origin);
  return { text, format, charset };
}

function checkNotEmpty(text: string, origin: string): void {
  if (text.trim() === '') throw new InputError(origin, 'empty file (only whitespace)', 'empty');
}

function resolveFormat(format: InputFormat, head: string): 'text' | 'html' {
  if (format !== 'auto') return format;
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<div[\s>])/iu.test(head.slice(0, 1024)) ||
    /<(?:p|div|article|body)[\s>][\s\S]*<\/(?:p|div|article|body)>/iu.test(head)
    ? 'html'
    : 'text';
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Control characters other than tab, newline, form feed, carriage return and ESC.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control / Math.max(n, 1) > 0.05;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function detectCharset(bytes: Uint8Array, head: string, format: 'text' | 'html', contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader.toLowerCase();
  if (format === 'html') {
    const meta =
      /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1] ??
      /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/iu.exec(head)?.[1];
    if (meta) return meta.toLowerCase();
  }
  return 'utf-8';
}

function decodeBytes(bytes: Uint8Array, charset: string, origin: string): string {
  const name = charset === 'iso-8859-6' || charset === 'arabic' ? 'iso-8859-6' : charset;
  if (name === 'utf-8' || name === 'utf8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
    } catch {
      throw new InputError(origin, 'invalid UTF-8 (the file is not UTF-8 text and declares no other charset)', 'bad-encoding');
    }
  }
  if (!iconv.encodingExists(name)) throw new InputError(origin, `unknown charset "${charset}"`, 'bad-encoding');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name).replace(/^\uFEFF/u, '');
}
