import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.js';

/** A story about a port, written for these tests, and three related stories glued as "headline + lead". */
const STORY = [
  'الحكومة تعلن توسعة ميناء المدينة الشمالي',
  'أعلنت وزارة النقل اليوم الأحد عن خطة لتوسعة ميناء المدينة الشمالي خلال ثلاث سنوات , بكلفة تتجاوز مليار دولار .',
  'وقال وزير النقل في مؤتمر صحفي إن التوسعة ستضاعف قدرة الميناء على استقبال السفن التجارية الكبيرة .',
  'وأضاف أن العمل سيبدأ في الربيع المقبل بعد إنجاز الدراسات البيئية اللازمة للمشروع .',
  'ويعد الميناء الشمالي من أقدم موانئ البلاد , وقد شهد تراجعا في حركة الشحن خلال العقد الماضي .',
];
const TEASERS = [
  'نقابة الأطباء تحذر من نقص الأدوية في المستشفيات حذر نقيب الأطباء من تفاقم أزمة الدواء في المستشفيات الحكومية خلال الأشهر المقبلة .',
  'منتخب الشباب يتأهل إلى نهائي البطولة الإقليمية أعلن اتحاد كرة القدم تأهل منتخب الشباب بعد فوزه على نظيره بهدفين دون رد .',
  'مهرجان الكتاب يفتح أبوابه للزوار بدأ مهرجان الكتاب السنوي استقبال زواره بمشاركة مئات دور النشر من عدة دول عربية وأجنبية .',
];

test('a tail of related stories glued as "headline + lead" is not the article', () => {
  const article = extractFromText([...STORY, ...TEASERS].join('\n\n'));
  assert.equal(article.paragraphs.length, STORY.length - 1);
  assert.ok(article.paragraphs.every((p) => !p.includes('نقيب الأطباء') && !p.includes('مهرجان الكتاب')));
});

test('two such lines, or lines about the story itself, stay', () => {
  assert.equal(extractFromText([...STORY, ...TEASERS.slice(0, 2)].join('\n\n')).paragraphs.length, STORY.length + 1);
  // Subject-first sentences of the story have the same shape, but its own words.
  const own = [
    'مسؤولو وزارة النقل في الميناء الشمالي أكد أحدهم لنا خطة التوسعة الجديدة للسفن التجارية الكبيرة في الميناء .',
    'عمال الميناء الشمالي في المدينة أعلن ممثلهم تأييد خطة توسعة الميناء الجديدة لوزارة النقل يوم الأحد .',
    'خبراء النقل البحري للميناء الشمالي قال كبيرهم لنا توسعة الميناء ستعيد حركة الشحن التجارية إلى المدينة .',
  ];
  assert.equal(extractFromText([...STORY, ...own].join('\n\n')).paragraphs.length, STORY.length - 1 + own.length);
});
