/**
 * The `marsad` command as a user runs it: bin/marsad in a child process. Bad input must give one
 * line on stderr and a non-zero exit, never a stack trace.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const repo = join(import.meta.dirname, '..', '..', '..');
const bin = join(repo, 'bin', 'marsad');
const tmp = mkdtempSync(join(tmpdir(), 'marsad-cli-'));

function run(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertOneLineError(r: { code: number | null; stderr: string }, pattern: RegExp): void {
  assert.notEqual(r.code, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line expected, got: ${r.stderr}`);
  assert.match(lines[0]!, /^marsad: /u);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /u, 'no stack trace');
}

test('analyze --json prints the DESIGN.md §3 record', () => {
  const r = run(['analyze', join(repo, 'demo', 'corpus', 'afaq-2021-01-12-sarkis-no-subsidy-lift.txt'), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout) as Record<string, unknown>;
  for (const key of ['title', 'publishedAt', 'outlet', 'section', 'hashtags', 'url', 'body', 'entities', 'statements', 'warnings']) {
    assert.ok(key in record, `missing ${key}`);
  }
  assert.equal(record.publishedAt, '2021-01-12T18:05:00');
  assert.equal(record.title, 'وزير الطاقة: لا رفع للدعم عن المحروقات هذا العام');
});

test('analyze reads standard input and prints a readable summary', () => {
  const text = 'وزير الصحة: الوضع تحت السيطرة\nقال وزير الصحة إن الوضع الصحي في البلاد تحت السيطرة، مؤكداً أن المستشفيات مستعدة لاستقبال جميع الحالات في الأيام المقبلة.\n';
  const r = run(['analyze', '-'], text);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /العنوان: وزير الصحة: الوضع تحت السيطرة/u);
  assert.match(r.stdout, /التاريخ: —/u, 'a text without a date gets no date');
});

test('an empty file', () => {
  const p = join(tmp, 'empty.txt');
  writeFileSync(p, '');
  assertOneLineError(run(['analyze', p]), /empty/u);
});

test('a binary file', () => {
  const p = join(tmp, 'image.bin');
  writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  assertOneLineError(run(['analyze', p]), /binary/u);
});

test('a file that is not Arabic', () => {
  const p = join(tmp, 'english.txt');
  writeFileSync(p, 'The minister said on Tuesday that fuel subsidies would not be lifted this year.\nHe added that reserves were sufficient.\n');
  assertOneLineError(run(['analyze', p]), /not Arabic/u);
});

test('a 50 MB file', () => {
  const p = join(tmp, 'huge.txt');
  writeFileSync(p, Buffer.alloc(50 * 1024 * 1024, 'ا'));
  assertOneLineError(run(['analyze', p]), /too large/u);
});

test('invalid UTF-8', () => {
  const p = join(tmp, 'latin1.txt');
  writeFileSync(p, Buffer.from([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xc7, 0xe1, 0xe3, 0xed, 0x0a]));
  assertOneLineError(run(['analyze', p]), /invalid UTF-8/u);
});

test('a missing file and a directory', () => {
  assertOneLineError(run(['analyze', join(tmp, 'nope.txt')]), /no such file/u);
  const dir = join(tmp, 'folder');
  mkdirSync(dir, { recursive: true });
  assertOneLineError(run(['analyze', dir]), /directory/u);
});

test('an unreachable URL (closed port on loopback)', () => {
  assertOneLineError(run(['analyze', 'http://127.0.0.1:9/article.html']), /unreachable/u);
});

test('a bad --format is a usage error', () => {
  assertOneLineError(run(['analyze', '-', '--format', 'pdf'], 'نص'), /expected auto, text or html/u);
});
