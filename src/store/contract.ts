/**
 * The store contract: one suite that every Store implementation must pass (SQLite now,
 * PostgreSQL later). Call `runStoreContract(name, factory)` from a backend's test file; the factory
 * opens a fresh, empty store each time.
 *
 * The articles below were written for these tests (fictional events and people). Their records
 * are given directly (entities and statements included) so the suite tests the store, not the
 * analysis.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzeResult, Entity, Statement } from '../core/types.js';
import { parseQuery } from '../search/query.js';
import { articleKeys } from './keys.js';
import { articleIdFor, contentHashOf, type Store, type StoreFactory } from './store.js';
import type { PreparedArticle, SearchFilters, StatementPageQuery, StatementRow } from './types.js';

export interface FixtureArticle {
  source: string;
  title: string;
  body: string;
  outlet: string | null;
  publishedAt: string | null;
  referenceDate?: string | null;
  entities?: Entity[];
  statements?: Statement[];
}

/** A PreparedArticle from a hand-written record: search keys and fingerprint computed as ingest does. */
export function preparedFromFixture(f: FixtureArticle): PreparedArticle {
  const record: AnalyzeResult = {
    title: f.title,
    publishedAt: f.publishedAt,
    outlet: f.outlet,
    section: null,
    hashtags: [],
    url: f.source.startsWith('http') ? f.source : null,
    body: f.body,
    captions: [],
    entities: f.entities ?? [],
    statements: f.statements ?? [],
    warnings: [],
  };
  const original = JSON.stringify({ title: f.title, body: f.body, outlet: f.outlet, date: f.publishedAt });
  return {
    source: f.source,
    contentHash: contentHashOf(original),
    original,
    originalFormat: 'json-record',
    record,
    referenceDate: f.referenceDate ?? null,
    ...articleKeys(f.title, f.body),
  };
}

const person = (name: string, aliases: string[], mentions = 2): Entity => ({ name, type: 'person', aliases, mentions });
const org = (name: string, aliases: string[] = [], mentions = 1): Entity => ({ name, type: 'organization', aliases, mentions });
const place = (name: string, type: Entity['type'] = 'location'): Entity => ({ name, type, aliases: [], mentions: 1 });
const said = (name: string | null, role: string | null, text: string, date: string | null, sentence: number, negated = false): Statement => ({
  speaker: { name, role },
  cue: 'قال',
  text,
  direct: true,
  negated,
  date,
  sentence,
});

const BREAD_BODY = [
  'أعلنت الحكومةُ صباح اليوم خطةً جديدة لدعم أسعار الخبز في جميع المحافظات، بعد أسابيع من الشكاوى في الأسواق الشعبية.',
  'وقال سامي الخطيب، المتحدث باسم وزارة الاقتصاد، إن الخطة تبدأ مطلع الشهر المقبل وتشمل الأفران الحكومية والخاصة على السواء.',
  'وأوضح الخطيب أن الوزارة خصصت مبلغاً إضافياً لشراء القمح من الأسواق الدولية، وأن فرق الرقابة ستزور المخابز يومياً لمتابعة الالتزام بالسعر الجديد.',
  'وأشار إلى أن سعر الربطة لن يتجاوز ثلاثة جنيهات حتى نهاية العام، داعياً المواطنين إلى الإبلاغ عن أي مخالفة عبر الخط الساخن.',
  'ويأتي القرار بعد ارتفاع أسعار الدقيق في الأسواق العالمية خلال الربع الأول من العام.',
].join('\n');

/** The same wire text: another headline, boilerplate around it, the last paragraph trimmed. */
const BREAD_COPY_BODY = [
  'القاهرة - (وكالات)',
  ...BREAD_BODY.split('\n').slice(0, 4),
  'تابعونا على مواقع التواصل الاجتماعي',
].join('\n');

export const FIXTURES: Record<'bread' | 'breadCopy' | 'breadLater' | 'floods' | 'football', FixtureArticle> = {
  bread: {
    source: 'https://afaq.example/economy/bread-plan',
    title: 'الحكومة تعلن خطة لدعم أسعار الخبز',
    body: BREAD_BODY,
    outlet: 'الأفق',
    publishedAt: '2021-03-10T09:30',
    entities: [person('سامي الخطيب', ['الخطيب', 'المتحدث باسم وزارة الاقتصاد'], 2), org('وزارة الاقتصاد', ['الوزارة'], 2)],
    statements: [
      said('سامي الخطيب', 'المتحدث باسم وزارة الاقتصاد', 'الخطة تبدأ مطلع الشهر المقبل وتشمل الأفران الحكومية والخاصة', null, 1),
      said('سامي الخطيب', null, 'سعر الربطة لن يتجاوز ثلاثة جنيهات حتى نهاية العام', null, 3),
    ],
  },
  breadCopy: {
    source: 'https://madar.example/news/12345',
    title: 'خطة حكومية جديدة لدعم الخبز تبدأ الشهر المقبل',
    body: BREAD_COPY_BODY,
    outlet: 'المدار',
    publishedAt: '2021-03-10T13:00',
    entities: [person('سامي الخطيب', ['الخطيب'], 2), org('وزارة الاقتصاد')],
    statements: [said('سامي الخطيب', null, 'الخطة تبدأ مطلع الشهر المقبل وتشمل الأفران الحكومية والخاصة', null, 2)],
  },
  breadLater: {
    source: 'https://afaq.example/economy/bread-plan-delay',
    title: 'الخطيب: تأجيل خطة دعم أسعار الخبز أسبوعين',
    body: [
      'قال سامي الخطيب، المتحدث باسم وزارة الاقتصاد، اليوم إن خطة دعم أسعار الخبز تأجلت أسبوعين بسبب تأخر شحنات القمح.',
      'وأضاف الخطيب أن الأفران ستواصل البيع بالسعر الحالي حتى بدء الخطة، وأن الوزارة لن ترفع سعر الربطة.',
      'وكانت الحكومة قد أعلنت خطة الدعم أمس وسط ترحيب في الأسواق الشعبية.',
    ].join('\n'),
    outlet: 'الأفق',
    publishedAt: '2021-03-11',
    entities: [person('سامي الخطيب', ['الخطيب'], 2), org('وزارة الاقتصاد', ['الوزارة'])],
    statements: [
      said('سامي الخطيب', 'المتحدث باسم وزارة الاقتصاد', 'خطة دعم أسعار الخبز تأجلت أسبوعين بسبب تأخر شحنات القمح', '2021-03-11', 0),
      said('الخطيب', null, 'الوزارة لن ترفع سعر الربطة', '2021-03-11', 1, true),
    ],
  },
  floods: {
    source: 'https://sahel.example/2021/01/17/floods',
    title: 'فيضانات تغمر أحياء في ولاية تيبازة بعد أمطار غزيرة',
    body: [
      'غمرت مياه الفيضانات أحياء عدة في ولاية تيبازة الجزائرية بعد أمطار غزيرة استمرت يومين، وأجلت فرق الحماية المدنية عشرات العائلات.',
      'وقالت مديرة الحماية المدنية في الولاية ليلى بن عمر إن فرقها تدخلت في أكثر من أربعين موقعاً خلال الليل.',
      'وأعلنت السلطات المحلية تعليق الدراسة في المدارس الابتدائية حتى إشعار آخر.',
    ].join('\n'),
    outlet: 'الساحل',
    publishedAt: null,
    referenceDate: '2021-01-17',
    entities: [place('تيبازة'), person('ليلى بن عمر', ['بن عمر'], 1), org('الحماية المدنية')],
    statements: [said('ليلى بن عمر', 'مديرة الحماية المدنية', 'فرقها تدخلت في أكثر من أربعين موقعاً خلال الليل', null, 1)],
  },
  football: {
    source: '/data/dumps/sport.jsonl#7',
    title: 'النادي الأهلي يفوز على الزمالك في نهائي الكأس',
    body: [
      'فاز النادي الأهلي على الزمالك بهدفين مقابل هدف في المباراة النهائية لكأس مصر التي أقيمت مساء الجمعة على الاستاد الدولي.',
      'وسجل المهاجم كريم فؤاد هدف الفوز في الدقيقة الأخيرة من الوقت الإضافي.',
    ].join('\n'),
    outlet: 'المدار',
    publishedAt: '2021-05-07T22:15',
    entities: [org('النادي الأهلي', ['الأهلي']), org('الزمالك'), person('كريم فؤاد', [], 1)],
    statements: [],
  },
};

const ALL = (): PreparedArticle[] => [FIXTURES.bread, FIXTURES.breadCopy, FIXTURES.breadLater, FIXTURES.floods, FIXTURES.football].map(preparedFromFixture);

async function withStore(factory: StoreFactory, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await factory();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

async function searchIds(store: Store, text: string, filters: SearchFilters = {}): Promise<string[]> {
  const parsed = parseQuery(text);
  const hits = await store.search({ groups: parsed.groups, filters, limit: 50 });
  return hits.map((h) => h.id).sort();
}

const idOf = (f: FixtureArticle): string => articleIdFor(f.source);

/** Pages through statementPage to the end, checking what every page promises on the way. */
async function allStatementRows(store: Store, query: Omit<StatementPageQuery, 'after' | 'limit'>, limit: number): Promise<StatementRow[]> {
  const rows: StatementRow[] = [];
  let after: string | null = null;
  for (let pages = 0; ; pages++) {
    assert.ok(pages < 1000, 'paging does not end');
    const page = await store.statementPage({ ...query, after, limit });
    assert.ok(page.rows.length <= limit, 'a page larger than its limit');
    if (page.next !== null) assert.equal(page.rows.length, limit, 'a page before the last is full');
    if (after !== null) assert.ok(page.rows.length > 0, 'an empty page after a non-null next');
    rows.push(...page.rows);
    if (page.next === null) return rows;
    after = page.next;
  }
}

/** A statement's identity across pages: its article and its index there. */
const rowKey = (r: StatementRow): string => `${r.article.id}#${r.index}`;

export function runStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    it('reports a schema version', async () => {
      await withStore(factory, async (store) => {
        assert.ok((await store.schemaVersion()) >= 1);
      });
    });

    it('stores a batch and returns the record with its id, source, story and hash', async () => {
      await withStore(factory, async (store) => {
        const outcomes = await store.putBatch(ALL());
        assert.deepEqual(
          outcomes.map((o) => o.status),
          ['added', 'added', 'added', 'added', 'added'],
        );
        const bread = await store.getArticle(idOf(FIXTURES.bread));
        assert.ok(bread);
        assert.equal(bread.id, articleIdFor(FIXTURES.bread.source));
        assert.equal(bread.source, FIXTURES.bread.source);
        assert.equal(bread.title, FIXTURES.bread.title);
        assert.equal(bread.body, FIXTURES.bread.body);
        assert.equal(bread.outlet, 'الأفق');
        assert.equal(bread.publishedAt, '2021-03-10T09:30');
        assert.equal(bread.duplicateOf, null);
        assert.ok(bread.storyId);
        assert.match(bread.contentHash, /^[0-9a-f]{64}$/u);
        assert.ok(!Number.isNaN(Date.parse(bread.ingestedAt)));
        assert.deepEqual(bread.entities, FIXTURES.bread.entities);
        assert.deepEqual(bread.statements, FIXTURES.bread.statements);
        const bySource = await store.getArticle(FIXTURES.football.source);
        assert.equal(bySource?.id, idOf(FIXTURES.football));
        assert.equal(await store.getArticle('no-such-article'), null);
        const counts = await store.counts();
        assert.equal(counts.articles, 5);
        assert.equal(counts.statements, 6);
      });
    });

    it('lists the outlets, most articles first, with the key the outlet filter compares', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const outlets = await store.outlets();
        assert.deepEqual(outlets.map((o) => [o.outlet, o.articles]), [['الأفق', 2], ['المدار', 2], ['الساحل', 1]]);
        // The key is what an --outlet typed without hamza matches ("الافق").
        assert.equal(outlets[0]!.key, outlets.find((o) => o.outlet === 'الأفق')!.key);
        assert.notEqual(outlets[0]!.key, 'الأفق');
      });
    });

    it('is idempotent: the same batch again changes nothing', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const before = await store.counts();
        const again = await store.putBatch(ALL());
        assert.deepEqual(
          again.map((o) => o.status),
          ['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged'],
        );
        assert.deepEqual(await store.counts(), before);
        assert.deepEqual(await store.lookupSource(FIXTURES.bread.source), { id: idOf(FIXTURES.bread), contentHash: ALL()[0]!.contentHash });
      });
    });

    it('stores the same article twice in one batch once', async () => {
      await withStore(factory, async (store) => {
        const bread = preparedFromFixture(FIXTURES.bread);
        const outcomes = await store.putBatch([bread, bread]);
        assert.deepEqual(
          outcomes.map((o) => o.status),
          ['added', 'unchanged'],
        );
        assert.equal((await store.counts()).articles, 1);
      });
    });

    it('updates an article whose source now has other content, keeping its id and story', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const before = await store.getArticle(idOf(FIXTURES.floods));
        const changed = preparedFromFixture({
          ...FIXTURES.floods,
          body: FIXTURES.floods.body + '\nوارتفع عدد المنازل المتضررة إلى مئة وعشرين منزلاً بحسب حصيلة جديدة.',
          statements: [],
        });
        const [outcome] = await store.putBatch([changed]);
        assert.equal(outcome?.status, 'updated');
        assert.equal(outcome?.id, idOf(FIXTURES.floods));
        const after = await store.getArticle(idOf(FIXTURES.floods));
        assert.equal(after?.storyId, before?.storyId);
        assert.deepEqual(after?.statements, []);
        assert.deepEqual(await searchIds(store, 'حصيلة المنازل المتضررة'), [idOf(FIXTURES.floods)]);
        assert.equal((await store.counts()).articles, 5);
      });
    });

    it('keeps identical content seen under a second source as an alias of the first', async () => {
      await withStore(factory, async (store) => {
        const first = preparedFromFixture(FIXTURES.football);
        await store.putBatch([first]);
        const [outcome] = await store.putBatch([{ ...first, source: '/mirror/sport.jsonl#7' }]);
        assert.equal(outcome?.status, 'unchanged');
        assert.equal(outcome?.id, idOf(FIXTURES.football));
        assert.equal((await store.getArticle('/mirror/sport.jsonl#7'))?.id, idOf(FIXTURES.football));
        assert.equal((await store.lookupSource('/mirror/sport.jsonl#7'))?.id, idOf(FIXTURES.football));
        assert.equal((await store.counts()).articles, 1);
      });
    });

    it('marks a wire copy as a duplicate of the earliest copy, in the same story', async () => {
      await withStore(factory, async (store) => {
        const outcomes = await store.putBatch(ALL());
        const copy = await store.getArticle(idOf(FIXTURES.breadCopy));
        assert.equal(copy?.duplicateOf, idOf(FIXTURES.bread));
        assert.equal(outcomes[1]?.duplicateOf, idOf(FIXTURES.bread));
        const original = await store.getArticle(idOf(FIXTURES.bread));
        assert.equal(copy?.storyId, original?.storyId);
        assert.equal((await store.getArticle(idOf(FIXTURES.floods)))?.duplicateOf, null);
        assert.equal((await store.counts()).duplicates, 1);
      });
    });

    it('makes an earlier copy stored later the original, and re-points the stored copies to it', async () => {
      await withStore(factory, async (store) => {
        const third = { ...FIXTURES.breadCopy, source: 'https://third.example/bread', publishedAt: '2021-03-10T14:00', body: `${FIXTURES.breadCopy.body}\nالمصدر: وكالات` };
        await store.putBatch([preparedFromFixture(FIXTURES.breadCopy)]);
        const [later] = await store.putBatch([preparedFromFixture(third)]);
        assert.equal(later?.duplicateOf, idOf(FIXTURES.breadCopy));
        const [earliest] = await store.putBatch([preparedFromFixture(FIXTURES.bread)]);
        assert.deepEqual([earliest?.duplicateOf, earliest?.supersedes], [null, idOf(FIXTURES.breadCopy)]);
        const bread = await store.getArticle(idOf(FIXTURES.bread));
        for (const copy of [FIXTURES.breadCopy, third]) {
          const stored = await store.getArticle(idOf(copy));
          assert.equal(stored?.duplicateOf, idOf(FIXTURES.bread), copy.source);
          assert.equal(stored?.storyId, bread?.storyId, copy.source);
        }
        assert.equal(bread?.duplicateOf, null);
        assert.equal((await store.counts()).duplicates, 2);
      });
    });

    it('puts every article in exactly one story and groups the coverage of one event', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const stories = await store.stories({ limit: 100 });
        const seen = stories.flatMap((s) => s.articles.map((a) => a.id));
        assert.equal(new Set(seen).size, seen.length, 'an article is in two stories');
        assert.deepEqual([...seen].sort(), ALL().map((p) => articleIdFor(p.source)).sort());
        const bread = await store.getArticle(idOf(FIXTURES.bread));
        const later = await store.getArticle(idOf(FIXTURES.breadLater));
        const floods = await store.getArticle(idOf(FIXTURES.floods));
        assert.equal(later?.storyId, bread?.storyId);
        assert.notEqual(floods?.storyId, bread?.storyId);
        const breadStory = await store.story(bread!.storyId!);
        assert.equal(breadStory?.articles.length, 3);
        assert.ok([FIXTURES.bread.title, FIXTURES.breadCopy.title, FIXTURES.breadLater.title].includes(breadStory!.title));
        assert.equal(stories[0]?.id, bread?.storyId, 'largest story first');
        assert.equal(await store.story('no-such-story'), null);
        // A day range keeps the stories with a day in it: the bread story runs 2021-03-10 … 11, the
        // floods story is placed on its reference day 2021-01-17.
        const ids = async (from: string | null, to: string | null) => (await store.stories({ limit: 100, from, to })).map((s) => s.id).sort();
        assert.deepEqual(await ids('2021-03-11', '2021-03-11'), [bread!.storyId!]);
        assert.deepEqual(await ids(null, '2021-01-31'), [floods!.storyId!]);
        assert.deepEqual(await ids('2022-01-01', null), []);
      });
    });

    it('finds the same articles whatever spelling of the query is typed', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const expected = [idOf(FIXTURES.bread), idOf(FIXTURES.breadCopy), idOf(FIXTURES.breadLater)].sort();
        for (const query of ['الخبز', 'خبز', 'والخبز', 'بالخبز', 'الخُبْز', 'الخـــبز']) {
          assert.deepEqual(await searchIds(store, query), expected, query);
        }
        for (const query of ['أسعار الخبز', 'اسعار الخبز', 'إسعار الخبز', 'أسعارُ الخُبزِ']) {
          assert.deepEqual(await searchIds(store, query), expected, query);
        }
        for (const query of ['الحماية المدنية', 'الحمايه المدنيه', 'للحماية المدنية', 'الحمايةُ المدنيّة']) {
          assert.deepEqual(await searchIds(store, query), [idOf(FIXTURES.floods)], query);
        }
        assert.deepEqual(await searchIds(store, 'كرة السلة'), []);
      });
    });

    it('matches phrases only when the words are together, and ranks title matches first', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        assert.deepEqual(await searchIds(store, '"نهائي الكأس"'), [idOf(FIXTURES.football)]);
        assert.deepEqual(await searchIds(store, '"الكأس نهائي"'), []);
        const hits = await store.search({ groups: parseQuery('تأجيل').groups, filters: {}, limit: 10 });
        assert.equal(hits[0]?.id, idOf(FIXTURES.breadLater));
        assert.ok(hits.every((h) => typeof h.score === 'number' && Number.isFinite(h.score)));
        assert.equal(hits[0]?.body, FIXTURES.breadLater.body);
        // Each hit names its original when it is a copy, as getArticle does.
        for (const hit of (await store.search({ groups: parseQuery('الخبز').groups, filters: {}, limit: 10 }))) {
          assert.equal(hit.duplicateOf, (await store.getArticle(hit.id))!.duplicateOf, hit.id);
        }
        const copy = (await store.search({ groups: parseQuery('الخبز').groups, filters: {}, limit: 10 })).find((h) => h.id === idOf(FIXTURES.breadCopy));
        assert.equal(copy?.duplicateOf, idOf(FIXTURES.bread));
      });
    });

    it('refreshes what search precomputes when asked, without changing any result', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const queries = ['الخبز', 'تأجيل', '"نهائي الكأس"', 'الحكومة الخبز'];
        const before = await Promise.all(queries.map((q) => store.search({ groups: parseQuery(q).groups, filters: {}, limit: 10 })));
        assert.equal((await store.refreshSearch({ force: true })).refreshed, true);
        const after = await Promise.all(queries.map((q) => store.search({ groups: parseQuery(q).groups, filters: {}, limit: 10 })));
        assert.deepEqual(after, before);
      });
    });

    it('filters search by outlet, date range, speaker and entity', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        assert.deepEqual(await searchIds(store, 'الخبز', { outlet: 'الافق' }), [idOf(FIXTURES.bread), idOf(FIXTURES.breadLater)].sort());
        assert.deepEqual(await searchIds(store, 'الخبز', { from: '2021-03-11' }), [idOf(FIXTURES.breadLater)]);
        assert.deepEqual(await searchIds(store, 'الخبز', { to: '2021-03-10' }), [idOf(FIXTURES.bread), idOf(FIXTURES.breadCopy)].sort());
        // An undated article is placed by its reference date.
        assert.deepEqual(await searchIds(store, 'تيبازة', { from: '2021-01-17', to: '2021-01-17' }), [idOf(FIXTURES.floods)]);
        assert.deepEqual(await searchIds(store, 'الخبز', { speaker: 'الخطيب' }).then((ids) => ids.length), 3);
        assert.deepEqual(await searchIds(store, 'الحماية', { speaker: 'الخطيب' }), []);
        assert.deepEqual(await searchIds(store, 'هدف', { entity: 'الأهلي' }), [idOf(FIXTURES.football)]);
      });
    });

    it('gives a speaker timeline in date order, matching names through aliases and spelling', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        for (const name of ['الخطيب', 'سامي الخطيب', 'سامى الخطيب']) {
          const entries = await store.timeline({ speaker: name });
          assert.equal(entries.length, 5, name);
          const keys = entries.map((e) => e.sortDate ?? '');
          assert.deepEqual(keys, [...keys].sort(), `${name}: not in date order`);
          assert.equal(entries.at(-1)?.date, '2021-03-11');
          assert.equal(entries[0]?.article.id, idOf(FIXTURES.bread));
          assert.equal(entries[0]?.date, '2021-03-10T09:30', 'no statement date: the publication date');
        }
        assert.deepEqual(await store.timeline({ speaker: 'كريم فؤاد' }), []);
        const byRole = await store.timeline({ speaker: 'مديرة الحماية المدنية' });
        assert.equal(byRole.length, 1);
        assert.equal(byRole[0]?.sortDate, '2021-01-17', 'an undated article is ordered by its reference date');
      });
    });

    it('reads a speaker query of several words in order: a son named after the father is not the father', async () => {
      await withStore(factory, async (store) => {
        const coalition: FixtureArticle = {
          source: 'https://sabq.example/yemen/7',
          title: 'التحالف: العمليات مستمرة في عدن ونجران',
          body: 'قال العميد أحمد حسن عسيري إن العمليات مستمرة.\nوقال المواطن موسى أحمد عسيري إن القذائف سقطت قرب منزله.\nوقال أحمد عسيري إن الدفاعات اعترضت الصاروخ.\nوقال ولي العهد محمد بن سلمان بن عبدالعزيز إن المملكة ماضية في خططها.',
          outlet: 'سبق',
          publishedAt: '2015-08-02T10:00',
          entities: [person('أحمد حسن عسيري', []), person('موسى أحمد عسيري', []), person('محمد بن سلمان بن عبدالعزيز', [])],
          statements: [
            said('أحمد حسن عسيري', 'العميد', 'العمليات مستمرة', null, 0),
            said('موسى أحمد عسيري', 'المواطن', 'القذائف سقطت قرب منزله', null, 1),
            said('أحمد عسيري', null, 'الدفاعات اعترضت الصاروخ', null, 2),
            said('محمد بن سلمان بن عبدالعزيز', 'ولي العهد', 'المملكة ماضية في خططها', null, 3),
          ],
        };
        await store.putBatch([preparedFromFixture(coalition)]);
        const texts = async (speaker: string) => (await store.timeline({ speaker })).map((e) => e.text).sort();
        // The query's first word is the given name: "موسى أحمد عسيري" is Musa, son of an Ahmad.
        assert.deepEqual(await texts('أحمد عسيري'), ['الدفاعات اعترضت الصاروخ', 'العمليات مستمرة']);
        assert.deepEqual(await texts('موسى عسيري'), ['القذائف سقطت قرب منزله']);
        // One word finds every name holding it; a query opening with بن finds the words together.
        assert.equal((await texts('عسيري')).length, 3);
        assert.deepEqual(await texts('بن سلمان'), ['المملكة ماضية في خططها']);
        assert.deepEqual(await texts('سلمان بن'), []);
        // Paged statement lists read the name the same way.
        const rows = await allStatementRows(store, { speaker: 'أحمد عسيري' }, 1);
        assert.deepEqual(rows.map((r) => r.text).sort(), ['الدفاعات اعترضت الصاروخ', 'العمليات مستمرة']);
      });
    });

    it('gives an entity timeline: statements by it or naming it', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const entries = await store.timeline({ entity: 'الحماية المدنية' });
        assert.deepEqual(
          entries.map((e) => e.text),
          [FIXTURES.floods.statements![0]!.text],
        );
        const ministry = await store.timeline({ entity: 'الوزارة' });
        assert.ok(ministry.some((e) => e.text === 'الوزارة لن ترفع سعر الربطة'));
      });
    });

    it('lists entities from their own table, merged across articles and spellings', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const [khatib] = await store.entities({ name: 'الخطيب', limit: 5 });
        assert.equal(khatib?.name, 'سامي الخطيب');
        assert.equal(khatib?.articles, 3);
        assert.ok(khatib?.aliases.includes('الخطيب'));
        const orgs = await store.entities({ type: 'organization', limit: 50 });
        assert.ok(orgs.length >= 4);
        assert.ok(orgs.every((e) => e.type === 'organization'));
      });
    });

    it('pages through every statement exactly once, in ingest order then statement order', async () => {
      await withStore(factory, async (store) => {
        assert.deepEqual(await store.statementPage({ limit: 10 }), { rows: [], next: null });
        await store.putBatch(ALL());
        const order = [FIXTURES.bread, FIXTURES.breadCopy, FIXTURES.breadLater, FIXTURES.floods, FIXTURES.football];
        const expected = order.flatMap((f) => (f.statements ?? []).map((s, index) => ({ id: idOf(f), index, statement: s })));
        assert.equal(expected.length, (await store.counts()).statements);
        // 1 and 2 divide the count, 4 does not, 100 is larger than it.
        for (const limit of [1, 2, 4, 100]) {
          const rows = await allStatementRows(store, {}, limit);
          assert.deepEqual(rows.map(rowKey), expected.map((e) => `${e.id}#${e.index}`), `limit ${limit}`);
          for (const [i, row] of rows.entries()) {
            const { speaker, cue, text, direct, negated, date, sentence } = row;
            assert.deepEqual({ speaker, cue, text, direct, negated, date, sentence }, expected[i]!.statement, `limit ${limit}, row ${i}`);
          }
        }
        const [first] = (await store.statementPage({ limit: 1 })).rows;
        const bread = await store.getArticle(idOf(FIXTURES.bread));
        assert.deepEqual(first?.article, {
          id: idOf(FIXTURES.bread),
          source: FIXTURES.bread.source,
          title: FIXTURES.bread.title,
          outlet: 'الأفق',
          publishedAt: '2021-03-10T09:30',
          duplicateOf: null,
          storyId: bread?.storyId,
        });
        const rows = await allStatementRows(store, {}, 100);
        const copy = rows.find((r) => r.article.id === idOf(FIXTURES.breadCopy));
        assert.equal(copy?.article.duplicateOf, idOf(FIXTURES.bread), 'copies are exported too, marked');
      });
    });

    it('places each exported statement on its own date, else its article day', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const rows = await allStatementRows(store, {}, 100);
        const sortDates = (f: FixtureArticle): (string | null)[] => rows.filter((r) => r.article.id === idOf(f)).map((r) => r.sortDate);
        assert.deepEqual(sortDates(FIXTURES.bread), ['2021-03-10', '2021-03-10'], 'the publication day, without its time');
        assert.deepEqual(sortDates(FIXTURES.breadLater), ['2021-03-11', '2021-03-11'], "the statement's own date");
        assert.deepEqual(sortDates(FIXTURES.floods), ['2021-01-17'], 'an undated article: its reference day');
      });
    });

    it('filters exported statements by speaker exactly as the timeline does, and by day', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch(ALL());
        const timelineKeys = async (speaker: string): Promise<string[]> =>
          (await store.timeline({ speaker })).map((e) => `${e.article.id} ${e.text}`).sort();
        const pageKeys = async (query: Omit<StatementPageQuery, 'after' | 'limit'>, limit = 2): Promise<string[]> =>
          (await allStatementRows(store, query, limit)).map((r) => `${r.article.id} ${r.text}`).sort();
        for (const name of ['الخطيب', 'سامي الخطيب', 'سامى الخطيب', 'مديرة الحماية المدنية', 'كريم فؤاد', '؟']) {
          const expected = await timelineKeys(name);
          for (const limit of [1, 2, 50]) assert.deepEqual(await pageKeys({ speaker: name }, limit), expected, `${name}, limit ${limit}`);
        }
        assert.equal((await pageKeys({ speaker: 'الخطيب' })).length, 5);
        assert.equal((await pageKeys({ speaker: 'مديرة الحماية المدنية' })).length, 1, 'no speaker of that name: matched as a role');
        const speakerRows = await allStatementRows(store, { speaker: 'الخطيب' }, 1);
        const speakerKeys = speakerRows.map(rowKey);
        const everything = (await allStatementRows(store, {}, 100)).map(rowKey);
        assert.deepEqual(speakerKeys, everything.filter((k) => speakerKeys.includes(k)), 'a filtered export keeps the same order');

        const floods = FIXTURES.floods.statements![0]!.text;
        const later = FIXTURES.breadLater.statements!.map((s) => s.text);
        const texts = async (query: Omit<StatementPageQuery, 'after' | 'limit'>): Promise<string[]> => (await allStatementRows(store, query, 2)).map((r) => r.text);
        assert.deepEqual(await texts({ from: '2021-03-11' }), later);
        assert.deepEqual(await texts({ to: '2021-01-31' }), [floods]);
        assert.equal((await texts({ from: '2021-03-10', to: '2021-03-10' })).length, 3, 'both bounds inclusive');
        assert.deepEqual(await texts({ speaker: 'سامي الخطيب', from: '2021-03-11', to: '2021-03-11' }), later);
        assert.deepEqual(await texts({ speaker: 'الخطيب', to: '2021-01-31' }), []);
        assert.deepEqual(await texts({ from: '2030-01-01' }), []);
      });
    });

    it('continues a statement export into articles stored while paging, and refuses a malformed cursor', async () => {
      await withStore(factory, async (store) => {
        await store.putBatch([FIXTURES.bread, FIXTURES.breadLater].map(preparedFromFixture));
        const first = await store.statementPage({ limit: 3 });
        assert.equal(first.rows.length, 3);
        assert.ok(first.next);
        await store.putBatch([preparedFromFixture(FIXTURES.floods)]);
        const second = await store.statementPage({ limit: 3, after: first.next });
        assert.deepEqual(
          second.rows.map((r) => r.text),
          [FIXTURES.breadLater.statements![1]!.text, FIXTURES.floods.statements![0]!.text],
        );
        assert.equal(second.next, null);
        await assert.rejects(store.statementPage({ limit: 3, after: 'not a cursor' }), /cursor/u);
      });
    });

    it('writes a batch all or nothing', async () => {
      await withStore(factory, async (store) => {
        const good = preparedFromFixture(FIXTURES.bread);
        const bad = preparedFromFixture(FIXTURES.floods);
        const broken = { ...bad, record: { ...bad.record, title: null as unknown as string } };
        await assert.rejects(store.putBatch([good, broken]));
        assert.equal((await store.counts()).articles, 0);
        assert.equal(await store.getArticle(idOf(FIXTURES.bread)), null);
        // The store is still usable, and what failed can be written again.
        const outcomes = await store.putBatch([good, bad]);
        assert.deepEqual(
          outcomes.map((o) => o.status),
          ['added', 'added'],
        );
        assert.equal((await store.counts()).stories >= 2, true);
      });
    });
  });
}
