/**
 * Twenty-first pass (session 24): from the dev split's missed statements. Cues of claiming and
 * judging likely (ادعى، رجح، أجمع, the participle متوقعاً); a verb set off by a comma inside an
 * indirect content that reports nothing there does not end that content. Every sentence was
 * written for these tests; the names are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

test('ادعى، رجح، أجمع and متوقعاً report what follows their complementizer', () => {
  const claimed = statementsOf(['وادعت الوزارة أن الضربة دمرت مواقع قيادة , وزعمت أنها قتلت عشرات المقاتلين .']);
  assert.deepEqual(claimed.map((s) => s.cue), ['ادعى', 'زعم']);
  assert.ok(claimed[0]!.text.startsWith('الضربة دمرت'), claimed[0]!.text);
  const likely = statementsOf(['ورجحت مصادر محلية أن يكون الهجوم انتقاميا .']);
  assert.equal(likely[0]?.cue, 'رجح');
  const agreed = statementsOf(['وأجمع المراقبون على أن الاتفاق يعيد النقاش إلى نقطة الصفر .']);
  assert.equal(agreed[0]?.cue, 'أجمع');
  const expects = statementsOf(['ورأى الخبير سامر حداد أن الأسعار سترتفع , متوقعاً أن يبدأ التعديل خلال الصيف .']);
  assert.ok(expects.some((s) => s.cue === 'توقع' && s.text.includes('يبدأ التعديل')), JSON.stringify(expects));
});

test('"يدعى" (is called) is not the present of ادعى', () => {
  const [s] = statementsOf(['وقال ساكن يدعى أبو بكر إن الوضع هادئ .']);
  assert.equal(s?.cue, 'قال');
  assert.equal(s?.speaker.name, 'أبو بكر');
});

test('a comma-opened verb that reports nothing leaves the content it stands in whole', () => {
  const [s] = statementsOf(['قالت المفوضية الأوروبية , في بيان , إن منى العلي , تتوقع عودة الوزير إلى بيروت قريبا .']);
  assert.equal(s?.speaker.name, 'المفوضية الأوروبية');
  assert.ok(s!.text.includes('عودة الوزير إلى بيروت'), s!.text);
  // One that does report still ends it: "…، مضيفاً أن…".
  const two = statementsOf(['وقال الوزير إن الوضع مستقر , مضيفاً أن الحكومة ستتدخل .']);
  assert.equal(two.length, 2);
  assert.equal(two[0]!.text, 'الوضع مستقر');
});

test('a subject-less cue continues who already spoke in its sentence, not the person the sentence before narrated about', () => {
  const said = statementsOf([
    'وقال جوزيف بلاتر إن الاتحاد بخير .',
    'وسيترك بلاتر منصبه في فبراير .',
    'وقال فالكه إن شركات الرعاية أرسلت طلبات , واعترف أن الوضع أصبح صعبا .',
  ]);
  assert.deepEqual(said.map((s) => s.speaker.name), ['جوزيف بلاتر', 'فالكه', 'فالكه']);
});

test('after a fronted "من جانبه ،", a cue that reported nothing still gives the sentence its subject', () => {
  const said = statementsOf([
    'وقال الشيخ سامي العلي إن الحشد باق .',
    'ويتفق موقف المرجع مع رئيس الوزراء حيدر العبادي .',
    'من جانبه , رحب العبادي بسرعة بتصريحات المرجع , وقال في بيان : " نرحب بالدعوة " .',
  ]);
  assert.equal(said.at(-1)?.speaker.name, 'حيدر العبادي');
  // After ما, the source comes after the verb: the subject of the first verb is not taken.
  const source = statementsOf(['وقال المتحدث سامي العلي إن القصف مستمر .', 'وفي ريف دمشق , قصفت قوات النظام بالمدفعية الأحياء السكنية , بحسب ما أفاد به مركز دمشق الإعلامي .']);
  assert.ok(source.every((s) => s.speaker.name !== 'قوات النظام'), JSON.stringify(source));
});

test('whom a known person called on or warned reads with what he asked, not with his name', () => {
  const warned = statementsOf(['وقال عبد الهادي القصبي إن الوضع آمن .', 'وحذر القصبي المصريين من الوقوع في الفتنة .']);
  assert.equal(warned[1]?.speaker.name, 'عبد الهادي القصبي');
  assert.equal(warned[1]?.text, 'المصريين من الوقوع في الفتنة');
  const [asked] = statementsOf(['طالب رئيس المجلس الرئاسي فائز السراج , الدول الأوروبية ببذل المزيد من أجل حل أزمة الهجرة .']);
  assert.equal(asked?.speaker.name, 'فائز السراج');
  assert.ok(asked!.text.startsWith('الدول الأوروبية ببذل'), asked!.text);
  // His own nisba is no addressee.
  const [own] = statementsOf(['ودعا وزير الخارجية سامي العلي إلى الحوار .']);
  assert.equal(own?.text, 'الحوار');
});

test('with a known subject between كان and the verb, the noun phrase after the verb is what was announced', () => {
  const [s] = statementsOf(['وكان التحالف الدولي قد أعلن النصر على التنظيم في الأسابيع الأخيرة .']);
  assert.equal(s?.speaker.name, 'التحالف الدولي');
  assert.equal(s?.text, 'النصر على التنظيم في الأسابيع الأخيرة');
  // An unknown phrase there is not taken for a subject.
  assert.deepEqual(statementsOf(['وكان الطقس قد أعلن النصر على الجميع .']), []);
});

test('an unnamed source keeps what it is close to and the place or body it is in; the one it is close to is not the speaker', () => {
  const roleOf = (sentence: string): string | null | undefined => statementsOf([sentence])[0]?.speaker.role;
  assert.equal(roleOf('وقال مصدر إعلامي مقرب من قوات " أسود الشرقية " إن الثوار هاجموا المطار .'), 'مصدر إعلامي مقرب من قوات أسود الشرقية');
  assert.equal(roleOf('وقالت مصادر روسية قريبة من وزارة الخارجية إن الخطوة مرتبطة بالانتخابات .'), 'مصادر روسية قريبة من وزارة الخارجية');
  assert.equal(roleOf('وقال قياديان في طالبان إن الحركة اختارت زعيمها .'), 'قياديان في طالبان');
  // "في وقت سابق" is no affiliation.
  assert.equal(roleOf('وقال مسؤولون في وقت سابق إن الخطة جاهزة .'), 'مسؤولون');
  const said = statementsOf(['وقال رئيس الوزراء حيدر العبادي إن النصر تحقق .', 'وقالت مصادر مقربة من العبادي إن التعديل الوزاري قريب .']);
  assert.equal(said[1]?.speaker.name, null);
});

test('a "وقد" clause inside the sentence gives a subject-less "وقال" its subject', () => {
  const [s] = statementsOf(['احتفى رئيس البعثة سامي العلي بالمنتخب في أحد فنادق الرباط وقد عبر مدير المنتخب خالد مطر عن سعادته بالاحتفال وقال : " الجهود واضحة للجميع " .']);
  assert.equal(s?.speaker.name, 'خالد مطر');
  assert.equal(s?.speaker.role, 'مدير المنتخب');
});

test('an act named after the speaker ("اتخاذ", "دخول", "تسليم", "تأجيل") starts what was denied or announced', () => {
  const [denied] = statementsOf(['نفى عدنان الصالح المتحدث الرسمي باسم اتحاد كرة القدم اتخاذ أي إجراء تجاه العقوبات المفروضة .']);
  assert.equal(denied?.speaker.name, 'عدنان الصالح');
  assert.ok(denied!.text.startsWith('اتخاذ أي إجراء'), denied!.text);
  const [announced] = statementsOf(['وأعلن رئيس البرلمان العراقي سليم الجبوري تأجيل جلسة حسم موعد الانتخابات إلى الاثنين .']);
  assert.equal(announced?.speaker.name, 'سليم الجبوري');
  assert.ok(announced!.text.startsWith('تأجيل جلسة'), announced!.text);
});

test('a participle reports the noun phrase after its own preposition ("مشيراً إلى إجراء…")', () => {
  const said = statementsOf(['وقال الوزير إن الودائع ارتفعت , مشيرا إلى إجراء اختبارات تحمل للقطاع المصرفي .']);
  assert.deepEqual(said.map((s) => [s.cue, s.text]), [['قال', 'الودائع ارتفعت'], ['أشار', 'إجراء اختبارات تحمل للقطاع المصرفي']]);
  // A glued ب after a participle is not taken for its object: "مؤكداً بقوة" is a manner.
  assert.ok(statementsOf(['وقال الوزير إن الخطة جاهزة , مؤكدا بقوة .']).every((s) => s.cue !== 'أكد'));
});

test('لفت and نوه report a noun phrase after their preposition; "لفت الانتباه" keeps the attention out of the speaker', () => {
  const said = statementsOf(['وقال الوزير إن الودائع ارتفعت , لافتا الى زيادة عدد المودعين بنسبة كبيرة .', 'ولفت الانتباه إلى ضرورة التنسيق بين الأجهزة .']);
  assert.deepEqual(said.map((s) => [s.speaker.role, s.cue, s.text]), [
    ['الوزير', 'قال', 'الودائع ارتفعت'],
    ['الوزير', 'لفت', 'زيادة عدد المودعين بنسبة كبيرة'],
    ['الوزير', 'لفت', 'ضرورة التنسيق بين الأجهزة'],
  ]);
});

test('وصف: an event or state noun after the subject opens what is described, which reads with the content', () => {
  const [s] = statementsOf(['ووصف التقرير وضع الاقتصاد السعودي بالجيد بسبب تراكم الاحتياطي .']);
  assert.equal(s?.speaker.role, 'التقرير');
  assert.equal(s?.text, 'وضع الاقتصاد السعودي بالجيد بسبب تراكم الاحتياطي');
});

test('"المدعومة من …" after a body describes it: the speaker ends before it', () => {
  const [s] = statementsOf(['قالت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة أمس إن مدينة الرقة ستكون جزءا من سوريا .']);
  assert.equal(s?.speaker.name, 'قوات سوريا الديمقراطية');
});

test('تحدث takes what was spoken of after عن; "قد تحدث … أن" (happens) reports nothing', () => {
  assert.deepEqual(statementsOf(['ودعا إلى مراكز لاحتواء الشباب من أي تغيرات قد تحدث بسبب عدم وجود برامج حتى يستطيعوا أن يخدموا الوطن .']).filter((s) => s.cue === 'تحدث عن'), []);
  const [s] = statementsOf(['وتحدث الوزير عن أن الحكومة ستدعم المزارعين .']);
  assert.equal(s?.cue, 'تحدث عن');
  assert.equal(s?.text, 'الحكومة ستدعم المزارعين');
});

test('"حتى" opens a time adjunct, never a speaker', () => {
  const said = statementsOf(['وقال رئيس الوزراء حيدر العبادي إن الحوار ممكن .', 'وحث حتى الآن على التوصل إلى تسوية مع أربيل .']);
  assert.ok(said.every((s) => !(s.speaker.name ?? s.speaker.role ?? '').includes('حتى')), JSON.stringify(said));
});

test('a channel set off by commas ("، في تصريحه الأربعاء ،") may stand between the subject and the noun phrase it reported', () => {
  const [s] = statementsOf(['ونفى الطبيب , في تصريحه الأربعاء , دخول مساعدات إنسانية إلى البلدة .']);
  assert.equal(s?.speaker.role, 'الطبيب');
  assert.equal(s?.text, 'دخول مساعدات إنسانية إلى البلدة');
  assert.equal(s?.negated, true);
  // A channel that runs on ("في مؤتمر صحافي عقده …") is not skipped over into its own words.
  const [t] = statementsOf(['وأكد الوزير سامي العلي في مؤتمر صحافي عقده فور وصوله أن الانتقال السياسي ضروري .']);
  assert.equal(t?.text, 'الانتقال السياسي ضروري');
});

test('the review\'s cases: "للعالم أجمع", "كان متوقعاً أن" and "مدير المشروع من جهته" report or name as before', () => {
  const world = statementsOf(['وقال الأمير إن المملكة أثبتت للعالم أجمع أن أمنها خط أحمر .']);
  assert.deepEqual(world.map((s) => s.cue), ['قال']);
  assert.deepEqual(statementsOf(['وكان متوقعا أن يحضر الوزير الاجتماع .']), []);
  const [office] = statementsOf(['وقال مدير المشروع من جهته إن العمل مستمر .']);
  assert.equal(office?.speaker.role, 'مدير المشروع');
});

test('a title, the place it speaks for, then an event noun: the event is what was confirmed', () => {
  const [s] = statementsOf(['وأكد المتحدث باسم إدارة الإطفاء في بروكسل وقوع انفجار صغير جراء إطلاق نار في المحطة .']);
  assert.equal(s?.speaker.role, 'المتحدث باسم إدارة الإطفاء');
  assert.ok(s!.text.startsWith('وقوع انفجار صغير'), s!.text);
  // Inside a body's name the chain goes on: "تحالف دعم الشرعية" is no proposition.
  const [t] = statementsOf(['وأكد المتحدث الرسمي لقوات تحالف دعم الشرعية في اليمن أن الصاروخ كان باتجاه العاصمة .']);
  assert.ok(t!.speaker.role!.includes('تحالف دعم الشرعية') || (t!.speaker.name ?? '').includes('دعم الشرعية'), JSON.stringify(t!.speaker));
});

test('"علي" spelled with ي before a family nisba is the first name, not أكد\'s preposition', () => {
  const said = statementsOf(['وأكد القيادي في حزب المؤتمر علي البخيتي أن الخبر صحيح .']);
  assert.ok(said.every((s) => !s.text.startsWith('البخيتي')), JSON.stringify(said));
});

test('"من قبل إنها": إنّ with its kasra hamza is the complementizer even after قبل; "قبل أن" stays a conjunction', () => {
  const [s] = statementsOf(['وقالت تركيا من قبل إنها لن تقبل وجود تمثيل .']);
  assert.equal(s?.text, 'لن تقبل وجود تمثيل');
  const [t] = statementsOf(['وقال الوزير قبل أن يغادر إن الوضع جيد .']);
  assert.equal(t?.text, 'الوضع جيد');
});
