/**
 * Pages that carry more than one story or more than the story: leads of stories told on different
 * days, paged section titles, closed-comment notices, stamped reader questions, the site's rules and
 * disclaimers under the article, and document titles with a quoted dash or an echoed headline.
 * Every line here was written for the test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractFromText } from './extract.js';
import { splitBlocks, describe } from './blocks.js';
import { listingReason } from './listing.js';
import { storiesOfSeveralDays } from './listing-days.js';
import { isHostingDisclaimer, isPolicyLine, isSiteNoticeLine } from './site-notices.js';
import { withoutEcho, pageTitlePrefix } from './page-title.js';
import { classifyBlocks } from './classify.js';
import { isChromeLine } from './line-kinds.js';

const P1 = 'قال وزير الطاقة في مؤتمر صحفي إن الحكومة ستبدأ الشهر المقبل تنفيذ خطة لإصلاح شبكة الكهرباء في المدن الكبرى.';
const P2 = 'وأضاف الوزير أن الخطة تشمل بناء محطتين جديدتين وتحديث خطوط النقل التي تعود إلى سبعينيات القرن الماضي.';
const P3 = 'وأشار إلى أن التمويل سيأتي من الموازنة العامة ومن قرض ميسر تفاوضت عليه الحكومة مع صندوق عربي للتنمية.';
/** More paragraphs of the same story, for pages whose story must outweigh what stands above it. */
const P4 = 'وقال خبراء في قطاع الطاقة إن الخطة طموحة لكنها تحتاج إلى إصلاح إداري يسبق المشاريع الكبيرة ويضمن متابعتها.';
const P5 = 'ويخشى سكان الأحياء الفقيرة أن ترتفع فواتير الكهرباء بعد انتهاء المشاريع وأن يدفعوا ثمن الإصلاح من جيوبهم.';
const P6 = 'وتقول الحكومة إن الدعم سيبقى للأسر الأكثر حاجة وإن الزيادة في الأسعار لن تطال الشرائح الدنيا من الاستهلاك المنزلي.';
const P7 = 'أما المعارضة فترى أن الخطة وضعت على عجل قبل الانتخابات وأن أرقامها لم تعرض على البرلمان ولا على الرأي العام.';
const P8 = 'ويبقى السؤال الذي يطرحه الجميع في الشارع عن موعد انتهاء الانقطاعات اليومية التي تتجاوز عشر ساعات في بعض الأحياء.';
const P9 = 'ويرى اقتصاديون أن نجاح الخطة مرهون بقدرة الشركات المحلية على تنفيذ المشاريع في مواعيدها وبشفافية العقود التي ستوقعها الوزارة.';

/** Leads of separate stories, each told on its own day. */
const LEADS = [
  'أعلنت وزارة الصحة اليوم السبت بدء حملة تلقيح ضد الحصبة في المدارس الحكومية والخاصة في العاصمة.',
  'افتتحت البلدية اليوم الأحد جسرا جديدا فوق النهر بعد عامين من الأشغال التي عطلت حركة المرور.',
  'قررت الحكومة أمس الإثنين رفع أسعار الخبز المدعوم بنسبة عشرة في المئة ابتداء من الشهر المقبل.',
  'استقبل الرئيس اليوم الأربعاء وفدا من رجال الأعمال لبحث فرص الاستثمار في قطاع الطاقة المتجددة.',
  'أطلقت وزارة الزراعة اليوم الخميس برنامجا لدعم صغار المزارعين بالبذور والأسمدة في الريف الشمالي.',
  'حذرت الأرصاد الجوية اليوم الجمعة من رياح قوية وأمطار غزيرة خلال عطلة نهاية الأسبوع في الساحل.',
];

test('leads of stories told on different days make a listing', () => {
  const page = LEADS.join('\n');
  assert.equal(storiesOfSeveralDays(splitBlocks(page)), true);
  assert.equal(listingReason(splitBlocks(page)), 'stories of several days');
  assert.deepEqual(extractFromText(page).paragraphs, []);
});

test("one story's today and yesterday point at one day; related teasers in the tail do not make a listing", () => {
  const story = [
    'أعلن وزير الطاقة اليوم الخميس أن الحكومة ستبدأ الشهر المقبل تنفيذ خطة لإصلاح شبكة الكهرباء في المدن الكبرى.',
    'وكان الوزير قد اجتمع أمس الأربعاء مع ممثلي الشركات الخاصة لبحث تمويل المحطات الجديدة في الجنوب.',
    'وقال مسؤول في الوزارة اليوم الخميس إن الأشغال ستبدأ في العاصمة قبل أن تمتد إلى المدن الأخرى.',
    P2,
    P3,
    P1,
    P2,
  ];
  const tail = [LEADS[0]!, LEADS[1]!, LEADS[3]!];
  const page = [...story, ...tail].join('\n');
  assert.equal(storiesOfSeveralDays(splitBlocks(page)), false);
  assert.equal(listingReason(splitBlocks(page)), null);
});

test('a later page of a section, or several closed-comment notices, make a listing', () => {
  const paged = [`دولي - الصفحة 7 - مجلة الأخبار ${P1}`, P2, P3].join('\n');
  assert.equal(listingReason(splitBlocks(paged)), 'archive title');
  // Page 1 is the section's front; a long title before "الصفحة 2" is an article split over pages.
  assert.equal(listingReason(splitBlocks([`دولي - الصفحة 1 - مجلة الأخبار ${P1}`, P2, P3].join('\n'))), null);
  const closed = [
    `التعليقات على الحكومة تعلن خطة الكهرباء مغلقة ${P1}`,
    `${P2} التعليقات على افتتاح معرض الكتاب في العاصمة مغلقة ${P3}`,
    P1,
  ].join('\n');
  assert.equal(listingReason(splitBlocks(closed)), 'several closed comment notices');
});

test("readers' questions stamped one by one are one page, and no stamp dates it", () => {
  const items = [
    'الاسم سمير التاريخ 2014 - 01 - 02 09 : 42 : 56 ما رأيكم في الخطة التي أعلنتها الحكومة لإصلاح شبكة الكهرباء في المدن الكبرى ?',
    'الجواب أن الخطة تحتاج إلى تمويل كبير لم تعلن الحكومة مصادره حتى الآن , وهذا ما يثير الشكوك حولها .',
    'الاسم ليلى التاريخ 2014 - 01 - 05 18 : 10 : 03 هل تكفي المحطات الجديدة لسد حاجة المصانع في الصيف المقبل ?',
    'لا تكفي وحدها , لأن خطوط النقل القديمة تهدر جزءا كبيرا من الطاقة قبل أن تصل إلى المصانع والبيوت .',
    'الاسم خالد التاريخ 2014 - 01 - 09 11 : 25 : 40 متى تبدأ الأشغال في الأحياء الشعبية التي تعاني من الانقطاع ?',
    'تبدأ الأشغال في العاصمة أولا ثم تمتد إلى المدن الأخرى حسب ما أعلنته الوزارة في بيانها الأخير .',
  ];
  const page = items.join('\n');
  assert.equal(listingReason(splitBlocks(page)), null);
  const article = extractFromText(page);
  assert.equal(article.publishedAt, null);
  // The first item keeps its form header: it is an item's, not the page's glued to the lead.
  assert.equal(article.paragraphs[0], items[0]);
});

test("the site's rules and its disclaimers of what it hosts are notices", () => {
  const rule = describe(0, 'يحق لإدارة الموقع إلغاء أي مشاركة تخالف قواعد النشر وشروطه دون إشعار مسبق .');
  assert.equal(isPolicyLine(rule), true);
  assert.equal(isSiteNoticeLine(rule), true);
  assert.equal(isPolicyLine(describe(0, 'لا يسمح بنسخ أو استعمال مواد هذا الموقع بأي شكل إلا بإذن خطي مسبق من إدارته .')), true);
  const hosted = describe(0, 'جميع المساهمات المنشورة تعبر عن رأي أصحابها وليس عن رأي الموقع .');
  assert.equal(isHostingDisclaimer(hosted), true);
  const declined = describe(0, 'ولا يتحمل موقع " الأخبار اليوم " أي مسؤولية عن مضمون هذه المساهمات .');
  assert.equal(isHostingDisclaimer(declined), true);
  // News prose: a duty, the press and a position are no rule of the site; a government declining
  // responsibility names no site.
  assert.equal(isPolicyLine(describe(0, 'وقال الوزير إنه يجب نشر القوات في موقع قريب من الحدود لحماية القرى من الهجمات .')), false);
  assert.equal(isHostingDisclaimer(describe(0, 'وقالت الحكومة إنها لا تتحمل أي مسؤولية عن تأخر المشروع بسبب الشركة المنفذة .')), false);
  // A disclaimer glued after the story's last sentence leaves that line to the story.
  assert.equal(isHostingDisclaimer(describe(0, `${P3} المقالات المنشورة تعبر عن رأي كتابها .`)), false);
});

test("a run of the site's notices after the story ends it; one disclaimer under an opinion piece's byline does not", () => {
  const notices = [
    'جميع المساهمات المنشورة تعبر عن رأي أصحابها وليس عن رأي الموقع .',
    'يحق لإدارة الموقع إلغاء أي مشاركة تخالف قواعد النشر وشروطه دون إشعار مسبق .',
    'بدأ الموقع عمله قبل عشر سنوات بفريق صغير من الصحافيين الشباب الذين أرادوا أن يكتبوا عن مدنهم بحرية .',
  ];
  assert.deepEqual(extractFromText([P1, P2, P3, ...notices].join('\n')).paragraphs, [P1, P2, P3]);
  const bio = 'الكاتب باحث في شؤون الطاقة ومستشار سابق لعدد من الحكومات العربية في مشاريع الكهرباء والمياه.';
  const disclaimer = 'المقال يعبر عن وجهة نظر الكاتب ولا يعكس بالضرورة وجهة نظر الموقع .';
  const paragraphs = extractFromText([bio, disclaimer, P1, P2, P3].join('\n')).paragraphs;
  assert.ok(paragraphs.includes(P1) && paragraphs.includes(P3));
  const classified = classifyBlocks(splitBlocks([bio, disclaimer, P1].join('\n')), isChromeLine);
  assert.equal(classified[1]!.cls, 'bad');
});

test("the site's notices printed above a longer story do not end it: what comes before them is the header", () => {
  const header = 'الكاتب | مستقبل الكهرباء في المدن | موقع الشباب من غزة إلى حيفا . . حكايات من المخيمات . . جيل جديد من الكتاب';
  const notices = [
    'جميع المساهمات المنشورة تعبر عن رأي أصحابها وليس عن رأي الموقع .',
    'يحق لإدارة الموقع إلغاء أي مشاركة تخالف قواعد النشر وشروطه دون إشعار مسبق .',
  ];
  const story = [P1, P2, P3, P4, P5, P6, P7, P8, P9];
  assert.deepEqual(extractFromText([header, ...notices, ...story].join('\n')).paragraphs, story);
});

test("notices under a short story, then comments: the comments are not a story after the notices", () => {
  const notices = [
    'جميع المساهمات المنشورة تعبر عن رأي أصحابها وليس عن رأي الموقع .',
    'يحق لإدارة الموقع إلغاء أي مشاركة تخالف قواعد النشر وشروطه دون إشعار مسبق .',
  ];
  const comment = (n: number): string => `أتفق مع ما جاء في هذا المقال عن الكهرباء وأرجو أن تنفذ الحكومة وعودها هذه المرة من دون تأخير كما حدث في السنوات الماضية رقم ${n} .`;
  const page = [P1, P2, P3, ...notices, 'التعليقات', ...Array.from({ length: 12 }, (_, i) => comment(i + 1))].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2, P3]);
});

test('a copyright line glued into the masthead does not end the page before its story', () => {
  const header = 'مستقبل الكهرباء في المدن ? | جريدة الشباب جريدة الشبابمؤسسة إعلامية مستقلة تأسست في 2011 , تنتج المحتوى الصحفي وتطوره وتنشره وفق المعايير المهنية بوسائط ومنتجات متعددة , وتعمل على تدريب الصحفيين الشباب في المدن والأرياف .';
  const glued = `جميع الحقوق محفوظة لجريدة الشباب مستقبل الكهرباء في المدن ? ${P1}`;
  const P10 = 'وكانت الحكومة السابقة قد أعلنت خطة مشابهة قبل أربع سنوات لكنها توقفت بعد أشهر قليلة بسبب نقص التمويل والخلافات السياسية.';
  const story = [P2, P3, P4, P5, P6, P7, P8, P9, P10];
  const paragraphs = extractFromText([header, glued, ...story, 'المقالة السابقة المقالة اللاحقة الحقوق محفوظة'].join('\n')).paragraphs;
  for (const p of story) assert.ok(paragraphs.includes(p), p);
});

test('a long rule followed by a numbered note is a footnote area: the paper goes on after it', () => {
  const rule = '- '.repeat(40).trim();
  const page = [P1, P2, `${rule} ( 1 ) محمود خليفة , البحث عن المكانة , ( القاهرة : المكتب العربي للمعارف , 2016 ) ${P3}`, 'وقال خبراء في قطاع الطاقة إن الخطة طموحة لكنها تحتاج إلى إصلاح إداري يسبق المشاريع الكبيرة ويضمن متابعتها.'].join('\n');
  assert.equal(extractFromText(page).paragraphs.length, 4);
  // A short separator before another story still ends the article.
  const other = 'أعلنت وزارة الصحة اليوم بدء حملة تلقيح ضد الحصبة في المدارس الحكومية والخاصة في العاصمة وضواحيها.';
  assert.deepEqual(extractFromText([P1, P2, P3, '. . . . . ' + other].join('\n')).paragraphs, [P1, P2, P3]);
});

test("a story followed by the site's about-us lines keeps the story: those lines are no story after notices", () => {
  const about = [
    'موقع الشباب هو موقع إخباري يهتم بالشؤون الوطنية والمحلية والدولية في كل المجالات بصفة دورية ومتواصلة .',
    'يعتبر موقع الشباب تابعا لمجموعة إعلامية تضم قناة تلفزيونية وجريدة يومية ومحطة إذاعية في العاصمة .',
    'يتميز موقع الشباب بالنشر الفوري للأخبار مع التحري الكبير لمصداقية الأخبار والأحداث المنشورة من طرف مراسليه .',
    'يعمل موقع الشباب من دون انقطاع ويضمن طاقمه الأخبار على مدى الساعة إضافة إلى تحديث الأخبار والمتابعة المستمرة .',
    'يسمح الموقع بمتابعة كل الأخبار التي تنفرد بها القناة ونقل كل التقارير التي تبثها في نشراتها الإخبارية اليومية .',
    'يحرص الموقع على التحري في مصدر الخبر قبل بثه وفي حال حصول تطور يتم تحديثه بمقالات جديدة تتضمن كل التفاصيل .',
    'يعتبر الموقع من أبرز المواقع ويحظى بنسب متابعة قياسية بفضل شبكة المراسلين التي تنشط في كامل التراب الوطني .',
    'الموقع يحتوي على أقسام تسمح لمختلف القراء بتتبع المحتوى المراد الاطلاع عليه من سياسة واقتصاد وثقافة ورياضة .',
    'يتواجد موقع الشباب على مواقع التواصل الاجتماعي ويحظى بمتابعة عالية فاقت الخمسة ملايين مشترك في الشبكات كلها .',
    'يتابع موقع الشباب الأحداث الطارئة ببث مباشر عبر صفحته ويتيح لكم متابعة الأحداث لحظة بلحظة من أي مكان في العالم .',
    'يسمح الموقع بتقديم استفتاءاتكم حول مواضيع الساعة من خلال ركن الاستفتاء الذي يكون موضوعه متزامنا مع الحدث دائما .',
  ];
  const paragraphs = extractFromText([P1, P2, P3, ...about].join('\n')).paragraphs;
  assert.ok(paragraphs.includes(P1) && paragraphs.includes(P3), paragraphs.join('\n'));
});

test('a news story that says "عضو جديد" in three paragraphs is no forum thread', () => {
  const lines = [
    'انتخب المجلس البلدي عضو جديد لرئاسة لجنة الخدمات بعد استقالة رئيسها السابق الشهر الماضي .',
    'وقال رئيس المجلس إن العضو الجديد سيبدأ عمله الأسبوع المقبل وإن عضو جديد آخر سينضم إلى اللجنة المالية .',
    'وأضاف أن انتخاب عضو جديد في كل لجنة يهدف إلى تسريع العمل في المشاريع المتأخرة منذ عامين .',
  ];
  assert.notEqual(listingReason(splitBlocks(lines.join('\n'))), 'forum thread');
});

test("a forum thread of several members' posts is a listing", () => {
  const card = (day: number): string => `Lieutenant Colonel مشاركات : 32 اشترك في : الثلاثاء أكتوبر 12 , 2010 6 : 11 pm اتصال : الأحد أكتوبر ${day} , 2015 1 : 13 am`;
  const page = [`${card(7)} ${P1}`, P2, `${card(9)} ${P3}`, 'وقال خبراء في قطاع الطاقة إن الخطة طموحة لكنها تحتاج إلى إصلاح إداري يسبق المشاريع الكبيرة ويضمن متابعتها.', `${card(11)} ${P1}`].join('\n');
  assert.equal(listingReason(splitBlocks(page)), 'forum thread');
  assert.deepEqual(extractFromText(page).paragraphs, []);
  // One member card above a single post is an article.
  assert.notEqual(listingReason(splitBlocks([`${card(7)} ${P1}`, P2, P3].join('\n'))), 'forum thread');
});

test('a dash inside quotes is part of the headline; a headline echoed around the menu is taken once', () => {
  const first = describe(0, `الشاب المعتقل بسبب " تي - شيرت " في القاهرة | يوميات | موقع الشباب ${P1}`);
  const shaped = (b: { words: number }): boolean => b.words >= 3;
  assert.equal(pageTitlePrefix(first, shaped)?.title, 'الشاب المعتقل بسبب " تي - شيرت " في القاهرة');
  assert.equal(withoutEcho('اعتقال 3 ضباط بقضية انقلاب قديم اعلانات جديد الاخبار اعتقال 3 ضباط بقضية انقلاب قديم'), 'اعتقال 3 ضباط بقضية انقلاب قديم');
  assert.equal(withoutEcho('الحكومة تعلن خطة الكهرباء الجديدة'), 'الحكومة تعلن خطة الكهرباء الجديدة');
});

test('a date before the web (a final in 1938) is never the page date', () => {
  const page = ['نهائي كأس العالم', '19 يونيو 1938 - 17 : 00', P1, P2, P3].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
  const recent = ['نهائي كأس العالم', '19 يونيو 2016 - 17 : 00', P1, P2, P3].join('\n');
  assert.equal(extractFromText(recent).publishedAt?.slice(0, 10), '2016-06-19');
});

test("the site's closing \"about us\" ends the article; a story that names a site in passing keeps its lines", () => {
  const about = [
    'يعتبر موقع الأخبار اليوم من أبرز المواقع الإخبارية في البلاد ويحظى بمتابعة واسعة من القراء .',
    'يحرص الموقع على التحقق من مصدر كل خبر قبل نشره وتحديثه عند حصول أي تطور جديد .',
    'يتيح الموقع لقرائه متابعة الأحداث لحظة بلحظة عبر صفحاته على مواقع التواصل الاجتماعي .',
  ];
  assert.deepEqual(extractFromText([P1, P2, P3, ...about].join('\n')).paragraphs, [P1, P2, P3]);
  const story = [
    P1,
    'وأطلق موقع حكومي جديد خدمة تتيح للمواطنين الإبلاغ عن انقطاع الكهرباء في أحيائهم خلال دقائق .',
    P2,
    'وقال مدير الموقع إن الخدمة تلقت آلاف البلاغات في أسبوعها الأول من مختلف المحافظات .',
    P3,
  ];
  assert.deepEqual(extractFromText(story.join('\n')).paragraphs, story);
});

test('teasers each opened by their own date make a listing; a timeline with "date :" entries does not', () => {
  const teasers = [
    'السبت , 13 يناير 2018 - 5 : 18 ص أعلنت وزارة الصحة بدء حملة تلقيح ضد الحصبة في المدارس الحكومية والخاصة في العاصمة .',
    'الخميس , 11 يناير 2018 - 9 : 40 م افتتحت البلدية جسرا جديدا فوق النهر بعد عامين من الأشغال التي عطلت حركة المرور .',
    'الأحد , 7 يناير 2018 - 1 : 05 م قررت الحكومة رفع أسعار الخبز المدعوم بنسبة عشرة في المئة ابتداء من الشهر المقبل .',
  ];
  assert.equal(listingReason(splitBlocks(teasers.join('\n'))), 'dated teasers');
  const timeline = [
    'أبرز الهجمات التي شهدتها المنطقة خلال السنوات الماضية بحسب ما رصدته المنظمات الدولية .',
    '14 يوليو 2016 : هاجم مسلحون قاعدة عسكرية في الجنوب وقتلوا عددا من الجنود قبل أن يفروا إلى الجبال القريبة .',
    '11 نوفمبر 2015 : انفجرت سيارة مفخخة قرب مبنى حكومي في العاصمة وأوقعت عشرات القتلى والجرحى من المدنيين .',
    '10 أكتوبر 2015 : استهدف انتحاري مظاهرة مناهضة للحكومة في وسط المدينة وقتل أكثر من مئة شخص .',
  ];
  assert.equal(listingReason(splitBlocks(timeline.join('\n'))), null);
});
