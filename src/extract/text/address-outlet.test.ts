import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { arabicSkeleton, latinSkeleton, outletFromAddress, siteLabel } from './address-outlet.js';
import { splitBlocks } from './blocks.js';
import { extractFromText } from './extract.js';

test('Arabic names and their Latin domains reduce to the same consonants', () => {
  const pairs: [string, string][] = [
    ['الجماهير', 'aljmaheer'],
    ['صوت العراق', 'sotaliraq'],
    ['هسبريس', 'hespress'],
    ['المناطق', 'almnatiq'],
    ['صحح خبرك', 'sahehkhabarak'],
    ['مراكش الان', 'marrakechalaan'],
  ];
  for (const [arabic, latin] of pairs) {
    assert.equal(arabicSkeleton(arabic.replace(/\s/gu, '')), latinSkeleton(latin), `${arabic} / ${latin}`);
  }
  assert.notEqual(arabicSkeleton('النهار'), latinSkeleton('alwasat'));
});

test('the site label is the host without www, mobile or language prefixes', () => {
  assert.equal(siteLabel('http://www.hespress.com/politique/123.html'), 'hespress');
  assert.equal(siteLabel('https://m.example.net/a'), 'example');
  assert.equal(siteLabel('https://besara7a.wordpress.com/2017/01/02/x/'), 'besara7a');
  assert.equal(siteLabel('not a url'), null);
  assert.equal(siteLabel(null), null);
});

test('the outlet is the masthead or footer phrase the domain spells, with its opening and closing words', () => {
  const blocks = splitBlocks(
    [
      'الرئيسية أخبار محلية رياضة موازين نيوز',
      'عنوان الخبر هنا',
      'قال مسؤول محلي إن الأعمال ستنتهي قبل نهاية العام الجاري بحسب الخطة المعلنة .',
      'جميع الحقوق محفوظة لصحيفة الوسط 2018',
    ].join('\n'),
  );
  assert.equal(outletFromAddress(blocks, 'http://www.mawazin.net/x'), 'موازين نيوز');
  // The copyright line's "لصحيفة الوسط": the name without the fused preposition and noun.
  assert.equal(outletFromAddress(blocks, 'http://www.alwassat.com/beirut/lb.php'), 'الوسط');
  assert.equal(outletFromAddress(splitBlocks('تابعونا على صحيفة الوسط\nنص الخبر'), 'http://www.alwassat.com/'), 'صحيفة الوسط');
  // A domain's "al" needs the article on the page: "al-sharq" is not the word شرق.
  assert.equal(outletFromAddress(splitBlocks('رياح من شرق البلاد\nنص الخبر'), 'https://www.al-sharq.com/article/1'), null);
  assert.equal(outletFromAddress(blocks, 'https://www.xy.com/'), null, 'a label of two consonants names nothing');
});

/** A masthead that spells the address, a headline and a short story. */
const MASTHEAD_PAGE = [
  'الجماهير | الرئيسية | محليات | رياضة',
  'افتتاح طريق جديد يربط شرق المدينة بغربها',
  'افتتح محافظ المدينة صباح اليوم طريقا جديدا يربط أحياءها الشرقية بالغربية بطول اثني عشر كيلومترا بعد عامين من العمل .',
  'وقال المحافظ إن الطريق سيخفف الازدحام عن وسط المدينة وسيختصر زمن الرحلة إلى النصف في ساعات الذروة .',
].join('\n');

test('extraction falls back to the name the address spells when nothing else names the outlet', () => {
  const text = MASTHEAD_PAGE;
  assert.equal(extractFromText(text, { url: 'http://www.aljmaheer.net/news/12345' }).outlet, 'الجماهير');
  assert.equal(extractFromText(text).outlet, null);
});

test('the name the address spells beats a title suffix the page does not repeat', () => {
  const text = [
    'افتتاح طريق جديد يربط شرق المدينة بغربها | اخبار محلية',
    'الجماهير الرئيسية محليات رياضة',
    'افتتح محافظ المدينة صباح اليوم طريقا جديدا يربط أحياءها الشرقية بالغربية بطول اثني عشر كيلومترا بعد عامين من العمل .',
    'وقال المحافظ إن الطريق سيخفف الازدحام عن وسط المدينة وسيختصر زمن الرحلة إلى النصف في ساعات الذروة .',
  ].join('\n');
  assert.equal(extractFromText(text).outlet, 'اخبار محلية', 'without an address the suffix is all there is');
  assert.equal(extractFromText(text, { url: 'http://www.aljmaheer.net/news/12345' }).outlet, 'الجماهير');
});

test('an outlet the source names (a record field) is the outlet, and the page is not read for another', () => {
  const url = 'http://www.aljmaheer.net/news/12345';
  assert.equal(extractFromText(MASTHEAD_PAGE, { url, outlet: 'جريدة الجماهير اليومية' }).outlet, 'جريدة الجماهير اليومية');
  assert.equal(extractFromText(MASTHEAD_PAGE, { url, outlet: null }).outlet, 'الجماهير', 'no outlet given: the page is read as before');
});
