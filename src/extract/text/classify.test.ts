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
