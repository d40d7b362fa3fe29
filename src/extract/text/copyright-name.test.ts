/**
 * The site's name in its copyright line, on invented footers.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { copyrightName } from './copyright-name.js';
import { extractFromText } from './extract.js';

test('the name after "محفوظة لـ" is the owner, up to the year', () => {
  assert.deepEqual(copyrightName('اتصل بنا من نحن جميع الحقوق محفوظة لصحيفة النخيل 2019 تسجيل الدخول'), { name: 'صحيفة النخيل', owner: true });
});

test('a quoted name after "لموقع" is read between the quotes, number included', () => {
  assert.deepEqual(copyrightName('جميع الحقوق محفوظة لموقع " واحة 24 " - 2019'), { name: 'واحة 24', owner: true });
});

test('"للشبكة" is the preposition glued to "الشبكة"', () => {
  assert.equal(copyrightName('جميع الحقوق محفوظة للشبكة العربية للأخبار المصورة 2020')?.name, 'الشبكة العربية للأخبار المصورة');
});

test('a name before the phrase is read back to a hard stop, or from its head noun', () => {
  assert.deepEqual(copyrightName('النشرة البريدية 2020 نخلة الشرق , جميع الحقوق محفوظة .'), { name: 'نخلة الشرق', owner: true });
  assert.equal(copyrightName('تابعونا على المنصات كل الأقسام جريدة الساحل , جميع الحقوق محفوظة')?.name, 'جريدة الساحل');
});

test('words right after the phrase that nothing marks as the owner are flagged, not trusted', () => {
  assert.deepEqual(copyrightName('جميع الحقوق محفوظة بموجب القانون .'), { name: 'بموجب القانون', owner: false });
  assert.equal(copyrightName('اتبعنا 2020 - جميع الحقوق محفوظة .')?.owner, false);
  // Glued to the next notice, the phrase names nothing.
  assert.equal(copyrightName('جميع الحقوق محفوظةملاحظة أنتم تغادرون الموقع'), null);
});

test('an English "Copyright" states the owner after it, never before it', () => {
  assert.deepEqual(copyrightName('المزيد الأكثر قراءة Copyright - NAHRAIN . COM'), { name: 'NAHRAIN . COM', owner: true });
  assert.equal(copyrightName('فهارس Copyrights 2012 - 2019 Qamus . com , All rights reserved .')?.name, 'Qamus . com');
  // "All Rights Reserved" is not a name, and the widget's last word before "Copyright" is not either.
  assert.equal(copyrightName('عودة الموظفين - 9 ساعات ago Copyright 2013 , All Rights Reserved .'), null);
});

test('builders and function words are not site names', () => {
  assert.equal(copyrightName('جميع الحقوق محفوظة © 2020 تصميم وتطوير شركة البرمجيات'), null);
  // "في القسم نفسه" is a widget's label, not read as a name; the bare word after the year is flagged.
  assert.deepEqual(copyrightName('في القسم نفسه جميع الحقوق محفوظة 2019 Oasis'), { name: 'Oasis', owner: false });
});

const STORY = [
  'قال وزير الزراعة في مؤتمر صحفي عقده إن موسم القمح هذا العام جاء أفضل من المتوقع بفضل الأمطار الغزيرة التي هطلت في الشتاء.',
  'وأضاف الوزير أن الحكومة ستشتري المحصول من المزارعين بسعر أعلى من العام الماضي، مشيراً إلى أن صوامع التخزين جاهزة.',
];

test('a long footer line still names the outlet', () => {
  const footer = `${'روابط سريعة من نحن اتصل بنا سياسة الخصوصية الأرشيف الإعلانات '.repeat(4)}جميع الحقوق محفوظة لصحيفة النخيل 2019`;
  const page = ['وزير الزراعة : موسم القمح أفضل من المتوقع هذا العام', ...STORY, footer].join('\n');
  assert.equal(extractFromText(page).outlet, 'صحيفة النخيل');
});

test('a copyright name that the dateline carries beats the last part of a "place - site - author" line', () => {
  const page = [
    'وزير الزراعة : موسم القمح أفضل من المتوقع هذا العام - واحة 24 - سالم العامري',
    ...STORY,
    'سالم العامري',
    'جميع الحقوق محفوظة لموقع " واحة 24 " - 2019',
  ].join('\n');
  assert.equal(extractFromText(page).outlet, 'واحة 24');
});

test('a one-word site name keeps its number after the title separator', () => {
  const page = ['وزير الزراعة : موسم القمح أفضل من المتوقع هذا العام - واحة 24 الأخبار على مدار الساعة', ...STORY].join('\n');
  assert.equal(extractFromText(page).outlet, 'واحة 24');
});

test('a Latin copyright name names the outlet only when nothing on the page names it in Arabic', () => {
  const footer = 'Copyright © 2020 Hoqool';
  assert.equal(extractFromText(['وزير الزراعة يعلن موسماً وفيراً للقمح | صحيفة الحقول', ...STORY, footer].join('\n')).outlet, 'صحيفة الحقول');
  assert.equal(extractFromText([...STORY, footer].join('\n')).outlet, 'Hoqool');
});
