import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryNameWords, speakerNameFits } from './names.js';

const fits = (query: string, name: string | null): boolean => speakerNameFits(queryNameWords(query), name);

test('a query of several words is read in order from the given name', () => {
  assert.equal(fits('أحمد عسيري', 'أحمد حسن عسيري'), true);
  assert.equal(fits('أحمد عسيري', 'موسى أحمد عسيري'), false);
  assert.equal(fits('عسيري أحمد', 'أحمد عسيري'), false);
  assert.equal(fits('عسيري', 'موسى أحمد عسيري'), true);
});

test('a title or a body head before the name is passed over, not a word the query starts with', () => {
  assert.equal(fits('أحمد عسيري', 'ركن طيار أحمد عسيري'), true);
  assert.equal(fits('الخارجية الكينية', 'وزارة الخارجية الكينية'), true);
  assert.equal(fits('الخارجية الكينية', 'وزارة الخارجية وشؤون المغتربين الكينية'), true);
  assert.equal(fits('الدفاع الأمريكية', 'وزارة الدفاع الأمريكية'), true);
});

test('a query opening with a linking word is found where its words stand together', () => {
  assert.equal(fits('بن سلمان', 'محمد بن سلمان بن عبدالعزيز'), true);
  assert.equal(fits('آل الشيخ', 'عبداللطيف آل الشيخ'), true);
  assert.equal(fits('بن سلمان', 'سلمان بن عبدالعزيز'), false);
});

test('a name without every query word matched through an alias, and is kept', () => {
  assert.equal(fits('أحمد عسيري', 'عسيري'), true);
  assert.equal(fits('أحمد عسيري', null), true);
});
