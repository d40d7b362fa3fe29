import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, epochDay, fromEpochDay, isValidDate, parseReference, shiftDay, weekdayOfEpochDay } from './calendar.js';
import { gregorianFromHijri, toIso } from './index.js';
import { hijriFromGregorian, tabularHijriToEpochDay, usesUmmAlQura } from './hijri.js';

describe('calendar arithmetic', () => {
  it('converts to and from epoch days', () => {
    assert.equal(epochDay(1970, 1, 1), 0);
    assert.deepEqual(fromEpochDay(epochDay(2020, 2, 29)), { year: 2020, month: 2, day: 29 });
    assert.deepEqual(fromEpochDay(epochDay(622, 7, 19)), { year: 622, month: 7, day: 19 });
  });

  it('knows weekdays (0 = Sunday)', () => {
    assert.equal(weekdayOfEpochDay(epochDay(2021, 3, 14)), 0);
    assert.equal(weekdayOfEpochDay(epochDay(2021, 3, 16)), 2);
    assert.equal(weekdayOfEpochDay(epochDay(1969, 12, 31)), 3);
  });

  it('validates dates', () => {
    assert.ok(isValidDate(2020, 2, 29));
    assert.ok(!isValidDate(2021, 2, 29));
    assert.ok(!isValidDate(1900, 2, 29));
    assert.ok(isValidDate(2000, 2, 29));
    assert.ok(!isValidDate(2021, 13, 1));
    assert.ok(!isValidDate(2021, 4, 31));
  });

  it('shifts months across years', () => {
    assert.deepEqual(addMonths(2021, 1, -1), { year: 2020, month: 12 });
    assert.deepEqual(addMonths(2021, 12, 1), { year: 2022, month: 1 });
    assert.deepEqual(addMonths(2021, 3, -15), { year: 2019, month: 12 });
  });

  it('parses references and rejects bad ones', () => {
    assert.equal(parseReference('2021-03-16')?.day, 16);
    assert.equal(parseReference('2021-03-16T18:05:00+03:00')?.month, 3);
    assert.equal(parseReference('2021-02-30'), null);
    assert.equal(parseReference('16/03/2021'), null);
    assert.equal(parseReference(null), null);
  });
});

describe('shiftDay', () => {
  it('moves a day across month, year and leap-day boundaries, from a day or a date-time', () => {
    assert.equal(shiftDay('2015-07-21', -7), '2015-07-14');
    assert.equal(shiftDay('2015-07-21 02:51:32', 1), '2015-07-22');
    assert.equal(shiftDay('2016-03-01', -1), '2016-02-29');
    assert.equal(shiftDay('2015-12-31', 1), '2016-01-01');
    assert.equal(shiftDay('2015-13-45', 1), null);
  });
});

describe('toIso', () => {
  it('formats full dates, with a time when given', () => {
    assert.equal(toIso({ year: 2021, month: 3, day: 14 }), '2021-03-14');
    assert.equal(toIso({ year: 2021, month: 3, day: 14, hour: 18, minute: 5 }), '2021-03-14T18:05');
    assert.equal(toIso({ year: 2021, month: 3, day: 14, hour: 8, minute: 5, second: 9 }), '2021-03-14T08:05:09');
  });

  it('returns null for partial or impossible dates', () => {
    assert.equal(toIso({ year: 2021, month: 3, day: null }), null);
    assert.equal(toIso({ year: null, month: 3, day: 14 }), null);
    assert.equal(toIso({ year: 2021, month: null, day: null }), null);
    assert.equal(toIso({ year: 2021, month: 2, day: 30 }), null);
  });
});

describe('Hijri conversion', () => {
  it('uses ICU Umm al-Qura on this Node build', () => {
    // Node 20's official builds ship full ICU; a small-ICU build would fall back to the tabular calendar.
    assert.equal(usesUmmAlQura, true);
  });

  it('converts known Umm al-Qura dates', () => {
    assert.deepEqual(gregorianFromHijri(1442, 9, 1), { year: 2021, month: 4, day: 13 }); // Ramadan 1442 began
    assert.deepEqual(gregorianFromHijri(1442, 10, 1), { year: 2021, month: 5, day: 13 }); // Eid al-Fitr 1442
    assert.deepEqual(gregorianFromHijri(1444, 12, 10), { year: 2023, month: 6, day: 28 }); // Eid al-Adha 1444
    assert.deepEqual(gregorianFromHijri(1445, 1, 1), { year: 2023, month: 7, day: 19 }); // Hijri new year 1445
  });

  it('round-trips with hijriFromGregorian across a decade', () => {
    for (let days = epochDay(2015, 1, 1); days < epochDay(2025, 1, 1); days += 37) {
      const g = fromEpochDay(days);
      const h = hijriFromGregorian(g.year, g.month, g.day);
      assert.deepEqual(gregorianFromHijri(h.year, h.month, h.day), g);
    }
  });

  it('falls back to the tabular calendar for a day Umm al-Qura does not have', () => {
    // Ramadan 1442 had 29 days in Umm al-Qura; "30 Ramadan" gets the arithmetical date.
    const g = gregorianFromHijri(1442, 9, 30);
    assert.deepEqual(g, fromEpochDay(tabularHijriToEpochDay(1442, 9, 30)));
  });

  it('has the tabular epoch on 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian)', () => {
    assert.deepEqual(fromEpochDay(tabularHijriToEpochDay(1, 1, 1)), { year: 622, month: 7, day: 19 });
  });
});
