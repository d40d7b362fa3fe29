/**
 * The classifier's page-level rules, each on a small page written for the test: related lists,
 * comments, templated gallery captions, story separators and several-story pages.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractFromText } from './extract.js';

const P1 = 'قال وزير الزراعة في مؤتمر صحفي عقده اليوم إن موسم القمح هذا العام جاء أفضل من المتوقع بفضل الأمطار الغزيرة التي هطلت في الشتاء.';
const P2 = 'وأضاف الوزير أن الحكومة ستشتري المحصول من المزارعين بسعر أعلى من العام الماضي، مشيراً إلى أن صوامع التخزين جاهزة لاستقبال الكميات.';
const P3 = 'ومن المتوقع أن يبدأ موسم الحصاد في المناطق الجنوبية خلال الأسبوع المقبل، على أن يمتد إلى الشمال مطلع الشهر الذي يليه.';

test('a related list between paragraphs is skipped and prose resumes after it', () => {
  const page = [P1, 'اقرأ أيضاً', 'ارتفاع أسعار الخبز في الأسواق المحلية', 'الحكومة تعلن خطة لدعم المزارعين', P2, P3].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2, P3]);
});

test('reader comments after the comments header are never body', () => {
  const comment = 'هذا كلام جميل لكن المزارعين في قريتنا لم يحصلوا على أي دعم من الوزارة منذ سنوات طويلة ونحن ننتظر.';
  const page = [P1, P2, 'التعليقات', comment].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2]);
});

test('gallery captions that repeat the same opening words are chrome', () => {
  const caption = (n: string): string => `أهم محطات الصراع في سوريا منذ البداية ${n}: تظاهرات واشتباكات في مدن عدة وقتلى بين المدنيين والعسكريين.`;
  const page = [P1, P2, caption('الأولى'), caption('الثانية'), caption('الثالثة'), P3].join('\n');
  const body = extractFromText(page).paragraphs;
  assert.ok(body.every((p) => !p.startsWith('أهم محطات الصراع')), body.join('\n'));
  assert.ok(body.includes(P1) && body.includes(P2));
});

test('a run of separator dots ends the article: what follows is another story', () => {
  const other = '. . . . . وزارة المالية تبيع سندات بقيمة مليار دولار قالت الوزارة إن الطلب على السندات فاق المعروض بثلاث مرات.';
  const page = [P1, P2, other, 'وباعت الوزارة سندات لأجل خمس سنوات بقيمة نصف مليار دولار ولأجل سبع سنوات بالقيمة نفسها.'].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2]);
});

test('a page of several dated stories keeps its first story and takes no unlabelled date', () => {
  const story = (city: string, day: number, text: string): string => `${city} / ${day} كانون الثاني / يناير / وكالة الأنباء - ${text}`;
  const page = [
    'الأحد , 21 يناير 2018 11 : 06',
    story('دمشق', 21, P1),
    P2,
    story('بيروت', 20, 'أعلن رئيس الحكومة أن مجلس الوزراء سيعقد جلسة استثنائية غداً لبحث الموازنة العامة والإصلاحات المطلوبة.'),
    story('عمان', 20, 'قال وزير الخارجية إن بلاده تدعم كل جهد يؤدي إلى وقف إطلاق النار وعودة اللاجئين إلى مدنهم وقراهم.'),
  ].join('\n');
  const article = extractFromText(page);
  assert.equal(article.paragraphs.length, 2);
  assert.equal(article.publishedAt, null);
});

test('a single dateline does not make a page several stories', () => {
  const page = ['وزير الزراعة: موسم القمح أفضل من المتوقع', 'نشر في: 14 آذار 2021 - 18:05', `القاهرة (رويترز) - ${P1}`, P2, P3].join('\n');
  const article = extractFromText(page);
  assert.equal(article.paragraphs.length, 3);
  assert.equal(article.publishedAt, '2021-03-14T18:05:00');
  assert.equal(article.dateline, 'القاهرة');
});

test('dated entries of a chronology that open with the same words stay body: their dates differ', () => {
  const entry = (date: string, name: string): string =>
    `- في ${date} قامت دورية تابعة للأمن العسكري في المدينة باعتقال ${name} من منزله دون مذكرة قضائية، ولم تعرف أسباب اعتقاله حتى الآن.`;
  const entries = [entry('3 / 2 / 2009', 'المحامي سعيد الحسن'), entry('9 / 2 / 2009', 'الطالب مازن العلي'), entry('14 / 3 / 2009', 'المهندس كريم ناصر')];
  const body = extractFromText([P1, ...entries, P3].join('\n')).paragraphs;
  assert.deepEqual(body, [P1, ...entries, P3]);
});

test('captions between the repeated titles of a picture gallery are chrome, the story before it stays', () => {
  const title = 'المدينة بعد المعركة في صور';
  const page = [
    P1,
    P2,
    `تصوير : وكالات ${title} الشارع الرئيسي عربات تشق طريقها بين أكوام الركام في الشارع الرئيسي للمدينة.`,
    'ولا يزال بعض السكان يبحثون عن ممتلكاتهم بين الأنقاض.',
    `${title} السوق القديمة المحال التجارية في السوق القديمة أغلقت أبوابها منذ بداية القتال.`,
    'وكانت السوق من أشهر الأسواق في المنطقة قبل الحرب.',
    'ويأمل التجار أن تعود الحركة إليها قريباً.',
    `${title} المستشفى مبنى المستشفى الوحيد في المدينة تضرر بشدة خلال الأسابيع الماضية.`,
    'وتقول منظمات إنسانية إن إعادة تشغيله تحتاج إلى أشهر.',
    `${title} العودة عائلات تعود إلى منازلها بعد انتهاء عمليات إزالة الألغام من الأحياء الشرقية.`,
    'حقوق النشر محفوظة 2021',
  ].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2]);
});

test('a line of teasers stamped with their age is chrome; one "قبل يومين" in a sentence is not', () => {
  const stamped = 'وأكد الوزير أن الخطة ستنفذ على مراحل . . . قبل 8 ساعات أعلنت البلدية إغلاق الشارع الرئيسي أمام السيارات لمدة أسبوعين.';
  const stamps = 'قبل 17 ساعات قبل 20 ساعات قبل 18 ساعات قبل 14 ساعات قبل 3 أيام';
  const inSentence = 'وكان الوزير قد زار المحطة قبل يومين واطلع على سير العمل فيها مع المهندسين المسؤولين عن المشروع.';
  const page = [P1, P2, inSentence, P3, stamped, stamps].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2, inSentence, P3]);
});

test('"منذ 2011" after an ellipsis in a sentence is no age stamp', () => {
  const since = 'وقال الوزير إن الأزمة مستمرة … منذ 2011 ولم تتوقف الاشتباكات في المنطقة رغم الوساطات المتكررة.';
  const page = [P1, since, P2, P3].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, since, P2, P3]);
});

test('age stamps glued before the lead do not drop the story line', () => {
  const glued = `منذ 11 ساعة منذ 11 ساعة منذ 12 ساعة وزير الزراعة يعد بموسم وفير ${P1}`;
  const page = [glued, P2, P3].join('\n');
  assert.ok(extractFromText(page).paragraphs.some((p) => p.includes('قال وزير الزراعة')));
});

test("the site's word to its reader and its disclaimers are chrome; an interview's 'we' and 'you' are not", () => {
  const thanks = 'نشكر كل متابعينا ونعدكم دائما بتقديم كل ما هو أفضل ونقل الأخبار من كافة المصادر وتسهيل قراءتها لكم.';
  const disclaimer = 'تم نقل هذا الخبر والمصدر هو المسؤول عن صحة الخبر سواء كان صحيحا أو خطأ وليس الموقع.';
  const interview = 'س: أنتم تقولون إن الحكومة تأخرت في دعم المزارعين فما الذي تطلبونه منها الآن بعد هذا الموسم؟ ج: نحن نطلب منكم ومن الحكومة أن تنظروا إلى الأرقام.';
  const page = [P1, P2, interview, P3, thanks, disclaimer].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2, interview, P3]);
});

test('a footer strip of several list headers and tag labels ends the article; one glued to the last sentence does not', () => {
  const about = 'يسعى المركز إلى أن يكون ساحة تجمع الخبراء والباحثين من مختلف الدول لتقديم تحليلات معمقة للتطورات في المنطقة.';
  const strip = 'الوسوم مقالات ذات صلة شاهد أيضا جميع الحقوق محفوظة لموقع الأخبار 2018';
  assert.deepEqual(extractFromText([P1, P2, P3, strip, about].join('\n')).paragraphs, [P1, P2, P3]);
  const glued = `${P3} الوسوم مقالات ذات صلة`;
  assert.deepEqual(extractFromText([P1, P2, glued].join('\n')).paragraphs, [P1, P2, glued]);
});

test('the site calling its reader "عزيزي المستخدم" about itself is chrome; a columnist\'s "عزيزي القارئ" about the world is not', () => {
  const appeal = 'عزيزي المستخدم إن الإعلانات هي ما يبقي هذا الموقع مجانيا ويساعد على دفع رواتب المحررين إذ نحن لا نتلقى تمويلا من أي جهة.';
  assert.deepEqual(extractFromText([appeal, P1, P2, P3].join('\n')).paragraphs, [P1, P2, P3]);
  const column = 'عزيزي القارئ إن موسم القمح هذا العام يذكرنا بأن الأمطار وحدها لا تصنع أمنا غذائيا ما لم تتبعها سياسة رشيدة للتخزين.';
  assert.deepEqual(extractFromText([P1, column, P2, P3].join('\n')).paragraphs, [P1, column, P2, P3]);
});

test('a news list printing each lead twice, one copy under the other, is not body; a page printed twice whole keeps its story', () => {
  const leads = [
    'أعلنت وزارة الصحة أن حملة التطعيم ضد الحصبة ستشمل هذا العام جميع المدارس الابتدائية في المحافظات الشمالية.',
    'افتتح رئيس البلدية جسرا جديدا فوق النهر بعد ثلاث سنوات من الأشغال التي عطلت حركة المرور في وسط المدينة.',
    'فاز المنتخب الوطني لكرة السلة على ضيفه في المباراة الودية التي أقيمت مساء السبت استعدادا للبطولة القارية.',
  ];
  const page = [P1, P2, P3, ...leads.flatMap((l) => [l, l])].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2, P3]);
  const twice = [P1, P2, P3, P1, P2, P3].join('\n');
  assert.ok(extractFromText(twice).paragraphs.includes(P2));
});

test('a long line opening with a pager, a feedback prompt or the copyright ends the article; a sentence opening with "التعليقات" does not', () => {
  const pager = 'السابق التالي هل تؤيد رفع أسعار الخبز ? نعم لا جاري التحميل . . . شبكة الأنباء منصة مستقلة تهدف إلى نشر الحوار بين أطياف المجتمع .';
  const about = 'كما تهدف الشبكة إلى دعم الصحافة المحلية وتدريب الشباب على العمل الإعلامي في المحافظات كلها .';
  assert.deepEqual(extractFromText([P1, P2, P3, pager, about].join('\n')).paragraphs, [P1, P2, P3]);
  const feedback = 'هل أعجبك هذا المقال ? الاسم * البريد الإلكتروني * افتتحت البلدية حديقة عامة جديدة في الحي الشرقي للمدينة .';
  assert.deepEqual(extractFromText([P1, P2, P3, feedback, about].join('\n')).paragraphs, [P1, P2, P3]);
  const copyright = 'جميع الحقوق محفوظة لموقع شبكة الأنباء للدراسات والأبحاث الاستراتيجية 2017';
  assert.deepEqual(extractFromText([P1, P2, P3, copyright].join('\n')).paragraphs, [P1, P2, P3]);
  const comments = 'التعليقات التي أدلى بها الوزير أمام البرلمان أثارت موجة من الانتقادات في صفوف نقابات المزارعين والتجار .';
  assert.deepEqual(extractFromText([P1, P2, comments, P3].join('\n')).paragraphs, [P1, P2, comments, P3]);
});

test('a footer line with an e-mail address and interface phrases ends the article after it; a story following it is kept', () => {
  const body = [
    P1,
    P2,
    P3,
    'وأشار تقرير صادر عن غرفة التجارة إلى أن صادرات الحبوب ارتفعت خلال الربع الأول بنسبة كبيرة مقارنة بالفترة نفسها من العام الماضي.',
    'من جهتهم، طالب ممثلو الجمعيات الفلاحية بتوسيع برامج القروض الميسرة وتوفير الأسمدة بأسعار مدعومة قبل بداية الموسم المقبل.',
    'ويرى خبراء في الاقتصاد الزراعي أن تحسن الإنتاج قد يخفف الضغط على ميزان المدفوعات إذا استمرت الأسعار العالمية عند مستوياتها الحالية.',
    'وكانت الحكومة قد أقرت في الربيع الماضي حزمة إجراءات لدعم صغار المزارعين، شملت إعفاءات ضريبية وتسهيلات في نقل المحاصيل إلى الموانئ.',
    'ويتوقع المسؤولون في الوزارة أن تنعكس هذه الإجراءات على أسعار الخبز في الأسواق المحلية قبل نهاية العام الجاري.',
  ];
  // The story's last paragraph glued to the site's footer, as scrapes print it.
  const glued = 'وتعتزم الوزارة عقد لقاء موسع مع المنتجين الشهر المقبل لبحث خطة التسويق. من نحن اتصل بنا للتواصل مع التحرير : info @ alnakheel . net';
  const others = [
    'وزير الخارجية يبحث مع نظيره الفرنسي ملف اللاجئين في باريس . . والمعارضة تنتقد الزيارة بشدة .',
    'المنتخب الوطني يفوز على ضيفه بثلاثة أهداف نظيفة في مباراة ودية أقيمت على الملعب البلدي .',
    'ارتفاع أسعار الذهب في الأسواق العالمية مع تراجع الدولار أمام العملات الرئيسية هذا الأسبوع .',
  ];
  const got = extractFromText([...body, glued, ...others].join('\n')).paragraphs;
  assert.deepEqual(got, [...body, glued]);
  // A site that prints its contact notice above a whole story has not ended there.
  const notice = 'إذا كنت ترغب في استخدام محتوى الموقع من نحن اتصل بنا عبر البريد الإلكتروني : info @ alnakheel . net';
  const kept = extractFromText([...body, notice, ...body.map((p) => p.replace(/\.$/u, ' أيضاً.')), ...others].join('\n')).paragraphs;
  assert.ok(others.every((p) => kept.includes(p)), JSON.stringify(kept));
});

test('related stories glued into one line, each cut at an ellipsis before the next lead, are not body', () => {
  const glued = 'وقالت قوات سوريا الديمقراطية في بيان لها مساء أمس إن . . . أعلنت الشرطة اليوم الثلاثاء اعتقال ثلاثة أشخاص في حي الميدان بعد مداهمة منزلهم';
  const page = [P1, P2, P3, glued].join('\n');
  assert.deepEqual(extractFromText(page).paragraphs, [P1, P2, P3]);
  // A columnist's pause before his own next sentence, and a headline glued to its lead, stay.
  const pause = 'ويبدو أن الكاتب لا يملك عن الإصلاحات الدستورية في البلاد سوى معلومات خاطئة . . . ظهر ذلك واضحا في منشوره الأخير عن الموضوع.';
  const headline = 'كوريا الشمالية تهدد . . . أعلن متحدث باسم وزارة الخارجية الكورية الشمالية أن التدريبات الواسعة تصعيد خطير.';
  assert.deepEqual(extractFromText([P1, pause, headline, P2].join('\n')).paragraphs, [P1, pause, headline, P2]);
});
