/**
 * Eighteenth pass (session 19), from a reading of 420 statements of 68 unlabelled Baly and
 * SaudiNewsNet articles: a rank after an office ("رئيس الجمهورية العماد …") opens the name, so the
 * office alone refers back; "الهيئة", "الوزارة" name the one body of that kind named nearby; a
 * person the article knows, in quotes after the cue, is the subject however far the content
 * starts; a plural verb's object is no speaker. Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities/index.js';
import { statementsOf } from './pass-helpers.js';

const persons = (paragraphs: string[]): { name: string; aliases: string[] }[] =>
  findEntities({ title: 'عنوان', paragraphs }).entities.filter((e) => e.type === 'person').map((e) => ({ name: e.name, aliases: e.aliases }));

test('a rank after an office opens the name, and the office alone then refers to him', () => {
  const found = persons(['وشدد رئيس الجمهورية العماد سليم حداد على أن البلاد متمسكة بالقرارات الدولية .']);
  assert.deepEqual(found, [{ name: 'سليم حداد', aliases: ['رئيس الجمهورية'] }]);
  const said = statementsOf([
    'وشدد رئيس الجمهورية العماد سليم حداد على أن البلاد متمسكة بالقرارات الدولية .',
    'وقال رئيس الجمهورية إن الحدود الجنوبية هادئة .',
  ]);
  assert.equal(said[1]?.speaker.name, 'سليم حداد');
  // The rank's own qualifiers come before the name, not into it.
  const staff = persons(['وقال المستشار في مكتب وزير الدفاع العميد ركن فهد المالكي إن العمليات مستمرة .']);
  assert.deepEqual(staff.map((p) => p.name), ['فهد المالكي']);
  // The minister's office is the genitive of his adviser's: the adviser takes no "وزير الدفاع" alias,
  // or a later "وقال وزير الدفاع" would name him.
  assert.deepEqual(staff[0]?.aliases, []);
});

test('a feminine past verb after a patron\'s name is no part of it', () => {
  const found = persons(['برعاية رئيس مجلس الوزراء المهندس سامر خليل أقامت وزارة المالية اليوم ورشة عمل حول الضرائب .']);
  assert.deepEqual(found.map((p) => p.name), ['سامر خليل']);
});

test('"الهيئة" names the one body of that kind named in its paragraph or the one before', () => {
  const near = statementsOf([
    'وكانت هيئة الإغاثة الوطنية قد وزعت أمس مساعدات على النازحين في الشمال .',
    'ونفت الهيئة أن تكون المساعدات قد توقفت خلال الشتاء .',
  ]);
  assert.equal(near[0]?.speaker.name, 'هيئة الإغاثة الوطنية');
  assert.equal(near[0]?.speaker.role, 'الهيئة');
  // Named three paragraphs before: too far to be sure it is the same body.
  const far = statementsOf([
    'وكانت هيئة الإغاثة الوطنية قد وزعت أمس مساعدات على النازحين في الشمال .',
    'وتشهد المنطقة موجة برد شديدة منذ أسبوعين .',
    'وارتفعت أسعار الوقود في الأسواق المحلية .',
    'ونفت الهيئة أن تكون المساعدات قد توقفت خلال الشتاء .',
  ]);
  assert.equal(far[0]?.speaker.name, null);
  // Two bodies with the head named nearby: no choice is made.
  const two = statementsOf([
    'واجتمعت هيئة الإغاثة الوطنية مع هيئة الموانئ البحرية أمس لبحث وصول الشحنات .',
    'ونفت الهيئة أن تكون المساعدات قد توقفت خلال الشتاء .',
  ]);
  assert.equal(two[0]?.speaker.name, null);
});

test('a known person in quotes after the cue is its subject however far the content starts', () => {
  const said = statementsOf([
    'وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن المشاورات ستستأنف الأسبوع المقبل .',
    'وقال «ولد الشيخ أحمد» في مؤتمر صحافي مشترك عقده أمس مع الأمين العام للجامعة العربية «إن الحل السياسي هو الوحيد» ، مضيفا «أن الأطراف وافقت على الحضور» .',
  ]);
  assert.deepEqual(said.map((s) => s.speaker.name), ['إسماعيل ولد الشيخ أحمد', 'إسماعيل ولد الشيخ أحمد', 'إسماعيل ولد الشيخ أحمد']);
  assert.equal(said[0]?.speaker.role, 'المبعوث الأممي');
  // A Mauritanian family name with ولد is a name, not a role "ولد الشيخ" with the name "أحمد".
  const [bare] = statementsOf(['وأكد ولد الشيخ أحمد أن المشاورات ستستأنف الأسبوع المقبل .']);
  assert.deepEqual([bare?.speaker.name, bare?.speaker.role], ['إسماعيل ولد الشيخ أحمد', null]);
  assert.ok(said[1]?.text.startsWith('إن الحل السياسي'), said[1]?.text);
});

test('the phrase after a plural verb is its object, and the speaker is the group quoted before', () => {
  const said = statementsOf([
    'وقال سكان البلدة إن الحصار خانق منذ أشهر .',
    'وطالبوا الدول الضامنة بالتدخل الفوري لفتح الطريق .',
  ]);
  assert.deepEqual([said[1]?.speaker.name, said[1]?.speaker.role], [null, 'سكان البلدة']);
  // A dual in -ا is also an adverb ("نقلا عن"): the rule leaves it alone.
  const [quoting] = statementsOf(['ونقلت وكالة الأنباء الرسمية نقلا عن وزارة الصحة أن عدد الإصابات ارتفع .']);
  assert.equal(quoting?.speaker.name, 'وزارة الصحة');
});

test('common words, a relation, an age or a birth year after a name are no person or part of one', () => {
  const found = persons([
    'وقتل ثلاثة جنود على أيدي متطرفين في ريف المدينة , وقال علماء إن الحادث يتكرر دائما .',
    'وكان سامر الحلو شقيق الوزير قد اعتقل , كما اعتقل نادر الخطيب البالغ من العمر 30 عاما .',
    'وتشكل الكتائب العماد الرئيسي لقوات المعارضة في المنطقة .',
  ]).map((p) => p.name);
  assert.deepEqual(found.sort(), ['سامر الحلو', 'نادر الخطيب']);
});

test('figures and evidence that indicate make no statement, unless they are someone\'s', () => {
  assert.deepEqual(statementsOf(['وتشير بعض الأرقام المستقاة من الوزارة إلى أن عدد النازحين تضاعف .']), []);
  assert.deepEqual(statementsOf(['الدلائل العلمية تؤكد أن التدخين يضر بالقلب .']), []);
  assert.deepEqual(statementsOf(['ووفقا لمعاهدة حظر الانتشار النووي فإن على الدول الامتناع عن التخصيب .']), []);
  // Someone's estimates speak for their owner; the evidence inside a quoted speaker's words stays his.
  const [owned] = statementsOf(['وبحسب تقديرات السلطات المحلية فإن عدد اللاجئين تجاوز مليونين .']);
  assert.match(owned?.speaker.name ?? '', /السلطات المحلية/u);
  const minister = statementsOf(['وقال الوزير فادي سالم إن الأرقام تشير إلى تحسن في الصادرات .']);
  assert.deepEqual(minister.map((x) => x.speaker.name), ['فادي سالم']);
  // A count before the head, a head opening with و, and evidence joined to evidence are still evidence.
  assert.deepEqual(statementsOf(['وتشير ثلاثة مؤشرات إلى أن الاقتصاد يتعافى .', 'وقائع جديدة تؤكد أن الاتفاق صامد .', 'وتشير الأرقام والإحصاءات إلى تحسن .']), []);
});

test('"حيث قال" and a first participle describe the subject of the sentence\'s first verb', () => {
  const since = statementsOf([
    'وقال الخبير أحمد السنيدي إن السوق تغيرت كثيرا .',
    'ويتفق ناصر آل مغرم مع ما ذهب إليه السنيدي، حيث قال إن المنافسة انتقلت إلى خدمات البيانات .',
  ]);
  assert.equal(since[1]?.speaker.name, 'ناصر آل مغرم');
  // A name known only at the end of the words after the verb is the object's, not the subject's.
  const congratulated = statementsOf([
    'وأجرى الرئيس فلاديمير بوتين محادثات مع الرئيس بشار الأسد في سوتشي .',
    'واستهل بوتين اللقاء بتهنئة الأسد بالنتائج , مضيفا أن " هزيمة الإرهابيين باتت حتمية " .',
  ]);
  assert.equal(congratulated.at(-1)?.speaker.name, 'فلاديمير بوتين');
});

test('a known subject right before a present verb is the speaker, and the phrase after the verb its object', () => {
  const [asks] = statementsOf(['أوباما يطالب الأسد بالاستقالة']);
  assert.equal(asks?.speaker.name, 'باراك أوباما');
  assert.ok(asks?.text.startsWith('الأسد'), asks?.text);
  const [accuses] = statementsOf(['روسيا تتهم الولايات المتحدة بتعطيل الحل في سوريا']);
  assert.equal(accuses?.speaker.name, 'روسيا');
  // Not after a preposition: "في بيروت" is where, not who.
  const [place] = statementsOf(['في بيروت يطالب المحتجون الحكومة بالاستقالة .']);
  assert.ok(!/بيروت/u.test(place?.speaker.name ?? ''), place?.speaker.name ?? '');
});

test('an office with its state\'s adjective names the person the gazetteer knows for that state', () => {
  const said = statementsOf([
    'واستقبل الرئيس عبد الفتاح السيسي ولي العهد في القاهرة .',
    'وأكد الرئيس المصري أهمية الزيارة للبلدين .',
  ]);
  assert.equal(said[0]?.speaker.name, 'عبد الفتاح السيسي');
  // Another office of the same state is not his: "وزير الخارجية المصري" stays unnamed.
  const other = statementsOf([
    'واستقبل الرئيس عبد الفتاح السيسي ولي العهد في القاهرة .',
    'وأكد وزير الخارجية المصري أهمية الزيارة للبلدين .',
  ]);
  assert.equal(other[0]?.speaker.name, null);
});

test('a governor (والي) is a role, and a name set off by commas after the place of an office is its holder\'s', () => {
  const [wali] = statementsOf(['وقال والي الجهة، عبد اللطيف الميساوي، إن الحريق لم يسفر عن إصابات .']);
  assert.deepEqual([wali?.speaker.name, wali?.speaker.role], ['عبد اللطيف الميساوي', 'والي الجهة']);
  const [place] = statementsOf(['وقال رئيس الاتحاد في الشمال السوري , عمار السعيد , إن 21 فريقا شاركوا في البطولة .']);
  assert.equal(place?.speaker.name, 'عمار السعيد');
});

test('"قالت فيها" after a document and its addressee speaks for the document\'s sender, not the addressee', () => {
  const [sent] = statementsOf(['ووجهت الفنانة سلمى داود رسالة للفنانين قالت فيها إن عليهم أن يخرجوا عن صمتهم .']);
  assert.equal(sent?.speaker.name, 'سلمى داود');
  const [kana] = statementsOf(['وكانت سلمى داود وجهت رسالة للفنانين قالت فيها إن عليهم أن يخرجوا عن صمتهم .']);
  assert.equal(kana?.speaker.name, 'سلمى داود');
});

test('"إقرأ أيضاً" is a site\'s link, not the dual of أقرّ; the real cue after it is found', () => {
  assert.deepEqual(statementsOf(['إقرأ ايضا : مقتل عشرة في غارة على المدينة .']), []);
  const [after] = statementsOf(['اقرأ أيضا : وأشارت صحيفة النهار إلى أن الاجتماع انتهى دون نتائج .']);
  assert.equal(after?.cue, 'أشار');
  // Written without a hamza and followed by a subject, the dual stays a cue.
  assert.equal(statementsOf(['وأقرا بأن الخلاف قائم بين الطرفين .'])[0]?.cue, 'أقر');
});

test('"زاد من/عن" is "increased" and "تابعاً لـ" is "belonging to", not speech', () => {
  assert.deepEqual(statementsOf(['وقد زاد من احتمال المواجهة ما تسرب من أنباء عن لقاء عسكري .']), []);
  assert.deepEqual(statementsOf(['وكان المسلح تابعا لميليشيا محلية في المدينة .']), []);
  const said = statementsOf(['وقال الوزير إن الاتفاق صامد ، وزاد أن المفاوضات مستمرة .']);
  assert.deepEqual(said.map((x) => x.cue), ['قال', 'زاد']);
});
