/**
 * `marsad export` as a user runs it: bin/marsad in a child process on a temporary --db holding a
 * few demo articles; its statements checked against `article --json` and `timeline --json`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCsv, UTF8_BOM } from '../export/csv.js';
import { STATEMENT_CSV_COLUMNS } from '../export/statements.js';
import { FIXTURES, preparedFromFixture } from '../store/contract.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { StatementRow } from '../store/types.js';

const repo = path.join(import.meta.dirname, '..', '..', '..');
const bin = path.join(repo, 'bin', 'marsad');
const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-export-cli-'));
const db = path.join(tmp, 'demo.db');
const bigDb = path.join(tmp, 'big.db');
const demo = path.join(repo, 'demo', 'corpus');
/** Two articles quoting وليد سركيس and one about bread (other speakers). */
const ARTICLES = ['afaq-2021-01-12-sarkis-no-subsidy-lift.txt', 'madar-2021-04-20-sarkis-interview.html', 'nile-2021-03-08-bread-price.txt'].map((f) => path.join(demo, f));

type Run = { code: number | null; stdout: string; stderr: string };

function run(args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000, env: { ...process.env, MARSAD_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(r: Run): string {
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

const jsonl = (text: string): StatementRow[] =>
  text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as StatementRow);

describe('marsad export statements', () => {
  before(async () => {
    ok(run(['ingest', ...ARTICLES, '--db', db, '--quiet']));
    // Enough statements (several MB) that a reader closing early is seen as EPIPE by the writer.
    const store = await openSqliteStore(bigDb);
    const statement = FIXTURES.bread.statements![0]!;
    const many = Array.from({ length: 200 }, (_, i) =>
      preparedFromFixture({ ...FIXTURES.bread, source: `synthetic://${i}`, body: `${FIXTURES.bread.body}\n${i}`, statements: Array.from({ length: 30 }, () => statement) }),
    );
    await store.putBatch(many);
    await store.close();
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('exports every stored statement as JSON Lines, article by article in ingest order', () => {
    const rows = jsonl(ok(run(['export', 'statements', '--format', 'jsonl', '--db', db])));
    const articleIds: string[] = [];
    for (const file of ARTICLES) {
      const article = JSON.parse(ok(run(['article', file, '--db', db, '--json']))) as { id: string; title: string; statements: Omit<StatementRow, 'index' | 'sortDate' | 'article'>[] };
      articleIds.push(article.id);
      const exported = rows.filter((r) => r.article.id === article.id);
      assert.deepEqual(
        exported.map(({ speaker, cue, text, direct, negated, date, sentence }) => ({ speaker, cue, text, direct, negated, date, sentence })),
        article.statements,
        file,
      );
      assert.deepEqual(
        exported.map((r) => r.index),
        article.statements.map((_, i) => i),
      );
      assert.ok(exported.every((r) => r.article.title === article.title && r.article.source === file));
    }
    assert.ok(rows.length >= 10);
    assert.deepEqual([...new Set(rows.map((r) => r.article.id))], articleIds, 'ingest order, each article once');
  });

  it('gives, with --speaker, the statements `timeline --speaker` gives', () => {
    type Entry = { speaker: StatementRow['speaker']; text: string; date: string | null; cue: string; negated: boolean; article: { id: string; source: string; title: string; outlet: string | null; publishedAt: string | null } };
    // --no-fold: every copy of a statement, as the export lists them.
    const { statements } = JSON.parse(ok(run(['timeline', '--speaker', 'سركيس', '--no-fold', '--db', db, '--json']))) as { statements: (Entry & { alsoIn: unknown[] })[] };
    assert.ok(statements.every((s) => s.alsoIn.length === 0));
    const rows = jsonl(ok(run(['export', 'statements', '--format', 'jsonl', '--speaker', 'سركيس', '--db', db])));
    assert.ok(statements.length >= 5);
    const asTimeline = rows.map(
      (r): Entry => ({
        speaker: r.speaker,
        text: r.text,
        // The timeline's date is the statement's own, else the publication date.
        date: r.date ?? r.article.publishedAt,
        cue: r.cue,
        negated: r.negated,
        article: { id: r.article.id, source: r.article.source, title: r.article.title, outlet: r.article.outlet, publishedAt: r.article.publishedAt },
      }),
    );
    const key = (e: Entry): string => JSON.stringify([e.article.id, e.text, e.cue, e.speaker.name, e.speaker.role]);
    const sorted = (list: Entry[]): Entry[] => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    assert.deepEqual(sorted(asTimeline), sorted(statements.map(({ alsoIn: _, ...entry }) => entry)));
  });

  it('writes the same rows as CSV to --out, with a BOM when asked', () => {
    const rows = jsonl(ok(run(['export', 'statements', '--format', 'jsonl', '--db', db])));
    const out = path.join(tmp, 'statements.csv');
    const r = run(['export', 'statements', '--format', 'csv', '--bom', '--out', out, '--db', db]);
    assert.equal(ok(r), '', 'nothing on stdout when writing a file');
    assert.match(r.stderr, new RegExp(`exported ${rows.length} statements`, 'u'));
    const bytes = readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.ok(text.startsWith(UTF8_BOM));
    const [header, ...records] = parseCsv(text.slice(UTF8_BOM.length));
    assert.deepEqual(header, [...STATEMENT_CSV_COLUMNS]);
    const fields = (r: StatementRow): string[] =>
      [r.article.id, r.article.source, r.article.outlet, r.article.title, r.article.publishedAt, r.date, r.sortDate, r.speaker.name, r.speaker.role, r.cue,
        r.direct, r.negated, r.text, r.article.duplicateOf, r.article.storyId, r.sentence, r.index].map((v) => (v === null ? '' : String(v)));
    assert.deepEqual(records, rows.map(fields));
    const toStdout = ok(run(['export', 'statements', '--format', 'csv', '--db', db]));
    assert.equal(toStdout, text.slice(UTF8_BOM.length), 'stdout gets the same file, without a BOM unless asked');
  });

  it('keeps only statements placed between --from and --to', () => {
    const all = jsonl(ok(run(['export', 'statements', '--format', 'jsonl', '--db', db])));
    const april = jsonl(ok(run(['export', 'statements', '--format', 'jsonl', '--from', '2021-04-01', '--to', '2021-04-30', '--db', db])));
    assert.ok(april.length > 0);
    assert.deepEqual(april, all.filter((r) => r.sortDate !== null && r.sortDate >= '2021-04-01' && r.sortDate <= '2021-04-30'));
    assert.ok(april.length < all.length);
  });

  it('stops quietly when the reader goes away (| head)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" export statements --format jsonl --db "${bigDb}" | head -n 1`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal((JSON.parse(lines[0]!) as StatementRow).text, FIXTURES.bread.statements![0]!.text);
  });

  it('other verbs stop quietly too when the reader goes away (timeline of 6,000 statements | head)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" timeline --speaker "سامي الخطيب" --no-fold --json --limit 100000 --db "${bigDb}" | head -n 1`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  it('answers bad input with one line and exit 1', () => {
    for (const [args, message] of [
      [['export', 'quotes', '--format', 'csv'], /^marsad: export: unknown kind "quotes": expected statements\n$/u],
      [['export', 'statements', '--format', 'xlsx'], /^marsad: --format: expected jsonl or csv, found "xlsx"\n$/u],
      [['export', 'statements'], /^marsad: --format: expected jsonl or csv, found nothing\n$/u],
      [['export', 'statements', '--format', 'jsonl', '--bom'], /^marsad: --bom: only with --format csv/u],
      [['export', 'statements', '--format', 'csv', '--from', 'March'], /^marsad: --from: expected a date YYYY-MM-DD, found "March"\n$/u],
      [['export', 'statements', '--format', 'csv', '--out', path.join(tmp, 'no-such-dir', 'x.csv')], /^marsad: .*x\.csv: cannot write: .*ENOENT/u],
    ] as const) {
      const r = run([...args, '--db', db]);
      assert.equal(r.code, 1, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stderr.split('\n').length, 2, 'one line');
    }
  });
});
