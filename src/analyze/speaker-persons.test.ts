import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from './entities/index.js';
import { findStatements } from './statements/index.js';
import { withSpeakerPersons } from './speaker-persons.js';
import type { Statement } from '../core/types.js';

const TITLE = 'تحالفات انتخابية جديدة في العراق';

function personsOf(paragraphs: string[]): string[] {
  const entities = findEntities({ title: TITLE, paragraphs });
  const statements = findStatements({ title: TITLE, paragraphs, publishedAt: '2015-07-21', entities });
  return withSpeakerPersons(entities, statements).filter((e) => e.type === 'person').map((e) => e.name);
}

test('a speaker named after an office is a person even when the entity patterns missed the name', () => {
  const paragraphs = ['من جانبه، قال القيادي في "الحشد الشعبي"، فلاح الساعدي إن التحالف الجديد سيكون واسعا.'];
  const before = findEntities({ title: TITLE, paragraphs }).entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.equal(before.includes('فلاح الساعدي'), false, 'the fixture must be a name the entity patterns miss');
  const persons = personsOf(paragraphs);
  assert.equal(persons.filter((p) => p === 'فلاح الساعدي').length, 1);
});

test('speakers that do not read as a person add nothing', () => {
  const statement = (name: string | null, role: string | null): Statement => ({ speaker: { name, role }, cue: 'قال', text: 'نص', direct: false, negated: false, date: null, sentence: 0 });
  const entities = findEntities({ title: TITLE, paragraphs: ['وقال الوزير سامي العلي إن الخطة جاهزة.'] });
  const got = withSpeakerPersons(entities, [
    statement('الحكومة', null), // one word
    statement('ساحة النادي عندما', null), // no office read and no first name
    statement('35%', null),
    statement('ريكس تيلرسون وأعضاء', 'وزير الخارجية'), // a phrase joined by و
    statement('نوري المالكي عزلته', 'رئيس الوزراء'), // the verb's object with a pronoun
    statement('العلي', 'الوزير'), // a known person's surname
  ]);
  assert.deepEqual(got.map((e) => e.name), entities.entities.map((e) => e.name));
});

test('descriptions, bodies and noun phrases read as speakers are no persons', () => {
  const statement = (name: string, role: string | null): Statement => ({ speaker: { name, role }, cue: 'قال', text: 'نص', direct: false, negated: false, date: null, sentence: 0 });
  const entities = findEntities({ title: TITLE, paragraphs: ['وقال الوزير سامي العلي إن الخطة جاهزة.'] });
  const got = withSpeakerPersons(entities, [
    statement('ملف المفاوضات', 'مسؤول'),
    statement('لشركة سابك محمد', 'الرئيس التنفيذي'),
    statement('خالد العطية المجتمع الدولي', 'وزير الخارجية'),
    statement('فهد شقيق الضحية', 'المواطن'),
  ]);
  assert.deepEqual(got.map((e) => e.name), entities.entities.map((e) => e.name));
});

test('a known person the entity patterns cut short takes the speaker’s fuller name, not a second entry', () => {
  const statement = (name: string, role: string | null): Statement => ({ speaker: { name, role }, cue: 'قال', text: 'نص', direct: false, negated: false, date: null, sentence: 0 });
  const entities = findEntities({ title: TITLE, paragraphs: ['وزار المهندس نور الدين المنطقة المنكوبة.'] });
  const cut = entities.entities.find((e) => e.type === 'person' && e.name === 'نور الدين');
  assert.ok(cut, 'the fixture must give the entity patterns the short name');
  const persons = withSpeakerPersons(entities, [statement('نور الدين حمزاوي', 'رئيس البلدية')]).filter((e) => e.type === 'person');
  assert.deepEqual(persons.map((e) => e.name), ['نور الدين حمزاوي']);
  assert.deepEqual(persons[0]!.aliases.slice(0, 1), ['نور الدين']);
});

test('a first name cut short after a title takes the name the speaker parser read, when the speaker holds that title', () => {
  const paragraphs = ['وقال الدكتور محمد فراج إن الأزمة ستطول .'];
  const before = findEntities({ title: TITLE, paragraphs }).entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(before.filter((p) => p.startsWith('محمد')), ['محمد'], 'the fixture must be a name the title pattern cuts short');
  assert.deepEqual(personsOf(paragraphs).filter((p) => p.startsWith('محمد')), ['محمد فراج']);
});
