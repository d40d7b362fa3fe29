import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lightStem, searchTokens, stemNormalized } from './stem.js';
import { normalize } from './normalize.js';
import { STOPWORDS } from './lexicons/stopwords.js';
import { arabicText } from './property-arbitraries.js';

const families = [
  ['الحكومة', 'حكومة', 'والحكومة', 'بالحكومة', 'للحكومة', 'وبالحكومة', 'حكومات'],
  ['الولايات', 'والولايات', 'بالولايات', 'للولايات'],
  ['القوات', 'بالقوات', 'والقوات', 'قوات'],
  ['مفاوضات', 'المفاوضات', 'والمفاوضات', 'بالمفاوضات'],
  ['الوزير', 'وزير', 'والوزير', 'للوزير'],
  ['بيروت', 'وبيروت', 'لبيروت'],
  ['قال', 'وقال'],
  ['مُدرِّسة', 'مدرسة', 'المدرسة'],
];

for (const family of families) {
  test(`family collapses to one stem: ${family.join(' / ')}`, () => {
    const stems = new Set(family.map(lightStem));
    assert.equal(stems.size, 1, `${family.map((w) => `${w}→${lightStem(w)}`).join(' ')}`);
  });
}

test('known stems', () => {
  assert.equal(lightStem('الحكومة'), 'حكوم');
  assert.equal(lightStem('المفاوضات'), 'مفاوض');
  assert.equal(lightStem('القوات'), 'قوات'); // ات would leave 2 letters: kept
});

test('words of 2–3 letters stay intact (after normalization)', () => {
  for (const word of ['من', 'قال', 'بيت', 'وطن', 'لها', 'دول']) assert.equal(lightStem(word), word);
  assert.equal(lightStem('أمن'), 'امن');
});

test('ف ب ل ك alone need four letters after them', () => {
  assert.equal(lightStem('فكرة'), lightStem('الفكرة')); // not كره (ball)
  assert.equal(lightStem('فقال'), 'فقال'); // the price: فقال does not meet قال
  assert.equal(lightStem('لحكومة'), lightStem('حكومة'));
});

test('suffix and proclitic guards keep at least three letters', () => {
  assert.equal(lightStem('بيان'), 'بيان'); // not بي
  assert.equal(lightStem('الله'), 'الل'); // not له
  assert.equal(lightStem('كتاب'), 'كتاب'); // ك alone needs four letters after it
});

test('lightStem normalizes its input itself', () => {
  assert.equal(lightStem('الـحُكومـة'), lightStem('الحكومه'));
});

test('property: stems are never longer than the normalized word, and at least 3 letters when it had more', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'ابتجحدرسعفقكلمنهويةىأؤئ'), minLength: 1, maxLength: 12 }), (word) => {
      const normalized = normalize(word);
      const stem = stemNormalized(normalized);
      assert.ok(normalized.includes(stem));
      if (normalized.length > 3) assert.ok(stem.length >= 3);
      else assert.equal(stem, normalized);
    }),
  );
});

test('searchTokens: normalize, tokenize, drop stopwords, stem', () => {
  assert.deepEqual(searchTokens('وقال وزير الخارجية إنّ الحكومةَ في #اليمن_ينتصر ستدفع ١٬٥٠٠ دولار و3.5 مليون.'), [
    'قال',
    'زير',
    'خارج',
    'حكوم',
    'يمن',
    'ينتصر',
    'ستدفع',
    '1500',
    'دولار',
    '3.5',
    'ملي', // مليون: ون is stripped like a plural ending, the same way in every form
  ]);
  assert.deepEqual(searchTokens('Biden said https://example.com «هو» وهو'), ['biden', 'said']);
});

test('the same word in any clitic form gives the same search token', () => {
  assert.deepEqual(searchTokens('والولايات'), searchTokens('الولايات'));
  assert.deepEqual(searchTokens('بالقوات'), searchTokens('القوات'));
});

test('stopwords are written in SEARCH_RULES normalized form', () => {
  for (const word of STOPWORDS) assert.equal(normalize(word), word, word);
});

test('a text made only of stopwords gives no search tokens, in any clitic form', () => {
  const onlyStopwords = [...STOPWORDS].join(' ');
  assert.deepEqual(searchTokens(onlyStopwords), []);
  assert.deepEqual(searchTokens('وهو فقد وفي ولكن'), []);
});

test('property: search tokens are non-empty and already normalized', () => {
  fc.assert(
    fc.property(arabicText(80), (text) => {
      for (const token of searchTokens(text)) {
        assert.ok(token.length > 0);
        assert.equal(normalize(token), token);
      }
    }),
  );
});

test('searchTokens finishes on a 200 KB article', () => {
  const text = 'وقال الرئيس إن الحكومة ستواصل المفاوضات. '.repeat(5000);
  assert.equal(searchTokens(text).length, 5000 * 5); // قال رييس حكوم ستواصل مفاوض (إن is a stopword)
});
