/**
 * Nineteenth pass (session 20), from the dev gold's continuation errors, each checked on all 2,429
 * Baly pages: "أما X فقد أكد" fronts X as the subject as "أما X فأكد" does; a relative clause on a
 * phrase that ends in a person the article knows has that person as its subject, however long his
 * office; a بـ-object after a verb whose content is no بـ-phrase ("رحب بأعضاء اللجنة") is no
 * subject. Every sentence was written for these tests; the names are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statementsOf } from './pass-helpers.js';

test('"أما X فقد <cue>" takes X as the speaker, not the last one', () => {
  const said = statementsOf([
    'وقال المواطن سامي الحربي إن العين مقصد للعائلات في الصيف .',
    'أما ماجد العتيبي فقد أكد حرصه على الحضور كل أسبوع مع أبنائه .',
  ]);
  assert.equal(said[1]?.speaker.name, 'ماجد العتيبي');
  // A role as the topic, with a comma before فقد.
  const role = statementsOf(['وأعلن الوزير خطة جديدة للطرق . أما رئيس البلدية , فقد قال إن الأعمال تبدأ الشهر المقبل .']);
  assert.equal(role.at(-1)?.speaker.role, 'رئيس البلدية');
});

test('a relative clause on a known person takes him as its subject, however long his office', () => {
  const said = statementsOf([
    'واستقبل الرئيس وزير الخارجية الكرواتي توميسلاف باران , الذي قال إن بلاده تدعم الحوار .',
  ]);
  assert.equal(said[0]?.speaker.name, 'توميسلاف باران');
  // The antecedent's first head is a body he heads: the name, with the rank before it, is the subject.
  const rank = statementsOf([
    'والتقى الوفد رئيس هيئة الموانئ البحرية الفريق عادل منصور , الذي رحب بأعضاء الوفد مؤكدا أن الميناء جاهز للتوسعة .',
  ]);
  assert.equal(rank[0]?.speaker.name, 'عادل منصور');
});

test('a بـ-object after the cue is no subject; a verb whose content is a بـ-phrase keeps it as content', () => {
  // "بأعضاء الوفد" is what رحب governs: the relative's antecedent is the speaker.
  const welcome = statementsOf(['واستقبل المحافظ اللواء نبيل سعد , الذي رحب بأعضاء الوفد مؤكدا أن المحافظة تفتح أبوابها للمستثمرين .']);
  assert.equal(welcome[0]?.speaker.name, 'نبيل سعد');
  // An object, then the subject: an office after the object still opens it.
  const after = statementsOf(['ورحب بالوفد رئيس الغرفة التجارية مؤكدا أن العلاقات متينة .']);
  assert.equal(after[0]?.speaker.role, 'رئيس الغرفة التجارية');
  // "وعد بإعادة التفاوض": the promise itself, not an object before a subject.
  const promise = statementsOf(['وكان رئيس الوزراء هاني فارس قد وعد بإعادة التفاوض على شروط الاتفاق قبل نهاية العام .']);
  assert.equal(promise[0]?.speaker.name, 'هاني فارس');
  assert.match(promise[0]?.text ?? '', /بإعادة التفاوض/u);
  // "وأوضح بالقول": an adverb of that shape; the speaker continues.
  const adverb = statementsOf(['وقال الخبير رامي سليم إن الأسعار سترتفع .', 'وأوضح بالقول " السوق لا يحتمل زيادة أخرى " .']);
  assert.equal(adverb[1]?.speaker.name, 'رامي سليم');
  // One بال-word alone may be a surname the entity analysis missed: it stays the subject.
  const surname = statementsOf(['ويقول بالانتي " الحل في الحوار " .']);
  assert.equal(surname[0]?.speaker.name, 'بالانتي');
});

test('an office names the one person the article titled so nearby, though he had not spoken', () => {
  const said = statementsOf(['والتقى وزير الخارجية المصري سامح شكري نظيره الأردني في عمان .', 'وقال الوزير إن العلاقات بين البلدين قوية .']);
  assert.deepEqual([said[0]?.speaker.name, said[0]?.speaker.role], ['سامح شكري', 'الوزير']);
  // The feminine office meets the masculine title ("المتحدث باسم…" as the entity analysis keeps it).
  const spokeswoman = statementsOf(['وزارت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا المعرض .', 'وقالت المتحدثة إن روسيا تدعم الحوار .']);
  assert.equal(spokeswoman[0]?.speaker.name, 'ماريا زاخاروفا');
  // Another state's minister is not him: every word of the role must be in the title.
  const other = statementsOf(['والتقى وزير الخارجية المصري سامح شكري وفدا تجاريا .', 'وقال وزير الخارجية الأردني إن الحدود مفتوحة .']);
  assert.equal(other[0]?.speaker.name, null);
  // "الرئيس" alone is the head of state, not the prime minister.
  const president = statementsOf(['واستقبل رئيس الوزراء حيدر العبادي وفدا من رجال الأعمال .', 'وقال الرئيس إن الوضع مستقر .']);
  assert.equal(president[0]?.speaker.name, null);
  // Two ministers named nearby: the bare office says not which.
  const two = statementsOf(['وحضر وزير المالية خالد سعيد ووزير الاقتصاد فادي حمدان الاجتماع .', 'وقال الوزير إن الموازنة جاهزة .']);
  assert.equal(two[0]?.speaker.name, null);
  // Too far back: named four paragraphs before.
  const far = statementsOf([
    'والتقى وزير الخارجية المصري سامح شكري وفدا تجاريا .',
    'وتناول اللقاء ملفات التجارة .',
    'وحضر اللقاء عدد من رجال الأعمال .',
    'وتستمر الزيارة يومين .',
    'وقال الوزير إن العلاقات قوية .',
  ]);
  assert.equal(far[0]?.speaker.name, null);
});

test('a subject-less cue right after a narrative sentence continues that sentence\'s subject', () => {
  const said = statementsOf([
    'وقال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة .',
    'والتقى وزير الدفاع الإسرائيلي أفيغدور ليبرمان عددا من الضباط على الحدود الشمالية . وقال إن الجيش مستعد لأي سيناريو .',
  ]);
  assert.deepEqual([said[1]?.speaker.name, said[1]?.speaker.role], ['أفيغدور ليبرمان', 'وزير الدفاع الإسرائيلي']);
  // The verb gives the gender: a feminine cue after a man's visit does not continue him, nor does
  // a masculine one continue her.
  const visit = statementsOf(['وقالت الوزيرة سلمى حداد إن الخطة جاهزة . وزار رئيس البلدية سامر خليل الموقع أمس . وأكد أن الأعمال ستنتهي قريبا .']);
  assert.equal(visit[1]?.speaker.name, 'سامر خليل');
  // Only the very next sentence: one more sentence between, and the last speaker is continued again.
  const later = statementsOf([
    'وقال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة .',
    'والتقى وزير الدفاع الإسرائيلي أفيغدور ليبرمان عددا من الضباط . وتستمر الجولة يومين . وأضاف أن الحدود مفتوحة .',
  ]);
  assert.equal(later[1]?.speaker.name, 'أيمن الصفدي');
  // "وأوقف X" is "X was arrested": the man acted upon does not speak next.
  const arrest = statementsOf([
    'وكان رجل الأعمال فادي حمدان قد غادر البلاد الشهر الماضي . وقال المدعي العام كريم الساعدي إن التحقيق مستمر .',
    'وأوقف فادي حمدان قبل يومين في المطار . وأكد أن الأدلة كافية .',
  ]);
  assert.equal(arrest[1]?.speaker.name, 'كريم الساعدي');
});

test('a manner or a time after the cue is no speaker ("بكل كبرياء", "يوماً")', () => {
  const manner = statementsOf(['وقالت بكل كبرياء وثقة إن بلادها ستنتصر .']);
  assert.equal(manner[0]?.speaker.name, null);
  const time = statementsOf(['وكان الخليفة قد قال يوما : والله ما كنت حريصا على الولاية .']);
  assert.equal(time[0]?.speaker.name, 'الخليفة');
});

test('"أبلغ الأثر" is "the most profound effect", not the cue "informed"', () => {
  const said = statementsOf(['وقال المدرب رامي سليم إن الفريق جاهز .', 'وكان لخبرته في آسيا أبلغ الأثر في ترسيخ الاعتقاد لديه بأن البطولة ستنجح . وقال " الجمهور هنا رائع " .']);
  assert.deepEqual(said.map((s) => [s.cue, s.speaker.name]), [['قال', 'رامي سليم'], ['قال', 'رامي سليم']]);
});

test('a definite noun after a state subject is the object of وصف/اتهم, not part of the state\'s name', () => {
  const said = statementsOf(['ووصفت روسيا العقوبات بأنها " غير عادلة وسخيفة " .']);
  assert.equal(said[0]?.speaker.name, 'روسيا');
  assert.match(said[0]?.text ?? '', /^العقوبات بأنها/u);
  // A nisba is the state's own adjective, and two words may name another state.
  const belarus = statementsOf(['ووصفت روسيا البيضاء القرار بأنه مؤسف .']);
  assert.equal(belarus[0]?.speaker.name, 'بيلاروسيا');
});

test('the addressee of دعا/طالب/حث after a body or a state is no part of the speaker', () => {
  const said = statementsOf(['كما دعا الأمين العام للأمم المتحدة الأطراف إلى ضبط النفس .']);
  assert.equal(said[0]?.speaker.role, 'الأمين العام للأمم المتحدة');
  const body = statementsOf(['وحثت الأمم المتحدة الدول الثلاث على دعم عملية السلام .']);
  assert.equal(body[0]?.speaker.name, 'الأمم المتحدة');
  // A nisba stands for its state but is an adjective: "الروسية العامة" stays one office.
  const office = statementsOf(['واتهم رئيس هيئة الأركان الروسية العامة الولايات المتحدة بتدريب مقاتلين .']);
  assert.equal(office[0]?.speaker.role, 'رئيس هيئة الأركان الروسية العامة');
});
