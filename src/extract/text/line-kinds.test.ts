/**
 * Line kinds the classifier calls chrome: a comment form's notice, the browser's and the account
 * widget's notices, and teaser rows stamped with their age. Every line here was written for the test.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { splitBlocks } from './blocks.js';
import { isAgeStampedTeaserLine, isBrowserNoticeLine, isCommentFormLine } from './line-kinds.js';
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

test("the browser's and the account widget's notices are chrome; a story that names a password is not", () => {
  const notice = (line: string) => isBrowserNoticeLine(block(line));
  assert.equal(notice('يستخدم هذا الموقع الكوكيز للمساعدة في تحسين تجربتك على الإنترنت .'), true);
  assert.equal(notice('الرجاء تشغيل JavaScript والمحاولة مرة أخرى .'), true);
  assert.equal(notice('لمساعدتنا على الاستمرار نرجو إلغاء تفعيل مانع الإعلانات في متصفحك .'), true);
  assert.equal(notice('سيتم إرسال رابط إلى بريدك الإلكتروني تستطيع من خلاله إنشاء كلمة مرور جديدة .'), true);
  assert.equal(notice('تسجيل الدخول هل أنت عضو مسجل لدينا بالفعل ? سجل دخولك هنا .'), true);
  // A sentence of the story going on, a quote, and a lead glued after the notice stay.
  assert.equal(notice('وفي نهاية الأمر , أعطاهم كلمة المرور .'), false);
  assert.equal(notice('وقال الخبير إن " كلمة المرور الضعيفة هي الباب الأول للاختراق " .'), false);
  assert.equal(
    notice('Please enable JavaScript to view the جاء استقبال الأمير للجنة المنظمة للبطولة التي أقيمت مؤخرا في العاصمة لفتة معنوية رائعة من القيادة إلى الشباب .'),
    false,
  );
});

test("a notice above the story is never taken for its headline", () => {
  const page = [
    'سيتم إرسال رابط إلى بريدك الإلكتروني تستطيع من خلاله إنشاء كلمة مرور جديدة',
    'قال وزير الطاقة في مؤتمر صحفي إن الحكومة ستبدأ الشهر المقبل تنفيذ خطة لإصلاح شبكة الكهرباء في المدن الكبرى.',
    'وأضاف الوزير أن الخطة تشمل بناء محطتين جديدتين وتحديث خطوط النقل التي تعود إلى سبعينيات القرن الماضي.',
  ].join('\n');
  const article = extractFromText(page);
  assert.doesNotMatch(article.title, /بريدك/u);
  assert.equal(article.paragraphs.length, 2);
});

test('news about passwords, cookies or registration is no notice: the widget speaks to its reader', () => {
  assert.equal(isBrowserNoticeLine(block('البنك المركزي يحذر العملاء : لا تشارك كلمة المرور مع أي جهة')), false);
  assert.equal(isBrowserNoticeLine(block('هيئة الاتصالات تحظر ملفات تعريف الارتباط دون موافقة المستخدم')), false);
  assert.equal(isBrowserNoticeLine(block('الانضباط كلمة السر في فوز الهلال على النصر')), false);
  assert.equal(isBrowserNoticeLine(block('تسجيل الدخول إلى منصة أبشر يتعطل لساعات')), false);
  assert.equal(isCommentFormLine(block('وزير الداخلية للمواطنين : تسجيلكم في المنصة الإلكترونية إلزامي قبل نهاية الشهر')), false);
  // The widget's own lines still are.
  assert.equal(isBrowserNoticeLine(block('تسجيل الدخول هل أنت عضو مسجل لدينا بالفعل ? سجل دخولك هنا .')), true);
  assert.equal(isBrowserNoticeLine(block('فضلا أدخل كلمة المرور')), true);
});
