import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutLinkLabel } from './link-label.js';
import { extractFromText } from './extract.js';

test('a story-link label glued after the last sentence is cut with the headline after it, and names the site', () => {
  assert.deepEqual(cutLinkLabel('وسبب ذلك ارتباكاً كبيراً على الجسر. رابط الخبر بصحيفة الوئام: تكدس السيارات بجسر الملك فهد'), {
    text: 'وسبب ذلك ارتباكاً كبيراً على الجسر.',
    site: 'الوئام',
  });
  assert.deepEqual(cutLinkLabel('رابط المقال على موقع الأفق : https://afaq.example/a/1'), { text: '', site: 'الأفق' });
  assert.deepEqual(cutLinkLabel('الرابط المختصر: https://afaq.example/s/9'), { text: '', site: null });
});

test('the words "رابط الخبر" inside a sentence are no label', () => {
  assert.equal(cutLinkLabel('ونشر الموقع رابط الخبر على صفحته في فيسبوك دون تعليق.'), null);
  assert.equal(cutLinkLabel('وقال إن رابط المقال: لا يعمل منذ أمس'), null);
});

test('extraction drops the label from the body and takes the outlet from it', () => {
  const got = extractFromText(
    [
      'تكدس السيارات بجسر الملك فهد بسبب انقطاع الكهرباء',
      'شهد جسر الملك فهد صباح اليوم تكدسا كبيرا للسيارات بسبب انقطاع التيار الكهربائي عن كبائن الجوازات في الجانب السعودي.',
      'ورصد العديد من المسافرين صوراً لكبينة الجوازات وهي مظلمة دون كهرباء، مما سبب ارتباكاً كبيراً على الجسر. رابط الخبر بصحيفة الوئام: تكدس السيارات بجسر الملك فهد بسبب انقطاع الكهرباء',
    ].join('\n'),
  );
  assert.equal(got.outlet, 'الوئام');
  assert.equal(got.paragraphs.at(-1), 'ورصد العديد من المسافرين صوراً لكبينة الجوازات وهي مظلمة دون كهرباء، مما سبب ارتباكاً كبيراً على الجسر.');
  assert.ok(got.paragraphs.every((p) => !p.includes('رابط')));
});
