/**
 * Line kinds the classifier calls chrome: a comment form's notice and teaser rows stamped with
 * their age. Every line here was written for the test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { splitBlocks } from './blocks.js';
import { isAgeStampedTeaserLine, isCommentFormLine } from './line-kinds.js';
import { extractFromText } from './extract.js';

const block = (line: string) => splitBlocks(line)[0]!;

test("a comment form's notice: the reader's mail beside the required fields", () => {
  assert.equal(isCommentFormLine(block('لن يتم نشر بريدك الإلكتروني , الحقول المشار إليها ب - * مطلوبة .')), true);
  assert.equal(isCommentFormLine(block('لن نعرض بريدك الإلكتروني لأحد ، وحقل الاسم إلزامي')), true);
  // A story about mail or about required documents is not a form.
  assert.equal(isCommentFormLine(block('وقالت الوزارة إن الحقول النفطية في الجنوب مطلوبة للاستثمار الأجنبي خلال العام المقبل .')), false);
  assert.equal(isCommentFormLine(block('وأضاف المتحدث أن على المواطنين مراجعة بريدهم الإلكتروني لمعرفة موعد المقابلة .')), false);
});

test('teaser rows whose ages were scraped before "منذ" are a list, not the story', () => {
  assert.equal(isAgeStampedTeaserLine(block('المواضيع المميزة 16 ساعات منذ خرج المتظاهرون في المدينة رافعين لافتات . . . 1 أيام منذ افتتحت البلدية حديقة جديدة')), true);
  assert.equal(isAgeStampedTeaserLine(block('منذ 3 ساعات انقطع التيار الكهربائي . . . منذ 5 ساعات عاد التيار إلى الأحياء الشرقية')), true);
  // "قبل" after a number is prose ("3 أيام قبل الانتخابات"), and one stamp in a sentence is no list.
  assert.equal(isAgeStampedTeaserLine(block('وصل الوفد 3 أيام قبل الانتخابات و 2 أيام قبل إعلان النتائج بحسب المصدر نفسه .')), false);
  assert.equal(isAgeStampedTeaserLine(block('وقال إن المفاوضات لم تتوقف 16 ساعات منذ بدأت الجولة الأخيرة في العاصمة .')), false);
});

test('the comment notice under a story leaves the body', () => {
  const story = [
    'الحكومة تقر خطة لإصلاح شبكة الكهرباء',
    'قال وزير الطاقة في مؤتمر صحفي إن الحكومة ستبدأ الشهر المقبل تنفيذ خطة لإصلاح شبكة الكهرباء في المدن الكبرى.',
    'وأضاف الوزير أن الخطة تشمل بناء محطتين جديدتين وتحديث خطوط النقل التي تعود إلى سبعينيات القرن الماضي.',
    'لن يتم نشر بريدك الإلكتروني , الحقول المشار إليها ب - * مطلوبة .',
  ].join('\n');
  const article = extractFromText(story);
  assert.equal(article.paragraphs.length, 2);
  assert.ok(article.paragraphs.every((p) => !p.includes('بريدك')));
});
