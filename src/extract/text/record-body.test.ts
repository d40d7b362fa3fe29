import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './extract.js';

// A royal cable as SaudiNewsNet's records carry it (written for this test): two lines of formulaic
// prose that the page classifier reads as boilerplate.
const CABLE = [
  'خادم الحرمين الشريفين يهنئ رئيس غانا بذكرى استقلال بلاده',
  ' بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس جون ماهاما رئيس جمهورية غانا بمناسبة ذكرى استقلال بلاده.',
  'وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب غانا الصديق اطراد التقدم والازدهار. ',
].join('\n');

test('a record whose body the classifier would empty keeps its prose lines', () => {
  const got = extractFromText(CABLE, { page: false });
  assert.equal(got.paragraphs.length, 2);
  assert.match(got.paragraphs[0]!, /^بعث خادم الحرمين/u);
  assert.ok(!got.warnings.includes('no article body found'));
});

test('a record that is only a byline or a caption stays without a body, and a page gets no such rescue', () => {
  assert.deepEqual(extractFromText('أحمد خواجة يفوز بجائزة التصوير\n أحمد خواجة', { page: false }).paragraphs, []);
  assert.deepEqual(extractFromText('مهرجان الصيف\nbody { margin: 0; padding: 0; } .box_vote { float: right; width: 300px; }', { page: false }).paragraphs, []);
  // A scraped page is another matter: lines the classifier rejects there are usually chrome.
  assert.deepEqual(extractFromText(CABLE, { page: true }).paragraphs, []);
});
