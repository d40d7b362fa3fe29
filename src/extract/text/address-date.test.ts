import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { addressDay, laterThanAddress } from './address-date.js';
import { extractFromText } from './extract.js';

test('the day an address carries: year, month and day with one separator', () => {
  assert.equal(addressDay('https://example.com/2017/12/27/minister-says'), '2017-12-27');
  assert.equal(addressDay('https://example.com/news/2015-10-16/item.html'), '2015-10-16');
  assert.equal(addressDay('https://example.com/archives/158582'), null);
  // An id that looks like a date without separators, or mixed separators, is not a day.
  assert.equal(addressDay('https://example.com/a/20171227/x'), null);
  assert.equal(addressDay('https://example.com/2017/12-27/x'), null);
  assert.equal(addressDay('not a url'), null);
  assert.equal(addressDay(null), null);
});

test('a date weeks after the address day is not the page date, a few days after still may be', () => {
  assert.equal(laterThanAddress('2018-01-21T09:32', '2017-12-27'), true);
  assert.equal(laterThanAddress('2017-10-23', '2017-10-20'), false);
  assert.equal(laterThanAddress('2017-12-20', '2017-12-27'), false);
  assert.equal(laterThanAddress('2018-01-21', null), false);
});

const TITLE = 'وزير الزراعة: موسم القمح أفضل من المتوقع هذا العام';
const STORY = [
  'قال وزير الزراعة في مؤتمر صحفي عقده في العاصمة إن موسم القمح هذا العام جاء أفضل من المتوقع بفضل الأمطار الغزيرة.',
  'وأضاف الوزير أن الحكومة ستشتري المحصول من المزارعين بسعر يغطي كلفة الإنتاج ويترك لهم ربحاً معقولاً.',
];

test("a masthead clock weeks after the address's day gives no date; the article's own stamp is kept", () => {
  const clock = ['الأحد 21 يناير 2018 - 09 : 32', TITLE, ...STORY].join('\n');
  const url = 'https://example.com/2017/12/27/wheat-season';
  assert.equal(extractFromText(clock, { url }).publishedAt, null);
  // The same page without an address keeps reading the clock as its date: only the address tells.
  assert.equal(extractFromText(clock).publishedAt?.slice(0, 10), '2018-01-21');
  const stamped = ['الأحد 21 يناير 2018 - 09 : 32', TITLE, 'نشر في : 27 ديسمبر 2017 - 16 : 18', ...STORY].join('\n');
  assert.equal(extractFromText(stamped, { url }).publishedAt?.slice(0, 10), '2017-12-27');
});
