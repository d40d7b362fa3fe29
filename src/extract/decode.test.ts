import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeDocument } from './decode.js';
import { InputError } from '../core/errors.js';

const repo = join(import.meta.dirname, '..', '..', '..');

test('a windows-1256 page declared by <meta http-equiv> decodes to Arabic', () => {
  const bytes = readFileSync(join(repo, 'demo', 'corpus', 'mashhad-2021-03-08-bread.html'));
  const decoded = decodeDocument({ content: bytes, format: 'auto' });
  assert.equal(decoded.format, 'html');
  assert.equal(decoded.charset, 'windows-1256');
  assert.match(decoded.text, /الخبز/u);
});

test('the HTTP charset wins over the guess', () => {
  const bytes = iconv.encode('<p>مرحبا بكم في الموقع</p>', 'windows-1256');
  const decoded = decodeDocument({ content: bytes, format: 'html', contentType: 'text/html; charset=windows-1256' });
  assert.match(decoded.text, /مرحبا بكم/u);
});

test('a UTF-8 BOM is dropped and text is detected', () => {
  const decoded = decodeDocument({ content: Buffer.from('\uFEFFقال الوزير', 'utf8'), format: 'auto' });
  assert.equal(decoded.text, 'قال الوزير');
  assert.equal(decoded.format, 'text');
});

test('whitespace only is empty', () => {
  assert.throws(() => decodeDocument({ content: Buffer.from(' \n\t ', 'utf8'), format: 'auto', origin: 'x.txt' }), InputError);
});
