import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks } from './blocks.js';
import { classifyBlocks } from './classify.js';
import { extractFromText } from './extract.js';
import { isChromeLine } from './line-kinds.js';
import { isGluedTeaser } from './teaser-tail.js';

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

/** How many body paragraphs the story keeps with these lines after it. */
const bodyLength = (after: readonly string[]): number => extractFromText([...STORY, ...after].join('\n\n')).paragraphs.length;

test('a tail of related stories glued as "headline + lead" is not the article', () => {
  const article = extractFromText([...STORY, ...TEASERS].join('\n\n'));
  assert.equal(article.paragraphs.length, STORY.length - 1);
  assert.ok(article.paragraphs.every((p) => !p.includes('نقيب الأطباء') && !p.includes('مهرجان الكتاب')));
});

test('two such lines, or lines about the story itself, stay', () => {
  assert.equal(bodyLength(TEASERS.slice(0, 2)), STORY.length + 1);
  // Subject-first sentences of the story have the same shape, but its own words.
  const own = [
    'مسؤولو وزارة النقل في الميناء الشمالي أكد أحدهم لنا خطة التوسعة الجديدة للسفن التجارية الكبيرة في الميناء .',
    'عمال الميناء الشمالي في المدينة أعلن ممثلهم تأييد خطة توسعة الميناء الجديدة لوزارة النقل يوم الأحد .',
    'خبراء النقل البحري للميناء الشمالي قال كبيرهم لنا توسعة الميناء ستعيد حركة الشحن التجارية إلى المدينة .',
  ];
  assert.equal(bodyLength(own), STORY.length - 1 + own.length);
});

test('three lines about one other story are its continuation, not a list of related stories', () => {
  const sameStory = [
    'أزمة الدواء في المستشفيات الحكومية تتفاقم حذر نقيب الأطباء من تفاقم أزمة الدواء في المستشفيات الحكومية خلال الأشهر المقبلة .',
    'نقابة الأطباء تطالب بحل أزمة الدواء أعلن نقيب الأطباء أن أزمة الدواء في المستشفيات الحكومية تحتاج إلى حل عاجل .',
    'وزارة الصحة ترد على نقابة الأطباء أكد المتحدث باسم وزارة الصحة أن أزمة الدواء في المستشفيات الحكومية ستحل قريبا .',
  ];
  assert.equal(bodyLength(sameStory), STORY.length - 1 + sameStory.length);
});

test('a clause word before the verb, or a line opening on و + verb, is no glued headline', () => {
  const shape = (text: string): boolean => isGluedTeaser(classifyBlocks(splitBlocks(text), isChromeLine)[0]!);
  assert.ok(shape('نقابة الأطباء تحذر من نقص الأدوية حذر نقيب الأطباء من تفاقم أزمة الدواء في المستشفيات الحكومية .'));
  assert.ok(!shape('وأوضح الناشطون أن الوحدات الكردية زادت من حدة قصفها لمناطق الريف الشمالي خلال الأيام الماضية .'));
  assert.ok(!shape('نقابة الأطباء التي تحذر من نقص الأدوية حذر نقيبها من تفاقم أزمة الدواء في المستشفيات الحكومية .'));
  assert.ok(!shape('الهجمات الجوية خلال 12 يوما شهدت تصعيدا أعلن المرصد أن الغارات استهدفت الأحياء الشرقية من المدينة .'));
});
