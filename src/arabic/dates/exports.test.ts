/** Pins the public surface of src/arabic/dates: other modules are written against it. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as dates from './index.js';

it('exports exactly the documented API', () => {
  assert.deepEqual(Object.keys(dates).sort(), ['WEEKDAYS', 'findDates', 'gregorianFromHijri', 'parseDate', 'toIso']);
  assert.deepEqual([...dates.WEEKDAYS], ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']);
  assert.ok(Object.isFrozen(dates.WEEKDAYS));
});
