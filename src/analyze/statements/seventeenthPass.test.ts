/**
 * Seventeenth pass (session 18): a verbal noun with the subject's pronoun after the subject
 * ("أعلنت الحركة مسؤوليتها عن…", "أكد الوزير حرصه على…") ends the speaker and opens what was said;
 * adverbs of time ("حينها", "آنذاك") are no part of a name, and one before the subject is skipped;
 * an adverb cut at its shadda ("مجد دا") is rejoined. Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePage, statementsOf } from './pass-helpers.js';

test('a possessed verbal noun after the subject is the start of the content, not part of the name', () => {
  const [claim] = statementsOf(['وأعلنت حركة حسم مسؤوليتها عن الهجوم الذي استهدف نقطة التفتيش .']);
  assert.equal(claim?.speaker.name, 'حركة حسم');
  assert.ok(claim?.text.startsWith('مسؤوليتها عن الهجوم'), claim?.text);
  const [ready] = statementsOf(['وأعلنت الوحدات الكردية استعدادها للمشاركة في معركة المدينة .']);
  assert.equal(ready?.speaker.name, 'الوحدات الكردية');
  assert.ok(ready?.text.startsWith('استعدادها للمشاركة'), ready?.text);
  const [position] = statementsOf(['وأكدت الحكومة التركية موقفها الرافض لمشاركة الحزب في المفاوضات .']);
  assert.equal(position?.speaker.name, 'الحكومة التركية');
  assert.ok(position?.text.startsWith('موقفها الرافض'), position?.text);
});

test('a verb with a pronoun, or a verbal noun in construct, is no proposition after the subject', () => {
  // "استهدفها" is a verb (targeted it): the sentence names an event, not a possessed proposition.
  const targeted = statementsOf(['وأكد التلفزيون الرسمي سقوط طائرة حربية استهدفها مقاتلون من المعارضة في الريف الشمالي .']);
  assert.ok(targeted.every((s) => s.text.startsWith('استهدفها') === false), JSON.stringify(targeted.map((s) => s.text)));
  // "تغيير موقفه" is one phrase (changing his position): no speaker "تغيير".
  const changed = statementsOf(['وقال الرئيس سامر الخطيب إن بلاده لن تتراجع .', 'وأعلن تغيير موقفه من الحكومة بعد الهجوم الأخير .']);
  assert.ok(changed.every((s) => s.speaker.name !== 'تغيير'), JSON.stringify(changed.map((s) => s.speaker)));
});

test('adverbs of time are no part of a name, and one before the subject is skipped', () => {
  const [then] = statementsOf(['وقال كمال الحسيني حينها إن الاتفاق لن يصمد .']);
  assert.equal(then?.speaker.name, 'كمال الحسيني');
  const [before] = statementsOf(['وقال حينها الوزير كمال الحسيني إن الاتفاق لن يصمد .']);
  assert.equal(before?.speaker.name, 'كمال الحسيني');
  const [talk] = statementsOf(['وقال كمال الحسيني في حديثه إن الاتفاق لن يصمد .', 'وتابع الحسيني كلامه قائلا إن البديل هو الحرب .']);
  assert.equal(talk?.speaker.name, 'كمال الحسيني');
});

test('an adverb cut at its shadda on a scraped page is rejoined and stays out of the speaker', () => {
  const result = analyzePage([
    'المجلس يجدد دعمه لوحدة البلاد',
    'عقد المجلس الوطني جلسته الدوري ة أمس في العاصمة بحضور ممثلين عن الأحزاب والنقابات .',
    'وأكد المجلس الوطني مجد دا دعمه لوحدة البلاد وسيادتها على كامل أراضيها .',
  ]);
  const said = result.statements.find((s) => s.text.includes('لوحدة البلاد'));
  assert.equal(said?.speaker.name ?? said?.speaker.role, 'المجلس الوطني');
  assert.ok(said?.text.startsWith('دعمه لوحدة البلاد'), said?.text);
});

test('a definite nisba after the subject agrees with it and is no proposition; a verbal noun shaped like one is', () => {
  // Neither "الوطني…" nor "الختامي…" opens what was said.
  const [council] = statementsOf(['وأكد المجلس الوطني أمس دعمه لوحدة البلاد وسيادتها .']);
  assert.equal(council?.speaker.name ?? council?.speaker.role, 'المجلس الوطني');
  assert.ok(council?.text.startsWith('دعمه'), council?.text);
  // "التخلي" ends like a nisba but does not agree with "الحوثيون": it is what they refused.
  const [refused] = statementsOf(['ورفض الحوثيون التخلي عن رئاسة المجلس لأنصار الحزب .']);
  assert.ok(refused?.text.startsWith('التخلي عن رئاسة المجلس'), refused?.text);
  assert.ok(!(refused?.speaker.name ?? '').includes('التخلي'), refused?.speaker.name ?? '');
});

test('time words between the subject and "عن" or a listed proposition noun do not hide the statement', () => {
  const [killed] = statementsOf(['وأعلن الجيش أمس عن مقتل عشرة مسلحين في اشتباكات على أطراف المدينة .']);
  assert.equal(killed?.speaker.name ?? killed?.speaker.role, 'الجيش');
  assert.ok(killed?.text.startsWith('مقتل عشرة مسلحين'), killed?.text);
  const [lifted] = statementsOf(['وأعلنت الحكومة , اليوم الثلاثاء , عن فك الحصار عن المدينة الشرقية .']);
  assert.ok(lifted?.text.startsWith('فك الحصار'), lifted?.text);
  // An abstract noun after an unnamed group opens what they stressed, before a participle's own clause.
  const [stress, point] = statementsOf(['وأكد خبراء اقتصاديون أهمية المجموعة للتجارة الإقليمية , مشيرين إلى أن الانضمام إليها يفتح أسواقا جديدة .']);
  assert.equal(stress?.speaker.role, 'خبراء اقتصاديون');
  assert.ok(stress?.text.startsWith('أهمية المجموعة'), stress?.text);
  assert.ok(point?.text.startsWith('الانضمام إليها'), point?.text);
});

test('an office named in full takes the name a bare title gives it later; a trade does not', () => {
  const [envoy] = statementsOf([
    'وأكد المبعوث الأمريكي الخاص لدى التحالف أن القوات الروسية ستبقى في البلاد .',
    'وقال المبعوث كريم الهادي للصحفيين إن التحالف يراقب الانسحاب عن كثب .',
  ]);
  assert.equal(envoy?.speaker.name, 'كريم الهادي');
  const [doctor] = statementsOf([
    'وقال طبيب في قسم الإسعاف الحكومي إن الضغط على المستشفى تراجع كثيرا .',
    'ويقول الطبيب كريم الهادي إن المستشفى استقبل عشرات المرضى أمس .',
  ]);
  assert.equal(doctor?.speaker.name, null);
});

test('a person named in quotes after a definite role is the speaker, and a person entity', () => {
  const result = analyzePage(['الهدنة تصمد في الأحياء الشرقية', 'قال الناشط الإعلامي " كريم الهادي " عضو المكتب الإعلامي في المجلس المحلي , إن الهدنة صامدة منذ يومين .']);
  assert.equal(result.statements[0]?.speaker.name, 'كريم الهادي');
  assert.ok(result.entities.some((e) => e.type === 'person' && e.name === 'كريم الهادي'), JSON.stringify(result.entities.map((e) => e.name)));
  // A quote after the role that is no name stays the content.
  const [quote] = statementsOf(['وقال الوزير " سنواصل العمل حتى النهاية " .']);
  assert.equal(quote?.speaker.name, null);
  assert.ok(quote?.text.includes('سنواصل العمل'), quote?.text);
});

test('a sentence opening with its verb lends that verb\'s subject to a later و-cue, past participles and the counterpart object', () => {
  const said = statementsOf([
    'وقال وزير الخارجية سامر الخطيب إن المفاوضات مستمرة .',
    'هاجم الرئيس كمال الحسيني نظيره في الدولة المجاورة , واصفا إياه بالمتطرف وقال إن الحوار معه مستحيل .',
  ]);
  const last = said.find((s) => s.text.includes('الحوار معه مستحيل'));
  assert.equal(last?.speaker.name, 'كمال الحسيني');
  // A noun shaped like a verb does not open the sentence so: "وفي ردود الفعل دان…" keeps no "ردود" in a name.
  const reactions = statementsOf(['وفي ردود الفعل دان الأمين العام للمنظمة التفجير وطالب بمحاسبة الفاعلين .']);
  assert.ok(reactions.every((s) => !(s.speaker.name ?? '').includes('ردود')), JSON.stringify(reactions.map((s) => s.speaker)));
});

test('"أما X فـ…" names X even when a headline is glued before it', () => {
  const [s] = statementsOf(['سقطت شرعية الحكومة أما الكاتب الصحفي كمال الحسيني فاعتبر أن الولاية انتهت فعليا .']);
  assert.equal(s?.speaker.name, 'كمال الحسيني');
});

test('an indefinite object in -ًا right after the cue is no adverb to skip', () => {
  const said = statementsOf(['وقالت القاضية إن المطالب قد تنجح يوما ما , لكنها رفضت طلبًا تقدمت به إحدى الجماعات بالإفراج عن المعتقلين .']);
  assert.ok(said.every((s) => s.speaker.name !== 'تقدمت'), JSON.stringify(said.map((s) => s.speaker)));
});

test('a subject-less cue agreeing with a document continues it, under its issuer', () => {
  const said = statementsOf([
    'وذكرت وزارة الدفاع في بيان أن الطائرات قصفت مستودعات للمسلحين .',
    'وأكد البيان نجاح الطائرات في تدمير الأهداف المحددة .',
    'وأضاف أن كافة الطائرات عادت إلى مطاراتها بعد تنفيذ مهماتها .',
  ]);
  const back = said.find((s) => s.text.includes('عادت إلى مطاراتها'));
  assert.equal(back?.speaker.name, 'وزارة الدفاع');
});

test('a cue that reports nothing frees the source after it; a norm after بحسب/وفقاً لـ is no source', () => {
  const [s] = statementsOf(['وتعتبر هذه القرى شبه محاصرة , بحسب كمال الحسيني , عضو المكتب الإعلامي في الفصيل .']);
  assert.equal(s?.cue, 'بحسب');
  assert.equal(s?.speaker.name, 'كمال الحسيني');
  assert.ok(s?.text.includes('شبه محاصرة'), s?.text);
  assert.deepEqual(statementsOf(['وتقدم المطاعم الأطعمة الحلال وفقاً لأحكام الشريعة الإسلامية .', 'وتجري الانتخابات بحسب الدستور الجديد .']), []);
});

test('a surname in quotes right after the cue is the speaker; a quote of words is the content', () => {
  const [okaz] = statementsOf(['وأكد «الحارثي» لـ«عكاظ» أن المشروع سينتهي قبل نهاية العام .']);
  assert.equal(okaz?.speaker.name, 'الحارثي');
  assert.ok(okaz?.text.startsWith('المشروع سينتهي'), okaz?.text);
  const [plain] = statementsOf(['وقال "الزهراني" إن المشروع سينتهي قريبا .']);
  assert.equal(plain?.speaker.name, 'الزهراني');
  const [words] = statementsOf(['وقال « سنرد بقوة » إن الهجوم لن يمر .']);
  assert.notEqual(words?.speaker.name, 'سنرد بقوة');
});

test('"يدعى" gives the name of a described speaker, and the clause after the name is not part of it', () => {
  const [s] = statementsOf(['وقال ساكن يدعى أبو بكر جاء إلى السوق صباحا إن الوضع هادئ .']);
  assert.equal(s?.speaker.name, 'أبو بكر');
  assert.equal(s?.speaker.role, 'ساكن');
});

test('"لم تعلن أي جهة…" reports nothing, and the sentence\'s next cue still does', () => {
  const said = statementsOf(['ولم تعلن أي جهة مسؤوليتها عن الهجوم , لكن مصدرا في الشرطة قال « هذا عمل الجماعة المسلحة » .']);
  assert.equal(said.length, 1);
  assert.equal(said[0]?.cue, 'قال');
  assert.ok(said[0]?.text.includes('هذا عمل الجماعة'), said[0]?.text);
});

test('an unnamed spokesperson of a named principal names nobody; a spokesman of a body keeps his own name', () => {
  const [principal] = statementsOf(['وقال متحدث باسم الرئيس التركي كمال الحسيني إن العملية مستمرة .']);
  assert.equal(principal?.speaker.name, null);
  assert.ok(principal?.speaker.role?.includes('باسم الرئيس'), principal?.speaker.role ?? '');
  const [own] = statementsOf(['وصرح ناطق باسم الولاية كمال الحسيني بأن التعزيزات وصلت .']);
  assert.equal(own?.speaker.name, 'كمال الحسيني');
});

test('a negation or a comma between the subject and its verb keeps the subject', () => {
  const [, sees] = statementsOf(['وقال الخبير سامر الخطيب إن الوضع صعب .', 'لكن عضو مجلس الشعب كمال الحسيني لا يرى أن الحل قريب .']);
  assert.equal(sees?.speaker.name, 'كمال الحسيني');
  assert.equal(sees?.negated, true);
  const [stated] = statementsOf(['وكان وزير الدفاع كمال الحسيني , صرح بأن العملية مستمرة .']);
  assert.equal(stated?.speaker.name, 'كمال الحسيني');
});

test('a subject-less cue names who issued the document it speaks in, who gave the speech, or who came after سبق لـ', () => {
  const [issued] = statementsOf(['وأصدر الديوان الملكي بيانا قال فيه إن الملك بصحة جيدة .']);
  assert.equal(issued?.speaker.name, 'الديوان الملكي');
  const [, letter] = statementsOf(['وقال الخبير سامر الخطيب إن الوضع صعب .', 'وتقدم المرشد الأعلى كمال الحسيني برسالة قال فيها إن الثورة مستمرة .']);
  assert.equal(letter?.speaker.name, 'كمال الحسيني');
  const [speech] = statementsOf(['وفي كلمة ألقاها الرئيس كمال الحسيني أمام البرلمان , قال إن الحرب انتهت .']);
  assert.equal(speech?.speaker.name, 'كمال الحسيني');
  const [before] = statementsOf(['وسبق للرئيس كمال الحسيني أن صرح بأن الحوار مفتوح .']);
  assert.equal(before?.speaker.name, 'كمال الحسيني');
  // "نشرة" folds like the verb "نشره": a noun names nobody.
  const [bulletin] = statementsOf(['وسئل الوزير كمال الحسيني في نشرة أخبار القناة الثانية فقال " لا تعليق لدي " .']);
  assert.notEqual(bulletin?.speaker.name, 'أخبار القناة الثانية');
});

test('the issuer after a document\'s لـ speaks in it', () => {
  const [s] = statementsOf(['وكان الأمر محسوما , إذ حسمه بيان للديوان الملكي , قال فيه إن العلم يرمز إلى الوحدة .']);
  assert.equal(s?.speaker.name, 'الديوان الملكي');
});

test('a footballer\'s position opens his name, and a later و-cue of the sentence is his', () => {
  const [promise] = statementsOf(['وقدم المدافع علي الزبيدي اعتذاره للجماهير ووعد بتعويض الخسارة في المباراة المقبلة .']);
  assert.equal(promise?.speaker.name, 'علي الزبيدي');
  assert.equal(promise?.speaker.role, 'المدافع');
});

test('a particle before the issuing verb is no part of the issuer', () => {
  const [s] = statementsOf(['كما أصدر الجيش بيانا أعرب فيه عن شكره للمواطنين الذين تقدموا للالتحاق بالقوات .']);
  assert.equal(s?.speaker.name ?? s?.speaker.role, 'الجيش');
});

test('a hollow استفعال noun with its pronoun opens the content; a verb folding to an ال-word still issues', () => {
  const [regained] = statementsOf(['قبل ان يعلن رئيس الحكومة كمال الحسيني استعادتها في العاشر من تموز .']);
  assert.equal(regained?.speaker.name, 'كمال الحسيني');
  assert.ok(regained?.text.startsWith('استعادتها'), regained?.text);
  const [speech] = statementsOf(['ثم ألقى كمال الحسيني كلمة قال فيها إن الأوقات تاريخية .']);
  assert.equal(speech?.speaker.name, 'كمال الحسيني');
});

test('"فان" before a name and its complementizer is the name\'s particle; before an ال-word it is "فإن"', () => {
  const [coach] = statementsOf(['وقال المدرب الهولندي لويس فان خال إن الفريق جاهز للموسم .']);
  assert.equal(coach?.speaker.name, 'لويس فان خال');
  assert.ok(coach?.text.startsWith('الفريق جاهز'), coach?.text);
  const [minister] = statementsOf(['وقال الوزير إن الخطة جاهزة , فان الوضع سيتحسن قريبا .']);
  assert.ok(minister?.text.includes('فان الوضع سيتحسن'), minister?.text);
});

test('a word of praise after a title does not keep it from the person named before', () => {
  const [, veteran] = statementsOf(['وقال المدرب الهولندي كمال الحسيني إن الفريق جاهز .', 'وأضاف المدرب المخضرم أن اللاعبين جاهزون للموسم .']);
  assert.equal(veteran?.speaker.name, 'كمال الحسيني');
});

test('"نقلت عنه الوكالة" quotes the one the pronoun stands for; in a relative clause the phrase before is the source', () => {
  const [, quoted] = statementsOf(['وقال الوزير سامر الخطيب إن الخطة جاهزة .', 'ونقلت عنه الوكالة قوله إن التنفيذ سيبدأ غدا .']);
  assert.equal(quoted?.speaker.name, 'سامر الخطيب');
  const sources = statementsOf(['وقال الوزير سامر الخطيب إن الخطة جاهزة .', 'وأفادت مصادر مطلعة نقلت عنها الوكالة بأن الاتفاق لم يكتمل .']);
  assert.ok(sources.slice(1).every((s) => s.speaker.name !== 'سامر الخطيب'), JSON.stringify(sources.map((s) => s.speaker)));
});

test('"جميعا", "نفس", "ذات" and split compound adjectives are no names', () => {
  const [all] = statementsOf(['وقال المسؤولون جميعا إن الخطة جاهزة .']);
  assert.equal(all?.speaker.name, null);
  const [, same] = statementsOf(['وقال مسؤول أمني إن الهجوم فشل .', 'ويقول نفس المسؤول إن المهاجمين فروا .']);
  assert.equal(same?.speaker.name, null);
  assert.equal(same?.speaker.role, 'المسؤول');
  const [ngo] = statementsOf(['وقالت المنظمة الغير ربحية إن التمويل توقف .']);
  assert.equal(ngo?.speaker.name, null);
  const [regional] = statementsOf(['وقال المسؤول الأمني الشرق أوسطي إن الوضع خطير .']);
  assert.equal(regional?.speaker.name, null);
});
