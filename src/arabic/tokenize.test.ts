import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, words, type TokenKind } from './tokenize.js';
import { anyText } from './property-arbitraries.js';

const kinds = (text: string): Array<[string, TokenKind]> => tokenize(text).map((t) => [t.text, t.kind]);

test('Arabic and Latin words, with harakat and tatweel inside the word', () => {
  assert.deepEqual(words('قالَ الـرئيسُ Biden إنّ'), ['قالَ', 'الـرئيسُ', 'Biden', 'إنّ']);
});

test('numbers in ASCII, Arabic-Indic and Persian digits with separators', () => {
  assert.deepEqual(kinds('1,000.5 و١٬٠٠٠ و٣٫٥ ۱۴۰۰ 3.'), [
    ['1,000.5', 'number'],
    ['و', 'word'],
    ['١٬٠٠٠', 'number'],
    ['و', 'word'],
    ['٣٫٥', 'number'],
    ['۱۴۰۰', 'number'],
    ['3', 'number'],
    ['.', 'punct'],
  ]);
});

test('Arabic punctuation and runs of final marks', () => {
  assert.deepEqual(kinds('نعم، لا؛ لماذا؟! ...'), [
    ['نعم', 'word'],
    ['،', 'punct'],
    ['لا', 'word'],
    ['؛', 'punct'],
    ['لماذا', 'word'],
    ['؟!', 'punct'],
    ['...', 'punct'],
  ]);
});

test('every quote style is a quote token', () => {
  const quotes = tokenize('«أ» “ب” „ج‟ "د" \'هـ\' ‹و› ‘ز’').filter((t) => t.kind === 'quote').map((t) => t.text);
  assert.deepEqual(quotes, ['«', '»', '“', '”', '„', '‟', '"', '"', "'", "'", '‹', '›', '‘', '’']);
});

test('URLs, e-mails and hashtags are kept whole; trailing punctuation is not part of them', () => {
  assert.deepEqual(kinds('انظر https://example.com/news?id=5. أو www.site.org/a_(b) وراسلنا info@example.org. #اليمن_ينتصر @user'), [
    ['انظر', 'word'],
    ['https://example.com/news?id=5', 'symbol'],
    ['.', 'punct'],
    ['أو', 'word'],
    ['www.site.org/a_(b)', 'symbol'],
    ['وراسلنا', 'word'],
    ['info@example.org', 'symbol'],
    ['.', 'punct'],
    ['#اليمن_ينتصر', 'word'],
    ['@user', 'word'],
  ]);
});

test('Latin words keep digits and inner apostrophes; Arabic words do not take digits', () => {
  assert.deepEqual(words("G20 don't O’Brien"), ['G20', "don't", 'O’Brien']);
  assert.deepEqual(kinds('ب5'), [
    ['ب', 'word'],
    ['5', 'number'],
  ]);
});

test('bidi marks separate nothing and are not tokens; ZWNJ inside a word stays in it', () => {
  assert.deepEqual(words('\u200Fقال\u200F مح\u200Cمد'), ['قال', 'مح\u200Cمد']);
});

test('symbols and emoji (surrogate pairs) are one token each', () => {
  assert.deepEqual(kinds('50% 😀'), [
    ['50', 'number'],
    ['%', 'punct'],
    ['😀', 'symbol'],
  ]);
});

test('property: spans are ordered, disjoint and equal to the input slice', () => {
  fc.assert(
    fc.property(anyText(), (text) => {
      let previousEnd = 0;
      for (const token of tokenize(text)) {
        assert.equal(text.slice(token.start, token.end), token.text);
        assert.ok(token.start >= previousEnd && token.end > token.start && token.end <= text.length);
        previousEnd = token.end;
      }
    }),
    { numRuns: 1000 },
  );
});

test('pathological input finishes: a 200 KB line, 10,000 quote marks, a long dotted run', () => {
  const started = Date.now();
  assert.equal(tokenize('كلمة '.repeat(40000)).length, 40000);
  assert.equal(tokenize('"'.repeat(10000)).length, 10000);
  assert.ok(tokenize('a.'.repeat(100000)).length > 0);
  assert.equal(tokenize('ب'.repeat(200000)).length, 1);
  assert.ok(Date.now() - started < 5000, 'tokenizing pathological input took more than 5 s');
});
