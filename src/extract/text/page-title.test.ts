/**
 * Headline rules: the first sentence as a fallback title, the document title against the on-page
 * headline, compound adjectives around a dash, trailing full stops. Every line here was written
 * for the test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractFromText } from './extract.js';
import { fallbackTitle, firstSentence, firstTokens, splitSuffix, tidyTitle, withRepeatedTail } from './metadata.js';
import { beforeDateLabel, endsWithClitic, isCompoundAdjective, onPageForm, withoutEcho } from './page-title.js';

const P1 = 'قال وزير الطاقة في مؤتمر صحفي إن الحكومة ستبدأ الشهر المقبل تنفيذ خطة لإصلاح شبكة الكهرباء في المدن الكبرى.';
const P2 = 'وأضاف الوزير أن الخطة تشمل بناء محطتين جديدتين وتحديث خطوط النقل التي تعود إلى سبعينيات القرن الماضي.';
const P3 = 'وأشار إلى أن التمويل سيأتي من الموازنة العامة ومن قرض ميسر تفاوضت عليه الحكومة مع صندوق عربي للتنمية.';

test('a tokenized ". ." is a pause inside a first sentence, not its end', () => {
  assert.equal(firstSentence('الحكومة تعلن خطة الكهرباء . . فهل تكفي الأموال ? ويقول الخبراء إنها متأخرة .'), 'الحكومة تعلن خطة الكهرباء . . فهل تكفي الأموال ?');
});

test('a run of marks ("? !") ends the first sentence after its last mark', () => {
  assert.equal(firstSentence('موازنة بلا كهرباء ? ! قال الوزير إن الخطة جاهزة .'), 'موازنة بلا كهرباء ? !');
  assert.equal(firstSentence('جملة قصيرة بلا علامة'), 'جملة قصيرة بلا علامة');
});

test('a fallback title stops at a dated publication label glued after it', () => {
  assert.equal(fallbackTitle(['خطة جديدة لإصلاح شبكة الكهرباء في المدن تم نشره في السبت 2 كانون الأول 2017 وقال الوزير']), 'خطة جديدة لإصلاح شبكة الكهرباء في المدن');
  // Without a date the label is prose and the sentence stays whole.
  assert.equal(beforeDateLabel('الوزير يشرح البيان الذي تم نشره في الصحيفة أمس', true), 'الوزير يشرح البيان الذي تم نشره في الصحيفة أمس');
});

test('a dash between two indefinite relative adjectives joins them', () => {
  assert.equal(isCompoundAdjective('محادثات تجارية سعودية', 'عراقية - موقع الأخبار'), true);
  assert.equal(isCompoundAdjective('محادثات تجارية في بغداد', 'العربية'), false);
  assert.equal(splitSuffix('محادثات تجارية سعودية - عراقية').title, 'محادثات تجارية سعودية - عراقية');
  const page = [`محادثات تجارية سعودية - عراقية في بغداد - الأفق اليوم هل تريد الاشتراك في نشرتنا الإخبارية ? ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(page).title, 'محادثات تجارية سعودية - عراقية في بغداد');
});

test('the on-page headline keeps the punctuation the document title dropped', () => {
  const line = 'الوزير خطة الكهرباء جاهزة للتنفيذ - الأفق اليوم القائمة الرئيسية الوزير : " خطة الكهرباء " جاهزة للتنفيذ وقال الوزير';
  assert.equal(onPageForm('الوزير خطة الكهرباء جاهزة للتنفيذ', line, 40), 'الوزير : " خطة الكهرباء " جاهزة للتنفيذ');
  // The same words printed the same way: nothing to take.
  assert.equal(onPageForm('خطة الكهرباء جاهزة', 'خطة الكهرباء جاهزة - الأفق خطة الكهرباء جاهزة للتنفيذ', 20), null);
  const page = [`${line} ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(page).title, 'الوزير : " خطة الكهرباء " جاهزة للتنفيذ');
});

test('a headline printed like a sentence loses its final full stop', () => {
  const headline = 'الحكومة تقر خطة إصلاح شبكة الكهرباء في المدن الكبرى .';
  const page = [headline, `الأفق اليوم : أخبار الطاقة | ${headline}`, headline, P1, P2, P3].join('\n');
  assert.equal(extractFromText(page).title, 'الحكومة تقر خطة إصلاح شبكة الكهرباء في المدن الكبرى');
});

test('the first tokens of a line are those split() gives, without splitting the rest', () => {
  for (const [text, limit] of [['خطة  الكهرباء جاهزة', 2], ['خطة الكهرباء', 5], ['', 3], ['خطة ', 4], ['خطة الكهرباء جاهزة', 0]] as const) {
    assert.deepEqual(firstTokens(text, limit), text.split(' ', limit));
  }
});

test('"<site> : <headline>" whose page heading repeats only the headline: the label is the site', () => {
  const head = 'موقع المرصد : الحكومة تعلن خطة لإصلاح شبكة الكهرباء - تفاصيل الأحد 5 تشرين الثاني 2017 / محليات الحكومة تعلن خطة لإصلاح شبكة الكهرباء - تفاصيل المرصد -';
  const got = extractFromText([`${head} ${P1}`, P2, P3].join('\n'));
  // The label goes; "- تفاصيل", printed with the headline by the page heading too, is part of it.
  assert.equal(got.title, 'الحكومة تعلن خطة لإصلاح شبكة الكهرباء - تفاصيل');
  // The day shown before the page heading is the site's clock, not the article's date.
  assert.equal(got.publishedAt, null);
  // A speaker's "name : words" headline is repeated whole: it keeps its label.
  const quoted = 'الوزير : الخطة جاهزة ولن تتأخر أكثر | المرصد الوزير : الخطة جاهزة ولن تتأخر أكثر';
  assert.equal(extractFromText([`${quoted} ${P1}`, P2, P3].join('\n')).title, 'الوزير : الخطة جاهزة ولن تتأخر أكثر');
});

test('the era letter of a year before a dash ends the date: the headline before it is read', () => {
  // Invented: headline, then a weekday Hijri date and the site's chrome, all on one line.
  const head = 'وزير النقل يعلن افتتاح طريق سريع جديد بين المدينتين الشهر المقبل الأحد 5 رجب 1440 ه - - 10 مارس 2019 م | الطقس اليوم غدا اكتب اسم المدينة';
  assert.equal(extractFromText([head, P1, P2, P3].join('\n')).title, 'وزير النقل يعلن افتتاح طريق سريع جديد بين المدينتين الشهر المقبل');
  assert.equal(endsWithClitic('صرح الوزير ل'), true);
  assert.equal(endsWithClitic('الأحد 5 رجب 1440 ه'), false);
  assert.equal(endsWithClitic('10 مارس 2019 م'), false);
});

test('a word printed twice at the end of a document title is a button, not the headline', () => {
  assert.equal(withoutEcho('هل تنجح خطة الكهرباء في الصيف المقبل ? إغلاق إغلاق'), 'هل تنجح خطة الكهرباء في الصيف المقبل ?');
  assert.equal(withoutEcho('الحكومة تقر خطة الكهرباء'), 'الحكومة تقر خطة الكهرباء');
});

test('a breadcrumb, an outlet label before a colon and a dangling bracket are not the headline', () => {
  assert.deepEqual(tidyTitle('الرئيسية > > أخبار محلية > > افتتاح مكتبة عامة في وسط المدينة'), { title: 'افتتاح مكتبة عامة في وسط المدينة', label: null });
  assert.deepEqual(tidyTitle('جريدة النهار الجديد : " وزير المالية " يعد بخفض الضرائب ('), { title: '" وزير المالية " يعد بخفض الضرائب', label: 'جريدة النهار الجديد' });
  // A speaker before the colon stays: agencies speak in headlines.
  assert.equal(tidyTitle('وكالة الطاقة : الطلب على النفط يرتفع').title, 'وكالة الطاقة : الطلب على النفط يرتفع');
});

test('a part after a dash that the page repeats with the headline belongs to it, unless it is the site', () => {
  const page = 'موقع الواحة : انسحابات من مجلس البلدية - تفاصيل الأحد 3 آذار 2019 / محليات انسحابات من مجلس البلدية - تفاصيل الواحة - شهد المجلس';
  assert.equal(withRepeatedTail('انسحابات من مجلس البلدية', page, 'موقع الواحة'), 'انسحابات من مجلس البلدية - تفاصيل');
  const twice = 'افتتاح مكتبة عامة في المدينة - صحيفة الواحة الالكترونية بحث افتتاح مكتبة عامة في المدينة - صحيفة الواحة الالكترونية';
  assert.equal(withRepeatedTail('افتتاح مكتبة عامة في المدينة', twice, null), 'افتتاح مكتبة عامة في المدينة');
});

test('a fallback title skips sentences with no Arabic word, and the rest of a domain cut at its dot', () => {
  assert.equal(fallbackTitle(['Jan . القوات تسيطر على المدينة بالكامل بعد اشتباكات عنيفة . وقال المتحدث إن الوضع هادئ .']), 'القوات تسيطر على المدينة بالكامل بعد اشتباكات عنيفة .');
  assert.equal(fallbackTitle(['alwehda . sy - قانون الانتخابات العامة']), 'قانون الانتخابات العامة');
  // Arabic in presentation forms is Arabic ("ﻛﺸﻔﺖ ﻣﺼﺎﺩﺭ"), and an Arabic first sentence is kept as it was.
  assert.equal(fallbackTitle(['ﻛﺸﻔﺖ ﻣﺼﺎﺩﺭ ﻣﻄﻠﻌﺔ عن تواجد عناصر . وأضافت المصادر أن المقاومة تقوم بعمليات التمشيط .']), 'ﻛﺸﻔﺖ ﻣﺼﺎﺩﺭ ﻣﻄﻠﻌﺔ عن تواجد عناصر .');
  assert.equal(fallbackTitle(['القوات تسيطر على المدينة . وقال المتحدث إن الوضع هادئ .']), 'القوات تسيطر على المدينة .');
});
