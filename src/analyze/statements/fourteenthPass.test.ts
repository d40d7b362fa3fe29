/**
 * Fourteenth pass (session 15): `direct` after a complementizer or the cue's preposition. The
 * README and the gold guidelines call a content direct when it is in quotation marks, but only a
 * quote right after the cue or its colon was marked: "وقال إن « … »" and "مؤكدا أن "…"" came out
 * indirect (dev direct accuracy 0.889, the demo's 0.473). Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers, statementsOf } from './pass-helpers.js';

const flags = (sentence: string): [string, boolean, string][] => statementsOf([sentence]).map((s) => [s.cue, s.direct, s.text]);

test('a quotation right after أن/إن or the preposition the cue governs is direct, without its marks', () => {
  assert.deepEqual(flags('وقال الوزير إن « الوضع تحت السيطرة تماما » .'), [['قال', true, 'الوضع تحت السيطرة تماما']]);
  assert.deepEqual(flags('وأكد المتحدث أنه "لا يوجد أي قرار برفع الأسعار".'), [['أكد', true, 'لا يوجد أي قرار برفع الأسعار']]);
  assert.deepEqual(flags('ودعا الرئيس إلى «وقف فوري لإطلاق النار في المدينة».'), [['دعا', true, 'وقف فوري لإطلاق النار في المدينة']]);
});

test('the quotation also ends its clause where the next cue begins', () => {
  const [first, second] = statementsOf(['وقال الوزير إن "ما يتردد عن زيادة السعر عار تماما من الصحة"، مضيفا: "لم يصدر أي قرار بهذا الشأن".']);
  assert.deepEqual([first?.direct, first?.text], [true, 'ما يتردد عن زيادة السعر عار تماما من الصحة']);
  assert.deepEqual([second?.cue, second?.direct], ['أضاف', true]);
});

test('a quotation that opens later, names something or closes inside the clause leaves the content indirect', () => {
  assert.deepEqual(flags('وشدد الوزير على أن الوزارة «لن تتهاون مع أي مخبز مخالف».').map(([, direct]) => direct), [false]);
  assert.deepEqual(flags('وقال المسؤول إن "حماس" هي المسؤولة عن التصعيد الأخير.').map(([, direct]) => direct), [false]);
  // A quoted title inside the content: the cue after it is a statement of its own, not quoted words.
  const study = statementsOf(['كشفت الدراسة عن "واقع الطب البديل في التعليم الطبي" وجود فجوة كبيرة، ودعت إلى استحداث خطة واضحة لمعالجتها.']);
  assert.deepEqual(study.map((s) => [s.cue, s.direct]), [['كشف', false], ['دعا', false]]);
});

test('the subject before أن « … » keeps its office: the opening mark is not a gap before the content', () => {
  const [s] = statementsOf(['أكد الشيخ سالم العمري مفتي المنطقة أن «فتاوى التكفير بلاء يعانيه العالم الإسلامي».']);
  assert.deepEqual([s?.speaker.name, s?.speaker.role, s?.direct], ['سالم العمري', 'الشيخ مفتي المنطقة', true]);
});

test('a mark after a colon opens the next quotation; it does not close one left open in an earlier paragraph', () => {
  const found = statementsOf([
    'وقال الرئيس إنه " تم الحفاظ على البلاد دولة مستقلة ذات سيادة .',
    'وتمت تهيئة الظروف للتسوية السياسية وأضاف : " ووفقا للاتفاقيات الدولية يواصل المركز عمله في البلاد " .',
  ]);
  assert.deepEqual(found.map((s) => [s.cue, s.speaker.name ?? s.speaker.role]), [['قال', 'الرئيس'], ['أضاف', 'الرئيس']]);
  assert.equal(found[0]?.text.includes('التسوية'), false);
});

/*
 * Dev set 5 (16 articles labelled blind in session 15, studied after their first score): the
 * shapes below came from its errors; every sentence here was written for these tests.
 */

test('a dotted acronym does not end the sentence, so a quote after the channel keeps its cue', () => {
  const [s] = statementsOf(['وقال الامين العام للحلف ينس شتولتينبيرج لمحطة (بي.بي.سي) “تركيا لديها جيش قوي للغاية وقوات أمن قوية.”']);
  assert.deepEqual([s?.speaker.name, s?.speaker.role, s?.direct], ['ينس شتولتينبيرج', 'الامين العام للحلف', true]);
});

test('أفاد takes what it reports after عن right after its subject, not a far عن', () => {
  assert.deepEqual(statementsOf(['وأفاد المرصد عن وقوع غارات عنيفة على مناطق عدة في المدينة.']).map((s) => s.text), ['وقوع غارات عنيفة على مناطق عدة في المدينة']);
  assert.deepEqual(statementsOf(['وكان المرصد أفاد بسماع دوي انفجار عنيف في البلدة ناجم عن انفجار عربة مفخخة.']), []);
});

test('a listed body that ends the span is one noun phrase: no name is cut out of it', () => {
  // The entity layer gives the body its listed name.
  assert.deepEqual(speakers(statementsOf(['وقالت منظمة أطباء بلا حدود إن الجرحى في الأحياء بلا مأوى.'])), [['أطباء بلا حدود', null]]);
  assert.deepEqual(speakers(statementsOf(['وقال رئيس منظمة أطباء بلا حدود إن الجرحى في الأحياء بلا مأوى.'])), [[null, 'رئيس منظمة أطباء بلا حدود']]);
  // The name before an office of a listed body stays the name.
  assert.deepEqual(speakers(statementsOf(['وقال رامي عبد الرحمن مدير المرصد السوري لحقوق الإنسان إن القصف مستمر.'])), [['رامي عبد الرحمن', 'مدير المرصد السوري لحقوق الإنسان']]);
});

test('the accused after a state, and a feminine noun after a masculine title, leave the subject', () => {
  assert.deepEqual(speakers(statementsOf(['واتهمت موسكو واشنطن بعدم الضغط على المعارضة المسلحة.'])), [['روسيا', 'موسكو']]);
  assert.deepEqual(speakers(statementsOf(['واتهم الوزير المعارضة بعدم الالتزام بالاتفاق الموقع.'])), [[null, 'الوزير']]);
});

test('two groups joined by و are one unnamed source, not a role and a name', () => {
  assert.deepEqual(speakers(statementsOf(['وتحدث سكان وناشطون على مواقع التواصل عن " صواريخ جديدة " تسقط على المدينة .'])), [[null, 'سكان وناشطون']]);
});

test('a verbal noun with the pronoun right after the verb is the proposition of the last speaker', () => {
  const found = statementsOf(['وقال صالح بن أحمد إن المكان جميل.', 'وأكد حرصه على الحضور والسباحة في العين مع ابنه.']);
  assert.deepEqual(found.map((s) => [s.speaker.name, s.text]), [['صالح بن أحمد', 'المكان جميل'], ['صالح بن أحمد', 'حرصه على الحضور والسباحة في العين مع ابنه']]);
  // Too short to say anything: "رفض استقالته".
  assert.deepEqual(statementsOf(['ورفض استقالته.']), []);
});

test('a document issued by a body speaks for it, also after وفقا لـ', () => {
  assert.deepEqual(speakers(statementsOf(['وفقا لبيان صادر عن قصر الإليزيه , فإن الرئيس دعا رئيس الوزراء إلى زيارة فرنسا .'])), [['قصر الإليزيه', null]]);
});

test('"فرات" (the Euphrates in a name) is no ف + رأت cue', () => {
  assert.deepEqual(statementsOf(['وقال الناشط في شبكة فرات بوست أحمد العسكر إن القوات عبرت النهر صباح اليوم.']).map((s) => s.cue), ['قال']);
});

test('a short quote right after the cue is its subject when the content is still to come', () => {
  const found = statementsOf(['وقال الناشط أحمد العسكر إن القوات عبرت النهر.', 'وأضاف " العسكر " في حديثه للموقع , أن التنظيم استعاد السيطرة على المنطقة .']);
  assert.deepEqual(found.map((s) => s.speaker.name), ['أحمد العسكر', 'أحمد العسكر']);
  assert.deepEqual(speakers(statementsOf(['وقالت « رويترز » إن الجيش سيطر على البلدة بالكامل .'])), [['رويترز', null]]);
});

test('a verb of judging takes a demonstrative object after its subject or as a participle, not as a passive', () => {
  const found = statementsOf(['وأعلن الرئيس أن رئيس الحكومة محتجز في الخارج , معتبرا ذلك عملا عدائيا ضد البلاد .']);
  assert.deepEqual(found.map((s) => [s.cue, s.text]), [['أعلن', 'رئيس الحكومة محتجز في الخارج'], ['اعتبر', 'عملا عدائيا ضد البلاد']]);
  assert.deepEqual(statementsOf(['ويعتبر هذا النوع من السمك من الأنواع النادرة في المنطقة.']), []);
});

test('a name set off by commas after a quoted outlet is the speaker', () => {
  assert.deepEqual(speakers(statementsOf(['وقال الناشط في شبكة " فرات بوست " , أحمد العسكر , إن القوات عبرت النهر صباح اليوم .'])), [['أحمد العسكر', 'الناشط في شبكة']]);
});

test('a particle opening the clause is not the subject before the cue', () => {
  assert.deepEqual(speakers(statementsOf(['ولكن جيف رو رئيس مجلس الأغذية يقول إن الدول الأعضاء سيكون لديها حق المنع.'])), [['جيف رو', 'رئيس مجلس الأغذية']]);
  const found = statementsOf(['وقالت لوبان إن فرنسا ستخرج من الحلف.', 'وحتى أعلنت أنه لو كان في وسعها لانتخبت ترامب .']);
  assert.deepEqual(found.map((s) => s.speaker.name), ['لوبان', 'لوبان']);
});

/* Over-reaches a review of this pass found (each sentence written for these tests). */

test('review: names before a listed body and names that look like a و-plural stay names', () => {
  assert.deepEqual(speakers(statementsOf(['وقال الشيخ صالح رئيس مجلس الشورى إن المجلس سيناقش النظام.'])), [['صالح', 'الشيخ رئيس مجلس الشورى']]);
  assert.deepEqual(speakers(statementsOf(['وقال الرئيس ويلسون إن الحرب انتهت منذ أيام.'])), [['ويلسون', 'الرئيس']]);
});

test('review: فرأت with its hamza is still the cue', () => {
  assert.deepEqual(statementsOf(['فرأت المحكمة أن الدعوى غير مقبولة شكلا.']).map((s) => s.cue), ['رأى']);
});

test('review: عن after أفاد only where it opens what was reported', () => {
  assert.deepEqual(statementsOf(['وأفاد مسؤول عن الملف أن المفاوضات متعثرة.']).map((s) => s.text), ['المفاوضات متعثرة']);
  assert.deepEqual(statementsOf(['وأفاد تقرير الأداء الصادر عن دائرة التنمية، إنه شهد ارتفاعا في التضخم.']).map((s) => s.text), ['شهد ارتفاعا في التضخم']);
  assert.deepEqual(statementsOf(['وقال المسؤول إن بلاغا ورد من المواطنين، يفيد بتأخر قارب نزهة عن العودة المحددة له.']).length, 1);
  assert.deepEqual(speakers(statementsOf(['وأفاد البيان عن وقوع اشتباكات في المنطقة الحدودية.'])), [[null, 'البيان']]);
  assert.deepEqual(speakers(statementsOf(['وأعلنت بلدية الرياض عن إطلاق مبادرة جديدة للنظافة في الأحياء.'])).length, 1);
});

test('review: a quote left open after أن does not swallow the next sentences', () => {
  const found = statementsOf(['وأكد رئيس الهيئة أن “الجهود مستمرة. وقال مدير الشرطة إن التحقيقات جارية. وأوضح المتحدث أن المتهمين أوقفوا.']);
  assert.deepEqual(found.map((s) => s.cue), ['أكد', 'قال', 'أوضح']);
});

test('review: short quoted names after من/إلى are not direct speech; other short quotes are', () => {
  assert.deepEqual(statementsOf(['وحذر الوزير من «داعش» في المنطقة كلها.']).map((s) => s.direct), [false]);
  assert.deepEqual(statementsOf(['وحذر الأمين العام من « كارثة إنسانية » .']).map((s) => [s.direct, s.text]), [[true, 'كارثة إنسانية']]);
});

/* A second review, of the later rules and the first review's mends (sentences written for these tests). */

test('review 2: a possessed noun keeps its own complement clause', () => {
  const found = statementsOf(['وقال الوزير إن المشروع سينفذ .', 'وأكد حرصه على أن يكون الحوار شاملا لجميع الأطراف .']);
  assert.deepEqual(found.map((s) => [s.speaker.role, s.text]), [['الوزير', 'المشروع سينفذ'], ['الوزير', 'حرصه على أن يكون الحوار شاملا لجميع الأطراف']]);
});

test('review 2: a demonstrative before a quote leaves the quote the content; a bare demonstrative judges nothing', () => {
  assert.deepEqual(statementsOf(['واعتبر المجلس هذا « انتهاكا صارخا للسيادة الوطنية » .']).map((s) => [s.direct, s.text]), [[true, 'انتهاكا صارخا للسيادة الوطنية']]);
  const found = statementsOf(['وانتقد الوزير قرار المحكمة , واعتبر الوزير ذلك , مشيرا إلى أن القرار سيستأنف .']);
  assert.equal(found.some((s) => s.text.trim() === ''), false);
});

test('review 2: a one-word company in ب is a subject; a quoted subject must be a known non-place name', () => {
  assert.deepEqual(speakers(statementsOf(['وأعلنت بترورابغ عن توقف مصفاة رابغ للصيانة .'])).map(([name]) => name), ['بترورابغ']);
  assert.deepEqual(statementsOf(['وقال « سنرد بقوة » إن تعرضنا لأي هجوم من أي جهة .']).map((s) => [s.speaker.name, s.direct]), [[null, true]]);
  assert.equal(statementsOf(['وذكرت « الرياض » أن الوزارة ستعلن القرار قريبا .'])[0]?.speaker.name ?? null, null);
});

test('review 2: only a person\'s name after a quoted outlet; a particle is skipped only before a subject that reaches the cue', () => {
  assert.deepEqual(speakers(statementsOf(['وقال الناشط في شبكة " شام " , ومقرها حلب , إن القصف مستمر .'])), [[null, 'الناشط في شبكة']]);
  assert.deepEqual(speakers(statementsOf(['ثم عزز مدرب الفريق فرضية ضم اللاعب عندما قال إن الصفقة قريبة .'])).map(([name]) => name), [null]);
});

test('review 2: a complementizer after a preposition belongs to the عن phrase', () => {
  assert.deepEqual(statementsOf(['أعلنت اللجنة الأولمبية الدولية عن رغبتها في أن تخضع المياه للفحص .']).map((s) => s.text), ['رغبتها في أن تخضع المياه للفحص']);
});

test('review: a possessed noun followed by the content is the subject, and a relative clause is no statement', () => {
  const found = statementsOf(['قال الوزير إن المشروع سينفذ.', 'وأكد تحليله للوضع أن الأزمة ستنتهي قريبا.']);
  assert.deepEqual(found.map((s) => s.text), ['المشروع سينفذ', 'الأزمة ستنتهي قريبا']);
  assert.deepEqual(statementsOf(['وعبر عن تقديره لبلاتر الذي أعلن استقالته من منصبه بعد سنوات طويلة.']), []);
});

test('review: an accused before بأنها « … » keeps the quote direct (the gold rule); acronym pieces and one place name are kept whole', () => {
  assert.deepEqual(statementsOf(['واتهم الوزير المعارضة بأنها "تسعى لتخريب البلاد بكل الوسائل".']).map((s) => s.direct), [true]);
  assert.deepEqual(statementsOf(['وقال الوزير لشبكة سي.إن.إن إن الوضع تحت السيطرة.']).map((s) => s.text), ['الوضع تحت السيطرة']);
  assert.deepEqual(statementsOf(['واتهمت روسيا البيضاء بولندا بالتحريض على الاحتجاجات.']).map((s) => s.speaker.role), ['روسيا البيضاء']);
});
