import assert from 'node:assert/strict';
import { test } from 'node:test';
import { governmentOfSpeaker } from './positions.js';

test('an opposition, resistance or exile body named after a state does not speak for its government', () => {
  assert.equal(governmentOfSpeaker('وزير الخارجية السوري'), 'سوريا');
  assert.equal(governmentOfSpeaker('رئيس الائتلاف الوطني السوري المعارض'), null);
  assert.equal(governmentOfSpeaker('المتحدث باسم المعارضة السورية'), null);
  assert.equal(governmentOfSpeaker('رئيس المجلس الوطني للمقاومة الإيرانية'), null);
});
