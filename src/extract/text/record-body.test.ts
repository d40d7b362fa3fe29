import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './extract.js';

// A royal cable as SaudiNewsNet's records carry it (written for this test): two lines of formulaic
// prose, each only "near good" for the classifier, with no better block beside them.
const CABLE = [
  'خادم الحرمين الشريفين يهنئ رئيس غانا بذكرى استقلال بلاده',
  ' بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس جون ماهاما رئيس جمهورية غانا بمناسبة ذكرى استقلال بلاده.',
  'وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب غانا الصديق اطراد التقدم والازدهار. ',
].join('\n');

// A police item of one noun-heavy line with no full stop: no prose signal at all.
const POLICE = [
  'ضبط مقيمين مخالفين بحي النسيم',
  ' ضبط 3 مقيمين مخالفين لنظام الإقامة والعمل بحي النسيم شرق الرياض خلال حملة ميدانية مشتركة لشرطة الرياض وإدارة الجوازات ومكتب العمل وتسليمهم لجهة الاختصاص',
].join('\n');

test('near-good lines are the body of a page that has no better one', () => {
  for (const page of [true, false]) {
    const got = extractFromText(CABLE, { page });
    assert.equal(got.paragraphs.length, 2, `page: ${page}`);
    assert.match(got.paragraphs[0]!, /^بعث خادم الحرمين/u);
  }
});

test('a record whose body the classifier would empty keeps its prose lines; a page does not', () => {
  assert.equal(extractFromText(POLICE, { page: false }).paragraphs.length, 1);
  // On a scraped page, lines without any prose signal are usually chrome.
  assert.deepEqual(extractFromText(POLICE, { page: true }).paragraphs, []);
});

test('a record that is only a byline, a caption or a style sheet stays without a body', () => {
  assert.deepEqual(extractFromText('أحمد خواجة يفوز بجائزة التصوير\n أحمد خواجة', { page: false }).paragraphs, []);
  assert.deepEqual(extractFromText('مهرجان الصيف\nbody { margin: 0; padding: 0; } .box_vote { float: right; width: 300px; }', { page: false }).paragraphs, []);
});
