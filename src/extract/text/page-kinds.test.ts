/**
 * Page shapes that are not one plain article: listings (tag and archive pages), digests with a
 * repeated agency dateline, chronologies, and dumps that open with the document title glued to
 * the page. Every page here was written for the test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractFromText } from './extract.js';
import { splitBlocks } from './blocks.js';
import { listingReason } from './listing.js';
import { siteNameAfter } from './site-name.js';

const P1 = 'قال وزير الطاقة في مؤتمر صحفي إن الحكومة ستبدأ الشهر المقبل تنفيذ خطة لإصلاح شبكة الكهرباء في المدن الكبرى.';
const P2 = 'وأضاف الوزير أن الخطة تشمل بناء محطتين جديدتين وتحديث خطوط النقل التي تعود إلى سبعينيات القرن الماضي.';
const P3 = 'وأشار إلى أن التمويل سيأتي من الموازنة العامة ومن قرض ميسر تفاوضت عليه الحكومة مع صندوق عربي للتنمية.';

test('a WordPress archive title makes a listing: no body, title or date', () => {
  const page = [`الكهرباء Archives - موقع الطاقة اليوم أرشيف الوسم : ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'archive title');
  const article = extractFromText(page);
  assert.deepEqual(article.paragraphs, []);
  assert.equal(article.title, '');
  assert.equal(article.publishedAt, null);
  assert.match(article.warnings.join(' '), /listing page/u);
});

test('lines of teasers cut with ". . ." make a listing', () => {
  const teaser = (lead: string, next: string): string => `${lead.slice(0, 60)} . . . ${next}`;
  const page = [
    teaser(P1, 'أعلنت وزارة الصحة أن حملة التلقيح ضد الحصبة ستشمل المدارس الحكومية والخاصة'),
    teaser(P2, 'قررت البلدية إغلاق الشارع الرئيسي أمام السيارات لمدة أسبوعين بسبب أعمال الصيانة'),
    teaser(P3, 'افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة أكثر من ثلاثمئة دار نشر عربية'),
    teaser(P1, 'ارتفعت أسعار الخضار في الأسواق المحلية بعد موجة البرد التي ضربت المنطقة'),
    teaser(P2, 'تستعد الجامعة لاستقبال الطلاب الجدد في الأسبوع الأول من الشهر المقبل'),
    teaser(P3, 'أطلقت وزارة الزراعة برنامجاً لدعم صغار المزارعين بالبذور والأسمدة'),
    teaser(P1, 'وقعت الحكومة اتفاقية مع شركة أجنبية لتطوير ميناء الصيد في الجنوب'),
    teaser(P2, 'حذرت الأرصاد الجوية من رياح قوية وأمطار غزيرة خلال عطلة نهاية الأسبوع'),
  ].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'truncated teasers');
  assert.deepEqual(extractFromText(page).paragraphs, []);
});

test('an article that uses ". . ." as a style is not a listing', () => {
  const page = ['الحكومة تعد بالكهرباء . . . والمواطنون ينتظرون', `${P1} . . . لكن المواطنين لم يلمسوا أي تحسن حتى الآن في ساعات التغذية`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(page)), null);
  assert.equal(extractFromText(page).paragraphs.length, 3);
});

test('the same agency dateline before a place on several paragraphs makes a digest: the first story only', () => {
  const page = [
    `وكالة أنباء الشمال - حلب ${P1}`,
    P2,
    'وكالة أنباء الشمال - إدلب أعلنت مديرية التربية أن المدارس ستفتح أبوابها يوم الأحد المقبل بعد انتهاء أعمال الترميم في المباني المتضررة.',
    'وكالة أنباء الشمال - درعا افتتح المجلس المحلي سوقاً شعبية جديدة لبيع الخضار والفواكه بأسعار مخفضة للأسر ذات الدخل المحدود في المدينة.',
  ].join('\n');
  const article = extractFromText(page);
  assert.equal(article.paragraphs.length, 2);
  assert.match(article.paragraphs[0]!, /وزير الطاقة/u);
});

test('a crosshead repeated before a dash is not a dateline', () => {
  const page = [
    'تقرير عن أوضاع حقوق الإنسان خلال العام',
    `النزاع المسلح - انتهاكات القوات الحكومية ${P1}`,
    P2,
    `النزاع المسلح - انتهاكات الجماعات المسلحة ${P3}`,
    `النزاع المسلح - الهجمات على المستشفيات ${P2}`,
  ].join('\n');
  assert.equal(extractFromText(page).paragraphs.length, 4);
});

test('a chronology keeps every dated paragraph and takes none of its dates as the publication date', () => {
  const page = [
    'تسلسل أحداث أزمة الكهرباء',
    `3 يناير 2021 ${P1}`,
    `17 فبراير 2021 ${P2}`,
    `2 مارس 2021 ${P3}`,
    `20 مارس 2021 ${P1.replace('الشهر المقبل', 'هذا الأسبوع')}`,
  ].join('\n');
  const article = extractFromText(page);
  assert.equal(article.paragraphs.length, 4);
  assert.equal(article.publishedAt, null);
});

test('a date governed by a preposition is an event date, not the publication date', () => {
  const page = ['وزير الطاقة يعد بخطة للكهرباء', `وصدر العدد الأول من النشرة في يوم الاثنين 19 / أكتوبر / تشرين أول 1970 , ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test('a document title glued to the page gives the headline and the site name', () => {
  const page = [`وزير الطاقة يعد بخطة شاملة لإصلاح الكهرباء | شبكة الطاقة اليوم بحث القائمة الرئيسية ${P1}`, P2, P3, 'جميع الحقوق محفوظة لشبكة الطاقة اليوم 2021'].join('\n');
  const article = extractFromText(page);
  assert.equal(article.title, 'وزير الطاقة يعد بخطة شاملة لإصلاح الكهرباء');
  assert.equal(article.outlet, 'شبكة الطاقة اليوم');
});

test('a clocked date glued after the headline is not part of it, and a date inside the headline is not the publication date', () => {
  const clocked = [`الحكومة تقر خطة الكهرباء الجديدة الثلاثاء 12 ديسمبر 2017 - 04 : 43 بتوقيت غرينتش - موقع الطاقة ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(clocked).title, 'الحكومة تقر خطة الكهرباء الجديدة');
  const report = [`أحداث الكهرباء من 22 - 10 إلى 6 - 11 - 2014 اخر تحديثالأحد - 21 / 01 / 2018 ${P1}`, P2, P3].join('\n');
  const article = extractFromText(report);
  assert.equal(article.title, 'أحداث الكهرباء من 22 - 10 إلى 6 - 11 - 2014');
  assert.notEqual(article.publishedAt, '2014-11-06');
});

test('the site name after a title separator', () => {
  const page = 'عنوان | بوابة الأخبار بوابة الأخبار آخر الأخبار';
  assert.equal(siteNameAfter(page, page.indexOf('|') + 2, page), 'بوابة الأخبار');
  const chained = 'عنوان الخبر | سياسة | جريدة المساء القائمة الرئيسية';
  assert.equal(siteNameAfter(chained, chained.indexOf('|') + 2, `${chained}\nجريدة المساء 2021`), 'جريدة المساء');
  const transcribed = 'عنوان | الشبكة السورية | Alshabaka . net تحديث الموقع';
  assert.equal(siteNameAfter(transcribed, transcribed.indexOf('|') + 2, transcribed), 'الشبكة السورية');
  const dated = 'عنوان - عنب الشام الأحد 21 كانون الثاني 2018';
  assert.equal(siteNameAfter(dated, dated.indexOf('-') + 2, dated), 'عنب الشام');
});

test('a site name before the headline gives way to the headline the page repeats', () => {
  const headline = 'الحكومة تقر خطة الكهرباء الجديدة بعد جلسة طويلة';
  const page = [`شبكة الطاقة الإخبارية | ${headline} مواضيع مميزة ${headline} ${P1}`, P2, P3].join('\n');
  const article = extractFromText(page);
  assert.equal(article.title, headline);
  assert.equal(article.outlet, 'شبكة الطاقة الإخبارية');
});

test('a section label before a bar is not part of the headline', () => {
  const page = [`ملف الأسبوع | الحكومة تقر خطة الكهرباء الجديدة | | موقع الطاقة ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(page).title, 'الحكومة تقر خطة الكهرباء الجديدة');
});

test('unrendered template markup and comment forms are chrome', () => {
  const page = [
    'وزير الطاقة يعد بخطة للكهرباء',
    P1,
    P2,
    P3,
    '{ * welcomeName * } { * loginWidget * } تسجيل الدخول { * # signInForm * } البريد الإلكتروني كلمة المرور',
    'لن يتم نشر عنوان بريدك الإلكتروني .',
    'رأي القارئ في هذا الموضوع أن الحكومة تأخرت كثيراً في الإصلاح وأن المواطن دفع الثمن طوال سنوات طويلة من الانقطاع.',
  ].join('\n');
  assert.equal(extractFromText(page).paragraphs.length, 3);
});

test('a month archive title makes a listing', () => {
  const page = [`أبريل | 2012 | مدونة الطاقة شهر : ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'archive title');
});

test('"وذلك بتاريخ" and "اليوم الأربعاء" before a date mark an event, not a dateline', () => {
  const clause = ['وزير الطاقة يعد بخطة للكهرباء', `وكان المحطة قد توقفت عن العمل وذلك بتاريخ 18 - 7 - 2012 في مدينة حلب , ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(clause).publishedAt, null);
  const today = ['وزير الطاقة يعد بخطة للكهرباء', `أودعت الحكومة اليوم الأربعاء " 17 / 1 / 2018 " مبلغ مليار دولار في المصرف المركزي , ${P1}`, P2, P3].join('\n');
  assert.equal(extractFromText(today).publishedAt, null);
});

test('"<site> | <headline>" with the headline repeated below: the site is the outlet', () => {
  const headline = 'وزارة الطاقة: بدأنا تنفيذ خطة إصلاح الكهرباء';
  const page = [`موقع الطاقة | ${headline}`, 'الرئيسية', 'اقتصاد', headline, 'الثلاثاء 3 أكتوبر 2023 | 13:05', P1, P2, P3].join('\n');
  const article = extractFromText(page);
  assert.equal(article.title, headline);
  assert.equal(article.outlet, 'موقع الطاقة');
  assert.equal(article.paragraphs.length, 3);
});

test('a clock widget glued to the lead leaves the lead in the body', () => {
  const widget = 'January 21 2018 - 09 : 25 { { mmonth } } { { hday } } بتوقيت بيروت الفجر { { fajer } } الظهر { { dohor } }';
  const page = ['وزير الطاقة يعد بخطة للكهرباء', `${widget} ${P1} ${P2}`, P3].join('\n');
  const article = extractFromText(page);
  assert.ok(article.paragraphs.some((p) => p.includes('وزير الطاقة في مؤتمر صحفي')), article.paragraphs.join('\n'));
});

test('a form message or an issue-number line is never the headline', () => {
  const headline = 'وزير الطاقة يعد بخطة شاملة للكهرباء';
  const page = [
    'العدد : 14548 - الأحد 21 يناير 2018 م , الموافق 04 جمادى الأولى 1439 ه',
    'خطأ في إسم المستخدم أو كلمة السر الرجاء إدخال المعلومات بشكل صحيح .',
    headline,
    P1,
    P2,
    P3,
  ].join('\n');
  assert.equal(extractFromText(page).title, headline);
});

/** Leads of separate short stories, written for the tests below. */
const LEADS = [
  'أعلنت وزارة الصحة أن حملة التلقيح ضد الحصبة ستشمل المدارس الحكومية والخاصة في جميع المحافظات اعتباراً من الأسبوع المقبل.',
  'قررت البلدية إغلاق الشارع الرئيسي أمام السيارات لمدة أسبوعين بسبب أعمال الصيانة التي تنفذها شركة المياه في وسط المدينة.',
  'افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية وسط إقبال كبير من الزوار والطلاب.',
  'ارتفعت أسعار الخضار في الأسواق المحلية بعد موجة البرد التي ضربت المنطقة وأتلفت جزءاً كبيراً من المحاصيل في السهول الزراعية.',
];

test('several stories, each opened by its headline and date glued to its lead, make a listing', () => {
  const page = [
    'نوفمبر 2021 الرئيسية مقالات البحث',
    P1,
    P2,
    `حملة تلقيح في المدارس السبت 6 نوفمبر 2021 ${LEADS[0]}`,
    'وأوضحت الوزارة أن الحملة مجانية وأن الأهالي مدعوون إلى إحضار بطاقات التلقيح السابقة لأبنائهم.',
    `إغلاق الشارع الرئيسي . . . الأحد 7 نوفمبر 2021 ${LEADS[1]}`,
    'وطلبت البلدية من السائقين استخدام الطرق البديلة التي نشرت خريطتها على صفحتها الرسمية.',
    `7 / معرض الكتاب يفتح أبوابه 2021 - 11 - 08 ${LEADS[2]}`,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'several dated stories');
  const article = extractFromText(page);
  assert.deepEqual(article.paragraphs, []);
  assert.equal(article.publishedAt, null);
});

test('dated sub-heads of one report, years apart or introducing an entry with a colon, do not make a listing', () => {
  const page = [
    'تقرير عن الهجمات على المدارس',
    P1,
    `مدرسة القرية الشرقية الثلاثاء 3 مارس 2015 ${LEADS[0]}`,
    P2,
    `مدرسة الحي الجنوبي الخميس 10 نوفمبر 2016 ${LEADS[1]}`,
    `تركيا 21 أغسطس 2016 : ${LEADS[2]}`,
    `بلجيكا 22 أغسطس 2016 : ${LEADS[3]}`,
    `وصدر بيان بخصوص المدارس بتاريخ 25 أغسطس 2016 ${LEADS[3]}`,
    P3,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(page)), null);
  assert.ok(extractFromText(page).paragraphs.length >= 6);
});

test("a forum member's profile page and an author's page are listings", () => {
  const forum = [`عرض المشاركات - سامي منتدى الأصدقاء أهلا , زائر . ${P1}`, `1 / ${LEADS[0]}`, P2, `2 / ${LEADS[1]}`, P3].join('\n');
  assert.equal(listingReason(splitBlocks(forum)), 'forum profile');
  assert.deepEqual(extractFromText(forum).paragraphs, []);
  const author = ['سامي الكاتب , Author at موقع الرأي الحر', LEADS[0], LEADS[1], LEADS[2]].join('\n');
  assert.equal(listingReason(splitBlocks(author)), 'author archive');
  const arabicAuthor = [`سامي الكاتب - مقالات الكاتب - موقع الرأي > مقالات الكاتب : سامي الكاتب ${LEADS[0]}`, LEADS[1], LEADS[2]].join('\n');
  assert.equal(listingReason(splitBlocks(arabicAuthor)), 'author archive');
  // An article that only mentions a forum's posts is an article.
  const article = [`الكهرباء تعود إلى المدن | موقع الطاقة ${P1}`, 'وعرض المشاركات في المنتدى آراء متباينة حول الخطة التي أعلنتها الحكومة أمس.', P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(article)), null);
});

test('teasers that each print a headline, the same credit between dashes and a lead make a listing', () => {
  const page = [
    'وكالة الشمال للأنباء الرئيسية أخبار',
    `حملة تلقيح في المدارس دمشق - وكالة الشمال - ${LEADS[0]}`,
    `إغلاق الشارع الرئيسي حلب - وكالة الشمال - ${LEADS[1]}`,
    `معرض الكتاب يفتح أبوابه حمص - وكالة الشمال - ${LEADS[2]}`,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'several credited teasers');
  assert.deepEqual(extractFromText(page).paragraphs, []);
  // One story with its dateline, and a crosshead with a dash, stay an article.
  const article = [`حملة تلقيح في المدارس دمشق - وكالة الشمال - ${LEADS[0]}`, P1, `المرحلة الثانية - الأرياف - ${LEADS[1]}`, P2].join('\n');
  assert.equal(listingReason(splitBlocks(article)), null);
});

const SUMMARIES = [
  'دائرة الصحة تعلن أن حملة التلقيح ضد الحصبة ستشمل المدارس الحكومية والخاصة في جميع المحافظات اعتباراً من الأسبوع المقبل.',
  'رئيس البلدية يؤكد أن الشارع الرئيسي سيغلق أمام السيارات لمدة أسبوعين بسبب أعمال الصيانة التي تنفذها شركة المياه.',
  'مراسلنا يفيد بأن المعرض الدولي للكتاب افتتح أبوابه بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية وسط إقبال كبير.',
  'مدير الزراعة يشير إلى أن أسعار الخضار ارتفعت في الأسواق المحلية بعد موجة البرد التي أتلفت جزءاً من المحاصيل.',
  'النقابة ترفض قرار الحكومة رفع أسعار الوقود وتدعو إلى اعتصام أمام مجلس الوزراء يوم الخميس المقبل احتجاجاً على القرار.',
  'الأرصاد الجوية تحذر من رياح قوية وأمطار غزيرة خلال عطلة نهاية الأسبوع وتدعو السائقين إلى توخي الحذر على الطرق.',
];

test('a ticker of one-sentence summaries, each a subject then a present-tense reporting verb, is a listing', () => {
  const page = ['أخبار الموقع الرئيسية', ...SUMMARIES].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'ticker of summaries');
  assert.deepEqual(extractFromText(page).paragraphs, []);
  // An article that opens with such a sentence and goes on in the past tense is an article.
  const article = [SUMMARIES[0], P1, P2, P3, SUMMARIES[1], 'وقال الوزير إن الحملة ستستمر حتى نهاية الشهر وإن اللقاحات متوفرة في جميع المراكز الصحية.'].join('\n');
  assert.equal(listingReason(splitBlocks(article)), null);
  // Subjects that begin with و or ف ("وزير", "واشنطن", "فرنسا") are subjects, not a connective going on.
  const subjectsWithWaw = [
    'وزير الخارجية يؤكد أن المحادثات مع الجانب الآخر ستستأنف الأسبوع المقبل في العاصمة بحضور وسطاء دوليين.',
    'واشنطن تعلن أنها سترسل مساعدات غذائية عاجلة إلى المناطق المنكوبة بالفيضانات في شمال البلاد خلال الأيام المقبلة.',
    'فرنسا تدعو إلى اجتماع طارئ لمجلس الأمن لبحث التصعيد العسكري الأخير على الحدود بين البلدين الجارين.',
    'وزارة الصحة تحذر من موجة حر شديدة وتدعو المواطنين إلى تجنب الخروج في ساعات الظهيرة حتى نهاية الأسبوع.',
  ];
  assert.equal(listingReason(splitBlocks(['أخبار الموقع الرئيسية', ...SUMMARIES.slice(0, 5), ...subjectsWithWaw].join('\n'))), 'ticker of summaries');
});

test('a short feed of items each opened by a machine stamp (year first, clock to the second) is a listing', () => {
  const page = [
    'أحدث الأخبار من البلاد',
    '2017 - 06 - 14 09 : 12 : 40 أعلنت وزارة المالية أنها ستصرف رواتب الموظفين قبل العيد بأسبوع كامل هذا العام .',
    '2017 - 05 - 30 18 : 03 : 11 افتتح وزير النقل الطريق السريع الجديد بين العاصمة والميناء بحضور عدد من النواب .',
    '2017 - 05 - 02 07 : 45 : 09 - الأمطار الغزيرة تغلق مدارس الجنوب ليوم واحد .',
  ].join('\n');
  const got = extractFromText(page);
  assert.deepEqual(got.paragraphs, []);
  assert.equal(got.publishedAt, null);
});

test("a week's archive titled by its date range makes a listing; a dateline with a time does not", () => {
  const week = [`05 / 03 / 12 - 12 / 03 / 12 ~ مدونة الطاقة نشرة أسبوعية ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(week)), 'archive title');
  assert.deepEqual(extractFromText(week).paragraphs, []);
  const dateline = [`وزير الطاقة يعد بخطة للكهرباء 05 / 03 / 2012 - 18 : 05 ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(dateline)), null);
  // One date range inside the story is an event's span, not the page's title.
  const span = ['وزير الطاقة يعد بخطة للكهرباء', `${P1} وتمتد المرحلة الأولى 05 / 03 / 12 - 12 / 03 / 12 ~ تقريبا.`, P2].join('\n');
  assert.equal(listingReason(splitBlocks(span)), null);
});

test('a feed dumped as text, its items stamped in the feed format, makes a listing with no date', () => {
  const feed = [
    'الطاقة - مدونة الطاقة https : / / example . org Thu , 18 Jan 2018 10 : 52 : 17 + 0000 ar hourly 1',
    `https : / / example . org / 2017 / 10 / 31 / 101 / Tue , 31 Oct 2017 20 : 43 : 03 + 0000 ${P1}`,
    P2,
    `https : / / example . org / 2017 / 10 / 29 / 99 / Sun , 29 Oct 2017 08 : 10 : 44 + 0000 ${P3}`,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(feed)), 'feed items');
  const article = extractFromText(feed);
  assert.deepEqual(article.paragraphs, []);
  assert.equal(article.publishedAt, null);
  // One such stamp (a page's own machine date) is not a feed.
  const one = [`وزير الطاقة يعد بخطة للكهرباء Tue , 31 Oct 2017 20 : 43 : 03 + 0000`, P1, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(one)), null);
});

test("a podcast's page of episodes makes a listing", () => {
  const podcast = [
    'حكايات الطاقة by إذاعة المدينة on Apple Podcasts If iTunes doesn \' t open , click the iTunes application icon .',
    `Description برنامج أسبوعي عن الطاقة والكهرباء في حياتنا اليومية .`,
    `Name Description Released Price ${P1}`,
    P2,
    P3,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(podcast)), 'podcast page');
  assert.deepEqual(extractFromText(podcast).paragraphs, []);
});

test("an article is no listing for a year's date range, a 'Listen on Apple Podcasts' button or two stamps on its meta line", () => {
  const year = [`1 / 1 / 2017 - 31 / 12 / 2017 : حصاد عام من الأزمات في المنطقة ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(year)), null);
  const yearBar = [`1 / 1 / 2017 - 31 / 12 / 2017 | حصاد عام من الأزمات في المنطقة ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(yearBar)), null);
  const button = ['وزير الطاقة يعد بخطة للكهرباء', 'Listen on Apple Podcasts', P1, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(button)), null);
  const meta = ['وزير الطاقة يعد بخطة للكهرباء', 'Updated : Tue , 31 Oct 2017 20 : 43 : 03 + 0000 Published : Tue , 31 Oct 2017 18 : 10 : 00 + 0000', P1, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(meta)), null);
});

test('several items each opened by the same credit and its own date make a listing', () => {
  const archive = [
    'مرصد الشمال تقارير يومية',
    `مرصد الشمال , 30 كانون الأول ( ديسمبر ) 2011 - ${P1}`,
    P2,
    `مرصد الشمال , 29 كانون الأول ( ديسمبر ) 2011 - ${P3}`,
    `مرصد الشمال , 27 كانون الأول ( ديسمبر ) 2011 - ${P2}`,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(archive)), 'several datelines');
  assert.deepEqual(extractFromText(archive).paragraphs, []);
  // A thread's posts, each under the same "Subject: Re:" header and its own stamp, are several items too.
  const thread = [1, 3, 6].map((day) => `موضوع : رد : متابعة أخبار الكهرباء الأربعاء يوليو ${day} 2014 , 12 : 36 ${P1}`).join('\n');
  assert.equal(listingReason(splitBlocks(thread)), 'several datelines');
});

test('one dateline, or a chronology whose entries open with "في" and a date, is no listing', () => {
  const article = [`مرصد الشمال , 30 كانون الأول ( ديسمبر ) 2011 - ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(article)), null);
  const chronology = [P1, `وفي 3 آذار 2011 - ${P2}`, `وفي 9 نيسان 2011 - ${P3}`, `وفي 2 أيار 2011 - ${P2}`].join('\n');
  assert.equal(listingReason(splitBlocks(chronology)), null);
  // The same dateline with the same day on three lines is one story told in parts, not several.
  const sameDay = [1, 2, 3].map(() => `مرصد الشمال , 30 كانون الأول ( ديسمبر ) 2011 - ${P1}`).join('\n');
  assert.equal(listingReason(splitBlocks(sameDay)), null);
});

test('teasers each opened by a year-first date make a listing', () => {
  const category = [
    'أخبار الكلية | كلية الهندسة',
    `, 2015 / 05 / 22 ${P1}`,
    `, 2015 / 05 / 18 ${P2}`,
    `, 2015 / 05 / 10 ${P3}`,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(category)), 'dated teasers');
});
