/**
 * The corpus verbs as a user runs them: bin/marsad in a child process, on the demo corpus, with a
 * temporary --db.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const repo = path.join(import.meta.dirname, '..', '..', '..');
const bin = path.join(repo, 'bin', 'marsad');
const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-corpus-cli-'));
const db = path.join(tmp, 'demo.db');
const demo = path.join(repo, 'demo', 'corpus');

function run(args: string[], cwd = repo): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, MARSAD_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = <T>(r: { code: number | null; stdout: string; stderr: string }): T => {
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
};

interface Ref {
  id: string;
  source: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

describe('marsad ingest / article / search / stories / timeline', () => {
  before(() => {
    const r = run(['ingest', demo, '--db', db, '--json']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('ingest is idempotent and prints a summary', () => {
    const again = json<{ added: number; unchanged: number; failed: number }>(run(['ingest', demo, '--db', db, '--json']));
    assert.equal(again.added, 0);
    assert.equal(again.unchanged, 17);
    assert.equal(again.failed, 0);
    const text = run(['ingest', demo, '--db', db, '--quiet']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /added 0 .* unchanged 17/u);
  });

  it('article finds the record by id, by absolute path and by a relative path', () => {
    const file = path.join(demo, 'afaq-2021-01-12-sarkis-no-subsidy-lift.txt');
    const byPath = json<Ref & { storyId: string; duplicateOf: string | null; body: string; statements: unknown[] }>(run(['article', file, '--db', db, '--json']));
    assert.equal(byPath.source, file);
    assert.match(byPath.id, /^[0-9a-f]{16}$/u);
    assert.ok(byPath.storyId);
    assert.ok('duplicateOf' in byPath);
    assert.equal(byPath.title, 'وزير الطاقة: لا رفع للدعم عن المحروقات هذا العام');
    const byId = json<Ref>(run(['article', byPath.id, '--db', db, '--json']));
    assert.equal(byId.source, file);
    const relative = json<Ref>(run(['article', path.join('corpus', path.basename(file)), '--db', db, '--json'], path.join(repo, 'demo')));
    assert.equal(relative.id, byPath.id);
    const missing = run(['article', 'nothing-like-this', '--db', db, '--json']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^marsad: nothing-like-this: no stored article/u);
  });

  it('search returns the contract fields, finds spelling variants alike, and filters', () => {
    type Results = { results: (Ref & { score: number; snippet: string })[] };
    const a = json<Results>(run(['search', 'سركيس', '--db', db, '--json']));
    assert.ok(a.results.length >= 2);
    for (const r of a.results) assert.deepEqual(Object.keys(r).sort(), ['copies', 'id', 'outlet', 'publishedAt', 'referenceDate', 'score', 'snippet', 'source', 'title']);
    // Folded by default: no article is both a result and a copy, and --no-fold lists them all.
    type Folded = { results: (Ref & { copies: Ref[] })[] };
    const folded = json<Folded>(run(['search', 'رفع الدعم', '--db', db, '--json'])).results;
    const listed = [...folded.map((r) => r.id), ...folded.flatMap((r) => r.copies.map((c) => c.id))];
    assert.equal(new Set(listed).size, listed.length);
    assert.ok(folded.some((r) => r.copies.length > 0), 'the demo wire story and its copy');
    const all = json<Folded>(run(['search', 'رفع الدعم', '--no-fold', '--db', db, '--json'])).results;
    assert.deepEqual(all.map((r) => r.id).sort(), [...listed].sort());
    assert.ok(all.every((r) => r.copies.length === 0));
    assert.ok(a.results.some((r) => r.snippet.includes('<mark>')));
    const ids = (q: string, ...extra: string[]): string[] => json<Results>(run(['search', q, '--db', db, '--json', ...extra])).results.map((r) => r.id).sort();
    assert.deepEqual(ids('الفيضانات'), ids('الفيضانات'.replace('ا', 'أ')));
    assert.deepEqual(ids('فيضانات تيبازة'), ids('والفيضانات بتيبازه'));
    assert.equal(ids('سركيس', '--limit', '1').length, 1);
    assert.deepEqual(ids('سركيس', '--from', '2030-01-01'), []);
    const bad = run(['search', 'سركيس', '--db', db, '--from', 'yesterday']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--from: expected a date/u);
    // A day that does not exist, or a backwards range, is an error, not an empty page.
    assert.match(run(['search', 'سركيس', '--db', db, '--to', '2021-02-30']).stderr, /^marsad: --to: expected a date YYYY-MM-DD, found "2021-02-30"\n$/u);
    assert.match(run(['search', 'سركيس', '--db', db, '--from', '2021-05-01', '--to', '2021-04-01']).stderr, /^marsad: --from: 2021-05-01 is after --to 2021-04-01/u);
    // An outlet the store does not know is named as such, with the outlets it has.
    const unknownOutlet = run(['search', 'سركيس', '--db', db, '--outlet', 'وكالة الفضاء']);
    assert.equal(unknownOutlet.code, 1);
    assert.match(unknownOutlet.stderr, /^marsad: --outlet: no article of "وكالة الفضاء" in this database; outlets here: .+ \(\d+\)/u);
    assert.equal(run(['search', 'سركيس', '--db', db, '--outlet', 'الأفق', '--json']).code, 0);
  });

  it('stories lists every stored article exactly once', () => {
    const { stories } = json<{ stories: { id: string; title: string; articles: Ref[] }[] }>(run(['stories', '--db', db, '--limit', '100', '--json']));
    const ids = stories.flatMap((s) => s.articles.map((a) => a.id));
    assert.equal(ids.length, 17);
    assert.equal(new Set(ids).size, 17);
    assert.ok(stories.every((s) => s.title.length > 0));
    assert.ok(stories[0]!.articles.length >= 2, 'the demo corpus has stories covered by several outlets');
  });

  it('timeline gives a speaker statements in date order, found by a part of the name', () => {
    const { statements } = json<{ statements: { speaker: { name: string | null }; text: string; date: string | null; article: Ref }[] }>(
      run(['timeline', '--speaker', 'سركيس', '--db', db, '--json']),
    );
    assert.ok(statements.length >= 2);
    const dates = statements.map((s) => s.date ?? '9999');
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(statements.every((s) => s.article.id && s.article.source));
  });

  it('timeline lists words carried by several outlets once, naming the other articles', () => {
    type Entry = { speaker: { name: string | null }; text: string; article: Ref; alsoIn: Ref[] };
    const folded = json<{ statements: Entry[] }>(run(['timeline', '--speaker', 'سركيس', '--db', db, '--json'])).statements;
    const all = json<{ statements: Entry[] }>(run(['timeline', '--speaker', 'سركيس', '--no-fold', '--db', db, '--json'])).statements;
    // The demo corpus carries a wire story about Sarkis in two outlets.
    assert.ok(folded.some((s) => s.alsoIn.length > 0));
    assert.equal(folded.length + folded.reduce((n, s) => n + s.alsoIn.length, 0), all.length);
    const keys = folded.map((s) => `${s.speaker.name}|${s.text}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(folded.every((s) => s.alsoIn.every((a) => a.id !== s.article.id)));
    const usage = run(['timeline', '--db', db]);
    assert.equal(usage.code, 1);
    assert.match(usage.stderr, /give one of --speaker NAME or --entity NAME/u);
  });

  it('reading commands refuse a database that does not exist', () => {
    const r = run(['stories', '--db', path.join(tmp, 'nope.db')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no database here/u);
  });
});
