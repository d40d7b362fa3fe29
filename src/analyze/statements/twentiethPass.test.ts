/**
 * Twentieth pass (session 21): sources after بحسب/وفق, each rule checked on all 2,429 Baly pages
 * with the changed statements read. A document or a set of figures speaks for whoever issued it,
 * also in construct ("بيان وزارة الدفاع", "تقديرات الأمم المتحدة") and after a verb of issuing
 * ("حصيلة أعلنها المرصد"); "آخر"/"أحدث" and nouns of saying ("قول", "رواية") before the source are
 * not the source; bare "حسب" and "وفق" are cues when what follows reads as a speaker; a source
 * between a cue verb with its subject and the verb's object is that verb's channel. Then the
 * session's other rules, one test each, in the order they were made (src/analyze/statements/README.md,
 * "Twentieth pass"): word orders ("ورحب X بالقرار وقال", event nouns as objects, "، والذي", كان
 * after its subject, أما with a relative clause, "بالقول", "و قال", "عندما قال", a بـ-content), and
 * speakers (reporters' outlets, "الرئيس" and spokesmen, aides' principals, possessed offices, a
 * document's issuer, negated اعترف, أبان). Every sentence was written for these tests; the names
 * are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

const speakerOf = (sentence: string): string | null | undefined => {
  const said = statementsOf([sentence]);
  return said.length === 1 ? (said[0]!.speaker.name ?? said[0]!.speaker.role) : undefined;
};

test('figures and documents in construct speak for the body they belong to', () => {
  assert.equal(speakerOf('وقتل 12 مدنيا في القصف بحسب أرقام الأمم المتحدة .'), 'الأمم المتحدة');
  assert.equal(speakerOf('وقتل 12 مدنيا وفقا لتقديرات الأمم المتحدة .'), 'الأمم المتحدة');
  assert.equal(speakerOf('وقال بيان وزارة الدفاع الروسية إن الطائرات دمرت مواقع .'), 'وزارة الدفاع الروسية');
  assert.equal(speakerOf('وقتل 12 مدنيا وفقا لبيان وزارة الخارجية .'), 'وزارة الخارجية');
  // An indefinite adjective is no issuer: the document stays the speaker's role.
  assert.equal(speakerOf('وقال بيان مشترك إن الطرفين اتفقا على التهدئة .'), 'بيان');
});

test('the issuer after a verb of issuing, and the latest figures, name the compiler', () => {
  assert.equal(speakerOf('وقتل 12 مدنيا وفقا لأرقام نشرتها وزارة الصحة .'), 'وزارة الصحة');
  assert.equal(speakerOf('وأصيب 40 شخصا , بحسب آخر إحصائية لوزارة الصحة .'), 'وزارة الصحة');
  // Figures whose compiler is not named are an unnamed source, which no later cue continues.
  const unnamed = statementsOf(['وقال الوزير سامي العلي إن الوضع صعب .', 'وأصيب 40 شخصا , بحسب إحصائية غير رسمية .', 'وأضاف أن القصف مستمر .']);
  assert.deepEqual(unnamed[1]?.speaker, { name: null, role: 'إحصائية' });
  assert.equal(unnamed[2]?.speaker.name, 'سامي العلي');
  // An indefinite noun in construct is the issuer too ("تقديرات مفوضية الأمم المتحدة").
  assert.equal(speakerOf('وقتل 5000 شخص وفقا لتقديرات مفوضية الأمم المتحدة لحقوق الإنسان .'), 'مفوضية الأمم المتحدة لحقوق الإنسان');
});

test('a noun of saying before the source is not the source', () => {
  assert.equal(speakerOf('وقتل رجلان في القصف حسب قول سكان .'), 'سكان');
  assert.equal(speakerOf('وانسحبت القوات من البلدة بحسب رواية شهود عيان .'), 'شهود عيان');
});

test('bare حسب and وفق attribute only to what reads as a speaker', () => {
  assert.match(speakerOf('وحسب وكالة رويترز فإن الحكومة ستتبنى قواعد جديدة .') ?? '', /رويترز/u);
  assert.equal(speakerOf('وتراجعت الصادرات بنسبة كبيرة وفق مصادر مطلعة .'), 'مصادر مطلعة');
  assert.equal(speakerOf('وتبدو الأزمة أعمق حسب مراقبين .'), 'مراقبين');
  // In line with a norm, by need, in someone's words: no source.
  assert.equal(statementsOf(['وتوزع المساعدات حسب الحاجة .']).length, 0);
  assert.equal(statementsOf(['وتسير الأعمال وفق جدول زمني محدد .']).length, 0);
  assert.equal(statementsOf(['ويأتي ذلك حسب تعبيره في إطار الضغط على المعارضة .']).length, 0);
  // "فحسب" is "only".
  const only = statementsOf(['ليس هذا فحسب , بل قال الوزير إن الحل قريب .']);
  assert.deepEqual(only.map((s) => s.cue), ['قال']);
});

test('a source right after a cue verb and its subject is the channel of that verb, not a statement of its own', () => {
  const said = statementsOf(['من جانبه , طالب الوزير - وفق وكالة الأنباء الرسمية - بإعادة فتح المعابر .']);
  assert.ok(said.every((s) => s.cue !== 'وفقاً لـ'), JSON.stringify(said));
  // A longer clause before the source is what the source reported.
  const reported = statementsOf(['وأعلن الجيش السيطرة على ثلاث قرى في الريف الشمالي , وفق وكالة الأنباء الرسمية .']);
  assert.ok(reported.some((s) => s.cue === 'وفقاً لـ'), JSON.stringify(reported));
});

test('"ورحب X بـY وقال": the first verb\'s subject ends at its بال-object, and the second verb shares it', () => {
  assert.equal(speakerOf('ورحبت الحكومة الألمانية بالاتفاق وقالت إنه خطوة مهمة .'), 'الحكومة الألمانية');
  assert.equal(speakerOf('ورحب وزير الخارجية بالقرار وقال إنه خطوة مهمة .'), 'وزير الخارجية');
  assert.equal(speakerOf('وأشاد الوزير بالقرار وقال إنه خطوة مهمة .'), 'الوزير');
  // The body he belongs to is no object; nor is a place before his name.
  assert.equal(speakerOf('ورحب مسؤول بالأمم المتحدة بالقرار وقال إنه مهم .'), 'مسؤول بالأمم المتحدة');
  // After a cue that reported nothing and took an object with no بـ, the words are its object.
  assert.equal(speakerOf('ونشر حساب المرصد صورة وقال إنها حديثة .'), null);
});

test('an event noun right after a reporting verb is its object, and the speaker continues', () => {
  const said = statementsOf(['وقال الوزير سامي العلي إن الوضع صعب .', 'كما أكد سقوط قذائف على المدينة الليلة الماضية .']);
  assert.equal(said[1]?.speaker.name, 'سامي العلي');
  assert.equal(said[1]?.text, 'سقوط قذائف على المدينة الليلة الماضية');
  // A definite body before the object noun ends the subject there ("الشرطة مقتل").
  const body = statementsOf(['وأكد المتحدث باسم الشرطة مقتل شخص في الهجوم على المحطة .']);
  assert.equal(body[0]?.speaker.role, 'المتحدث باسم الشرطة');
  assert.equal(body[0]?.text, 'مقتل شخص في الهجوم على المحطة');
});

test('"، والذي أكد" after a person the article knows has him as its antecedent', () => {
  const said = statementsOf(['ونقلت الصحيفة تصريحات لوزير التربية طارق شوقي , والذي أكد أن الدراسة جاهزة .']);
  assert.equal(said[0]?.speaker.name, 'طارق شوقي');
  // Not after words that are no known person: "والذي" may open a clause of its own there.
  const other = statementsOf(['وقال الوزير سامي العلي إن الخطة جاهزة .', 'وتناول التقرير الأوضاع الاقتصادية , والذي أكد أن النمو تراجع .']);
  assert.notEqual(other[1]?.speaker.role, 'الأوضاع الاقتصادية');
});

test('a reporter keeps the outlet he works for ("مراسل لوكالة فرانس برس")', () => {
  assert.equal(speakerOf('وقال مراسل لوكالة فرانس برس إن الدمار كبير في الأحياء الشرقية .'), 'مراسل لوكالة فرانس برس');
  assert.equal(speakerOf('من جانبه , قال مراسل لموقع " عنب بلدي " إن عناصر من الحرس قتلوا .'), 'مراسل لموقع عنب بلدي');
  // After another role, لـ + an outlet is still whom the words were said to.
  assert.equal(speakerOf('وقال الوزير لصحيفة الحياة إن المفاوضات مستمرة .'), 'الوزير');
});

test('a nested verb of emphasis reports its event noun ("أن الرئيس أكد أهمية…")', () => {
  const said = statementsOf(['وأضاف المتحدث باسم الرئاسة سامي العلي أن الرئيس أكد في اللقاء على أهمية دور المدارس في القرى .']);
  const inner = said.find((s) => s.cue === 'أكد');
  assert.equal(inner?.speaker.role, 'الرئيس');
  assert.equal(inner?.text, 'أهمية دور المدارس في القرى');
  // An act is still no statement: "أن الوزير دعا إلى اجتماع" reports what he did.
  assert.equal(statementsOf(['وأضاف المتحدث سامي العلي أن الوزير دعا إلى اجتماع عاجل للجنة .']).length, 1);
});

test('"الرئيس" never points back to a spokesman', () => {
  const said = statementsOf(['وقال المتحدث باسم الرئاسة سامي العلي إن الزيارة ناجحة .', 'وقال الرئيس إن التعاون مستمر .']);
  assert.deepEqual(said[1]?.speaker, { name: null, role: 'الرئيس' });
});

test('a subject fronted before كان, and an أما-topic with a relative clause, are the speakers', () => {
  const kana = statementsOf(['وجاء ذلك رغم أن الولايات المتحدة كانت قد أعلنت أنها ستبقى في البلاد .']);
  assert.equal(kana.at(-1)?.speaker.name, 'الولايات المتحدة');
  // Read back to a preposition, the words are not the whole subject: nobody is named.
  const cut = statementsOf(['ورب قائل إن المبعوث الدولي إلى سورية كان قد أعلن أن الجولة ستكون على مرحلتين .']);
  assert.notEqual(cut.at(-1)?.speaker.name, 'سوريا');
  const amma = statementsOf(['أما روسيا التي تدعم النظام سياسيا وعسكريا , فترى أن مستقبل الأسد يقرره السوريون .']);
  assert.equal(amma[0]?.speaker.name, 'روسيا');
});

test('"بالقول" reports what the subject of the verb before it said', () => {
  assert.equal(speakerOf('وختم الوزير حديثه بالقول إن الأمور تسير على ما يرام .'), 'الوزير');
  assert.equal(speakerOf('وغادر الوفد المقر , فيما اكتفى المتحدث باسم الوفد سامي العلي , بالقول إن اللقاء كان جيدا .'), 'سامي العلي');
  // After a cue verb it is that verb's adverb: one statement, by the verb.
  const adverb = statementsOf(['وأوضح الوزير بالقول إن الأمور تسير على ما يرام .']);
  assert.deepEqual(adverb.map((s) => s.cue), ['أوضح']);
  // A person inside an adjunct before it is not the subject.
  const adjunct = statementsOf(['واختتم المتحدث ردا على سؤال عن العلاقة بين الرئيس سامي العلي والرئيس نبيل سعد , بالقول إن الحوار مستمر .']);
  assert.notEqual(adjunct[0]?.speaker.name, 'نبيل سعد');
});

test('the first verb\'s subject is the person, not the phrase running on into a place', () => {
  const said = statementsOf(['وزار الرئيس الروسي فلاديمير بوتين قاعدة حميميم وأعلن أن المهمة انتهت .']);
  assert.deepEqual(said[0]?.speaker, { name: 'فلاديمير بوتين', role: 'الرئيس الروسي' });
});

test('"بالقول" with no subject found continues only a speaker the article knows', () => {
  const known = statementsOf(['وقال الوزير سامي العلي إن الوضع صعب .', 'ورد بالقول إن الأمور تسير على ما يرام .']);
  assert.equal(known[1]?.speaker.name, 'سامي العلي');
  // "ويتخرص آخرون": a subject the parser does not read; the last speaker, a known one, is kept, a
  // word read as a name would not be.
  const others = statementsOf(['وقال الوزير سامي العلي إن الوضع صعب .', 'ويتخرص آخرون بالقول إن الأمور تسير على ما يرام .']);
  assert.equal(others[1]?.cue, 'بالقول');
});

test('a person named inside an aide\'s role is the one he serves, not the speaker', () => {
  // The principal was named, not heard: nothing but the aide's own role ties the two.
  const said = statementsOf(['واستقبل الرئيس سامي العلي الوفد أمس .', 'وتراجع الدينار بحسب مستشار العلي .']);
  assert.deepEqual(said.at(-1)?.speaker, { name: null, role: 'مستشار العلي' });
});

test('a possessed office noun after the head is the office\'s, not the name\'s ("وزير خارجيتها", "الناطق باسمها")', () => {
  assert.deepEqual(statementsOf(['وستبقى فرنسا على موقفها بحسب وزير خارجيتها لوران فابيوس .'])[0]?.speaker, { name: 'لوران فابيوس', role: 'وزير خارجيتها' });
  assert.deepEqual(statementsOf(['وقال الناطق باسمها نبيل أبو ردينة إن الخطوة مدانة .'])[0]?.speaker, { name: 'نبيل أبو ردينة', role: 'الناطق باسمها' });
});

test('a conjunction written apart ("و قال") is the verb\'s, and "بحسبما نقلته" skips its verb', () => {
  const said = statementsOf(['وأكد الأمير سامي العلي أهمية المسجد ، فهو يشكل هوية المسلم و قال " نحن لا ننظر للمساجد من زاوية ترميمها فقط " .']);
  assert.equal(said.at(-1)?.speaker.name, 'سامي العلي');
  assert.match(speakerOf('وتراجعت الأسعار بحسبما نقلته وكالة رويترز .') ?? '', /^(?:وكالة )?رويترز$/u);
});

test('"عندما قال" opens a clause: the words before it are no subject', () => {
  const said = statementsOf(['وقال الأمين العام سامي العلي إن التنظيم سهل .', 'وتصدر العناوين عام 2011 ، عندما قال إن البطولة ستقام في الشتاء .']);
  assert.equal(said[1]?.speaker.name, 'سامي العلي');
});

test('after طالب/تعهد/اعترف a بـ-word right after the verb opens the content, not the subject', () => {
  const said = statementsOf(['وقال الوزير سامي العلي إن الوضع صعب .', 'وطالب بدمج الفصائل في أجهزة الأمن بالعراق .']);
  assert.equal(said[1]?.speaker.name, 'سامي العلي');
  assert.equal(said[1]?.text, 'بدمج الفصائل في أجهزة الأمن بالعراق');
  // A name that starts with ب stays the subject ("وطالب بشار الجعفري بانسحاب…").
  assert.equal(statementsOf(['وطالب بشار الجعفري بانسحاب القوات الأجنبية من البلاد .'])[0]?.speaker.name, 'بشار الجعفري');
});

test('a document with a present verb after it ("أصدر X فتوى تحث…") speaks for its issuer', () => {
  assert.equal(speakerOf('وأصدر المرجع سامي العلي فتوى تحث العراقيين على التطوع في الحرب ضد التنظيم .'), 'سامي العلي');
  // Not yet when a definite object follows the verb: "رسالة تطالب الشركات" reads الشركات as the subject (README).
});

test('a negated اعترف/أقر reports nothing ("لا تعترف أنقرة بهذه الدولة", "لم يعترف بالخطأ")', () => {
  assert.equal(statementsOf(['ولا تعترف أنقرة بهذه الدولة ولا تتعامل معها سياسيا .']).length, 0);
  assert.equal(statementsOf(['واعترف الوزير سامي العلي بأن الخطة فشلت تماما .']).length, 1);
});

test('"أبان" (made clear) is a cue; "إبان" (during) and "أبانا" (our father) are not', () => {
  assert.equal(speakerOf('وحول جدوى تحديد الأسعار ، أبان السعيدان أنها محور ما يبحثون عنه .'), 'السعيدان');
  assert.equal(statementsOf(['وكانت الصحيفة قد صدرت إبان الحرب الأهلية في البلاد .']).length, 0);
});
