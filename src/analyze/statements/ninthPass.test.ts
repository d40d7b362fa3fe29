/**
 * Ninth pass (session 10): one test per rule added after studying the dev errors. Every sentence
 * was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { findStatements } from './index.js';
import type { Statement } from '../../core/types.js';

const TITLE = 'تطورات الأحداث في المنطقة خلال الأسبوع الماضي';

function run(paragraphs: string[]): Statement[] {
  const entities = findEntities({ title: TITLE, paragraphs });
  return findStatements({ title: TITLE, paragraphs, publishedAt: '2021-03-14', entities });
}

const speakers = (got: Statement[]): [string | null, string | null, string][] => got.map((s) => [s.speaker.name, s.speaker.role, s.cue]);

test('a name in apposition after a role that ends with "في + place" is the speaker', () => {
  const got = run(['وأوضح القيادي في التحالف الحاكم في العراق ، سامي الخطيب ، أن الحديث مستمر.']);
  assert.deepEqual(speakers(got), [['سامي الخطيب', 'القيادي في التحالف الحاكم في العراق', 'أوضح']]);
  // Without an apposition the adjunct stays out of the role.
  const adjunct = run(['وقال الوزير في بيروت إن الوفد سيصل غدا.']);
  assert.deepEqual(speakers(adjunct), [[null, 'الوزير', 'قال']]);
});

test('a town name that opens a known person\'s name is the name, not the office\'s place', () => {
  // جاسم is a town in Daraa and a first name.
  const got = run(['وأوضح القيادي في الحزب ، جاسم محمد جعفر ، أن الحديث مستمر.']);
  assert.deepEqual(speakers(got), [['جاسم محمد جعفر', 'القيادي في الحزب', 'أوضح']]);
});

test('after a masculine verb a feminine place or body is the object: the speaker continues', () => {
  const got = run(['وقال المتحدث باسم الخارجية سامي الخطيب إن الوضع صعب.', 'ودعا الهند إلى وقف الاتهامات.', 'ودعا الحكومة إلى تقديم الأدلة.']);
  assert.deepEqual(speakers(got).map((s) => s[0]), ['سامي الخطيب', 'سامي الخطيب', 'سامي الخطيب']);
  // Masculine countries and the buildings that stand for a government speak with a masculine verb.
  assert.deepEqual(speakers(run(['وأعلن العراق أن الحدود مغلقة.']))[0]![0], 'العراق');
  assert.deepEqual(speakers(run(['وقال الكرملين إن المحادثات مستمرة.']))[0]![0], 'الكرملين');
  assert.deepEqual(speakers(run(['ودعت الهند إلى وقف الاتهامات.']))[0]![0], 'الهند');
});
