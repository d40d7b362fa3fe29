import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseFollows, eventCueBefore } from './event-dates.js';
import { extractFromText } from './extract.js';
import { opensMidSentence } from './prose-opening.js';

const at = (text: string, date: string): { start: number; end: number } => {
  const start = text.indexOf(date);
  assert.ok(start >= 0, `"${date}" in "${text}"`);
  return { start, end: start + date.length };
};

test('"يوم" after a word of the sentence dates an event; after a publication word it is a dateline', () => {
  const event = 'وتمكنوا من احتلال صنعاء يوم الأحد 21 سبتمبر 2014 بكل سهولة';
  assert.equal(eventCueBefore(event, at(event, 'الأحد 21 سبتمبر 2014').start), 'preposition');
  // The date match may start at "يوم" itself.
  assert.equal(eventCueBefore(event, at(event, 'يوم الأحد 21 سبتمبر 2014').start), 'preposition');
  const comma = 'وكانت هيئة التفاوض وقعت , يوم 4 تشرين الأول 2017 , اتفاقا';
  assert.equal(eventCueBefore(comma, at(comma, '4 تشرين الأول 2017').start), 'preposition');
  const label = 'نشر يوم الأحد 21 يناير 2018 - 10 : 30';
  assert.equal(eventCueBefore(label, at(label, 'الأحد 21 يناير 2018').start), null);
  const opening = 'يوم الثلاثاء 10 آذار 2015';
  assert.equal(eventCueBefore(opening, 0), null);
});

test('a preposition fused to و or ف still governs the date', () => {
  const text = 'فمنذ 23 يونيو / حزيران 1951 وبعد سنة من المعارك';
  assert.equal(eventCueBefore(text, at(text, '23 يونيو').start), 'preposition');
});

test('a semicolon or a comma and words right after a date join it to a clause', () => {
  const semicolon = 'بتاريخ 21 فبراير / شباط 2015 ; تمكن عبد ربه منصور من الإفلات';
  assert.equal(clauseFollows(semicolon, at(semicolon, '21 فبراير / شباط 2015').end), true);
  const comma = 'بتاريخ 26 آذار / مارس 2015 , أطلقت السعودية عاصفة الحزم';
  assert.equal(clauseFollows(comma, at(comma, '26 آذار / مارس 2015').end), true);
  // What follows a dateline's comma: a time, a weekday, an update stamp, or nothing.
  for (const [text, date] of [
    ['الأحد 21 يناير 2018 , الساعة 10 : 30', '21 يناير 2018'],
    ['21 يناير 2018 , الأحد', '21 يناير 2018'],
    ['21 يناير 2018 , آخر تحديث 11 : 00', '21 يناير 2018'],
    ['21 يناير 2018 | وكالة الأنباء', '21 يناير 2018'],
    ['21 يناير 2018 ، بواسطة محمد علي', '21 يناير 2018'],
    ['21 يناير 2018 , المصدر الجزيرة نت', '21 يناير 2018'],
    ['21 يناير 2018 ، عدد المشاهدات 345', '21 يناير 2018'],
  ] as const) {
    assert.equal(clauseFollows(text, at(text, date).end), false, text);
  }
});

test('a line opening on a conjunction fused to a function word or a verb of saying opens mid-sentence', () => {
  for (const text of ['وأكد المجلس المحلي', 'فقد تمكنت قوات', 'وفي مقابلة مع شبكة', 'وبحسب ما نقلت وكالة', 'وقالت إدارة المعبر', 'وكان ثلاثة من عناصر الأمن']) {
    assert.equal(opensMidSentence(text), true, text);
  }
  // Headlines whose first letter is part of the word, and headlines that open on a question word.
  for (const text of ['وزير الدفاع الروسي : 48 ألف جندي', 'وكالة الصحافة الفلسطينية', 'واشنطن ترفع السرية', 'ولي العهد السعودي : حرب اليمن', 'فرنسا لا تعتزم', 'وفد النظام ينسحب', 'والي وهران يدشن مشاريع', 'فهل تتفكك الحكومة ?', 'ولماذا الآن ?', 'وهم الديمقراطية']) {
    assert.equal(opensMidSentence(text), false, text);
  }
});

// An opinion page scraped from its second paragraph on (written for this test): no headline, no
// dateline; its sentences open on event dates.
const MID_STORY = [
  'تدخل مجلس التعاون لحل الأزمة , فرتب تسليم السلطة إلى الرئيس الجديد في فبراير 2012 , لكن الرئيس السابق ندم على ما فعل , فقاد أنصاره ودخلوا في مواجهات مع القوات النظامية , وتمكنوا من دخول العاصمة يوم الأحد 21 سبتمبر 2014 بكل سهولة , فسيطروا على الوزارات والمؤسسات الحكومية الكبيرة .',
  'بتاريخ 21 فبراير 2015 ; تمكن الرئيس من الإفلات من الإقامة الجبرية , وفر إلى عدن جنوب البلاد , ومنها بث خطابا أعلن فيه تراجعه عن الاستقالة التي أجبر عليها .',
  'هكذا دخلت البلاد في دوامة من العنف , فمن جهة تصاعدت الاشتباكات بين القوات النظامية والمتمردين , ومن جهة ثانية تصاعدت الاشتباكات مع التنظيمات المتشددة , والمتضرر الأكبر كانوا المدنيين .',
  'بتاريخ 26 آذار 2015 , أطلق التحالف عمليته العسكرية لاستعادة الشرعية , وانضمت إليه دول عربية عديدة مع دعم لوجستي من الولايات المتحدة الأمريكية .',
].join('\n');

test('a page that starts mid-story keeps its first sentences whole and gets no date from its events', () => {
  const got = extractFromText(MID_STORY);
  assert.equal(got.publishedAt, null);
  assert.match(got.paragraphs[0]!, /^تدخل مجلس التعاون/u);
  assert.ok(got.paragraphs.some((p) => p.startsWith('بتاريخ 21 فبراير 2015 ;')), got.paragraphs.join('\n'));
});

test('a question headline keeps its date line: the "?" right before the date ends no sentence', () => {
  const page = [
    'المدار - هل تنسحب القوات من المعبر ? المدار أونلاين هل تنسحب القوات من المعبر ? 22 / 07 / 2017 0 أعلنت الفصائل المسلحة صباح اليوم انسحابها الكامل من المعبر الحدودي بعد أسبوع من الاشتباكات العنيفة التي أوقعت عشرات القتلى .',
    'وقال مصدر محلي إن الانسحاب جاء بعد وساطة قادها وجهاء المنطقة , وإن الطريق إلى المعبر فتح أمام الشاحنات التجارية منذ ساعات الصباح الأولى .',
    'وأضاف المصدر أن الهدوء يسود المنطقة حتى الآن , وسط مخاوف من تجدد الاشتباكات في أي لحظة إذا فشلت الوساطة في تثبيت الاتفاق .',
  ].join('\n');
  const got = extractFromText(page);
  assert.equal(got.publishedAt, '2017-07-22');
  assert.match(got.paragraphs[0]!, /^0?\s*أعلنت الفصائل/u);
  // A question mark followed by more than a weekday is a sentence that ended: no cut, no date.
  const question = page.replace('? 22 / 07 / 2017', '? قالت الفصائل في 22 / 07 / 2017');
  assert.equal(extractFromText(question).publishedAt, null);
});

test('the date of a numbered document is the document\'s, not the page\'s', () => {
  const text = 'وبموجب قرار مجلس هيئة السوق المالية رقم 4 - 154 - 2006 بتاريخ 27 مارس 2006 م قامت الشركة بتجزئة السهم';
  assert.equal(eventCueBefore(text, at(text, '27 مارس 2006').start), 'clause');
  const decree = 'بموجب المرسوم الملكي رقم م / 40 بتاريخ 18 اغسطس 2004';
  assert.equal(eventCueBefore(decree, at(decree, '18 اغسطس 2004').start), 'clause');
  const label = 'العدد رقم 5939 الجمعة 25 أغسطس 2017';
  assert.equal(eventCueBefore(label, at(label, 'الجمعة 25 أغسطس 2017').start), null);
});

test('"بتاريخ" after a word of the sentence dates an event; after a publication word it labels the page', () => {
  const event = 'والسماح لبعثة الصليب الأحمر بتاريخ 13 - 4 - 2015 بإدخال شحنة غذائية';
  assert.equal(eventCueBefore(event, at(event, '13 - 4 - 2015').start), 'clause');
  for (const label of ['تم النشر بتاريخ 13 - 4 - 2015', 'نشر بتاريخ : 13 - 4 - 2015', 'بتاريخ 13 - 4 - 2015']) {
    assert.equal(eventCueBefore(label, at(label, '13 - 4 - 2015').start), null, label);
  }
});

test('a conjunction and a function word right after a date go on with its sentence; a stamp with its time does not', () => {
  const event = 'بتاريخ 28 - 12 - 2014 وفي حوالي الساعة 7 : 42 دقيقة مساء , قامت طائرة';
  assert.equal(clauseFollows(event, at(event, '28 - 12 - 2014').end), true);
  const stamp = '2017 / 06 / 16 - 11 : 41 وأوضحت وزارة الدفاع في بيان';
  assert.equal(clauseFollows(stamp, at(stamp, '2017 / 06 / 16 - 11 : 41').end, true), false);
});

test('"حدث" before "يوم" is an event verb, not a publication label', () => {
  const text = 'وهو ما حدث يوم الأحد 21 سبتمبر 2014 في العاصمة';
  assert.equal(eventCueBefore(text, at(text, 'الأحد 21 سبتمبر 2014').start), 'preposition');
});
