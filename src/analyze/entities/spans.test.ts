/**
 * Person spans that ran past the name or stood where no name was (session 18, from a reading of
 * 247 persons found in Baly 2018 and SaudiNewsNet articles outside the gold). Sentences are
 * written for the tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePage } from '../statements/pass-helpers.js';
import { findEntities } from './index.js';

/** Person names of a whole analysis (entity patterns and speakers), as `analyze` reports them. */
function persons(...paragraphs: string[]): string[] {
  return analyzePage(['عنوان الخبر', ...paragraphs]).entities.filter((e) => e.type === 'person').map((e) => e.name);
}

/**
 * Person names the entity patterns find, before `analyze` drops one-word names the article
 * mentions once and never quotes (src/analyze/lone-names.ts): what a name's shape alone gives.
 */
function patternPersons(...paragraphs: string[]): string[] {
  return findEntities({ title: 'عنوان الخبر', paragraphs }).entities.filter((e) => e.type === 'person').map((e) => e.name);
}

describe('where a person name ends', () => {
  it('a past verb after a first name is the clause going on', () => {
    assert.deepEqual(persons('وقال المحلل إن صالح قام بتمرير القانون في البرلمان .'), []);
    assert.deepEqual(patternPersons('وفي عهد الملك غازي صدر الدليل الأول للبلاد .'), ['غازي']);
  });

  it('a preposition of time after a title is no name, nor a speaker', () => {
    assert.deepEqual(persons('وقال الرئيس العراقي إبان الحرب إن الوضع صعب .'), []);
  });

  it('a title\'s complement is no name: an accusative with its adjective, a plural participle, a participle before its preposition', () => {
    assert.deepEqual(persons('وأكد أن لرئيس الجمهورية دورا كبيرا في الأزمة .'), []);
    assert.deepEqual(persons('وانتقد نائب رئيس الوزراء العراقي مقترحين قدمتهما الحكومة .'), []);
    assert.deepEqual(persons('وقالت الصحيفة إن الفريق مؤلف من 30 شخصا .'), []);
    // Names of the same shapes stay names.
    assert.deepEqual(patternPersons('والتقى الرئيس مبارك في القاهرة وزير الخارجية .'), ['مبارك']);
  });

  it('a full name\'s surname followed by a word is that person, not a new two-word name', () => {
    const found = persons(
      'وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب انتهت .',
      'فإن صالح عرف كعادته كيف يناور , وإذا كان صالح سيخرج من اللعبة فإن حلفاءه سيخسرون .',
    );
    assert.deepEqual(found, ['علي عبد الله صالح']);
  });

  it('a preposition after a name ends it', () => {
    assert.ok(persons('وضم النادي اللاعب كيفن دي بروين مقابل 46 مليون يورو .').every((name) => !name.includes('مقابل')));
  });

  it('an idiom or a ship is not the well-known person its words spell', () => {
    assert.deepEqual(persons('وتتابع الوزارة الأوضاع أولاً بأول مع الجهات المعنية .'), []);
    assert.deepEqual(persons('ووصلت حاملة الطائرات الأمريكية جورج دبليو بوش إلى البحر المتوسط .'), []);
    assert.deepEqual(persons('وقال جورج دبليو بوش إن الحرب انتهت .'), ['جورج دبليو بوش']);
  });
});
