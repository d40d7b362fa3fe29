/** The cheap cue check must never miss a sentence that the parser would read a cue in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize } from '../../arabic/index.js';
import { expandCueForms } from '../../lexicons/cues.js';
import { CUE_KEYS, MAX_CUE_WORD, foldWord, hasCueWord, mayHoldCue } from './prefilter.js';
import { findStatements } from './index.js';

test('every cue verb form, bare or with و/ف, is a candidate', () => {
  for (const f of expandCueForms()) {
    for (const w of [f.form, 'و' + f.form, 'ف' + f.form]) {
      assert.ok(mayHoldCue(`نص ${w} نص`), w);
      assert.ok(normalize(w).length <= MAX_CUE_WORD, w);
    }
  }
});

test('harakat, tatweel and hamza spellings are folded like normalize()', () => {
  assert.ok(mayHoldCue('وَقَالَتْ الوزيرة إن…'));
  assert.ok(mayHoldCue('وأكـــد الوزير أن…'));
  assert.ok(mayHoldCue('وبحسب الوزارة، فإن…'));
  assert.ok(mayHoldCue('وجاء في البيان أن…'));
});

test('a sentence without any cue word is ruled out', () => {
  assert.equal(mayHoldCue('وخسر التنظيم هذا العام معظم الأراضي التي كان يسيطر عليها.'), false);
  assert.equal(mayHoldCue(''), false);
  assert.equal(CUE_KEYS.has('في'), false, 'common first words of nominal cues are not keys');
});

test('mayHoldCue agrees with hasCueWord over normalize() on mixed text', () => {
  const alphabet = fc.constantFrom('قال', 'وأكد', 'َ', 'ـ', ' ', '،', 'ت', 'ة', 'أ', 'ى', '«', '3', 'x', 'ﻻ', 'بيان', 'في');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.equal(mayHoldCue(text), hasCueWord(normalize(text)));
    }),
  );
});

test('skipping sentences leaves sentence indexes and open quotes intact', () => {
  const got = findStatements({
    title: '',
    paragraphs: ['خسر التنظيم معظم الأراضي.', 'وقال الوزير: «الوضع صعب.', 'لن نتراجع أبداً».', 'وأضاف أن الحل قريب.'],
    publishedAt: null,
    entities: null,
  });
  assert.equal(got[0]!.sentence, 1);
  assert.ok(got[0]!.text.includes('لن نتراجع'));
  assert.equal(got[1]!.sentence, 3);
});

test('foldWord equals normalize() on words of any Arabic-block character and a few others', () => {
  const ch = fc.oneof(fc.integer({ min: 0x0600, max: 0x06ff }), fc.constantFrom(0x200c, 0xfefb, 0x41, 0x8e3)).map((c) => String.fromCharCode(c));
  fc.assert(
    fc.property(fc.array(ch, { minLength: 1, maxLength: 12 }), (chars) => {
      const word = chars.join('');
      assert.equal(foldWord(word), normalize(word));
    }),
  );
  assert.equal(foldWord('وأكّدَت'), normalize('وأكّدَت'));
});
