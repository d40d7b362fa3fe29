import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXTURES, preparedFromFixture } from '../store/contract.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { articleIdFor } from '../store/store.js';
import { parseQuery } from './query.js';
import { searchArticles } from './search.js';
import { makeSnippet } from './snippet.js';

describe('parseQuery', () => {
  it('turns words into single-key groups and quoted text into phrases', () => {
    const q = parseQuery('وزير "رفع الدعم" «المحروقات»');
    assert.equal(q.groups.length, 3);
    assert.equal(q.groups.filter((g) => g.length === 2).length, 1);
    assert.deepEqual(parseQuery('في من على').groups, [], 'stopwords alone are no query');
    assert.deepEqual(parseQuery('الحكومة والحكومة').groups.length, 1, 'the same key twice is one group');
  });

  it('gives the same keys for spelling variants (hamza, ة/ه, ى/ي, harakat, tatweel, proclitics)', () => {
    const key = (q: string): string => JSON.stringify(parseQuery(q).groups);
    assert.equal(key('أعلنت الحكومة'), key('اعلنت الحكومه'));
    assert.equal(key('الحكومةُ'), key('والحكومة'));
    assert.equal(key('مستشفى'), key('مستشفي'));
    assert.equal(key('إسرائيل'), key('اسرائيل'));
    assert.equal(key('الـــحكومة'), key('بالحكومة'));
    // The hamza's seat: ؤ, ئ and the old-style ىء are one key.
    assert.equal(key('مسؤول'), key('المسئول'));
    assert.equal(key('شؤون'), key('شئون'));
    assert.equal(key('الطوارئ'), key('الطوارىء'));
  });

  it('reads an unclosed quote as a phrase to the end', () => {
    assert.equal(parseQuery('"رفع الدعم').groups[0]?.length, 2);
  });
});

describe('makeSnippet', () => {
  it('highlights the words as the writer wrote them, not their stems', () => {
    const body = 'قال الوزير إن وبالحكومةِ ثقة كبيرة، وإن الحكومة ستعلن قرارها غداً.';
    const snippet = makeSnippet(body, parseQuery('حكومة').keys);
    assert.equal(snippet, 'قال الوزير إن <mark>وبالحكومةِ</mark> ثقة كبيرة، وإن <mark>الحكومة</mark> ستعلن قرارها غداً.');
  });

  it('highlights a word spelled on another hamza seat than the query', () => {
    const snippet = makeSnippet('وقال المسئول إن شئون الطوارىء تحت السيطرة.', parseQuery('مسؤول شؤون الطوارئ').keys, { open: '[', close: ']' });
    assert.equal(snippet, 'وقال [المسئول] إن [شئون] [الطوارىء] تحت السيطرة.');
  });

  it('cuts the densest window out of a long body, with ellipses', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `كلمة${i}`).join(' ');
    const body = `${filler} أعلنت وزارة الصحة اليوم حملة تطعيم جديدة ${filler}`;
    const snippet = makeSnippet(body, parseQuery('وزارة الصحة تطعيم').keys, { open: '[', close: ']' });
    assert.match(snippet, /^… .*\[وزارة\] \[الصحة\] اليوم حملة \[تطعيم\].* …$/u);
    assert.ok(snippet.length < 400);
  });

  it('highlights cased words whatever their case, accented capitals included', () => {
    assert.equal(makeSnippet('قال: Über alles', parseQuery('über').keys, { open: '[', close: ']' }), 'قال: [Über] alles');
    // A word mixing Arabic and capitals is matched lower-cased, as the index keys it.
    assert.equal(makeSnippet('شعار وABCعربي هنا', parseQuery('abcعربي').keys, { open: '[', close: ']' }), 'شعار [وABCعربي] هنا');
  });

  it('returns the start of the body when nothing matches, and nothing for an empty body', () => {
    assert.equal(makeSnippet('نص قصير', new Set(['غير'])), 'نص قصير');
    assert.equal(makeSnippet('', new Set(['x'])), '');
  });
});

describe('searchArticles (golden, over the contract fixtures)', () => {
  it('finds the same articles for every spelling of a query and returns the contract fields', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await store.putBatch(Object.values(FIXTURES).map(preparedFromFixture));
      const golden: [string[], string[]][] = [
        [['الخطيب', 'الخطیب', 'والخطيب', 'الخَطِيب'], ['bread', 'breadCopy', 'breadLater']],
        [['تأجيل', 'تاجيل', 'بتأجيل', 'التأجيل'], ['breadLater']],
        [['تيبازة', 'تيبازه', 'بتيبازة', 'تيبـــازة'], ['floods']],
        [['مستشفى'], []],
        [['"الحماية المدنية"', '"الحمايه المدنيه"', '«للحماية المدنيّة»'], ['floods']],
      ];
      for (const [queries, expected] of golden) {
        const want = expected.map((k) => articleIdFor(FIXTURES[k as keyof typeof FIXTURES].source)).sort();
        for (const q of queries) {
          // --no-fold: every matching article is a result of its own.
          const { results } = await searchArticles(store, q, { fold: false });
          assert.deepEqual(results.map((r) => r.id).sort(), want, q);
        }
      }
      const { results } = await searchArticles(store, 'تيبازة', { limit: 1 });
      assert.deepEqual(Object.keys(results[0]!).sort(), ['copies', 'id', 'outlet', 'publishedAt', 'referenceDate', 'score', 'snippet', 'source', 'title']);
      assert.match(results[0]!.snippet, /<mark>تيبازة<\/mark>/u);

      // Folded (the default): the wire copy is listed under its original's result, not beside it.
      const id = (k: keyof typeof FIXTURES): string => articleIdFor(FIXTURES[k].source);
      const folded = (await searchArticles(store, 'الخطيب')).results;
      assert.equal(folded.length, 2);
      const withCopy = folded.find((r) => r.copies.length > 0)!;
      assert.deepEqual([withCopy.id, ...withCopy.copies.map((c) => c.id)].sort(), [id('bread'), id('breadCopy')].sort());
      assert.ok(folded.some((r) => r.id === id('breadLater') && r.copies.length === 0));
      assert.equal((await searchArticles(store, 'الخطيب', { limit: 1 })).results.length, 1);
    } finally {
      await store.close();
    }
  });
});
