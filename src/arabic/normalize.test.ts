import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DISPLAY_RULES,
  RULES,
  RULE_ORDER,
  SEARCH_RULES,
  normalize,
  normalizeWithOffsets,
  type RuleName,
} from './normalize.js';
import { anyText } from './property-arbitraries.js';

const ruleCases: Record<RuleName, Array<[string, string]>> = {
  bidi: [
    ['\u200Fالعربية\u200E', 'العربية'],
    ['\u202Bنص\u202C', 'نص'],
    ['مح\u200Cمد', 'محمد'], // ZWNJ inside an Arabic word is typing noise
    ['👨\u200D👩', '👨\u200D👩'], // ZWJ between emoji builds one glyph: kept
    ['co\u00ADoperate', 'cooperate'],
  ],
  presentationForms: [
    ['\uFEFB', '\u0644\u0627'], // ﻻ → لا
    ['\uFE8D\uFEDF\uFECC\uFEAE\uFE8F', 'العرب'],
    ['\uFDF2', 'الله'],
    ['ب\uFE72', 'ب\u064C'], // isolated dammatan: no space added before the mark
  ],
  harakat: [
    ['مُحَمَّدٌ', 'محمد'],
    ['هٰذا', 'هذا'],
    ['ا\u0654', 'ا'], // decomposed hamza above
  ],
  tatweel: [['الـــعرب', 'العرب']],
  alef: [
    ['أحمد إبراهيم آمال ٱلله', 'احمد ابراهيم امال الله'],
  ],
  alefMaqsura: [
    ['مستشفى على', 'مستشفي علي'],
    ['\u06CC', 'ي'],
  ],
  taaMarbuta: [['مدرسة الحكومة', 'مدرسه الحكومه']],
  hamzaCarriers: [
    ['مسؤول مسئول رئيس', 'مسءول مسءول رءيس'],
    ['الطوارئ الطوارىء', 'الطوارء الطوارء'], // ىء: the old-style seat goes
    ['شيء شىء شئ بريء', 'شء شء شء برء'], // a seat before a word-final hamza goes, however written
    ['بيئة شيئا', 'بيءة شيءا'], // inside the word the ي is the word's own letter
    ['على علي \u06CC', 'على علي \u06CC'], // no hamza after them: ى and ی stay (the alefMaqsura rule is off)
    ['ىىؤ', 'ء'],
  ],
  digits: [
    ['٢٠٢١', '2021'],
    ['۱۴۰۰', '1400'],
    ['١٬٥٠٠٫٥ ٪', '1,500.5 %'],
  ],
  quotes: [
    ['«نعم»', '"نعم"'],
    ['“قال” „كذا‟ ″هنا″', '"قال" "كذا" "هنا"'],
    ['‘كذا’ O’Brien', "'كذا' O'Brien"],
  ],
  whitespace: [
    ['قال   إن', 'قال إن'],
    ['قال\t\u00A0\u2009إن', 'قال إن'],
    ['سطر  \r\n\r\n  سطر', 'سطر\nسطر'],
    ['كلمة\u200Bكلمة', 'كلمةكلمة'],
    [' طرف ', ' طرف '], // not trimmed: normalizing pieces and joining them keeps the words apart
  ],
};

for (const name of RULE_ORDER) {
  test(`rule ${name}: examples`, () => {
    const rule = RULES[name];
    assert.equal(rule.name, name);
    for (const [input, expected] of ruleCases[name]) assert.equal(rule.apply(input), expected, JSON.stringify(input));
  });
}

test('rules apply in a fixed order, whatever order they are listed in', () => {
  const text = '\uFE8D\uFEDF\uFEA4\uFEDC\uFEEE\uFEE3\uFE94 «أَنْ» ١٢';
  assert.equal(normalize(text, ['whitespace', 'alef', 'presentationForms', 'harakat']), normalize(text, ['presentationForms', 'harakat', 'alef', 'whitespace']));
});

test('presentation forms feed the letter rules: ﺓ becomes ه, ﻷ becomes لا', () => {
  assert.equal(normalize('\uFE93 \uFEF7'), 'ه لا');
});

test('SEARCH_RULES: what readers type meets what writers wrote', () => {
  assert.equal(normalize('وَقَالَ الرَّئِيسُ الـمصري إنّ «الأزمة» انتهت في ٢٠٢١'), 'وقال الرءيس المصري ان "الازمه" انتهت في 2021');
  assert.equal(normalize('مستشفى'), normalize('مستشفي'));
  assert.equal(normalize('مسؤول'), normalize('مسئول'));
  assert.equal(normalize('شؤون'), normalize('شئون'));
  assert.equal(normalize('تفاؤل'), normalize('تفاءل'));
  assert.equal(normalize('مبادئ'), normalize('مبادىء'));
  assert.equal(normalize('الطوارئ'), normalize('الطوارى\u064Eء')); // a haraka between seat and hamza is looked through
  assert.equal(normalize('\uFE8B'), 'ء'); // a presentation form of ئ reaches the same ء
  assert.deepEqual(SEARCH_RULES, [...RULE_ORDER]);
});

test('DISPLAY_RULES keep harakat, hamzas, digits and quotes as written', () => {
  assert.deepEqual(DISPLAY_RULES, ['bidi', 'presentationForms', 'tatweel', 'whitespace']);
  assert.equal(normalize('\u200Fمُدرِّسة  «أحمد» ١٢\uFEFB الـعرب', DISPLAY_RULES), 'مُدرِّسة «أحمد» ١٢لا العرب');
});

test('an unknown rule name is a programming error', () => {
  assert.throws(() => normalize('x', ['nope' as RuleName]), /unknown normalization rule "nope"/);
});

test('normalizeWithOffsets maps every output character back to the input', () => {
  const input = 'أَ\uFEFB  ب';
  const result = normalizeWithOffsets(input);
  assert.equal(result.text, 'الا ب');
  assert.deepEqual([...result.offsets], [0, 2, 2, 3, 5, 6]);
  assert.equal(result.toOriginal(1), 2);
  assert.equal(result.toOriginal(-3), 0);
  assert.equal(result.toOriginal(99), input.length);
});

test('offsets turn a span found in normalized text into the original span', () => {
  const input = 'قال الرَّئِيسُ إن';
  const result = normalizeWithOffsets(input);
  const start = result.text.indexOf('الرءيس');
  const end = start + 'الرءيس'.length;
  assert.equal(input.slice(result.toOriginal(start), result.toOriginal(end)).trim(), 'الرَّئِيسُ');
});

const ruleSubset = fc.subarray([...RULE_ORDER]);

test('property: normalize is idempotent for any string and any rule subset', () => {
  fc.assert(
    fc.property(anyText(), ruleSubset, (text, rules) => {
      const once = normalize(text, rules);
      assert.equal(normalize(once, rules), once);
    }),
    { numRuns: 2000 },
  );
});

test('property: offsets are non-decreasing, in bounds, and agree with normalize', () => {
  fc.assert(
    fc.property(anyText(), fc.option(ruleSubset, { nil: undefined }), (text, rules) => {
      const result = normalizeWithOffsets(text, rules);
      assert.equal(result.text, normalize(text, rules));
      assert.equal(result.offsets.length, result.text.length + 1);
      assert.equal(result.offsets[result.text.length], text.length);
      for (let i = 0; i < result.offsets.length; i++) {
        const offset = result.offsets[i] as number;
        assert.ok(offset >= 0 && offset <= text.length);
        if (i > 0) assert.ok(offset >= (result.offsets[i - 1] as number));
      }
    }),
    { numRuns: 1000 },
  );
});

const LETTER_RULES: RuleName[] = ['harakat', 'tatweel', 'alef', 'alefMaqsura', 'taaMarbuta', 'hamzaCarriers', 'digits'];

test('property: Latin/ASCII text without quotes is untouched by DISPLAY and by the letter rules', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,;:!?()-/@#%&*+='), minLength: 1, maxLength: 12 });
  const separator = fc.constantFrom(' ', '\n');
  const latin = fc.array(fc.tuple(word, separator), { maxLength: 10 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(latin, (text) => {
      assert.equal(normalize(text, DISPLAY_RULES), text);
      assert.equal(normalize(text, LETTER_RULES), text);
    }),
  );
});

test('normalize is fast enough for every token of every article', () => {
  const text = 'وَقَالَ الرَّئِيسُ «الأزمة» انتهت في ٢٠٢١ ﻻ '.repeat(5000); // about 200 KB
  const started = Date.now();
  const out = normalize(text);
  assert.ok(out.length > 0);
  assert.ok(Date.now() - started < 2000, 'normalizing 200 KB took more than 2 s');
});

test('offsets: a dropped hamza seat (ىء) maps the ء back to its own place, and the next word to its own', () => {
  const input = 'في الطوارىء اليوم';
  const result = normalizeWithOffsets(input);
  assert.equal(result.text, 'في الطوارء اليوم');
  assert.equal(input[result.toOriginal(result.text.indexOf('ء'))], 'ء');
  assert.equal(input.slice(result.toOriginal(result.text.indexOf('اليوم'))), 'اليوم');
});
