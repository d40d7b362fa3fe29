import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerMatches, type GoldStatement } from './statements.js';

const gold = (speaker: string, speakerType: GoldStatement['speakerType'] = 'person'): GoldStatement => ({
  speaker, speakerType, role: null, cue: 'قال', anchor: 'نص', direct: false, negated: false, date: null, speakerAliases: [],
});

test('a full name around a one-word gold person matches; a role or a longer phrase does not', () => {
  assert.equal(speakerMatches(gold('أردوغان'), { name: 'رجب طيب أردوغان', role: null }), true);
  assert.equal(speakerMatches(gold('أردوغان'), { name: 'أردوغان', role: 'الرئيس' }), true);
  assert.equal(speakerMatches(gold('أردوغان'), { name: null, role: 'مستشار أردوغان' }), false);
  assert.equal(speakerMatches(gold('أردوغان'), { name: 'حزب العدالة والتنمية بزعامة أردوغان', role: null }), false);
  assert.equal(speakerMatches(gold('أردوغان'), { name: 'بوتين', role: null }), false);
  // Not for bodies: "المرصد" is not matched by any name ending in it.
  assert.equal(speakerMatches(gold('المرصد', 'organization'), { name: 'المرصد السوري', role: null }), false);
});

test('a two-word gold person is matched inside a title, as before', () => {
  assert.equal(speakerMatches(gold('سيرغي لافروف'), { name: 'وزير الخارجية سيرغي لافروف', role: null }), true);
  assert.equal(speakerMatches(gold('سيرغي لافروف'), { name: 'لافروف', role: null }), false);
});
