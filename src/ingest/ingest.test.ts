import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
import { parseFieldMap } from './fields.js';
import { ingestPaths } from './ingest.js';
import { buildZip } from './zip-writer.js';

const root = mkdtempSync(path.join(tmpdir(), 'marsad-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dbCount = 0;
const freshStore = (): Promise<Store> => openSqliteStore(path.join(root, `db-${dbCount++}.db`));

/** The store with some methods replaced (to simulate failures), the rest delegated. */
function wrap(store: Store, overrides: Partial<Store>): Store {
  const methods = ['schemaVersion', 'lookupSource', 'putBatch', 'getArticle', 'search', 'refreshSearch', 'statementPage', 'stories', 'story', 'timeline', 'entities', 'counts', 'close'] as const;
  const out: Record<string, unknown> = {};
  for (const name of methods) out[name] = (store[name] as (...args: unknown[]) => unknown).bind(store);
  return Object.assign(out as unknown as Store, overrides);
}

// Short articles written for these tests; each topic differs so none is a copy of another.
const TOPICS = ['الكهرباء', 'المياه', 'الطرق', 'المدارس', 'المستشفيات', 'الموانئ', 'الحدائق', 'الأسواق', 'المطارات', 'الجامعات', 'المصانع', 'المزارع'];
const CITIES = ['حلب', 'صيدا', 'وهران', 'طنجة', 'إربد', 'المنصورة', 'صفاقس', 'الموصل', 'عدن', 'نزوى', 'بنغازي', 'أغادير'];

function article(i: number): { title: string; body: string } {
  const topic = TOPICS[i % TOPICS.length]!;
  const city = CITIES[Math.floor(i / TOPICS.length) % CITIES.length]!;
  return {
    title: `خطة جديدة لتطوير ${topic} في ${city} رقم ${i}`,
    body: [
      `أعلن مجلس مدينة ${city} اليوم عن خطة جديدة لتطوير ${topic} خلال العامين المقبلين، بكلفة تقدر بملايين الدولارات.`,
      `وقال رئيس المجلس في مؤتمر صحافي إن المشروع رقم ${i} سيوفر مئات فرص العمل لشباب المدينة، وإن الأعمال تبدأ في الربيع.`,
      `وأضاف أن المجلس سيعرض تفاصيل ${topic} على السكان في اجتماع عام الأسبوع المقبل، داعياً الجميع إلى المشاركة وإبداء الرأي.`,
    ].join('\n'),
  };
}

const textFile = (i: number): string => {
  const a = article(i);
  return `${a.title}\nنشر في: 12 آذار 2021\n${a.body}\n`;
};

const record = (i: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  source: 'okaz',
  url: `https://example.test/news/${i}`,
  date_extracted: '2021-03-12 10:00:00',
  title: article(i).title,
  content: article(i).body,
  ...extra,
});

/** Moves the named files of `dir` into a zip archive there. */
function zip(dir: string, name: string, files: string[]): string {
  const target = path.join(dir, name);
  writeFileSync(target, buildZip(files.map((f) => ({ name: f, content: readFileSync(path.join(dir, f)) }))));
  for (const f of files) unlinkSync(path.join(dir, f));
  return target;
}

function folder(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('ingest', () => {
  it('reads text, HTML, JSON, JSONL and zip inputs from a folder, recursively, and is idempotent', async () => {
    const dir = folder('mixed');
    mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
    writeFileSync(path.join(dir, 'one.txt'), textFile(0));
    writeFileSync(
      path.join(dir, 'nested', 'page.html'),
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${article(1).title}</title></head><body><article><h1>${article(1).title}</h1>${article(1)
        .body.split('\n')
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    );
    writeFileSync(path.join(dir, 'nested', 'deeper', 'dump.json'), JSON.stringify([record(2), record(3)], null, 2));
    writeFileSync(path.join(dir, 'nested', 'lines.jsonl'), [record(4), record(5)].map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(path.join(dir, 'z1.json'), JSON.stringify([record(6), record(7)]));
    writeFileSync(path.join(dir, 'z2.txt'), textFile(8));
    zip(dir, 'archive.zip', ['z1.json', 'z2.txt']);
    writeFileSync(path.join(dir, 'notes.md'), 'ignored: not a supported type');
    writeFileSync(path.join(dir, '.hidden.txt'), textFile(9));

    const store = await freshStore();
    try {
      const first = await ingestPaths(store, [dir], { workers: 0 });
      assert.deepEqual(first.problems, []);
      assert.equal(first.added, 9);
      assert.equal(first.failed, 0);
      assert.equal(first.inputs, 5);
      assert.equal((await store.counts()).articles, 9);
      // Sources: absolute paths, URLs for records that have one, "!/" for zip entries.
      assert.ok(await store.getArticle(path.join(dir, 'one.txt')));
      assert.ok(await store.getArticle('https://example.test/news/6'));
      assert.ok(await store.getArticle(`${path.join(dir, 'archive.zip')}!/z2.txt`));
      const fromJson = await store.getArticle('https://example.test/news/2');
      assert.equal(fromJson?.title, article(2).title);
      assert.equal(fromJson?.outlet, 'okaz');
      assert.equal(fromJson?.referenceDate, '2021-03-12');
      assert.equal(fromJson?.publishedAt, null, 'a crawl date is not a publication date');

      const second = await ingestPaths(store, [dir], { workers: 0 });
      assert.equal(second.added, 0);
      assert.equal(second.unchanged, 9);
      assert.equal((await store.counts()).articles, 9);
    } finally {
      await store.close();
    }
  });

  it('applies --map to records and counts records without a body as failures with their line', async () => {
    const dir = folder('mapped');
    const lines = [
      { headline: article(20).title, text: article(20).body, link: 'https://example.test/m/20', site: 'الأفق', published: '2021-04-02 08:00:00' },
      { headline: 'بلا نص', link: 'https://example.test/m/21' },
      { headline: `&laquo;${article(22).title}&raquo;`, text: article(22).body, link: 'https://example.test/m/22', site: 'الأفق', published: '2021-04-03' },
    ];
    writeFileSync(path.join(dir, 'feed.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const map = parseFieldMap('title=headline,body=text,url=link,outlet=site,date=published');
    assert.ok(map.ok);
    const store = await freshStore();
    try {
      const summary = await ingestPaths(store, [dir], { workers: 0, map: map.value });
      assert.equal(summary.added, 2);
      assert.equal(summary.failed, 1);
      const [problem] = summary.problems;
      assert.equal(problem?.file, path.join(dir, 'feed.jsonl'));
      assert.deepEqual(problem?.reasons, { 'no-body': 1 });
      assert.equal(problem?.examples[0]?.where, `${path.join(dir, 'feed.jsonl')}:2`);
      const stored = await store.getArticle('https://example.test/m/20');
      assert.equal(stored?.publishedAt, '2021-04-02T08:00:00');
      assert.equal(stored?.outlet, 'الأفق');
      // The record's own title wins over extraction, with its escaped characters decoded.
      assert.equal((await store.getArticle('https://example.test/m/22'))?.title, `«${article(22).title}»`);
    } finally {
      await store.close();
    }
  });

  it('takes a date from a record body only within the week up to its collection day, and a date field over any', async () => {
    const dir = folder('record-dates');
    const dated = (i: number, line: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
      record(i, { date_extracted: '2015-07-21 02:51:32', content: `${line}\n${article(i).body}`, url: `https://example.test/dates/${i}`, ...extra });
    writeFileSync(
      path.join(dir, 'day.json'),
      JSON.stringify([dated(70, '26/07/2012'), dated(71, '19/07/2015'), dated(72, '25/07/2015'), dated(73, '19/07/2015', { date: '2015-07-20' })]),
    );
    const store = await freshStore();
    try {
      await ingestPaths(store, [dir], { workers: 0 });
      const at = async (i: number): Promise<string | null | undefined> => (await store.getArticle(`https://example.test/dates/${i}`))?.publishedAt;
      // An event's date years before the collection, and one after it, are not the article's.
      assert.equal(await at(70), null);
      assert.equal(await at(72), null);
      assert.equal((await at(71))?.slice(0, 10), '2015-07-19');
      // The record's own date field wins over the body's.
      assert.equal((await at(73))?.slice(0, 10), '2015-07-20');
    } finally {
      await store.close();
    }
  });

  it('reports a corrupt zip, a JSON syntax error with its line, and keeps going', async () => {
    const dir = folder('bad');
    writeFileSync(path.join(dir, 'broken.zip'), Buffer.from('PK\u0003\u0004 this is not really a zip archive at all'));
    const records = Array.from({ length: 40 }, (_, i) => JSON.stringify(record(100 + i), null, 1));
    // The comma after the 31st record goes missing: the error is where the 32nd starts.
    const before = '[\n' + records.slice(0, 30).join(',\n') + ',\n';
    const badLine = before.split('\n').length;
    writeFileSync(path.join(dir, 'big.json'), before + records[30] + '\n' + records.slice(31).join(',\n') + '\n]\n');
    writeFileSync(path.join(dir, 'good.txt'), textFile(41));
    writeFileSync(path.join(dir, 'english.txt'), 'This file is plain English text without any Arabic in it at all, so it is not an article.');
    const store = await freshStore();
    try {
      const summary = await ingestPaths(store, [dir], { workers: 0 });
      assert.equal(summary.added, 32, 'the 31 records before the error, and good.txt');
      const byFile = new Map(summary.problems.map((p) => [path.basename(p.file), p]));
      assert.deepEqual(byFile.get('broken.zip')?.reasons, { 'corrupt-zip': 1 });
      assert.match(byFile.get('broken.zip')!.examples[0]!.message, /not a readable zip/u);
      const json = byFile.get('big.json')!;
      assert.deepEqual(json.reasons, { 'json-syntax': 1 });
      assert.equal(json.examples[0]!.where, `${path.join(dir, 'big.json')}:${badLine + records[30]!.split('\n').length}`);
      assert.match(json.examples[0]!.message, /expected "," or "\]"/u);
      assert.deepEqual(byFile.get('english.txt')?.reasons, { 'not-arabic': 1 });
      // The first run that stored anything builds search's lists of frequent words; a run that stored nothing leaves them.
      assert.equal(summary.searchRefresh?.full, true);
      const again = await ingestPaths(store, [dir], { workers: 0 });
      assert.equal(again.added, 0);
      assert.equal(again.unchanged, 32);
      assert.equal(again.searchRefresh, null);
      // A failed refresh is a warning: the run's articles stay stored.
      writeFileSync(path.join(dir, 'more.txt'), textFile(60));
      const failing = wrap(store, { refreshSearch: async () => Promise.reject(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' })) });
      const third = await ingestPaths(failing, [dir], { workers: 0 });
      assert.equal(third.added, 1);
      assert.match(third.searchRefreshError ?? '', /SQLITE_IOERR_WRITE.*every article is stored/u);
      assert.ok(await store.lookupSource(path.join(dir, 'more.txt')));
    } finally {
      await store.close();
    }
  });

  it('reports a missing input and a file that disappears before it is read', async () => {
    const dir = folder('vanishing');
    writeFileSync(path.join(dir, 'a.txt'), textFile(50));
    writeFileSync(path.join(dir, 'b.txt'), textFile(51));
    const store = await freshStore();
    // The first lookup happens while a.txt is being ingested: delete b.txt then.
    const vanishing = wrap(store, {
      lookupSource: async (source: string) => {
        rmSync(path.join(dir, 'b.txt'), { force: true });
        return store.lookupSource(source);
      },
    });
    try {
      const summary = await ingestPaths(vanishing, [dir, path.join(root, 'no-such-dir')], { workers: 0 });
      assert.equal(summary.added, 1);
      const reasons = Object.fromEntries(summary.problems.map((p) => [path.basename(p.file), p.examples[0]?.message]));
      assert.match(reasons['b.txt'] ?? '', /no such file/u);
      assert.match(reasons['no-such-dir'] ?? '', /no such file/u);
    } finally {
      await store.close();
    }
  });

  it('stops cleanly when aborted (Ctrl-C): commits the current batch, and a re-run finishes the rest', async () => {
    const dir = folder('abort');
    writeFileSync(path.join(dir, 'many.jsonl'), Array.from({ length: 30 }, (_, i) => JSON.stringify(record(200 + i))).join('\n'));
    const store = await freshStore();
    try {
      const controller = new AbortController();
      const summary = await ingestPaths(store, [dir], {
        workers: 0,
        batchSize: 4,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.added >= 8) controller.abort();
        },
      });
      assert.equal(summary.interrupted, true);
      const committed = (await store.counts()).articles;
      assert.equal(committed, summary.added);
      assert.ok(committed >= 8 && committed < 30, `committed ${committed}`);
      const rest = await ingestPaths(store, [dir], { workers: 0 });
      assert.equal(rest.interrupted, false);
      assert.equal(rest.added, 30 - committed);
      assert.equal(rest.unchanged, committed);
      assert.equal((await store.counts()).articles, 30);
    } finally {
      await store.close();
    }
  });

  it('stops on a failed write (disk full) with committed batches intact, and a re-run finishes', async () => {
    const dir = folder('diskfull');
    writeFileSync(path.join(dir, 'many.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify(record(300 + i))).join('\n'));
    const store = await freshStore();
    let calls = 0;
    const full = wrap(store, {
      putBatch: async (batch) => {
        calls++;
        if (calls === 2) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        return store.putBatch(batch);
      },
    });
    try {
      const summary = await ingestPaths(full, [dir], { workers: 0, batchSize: 5 });
      assert.match(summary.fatal ?? '', /disk is full/u);
      assert.equal(summary.added, 5);
      assert.ok(summary.notCommitted >= 5);
      assert.equal((await store.counts()).articles, 5);
      const rest = await ingestPaths(store, [dir], { workers: 0 });
      assert.equal(rest.fatal, null);
      assert.equal(rest.added, 7);
      assert.equal((await store.counts()).articles, 12);
    } finally {
      await store.close();
    }
  });

  it('analyses on worker threads in input order, with the same result as inline', async () => {
    const dir = folder('workers');
    writeFileSync(path.join(dir, 'many.jsonl'), Array.from({ length: 24 }, (_, i) => JSON.stringify(record(400 + i))).join('\n'));
    const inline = await freshStore();
    const threaded = await freshStore();
    try {
      const a = await ingestPaths(inline, [dir], { workers: 0 });
      const b = await ingestPaths(threaded, [dir], { workers: 2 });
      assert.equal(b.workers, 2);
      assert.equal(a.added, 24);
      assert.equal(b.added, 24);
      for (let i = 0; i < 24; i += 7) {
        const x = await inline.getArticle(`https://example.test/news/${400 + i}`);
        const y = await threaded.getArticle(`https://example.test/news/${400 + i}`);
        assert.deepEqual({ ...y, ingestedAt: null, updatedAt: null }, { ...x, ingestedAt: null, updatedAt: null });
      }
    } finally {
      await inline.close();
      await threaded.close();
    }
  });
});
