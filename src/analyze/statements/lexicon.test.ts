/** The cue lexicon expands to the forms news text uses, each with its gender. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../arabic/index.js';
import { CUE_VERBS, expandCueForms } from '../../lexicons/cues.js';
import { LEXICON, isComplementizer } from './lexicon.js';
import { ALREADY_FOLDED } from './text.js';

const FORMS: [string, string, string][] = [
  ['قال', 'قال', 'masc'],
  ['قالت', 'قال', 'fem'],
  ['قالوا', 'قال', 'plural'],
  ['قالا', 'قال', 'plural'],
  ['يقول', 'قال', 'masc'],
  ['تقول', 'قال', 'fem'],
  ['يقولون', 'قال', 'plural'],
  ['قائلاً', 'قال', 'masc'],
  ['قائلا', 'قال', 'masc'],
  ['قائلةً', 'قال', 'fem'],
  ['أكدت', 'أكد', 'fem'],
  ['يؤكد', 'أكد', 'masc'],
  ['مؤكداً', 'أكد', 'masc'],
  ['نفت', 'نفى', 'fem'],
  ['نفوا', 'نفى', 'plural'],
  ['ينفي', 'نفى', 'masc'],
  ['دعت', 'دعا', 'fem'],
  ['يدعون', 'دعا', 'plural'],
  ['داعياً', 'دعا', 'masc'],
  ['رأت', 'رأى', 'fem'],
  ['يرى', 'رأى', 'masc'],
  ['صرّح', 'صرح', 'masc'],
  ['حذّرت', 'حذر', 'fem'],
  ['محذراً', 'حذر', 'masc'],
  ['نوّه', 'نوه', 'masc'],
  ['لافتاً', 'لفت', 'masc'],
  ['معتبرة', 'اعتبر', 'fem'],
];

for (const [form, lemma, gender] of FORMS) {
  test(`cue form ${form} → ${lemma} (${gender})`, () => {
    const hit = LEXICON.verbForms.get(normalize(form));
    assert.ok(hit, `${form} is not a cue form`);
    assert.equal(hit.lemma, lemma);
    assert.equal(hit.gender, gender);
  });
}

test('everyday nouns that look like participles are not cues', () => {
  for (const word of ['مجددا', 'متابعة', 'مبلغا', 'مطالبات', 'بين']) assert.equal(LEXICON.verbForms.get(normalize(word)), undefined, word);
});

test('the table expands to hundreds of forms from a few dozen rows', () => {
  const forms = expandCueForms();
  assert.ok(CUE_VERBS.length < 60);
  assert.ok(forms.length > 400, `${forms.length} forms`);
});

test('complementizers with their pronoun suffixes', () => {
  for (const w of ['أن', 'إن', 'بأن', 'فإن', 'أنه', 'إنها', 'بأنهم', 'أننا']) assert.ok(isComplementizer(normalize(w)), w);
  for (const w of ['أنقرة', 'إنسان', 'الآن']) assert.ok(!isComplementizer(normalize(w)), w);
});

test('letters taken as already folded are left alone by normalize()', () => {
  for (let c = 0x0600; c <= 0x06ff; c++) {
    const ch = String.fromCharCode(c);
    if (ALREADY_FOLDED.test(ch)) assert.equal(normalize(ch), ch, `U+${c.toString(16)}`);
  }
});
