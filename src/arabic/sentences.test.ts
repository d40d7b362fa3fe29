import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from './sentences.js';
import { anyText, arabicText } from './property-arbitraries.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

test('splits on . ! ? ؟ … and keeps runs such as ؟! together', () => {
  assert.deepEqual(texts('وصل الوفد. هل اتفقوا؟! نعم! ربما… ثم انتهى'), ['وصل الوفد.', 'هل اتفقوا؟!', 'نعم!', 'ربما…', 'ثم انتهى']);
});

test('a line break always ends a sentence', () => {
  assert.deepEqual(texts('عنوان بلا نقطة\nالفقرة الأولى. الثانية.\r\n\r\nالأخيرة'), ['عنوان بلا نقطة', 'الفقرة الأولى.', 'الثانية.', 'الأخيرة']);
});

test('never inside a quotation; a quotation ending in a terminator ends the sentence after its mark', () => {
  assert.deepEqual(texts('قال الوزير: «لن نتراجع. سنواصل.» ثم غادر.'), ['قال الوزير: «لن نتراجع. سنواصل.»', 'ثم غادر.']);
  assert.deepEqual(texts('وقال: “الوضع خطير. جدا” وأضاف كلاما.'), ['وقال: “الوضع خطير. جدا” وأضاف كلاما.']);
  assert.deepEqual(texts('قال: "نرفض. لن نقبل." ثم خرج.'), ['قال: "نرفض. لن نقبل."', 'ثم خرج.']);
  assert.deepEqual(texts('قال ‹هذا. ذاك› وانصرف.'), ['قال ‹هذا. ذاك› وانصرف.']);
});

test('a comma after the quotation shows the sentence goes on', () => {
  assert.deepEqual(texts('«نرفض ذلك.»، وأضاف أنه لن يوقع.'), ['«نرفض ذلك.»، وأضاف أنه لن يوقع.']);
});

test('closing quotes and brackets after the terminator stay with the sentence', () => {
  assert.deepEqual(texts('(انتهى الاجتماع.) ثم بدأ آخر.'), ['(انتهى الاجتماع.)', 'ثم بدأ آخر.']);
  assert.deepEqual(texts('وقال إن الأمر انتهى.» وغادر.'), ['وقال إن الأمر انتهى.»', 'وغادر.']);
});

test('unbalanced quotes do not swallow the paragraph', () => {
  assert.deepEqual(texts('قال «كذا. ثم ذهب. وعاد.'), ['قال «كذا.', 'ثم ذهب.', 'وعاد.']);
  assert.deepEqual(texts('قال " كذا. ثم " ذهب. وعاد " .'), ['قال " كذا. ثم " ذهب.', 'وعاد " .']);
});

test('text tokenized with spaces around punctuation', () => {
  assert.deepEqual(texts('قال إن " كذا " . وأضاف " , " ثم جاء .'), ['قال إن " كذا " .', 'وأضاف " , " ثم جاء .']);
  assert.deepEqual(texts('قال " انتهى . " ثم ذهب .'), ['قال " انتهى . "', 'ثم ذهب .']);
  assert.deepEqual(texts('انتهى . . وبدأ'), ['انتهى . .', 'وبدأ']);
});

test('؛ does not end a sentence inside a line', () => {
  assert.deepEqual(texts('وقال إن الوضع خطير؛ مشيرا إلى أن الحل قريب.'), ['وقال إن الوضع خطير؛ مشيرا إلى أن الحل قريب.']);
});

test('decimals, abbreviations, initials, list numbers and URLs are not ends', () => {
  assert.deepEqual(texts('ارتفع بنسبة 3.5 بالمئة. وقال د. محمد إن م. أحمد وأ. د. سامي حضروا.'), [
    'ارتفع بنسبة 3.5 بالمئة.',
    'وقال د. محمد إن م. أحمد وأ. د. سامي حضروا.',
  ]);
  assert.deepEqual(texts('ولد عام 1370 هـ. في مكة'), ['ولد عام 1370 هـ. في مكة']);
  assert.deepEqual(texts('قابل Dr. Smith وJ. K. Rowling. ثم عاد.'), ['قابل Dr. Smith وJ. K. Rowling.', 'ثم عاد.']);
  assert.deepEqual(texts('1. البند الأول. 2. البند الثاني.'), ['1. البند الأول.', '2. البند الثاني.']);
  assert.deepEqual(texts('زوروا https://example.com/a.b?c=1. أو www.site.org اليوم.'), ['زوروا https://example.com/a.b?c=1.', 'أو www.site.org اليوم.']);
});

test('ellipses: one end for the run, none inside brackets', () => {
  assert.deepEqual(texts('انتظر.... ثم (...) عاد.'), ['انتظر....', 'ثم (...) عاد.']);
});

test('a missing space after a full stop between Arabic words still ends the sentence', () => {
  assert.deepEqual(texts('انتهى.وقال آخر'), ['انتهى.', 'وقال آخر']);
});

test('spans are trimmed slices of the input', () => {
  const input = '  أولى.   ثانية!  ';
  const spans = splitSentences(input);
  assert.deepEqual(spans, [
    { text: 'أولى.', start: 2, end: 7 },
    { text: 'ثانية!', start: 10, end: 16 },
  ]);
  assert.deepEqual(splitSentences('   \n  '), []);
});

test('property: spans are in order, non-overlapping, within bounds, trimmed slices', () => {
  fc.assert(
    fc.property(fc.oneof(anyText(), arabicText(120)), (text) => {
      let previousEnd = 0;
      for (const span of splitSentences(text)) {
        assert.ok(span.start >= previousEnd && span.end > span.start && span.end <= text.length);
        assert.equal(text.slice(span.start, span.end), span.text);
        assert.equal(span.text, span.text.trim());
        previousEnd = span.end;
      }
    }),
    { numRuns: 1000 },
  );
});

test('pathological input finishes: 200 KB without punctuation, 10,000 quote marks, unbalanced quotes', () => {
  const started = Date.now();
  assert.equal(splitSentences('كلمة '.repeat(40000)).length, 1);
  assert.ok(splitSentences('"'.repeat(10000)).length <= 1);
  assert.ok(splitSentences('«'.repeat(10000) + ' كذا. '.repeat(1000) + '»'.repeat(10000)).length >= 1);
  assert.ok(splitSentences('“ نعم. '.repeat(20000)).length > 1000);
  assert.ok(splitSentences('a.'.repeat(100000)).length >= 1);
  assert.ok(Date.now() - started < 5000, 'splitting pathological input took more than 5 s');
});

test('a dotted acronym is no sentence end; a glued end after a word still is', () => {
  assert.deepEqual(texts('وقال لمحطة (بي.بي.سي) إن الوضع هادئ. وأضاف كذا.'), ['وقال لمحطة (بي.بي.سي) إن الوضع هادئ.', 'وأضاف كذا.']);
  assert.deepEqual(texts('وقال لقناة ايه.تي.في التركية إن الوضع هادئ.'), ['وقال لقناة ايه.تي.في التركية إن الوضع هادئ.']);
  assert.deepEqual(texts('انتهى الاجتماع.وقال الوزير كذا.'), ['انتهى الاجتماع.', 'وقال الوزير كذا.']);
  // One dot between two short words is a lost space, not an acronym.
  assert.deepEqual(texts('قال هو.لا شيء تغير.'), ['قال هو.', 'لا شيء تغير.']);
});

test('a straight quote mark before a lone sentence end closes a quotation; it opens none', () => {
  // The first quotation opened in an earlier line; pairing its closing mark with the next opening
  // one would join the two sentences and put the second cue inside a quotation.
  assert.deepEqual(texts('ويعرب عن حرصه على استقرار البلد " . من جهتها , قالت المتحدثة إن " الوزير دعا إلى التهدئة .'), [
    'ويعرب عن حرصه على استقرار البلد " .',
    'من جهتها , قالت المتحدثة إن " الوزير دعا إلى التهدئة .',
  ]);
  // With a quotation open, the same mark closes it as before.
  assert.deepEqual(texts('قال " انتهى الأمر " . ثم غادر.'), ['قال " انتهى الأمر " .', 'ثم غادر.']);
});
