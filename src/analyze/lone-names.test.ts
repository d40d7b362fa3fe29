import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutLoneNames } from './lone-names.js';
import type { Entity, Statement } from '../core/types.js';

const person = (name: string, mentions: number): Entity => ({ name, type: 'person', aliases: [], mentions });
const said = (name: string): Statement => ({ speaker: { name, role: null }, cue: 'قال', text: 'نص', direct: false, negated: false, date: null, sentence: 0 });

test('a one-word person mentioned once or twice who never speaks is not listed', () => {
  const entities = [person('محمد', 1), person('زايد', 2), person('سامي العلي', 1), { name: 'طالبان', type: 'organization', aliases: [], mentions: 1 } as Entity];
  assert.deepEqual(withoutLoneNames(entities, []).map((e) => e.name), ['سامي العلي', 'طالبان']);
});

test('a one-word person who speaks, or is named three times, stays', () => {
  const entities = [person('حميد', 1), person('ماغوير', 3)];
  assert.deepEqual(withoutLoneNames(entities, [said('حميد')]).map((e) => e.name), ['حميد', 'ماغوير']);
});

test('a speaker spelled another way than the entity (hamza, alias) still keeps it', () => {
  const entity: Entity = { name: 'أردوغان', type: 'person', aliases: ['اردوغان'], mentions: 1 };
  assert.deepEqual(withoutLoneNames([entity], [said('اردوغان')]).map((e) => e.name), ['أردوغان']);
});
