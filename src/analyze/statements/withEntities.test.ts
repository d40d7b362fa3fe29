/**
 * Statements through the real entity analysis (no mock): names canonicalized from surnames,
 * capitals as speakers, nisba references, headline speakers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';

function analyze(title: string, paragraphs: string[]) {
  return findStatements({ title, paragraphs, publishedAt: '2021-03-14', entities: findEntities({ title, paragraphs }) });
}

test('a surname in the headline resolves to the full name given in the body', () => {
  const got = analyze('الخطيب لـ«الصباح»: الموازنة جاهزة', ['وقال المتحدث باسم وزارة الصحة سامي الخطيب إن الوضع تحت السيطرة.']);
  assert.equal(got[0]!.sentence, -1);
  assert.equal(got[0]!.speaker.name, 'سامي الخطيب');
  assert.equal(got[1]!.speaker.name, 'سامي الخطيب');
  assert.equal(got[1]!.speaker.role, 'المتحدث باسم وزارة الصحة');
});

test('a later surname keeps the name and the role of the introduction', () => {
  const got = analyze('', ['وقال المتحدث باسم وزارة الصحة سامي الخطيب إن الوضع تحت السيطرة.', 'وأكد الخطيب أن الإصابات تراجعت.']);
  assert.deepEqual(got[1]!.speaker, { name: 'سامي الخطيب', role: 'المتحدث باسم وزارة الصحة' });
});

test('a capital as speaker: the role keeps the capital, the name is its government', () => {
  const got = analyze('', ['أنقرة تقول إن العملية ستستمر.']);
  assert.equal(got.length, 1);
  assert.equal(got[0]!.speaker.role, 'أنقرة');
  assert.equal(got[0]!.speaker.name, 'تركيا');
});

test('a country name inside the role does not leak into the name', () => {
  const got = analyze('', ['وقال وزير خارجية تركيا مولود جاويش أوغلو إن أنقرة لن تنسحب.']);
  assert.deepEqual(got[0]!.speaker, { name: 'مولود جاويش أوغلو', role: 'وزير خارجية تركيا' });
  assert.equal(got[0]!.negated, true);
});

test('a nisba reference matches the earlier speaker of the same government', () => {
  const got = analyze('', ['وقال وزير خارجية تركيا مولود جاويش أوغلو إن أنقرة لن تنسحب.', 'وقال المسؤول التركي إن بلاده تريد حلا.']);
  assert.equal(got[1]!.speaker.name, 'مولود جاويش أوغلو');
});

test('a nisba reference with no matching speaker keeps the role and no name', () => {
  const got = analyze('', ['وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو منفتحة.', 'وقال المسؤول التركي إن بلاده تريد حلا.']);
  assert.equal(got[0]!.speaker.name, 'سيرغي لافروف');
  assert.deepEqual(got[1]!.speaker, { name: null, role: 'المسؤول التركي' });
});

test('feminine continuation and reference through the entity analysis', () => {
  const got = analyze('', [
    'وقالت المتحدثة باسم الخارجية الأمريكية جين ساكي إن واشنطن تتابع.',
    'وقال السفير الروسي إن بلاده ترفض.',
    'وأضافت المتحدثة أن الاتصالات مستمرة.',
  ]);
  assert.equal(got[2]!.speaker.name, 'جين ساكي');
  assert.equal(got[2]!.cue, 'أضاف');
});
