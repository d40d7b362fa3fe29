/**
 * Publication-date rules, each on a small page written for the test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractFromText } from './extract.js';
import { innermostPhrases } from './metadata.js';

const STORY = [
  'قال وزير الزراعة في مؤتمر صحفي عقده إن موسم القمح هذا العام جاء أفضل من المتوقع بفضل الأمطار الغزيرة التي هطلت في الشتاء.',
  'وأضاف الوزير أن الحكومة ستشتري المحصول من المزارعين بسعر أعلى من العام الماضي، مشيراً إلى أن صوامع التخزين جاهزة.',
];
const TITLE = 'وزير الزراعة: موسم القمح أفضل من المتوقع هذا العام';

test('a labelled date line between headline and story is the publication date', () => {
  const page = [TITLE, 'نشر في: 14 آذار 2021 - 18:05', 'آخر تحديث: 15 آذار 2021 - 09:00', ...STORY].join('\n');
  assert.equal(extractFromText(page).publishedAt, '2021-03-14T18:05:00');
});

test('a site-wide "last update on" glued into the header is not the publication date', () => {
  const page = [`${TITLE} | موقع الحقول التحديث الاخير بتاريخ الأحد 21 يناير 2018 ${TITLE}`, ...STORY].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test('a date beside a weather widget is the site clock', () => {
  const page = ['الأحد 21 يناير 2018 درجة الحرارة 18° الرطوبة 40%', TITLE, ...STORY].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test('a date followed by the ages of other items is the moment the page was served', () => {
  const page = ['موقع الحقول 09 : 29 : 51 صباحا - 22 ديسمبر 2017 - 12 ساعة قبل - 13 ساعة قبل', TITLE, ...STORY].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
  // One age after the date is the article's own: the date stands.
  const own = [TITLE, 'نشر في 22 ديسمبر 2017 - منذ 3 ساعات', ...STORY].join('\n');
  assert.equal(extractFromText(own).publishedAt?.slice(0, 10), '2017-12-22');
});

test('a date beside unrendered clock markup is the site clock', () => {
  const page = ['January 21 2018 - 09 : 26 21 { { mmonth } } { { hday } } بتوقيت بيروت', TITLE, ...STORY].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test('a date whose weekday contradicts "اليوم الخميس" in the story is dropped', () => {
  // 14 March 2021 was a Sunday; the story says it is Thursday.
  const page = [TITLE, '14 آذار 2021', `${STORY[0]!.replace('عقده', 'عقده اليوم الخميس')}`, STORY[1]!].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test('dates in the story and in a related list never become the publication date', () => {
  const page = [TITLE, `${STORY[0]} وكان الموسم قد بدأ في 5 آذار 2021.`, STORY[1]!, 'اقرأ أيضاً', 'أسعار الخبز ترتفع', '10 آذار 2021'].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test('the date-label pre-filter searches only labels that hold no shorter label', () => {
  assert.deepEqual(innermostPhrases(['تاريخ', 'تاريخ النشر', 'بتاريخ', 'نشر', 'تم نشره', 'محدث']), ['تاريخ', 'نشر', 'محدث']);
});

test('a line of several stamps with their times lists other items: none of them dates the page', () => {
  const page = [
    'التحالف الدولي يكشف عدد عناصر التنظيم المتبقين الأحدث يناير 20 , 2018 05 : 35 مساء يناير 20 , 2018 05 : 17 مساء أخبار يناير 18 , 2018 04 : 11 مساء',
    'كشف التحالف الدولي في بيان أن عدد عناصر التنظيم المتبقين في البلدين لا يتجاوز ألف مقاتل بعد خسارة معاقله الرئيسية خلال العام الماضي .',
    'وقال المتحدث باسم التحالف إن العمليات ستستمر حتى القضاء على ما تبقى من خلايا التنظيم في المناطق الصحراوية الحدودية بين البلدين .',
    'وأضاف أن القوات المحلية تتولى الآن مسؤولية الأمن في معظم المدن التي استعيدت من التنظيم بدعم جوي ولوجستي من التحالف .',
  ].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test("a masthead clock beside the visitor counter is the site's, not the article's", () => {
  const page = [
    'صوت الناس صحيفة إلكترونية مستقلة شاملة الاحد , 21 / 01 / 2018 انت الزائر رقم : الفساد في البلاد هو موضوع الجزء الثاني من سلسلة وثائقية تعرضها القناة هذا الأسبوع عن شبكة من الشركات الوهمية التي استخدمت لتحويل أموال عامة إلى حسابات خاصة في الخارج .',
    'وقال معد الفيلم إن فريقه عمل أكثر من عام على جمع الوثائق والشهادات من موظفين سابقين في الوزارات المعنية بالعقود الكبيرة .',
    'وأضاف أن الجزء الثالث من السلسلة سيعرض الأسبوع المقبل ويتناول دور المصارف في تسهيل هذه التحويلات عبر سنوات طويلة .',
  ].join('\n');
  assert.equal(extractFromText(page).publishedAt, null);
});

test("a headline found by its repeats does not keep the weekday both copies happen to be followed by", () => {
  const page = [
    'جريدة الصباح العمانية - العراق بلا تنظيم . . هل تدوم الفرحة ? الأحد , 21 يناير 2018 عاجل عرض الخبر عطلة وطنية في بغداد احتفالا بالانتصار العراق بلا تنظيم . . هل تدوم الفرحة ? الأحد 10 ديسمبر 2017 08 : 30 م الصباح - الوكالات تبالغ السلطات العراقية في تأمين احتفالات البلاد بانتصارها على التنظيم , حيث تقرر عدم بث العرض العسكري على الهواء مباشرة .',
    'وقال رئيس الوزراء العراقي في كلمة متلفزة إن القوات العراقية سيطرت بالكامل على الحدود مع سوريا وإن الحرب على التنظيم انتهت عسكريا .',
    'وأضاف أن المعركة المقبلة ستكون ضد الفساد وضد الخلايا النائمة التي قد تحاول إعادة تنظيم صفوفها في المناطق الصحراوية .',
  ].join('\n');
  assert.match(extractFromText(page).title, /تدوم الفرحة \?$/u);
});
