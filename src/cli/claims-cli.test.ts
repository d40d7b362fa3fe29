/**
 * `marsad stance`, `claim` and `positions` as a user runs them: bin/marsad in a child process, on
 * the team-written claim fixtures (test/fixtures/claims, fiction) ingested into a temporary --db.
 * Stances are still being tuned, so these tests check the output contracts, exit codes and error
 * lines, not which stance is printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const repo = path.join(import.meta.dirname, '..', '..', '..');
const bin = path.join(repo, 'bin', 'marsad');
const corpus = path.join(repo, 'test', 'fixtures', 'claims', 'corpus');
const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-claims-cli-'));
const db = path.join(tmp, 'claims.db');
const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'];

const DENIAL_PAGE = path.join(corpus, 'nibras-2022-10-18-minister-denies-electricity-rise.txt');
const INCREASE_PAGE = path.join(corpus, 'nibras-2023-12-05-gradual-tariff-increase.txt');
const LIBYA_PAGE = path.join(corpus, 'saha-2024-01-24-envoy-elections-possible.txt');
const CLAIM = 'الحكومة التونسية سترفع أسعار الكهرباء';
const LIBYA_ABOUT = 'إجراء الانتخابات في ليبيا قبل نهاية العام';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000, input, env: { ...process.env, MARSAD_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = <T>(r: Run): T => {
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
};

/** An input error: exit 1 and exactly one `marsad: …` line on stderr. */
function assertOneLineError(r: Run, pattern?: RegExp): void {
  assert.equal(r.code, 1, `exit ${r.code}: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^marsad: /u);
  if (pattern) assert.match(lines[0]!, pattern);
  assert.equal(r.stdout, '');
}

interface EvidenceJson {
  sentence: string;
  statement: unknown;
}

before(() => {
  const r = run(['ingest', corpus, '--db', db, '--json']);
  assert.equal(r.code, 0, r.stderr);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('marsad stance', () => {
  it('rejects an empty claim with one line and exit 1', () => {
    assertOneLineError(run(['stance', '', DENIAL_PAGE]), /empty claim/u);
    assertOneLineError(run(['stance', '   ', DENIAL_PAGE, '--json']), /empty claim/u);
  });

  it('rejects a claim in another language', () => {
    assertOneLineError(run(['stance', 'The government will raise electricity prices', DENIAL_PAGE]), /not an Arabic claim/u);
  });

  it('rejects a missing article file with one line', () => {
    assertOneLineError(run(['stance', CLAIM, path.join(tmp, 'no-such-file.txt')]));
  });

  it('prints {"stance", "evidence": [{"sentence", "statement"}]} with --json', () => {
    for (const page of [DENIAL_PAGE, INCREASE_PAGE, LIBYA_PAGE]) {
      const out = json<{ stance: string; evidence: EvidenceJson[] }>(run(['stance', CLAIM, page, '--json']));
      assert.ok(STANCES.includes(out.stance), out.stance);
      assert.ok(Array.isArray(out.evidence));
      if (out.stance === 'unrelated') assert.deepEqual(out.evidence, []);
      const body = readFileSync(page, 'utf8');
      for (const e of out.evidence) {
        assert.ok('sentence' in e && 'statement' in e, JSON.stringify(e));
        assert.equal(typeof e.sentence, 'string');
        assert.ok(e.statement === null || typeof e.statement === 'object');
        // The sentence comes from the page (headline or body).
        assert.ok(body.includes(e.sentence.replace(/\s+$/u, '')), e.sentence);
      }
    }
  });

  it('reads the article from standard input with -, and prints text without --json', () => {
    const page = readFileSync(DENIAL_PAGE, 'utf8');
    const fromFile = json<{ stance: string }>(run(['stance', CLAIM, DENIAL_PAGE, '--json']));
    const fromStdin = json<{ stance: string }>(run(['stance', CLAIM, '-', '--json'], page));
    assert.equal(fromStdin.stance, fromFile.stance);
    const text = run(['stance', CLAIM, DENIAL_PAGE]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`\\(${fromFile.stance}\\)`, 'u'));
  });

  it('--batch writes one line per input line, in order, with errors as {"id", "error"}', () => {
    const file = path.join(tmp, 'pairs.jsonl');
    const text = (p: string): string => readFileSync(p, 'utf8');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'p1', claim: CLAIM, text: text(DENIAL_PAGE) }),
        'this line is not JSON',
        JSON.stringify({ id: 2, claim: CLAIM, text: text(INCREASE_PAGE) }),
        JSON.stringify({ id: 'p3', claim: CLAIM }),
        JSON.stringify({ id: 'p4', claim: CLAIM, text: text(LIBYA_PAGE) }),
      ].join('\n') + '\n',
    );
    const r = run(['stance', '--batch', file]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 5);
    assert.deepEqual(lines.map((l) => l['id']), ['p1', null, 2, 'p3', 'p4']);
    for (const i of [0, 2, 4]) {
      const l = lines[i]!;
      assert.ok(STANCES.includes(l['stance'] as string), JSON.stringify(l));
      assert.ok(Array.isArray(l['evidence']));
      for (const e of l['evidence'] as EvidenceJson[]) assert.ok('sentence' in e && 'statement' in e);
      assert.ok(!('error' in l));
    }
    for (const i of [1, 3]) {
      const l = lines[i]!;
      assert.deepEqual(Object.keys(l).sort(), ['error', 'id']);
      assert.equal(typeof l['error'], 'string');
    }
    // The failed lines are reported on stderr too, without stopping the batch.
    assert.match(r.stderr, /pairs\.jsonl:2/u);
    assert.match(r.stderr, /pairs\.jsonl:4/u);
  });

  it('--batch on a file that does not exist is one error line', () => {
    assertOneLineError(run(['stance', '--batch', path.join(tmp, 'missing.jsonl')]));
  });
});

interface ClaimJson {
  claim: string;
  evidence: { article: { id: string; source: string; outlet: string | null }; stance: string; sentence: string; statement: unknown; date: string | null; copies: unknown[] }[];
  counts: Record<string, number>;
  candidates: number;
  summary: string;
}

describe('marsad claim', () => {
  it('prints the report as JSON', () => {
    const out = json<ClaimJson>(run(['claim', CLAIM, '--db', db, '--format', 'json']));
    assert.equal(out.claim, CLAIM);
    assert.deepEqual(Object.keys(out.counts).sort(), [...STANCES].sort());
    assert.equal(typeof out.summary, 'string');
    for (const e of out.evidence) {
      assert.ok(['agree', 'disagree', 'discuss'].includes(e.stance));
      assert.ok(e.article.source.startsWith(corpus), e.article.source);
      assert.ok(Array.isArray(e.copies));
    }
    assert.deepEqual(json<ClaimJson>(run(['claim', CLAIM, '--db', db, '--json'])), out);
  });

  it('prints text: the claim, the summary, and each evidence with its source', () => {
    const report = json<ClaimJson>(run(['claim', CLAIM, '--db', db, '--json']));
    const r = run(['claim', CLAIM, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(CLAIM));
    assert.ok(r.stdout.includes(report.summary));
    for (const e of report.evidence) assert.ok(r.stdout.includes(e.article.source), e.article.source);
  });

  it('prints schema.org ClaimReview JSON-LD', () => {
    const review = json<Record<string, any>>(run(['claim', CLAIM, '--db', db, '--format', 'claimreview']));
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review['claimReviewed'], CLAIM);
    assert.equal(typeof review['reviewRating']['alternateName'], 'string');
    assert.equal(review['itemReviewed']['@type'], 'Claim');
  });

  it('says "no evidence" for a claim the corpus does not speak to', () => {
    const out = json<ClaimJson>(run(['claim', 'فاز المنتخب البرازيلي بكأس العالم للشطرنج', '--db', db, '--json']));
    assert.deepEqual(out.evidence, []);
    assert.match(out.summary, /no evidence/u);
  });

  it('fails with one line on a database that does not exist, a bad claim or a bad format', () => {
    assertOneLineError(run(['claim', CLAIM, '--db', path.join(tmp, 'nothing-here.db')]), /no database/u);
    assertOneLineError(run(['claim', '', '--db', db]), /empty claim/u);
    assertOneLineError(run(['claim', 'prices will rise', '--db', db]), /not an Arabic claim/u);
    // One content word supports or contradicts nothing (it used to get a confident verdict).
    assertOneLineError(run(['claim', 'ال', '--db', db]), /too short to judge/u);
    assertOneLineError(run(['claim', 'في الكهرباء', '--db', db]), /too short to judge/u);
    assertOneLineError(run(['claim', CLAIM, '--db', db, '--format', 'xml']));
    // Filters that can match nothing are errors, not "no evidence".
    assertOneLineError(run(['claim', CLAIM, '--db', db, '--to', '2021-02-30']), /--to: expected a date/u);
    assertOneLineError(run(['claim', CLAIM, '--db', db, '--outlet', 'وكالة الفضاء']), /--outlet: no article of "وكالة الفضاء"/u);
  });
});

interface PositionJson {
  date: string | null;
  polarity: string;
  speaker: { name: string | null; role: string | null };
  text: string;
  article: { id: string; source: string };
}

describe('marsad positions', () => {
  it('prints {"actor", "about", "positions", "contradictions"} with --json', () => {
    const out = json<{ actor: string; about: string | null; positions: PositionJson[]; contradictions: { earlier: PositionJson; later: PositionJson }[] }>(
      run(['positions', '--actor', 'هولمغرين', '--about', LIBYA_ABOUT, '--db', db, '--json']),
    );
    assert.equal(out.actor, 'هولمغرين');
    assert.equal(out.about, LIBYA_ABOUT);
    assert.ok(out.positions.length > 0);
    for (const p of out.positions) {
      assert.ok(['support', 'oppose', 'neutral'].includes(p.polarity));
      assert.equal(typeof p.text, 'string');
      assert.ok('name' in p.speaker && 'role' in p.speaker);
      assert.ok(p.article.source.startsWith(corpus));
    }
    for (let i = 1; i < out.positions.length; i++) assert.ok((out.positions[i - 1]!.date ?? '') <= (out.positions[i]!.date ?? ''));
    for (const c of out.contradictions) {
      assert.notEqual(c.earlier.polarity, c.later.polarity);
      assert.ok((c.earlier.date ?? '') <= (c.later.date ?? ''));
    }
  });

  it('prints text lines with the polarity, and the same positions as --json', () => {
    const out = json<{ positions: PositionJson[] }>(run(['positions', '--actor', 'هولمغرين', '--about', LIBYA_ABOUT, '--db', db, '--json']));
    const r = run(['positions', '--actor', 'هولمغرين', '--about', LIBYA_ABOUT, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    for (const p of out.positions) assert.ok(r.stdout.includes(p.text), p.text);
  });

  it('says so, and exits 0, for an actor with no statements', () => {
    const r = run(['positions', '--actor', 'شخص لا وجود له', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^لا تصريحات لـ«شخص لا وجود له»/u);
    assert.equal(r.stdout.trimEnd().split('\n').length, 1);
    const out = json<{ positions: unknown[]; contradictions: unknown[] }>(run(['positions', '--actor', 'شخص لا وجود له', '--db', db, '--json']));
    assert.deepEqual(out.positions, []);
    assert.deepEqual(out.contradictions, []);
  });

  it('fails with one line on an empty actor, a non-Arabic topic or a missing database', () => {
    assertOneLineError(run(['positions', '--actor', '  ', '--db', db]));
    assertOneLineError(run(['positions', '--actor', 'هولمغرين', '--about', 'elections in Libya', '--db', db]), /not an Arabic claim/u);
    assertOneLineError(run(['positions', '--actor', 'هولمغرين', '--db', path.join(tmp, 'nothing-here.db')]), /no database/u);
  });
});
