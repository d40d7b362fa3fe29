import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { addressSlug, headlineAtAddress } from './address-title.js';
import { splitBlocks } from './blocks.js';
import { extractFromText, withoutOutletTail } from './extract.js';
import { splitSuffix } from './metadata.js';

const enc = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

test('the slug is the address part with the most Arabic words, its numbers kept aside', () => {
  const slug = addressSlug(`https://news.example.com${enc('/أخبار-محلية/2017/12/27/10-قتلى-بقصف-على-ريف-حماة-2017/')}`);
  assert.deepEqual(slug?.words, ['قتلي', 'بقصف', 'علي', 'ريف', 'حماه']);
  assert.deepEqual(slug?.leadNumbers, ['10']);
  assert.deepEqual(slug?.tailNumbers, ['2017']);
  assert.equal(slug?.mayBeCut, false);
  // A query value can hold the slug, and so can a raw (undecoded) address.
  assert.deepEqual(addressSlug('http://example.com/NewsDetails.aspx?id=351&وزير-المالية-يعلن-الموازنة')?.words, ['وزير', 'الماليه', 'يعلن', 'الموازنه']);
  // A wiki page's sub-page is kept for the headline's continuation.
  assert.deepEqual(addressSlug(`https://wiki.example.org${enc('/wiki/تاريخ_الشرق_الأوسط/تاريخ_سوريا')}`)?.nextSegments, [['تاريخ', 'سوريا']]);
});

test('no slug without two Arabic words, and a broken escape is no error', () => {
  assert.equal(addressSlug('https://example.com/news/2017/12/27/some-english-slug'), null);
  assert.equal(addressSlug(`https://example.com${enc('/سوريا/')}12345`), null);
  assert.equal(addressSlug('https://example.com/%D8%A7%ZZ-bad'), null);
  assert.equal(addressSlug(null), null);
});

test('a slug at the length where sites cut them may end before the headline does', () => {
  // WordPress cuts the percent-encoded slug at 200 bytes: about 35 Arabic letters.
  const long = addressSlug(`https://example.com${enc('/هذه-هي-الصفقات-الأبرز-التي-أبرمت-في-معر/')}`);
  assert.equal(long?.mayBeCut, true);
});

function page(...lines: string[]) {
  return splitBlocks(lines.join('\n'));
}

test('menus and the glued lead around the headline are left out', () => {
  const blocks = page('الرئيسية البرامج الحلقات سحب " الجنسية " يشتعل " فيسبوكيا " ومصادر النظام " صامتة " هل ستسحب الجنسية من المعارضين ? قال ناشطون إن …');
  const slug = addressSlug(`https://example.net${enc('/ar/news_show/136406/0/سحب-الجنسية-يشتعل-فيسبوكيا-ومصادر-النظام-صامتة')}`)!;
  assert.equal(headlineAtAddress(blocks, slug, 'الرئيسية البرامج الحلقات سحب'), 'سحب " الجنسية " يشتعل " فيسبوكيا " ومصادر النظام " صامتة "');
});

test('closing marks and the opening quote stay with the headline', () => {
  const blocks = page('تابعونا " مجموعة معارضة " من الشمال الى الجنوب ? ! ونشر ناشطون صورا للموكب');
  const slug = addressSlug(`https://example.fm${enc('/ar/محتوى/30066/مجموعة-معارضة-من-الشمال-الى-الجنوب')}!`)!;
  assert.equal(headlineAtAddress(blocks, slug, null), '" مجموعة معارضة " من الشمال الى الجنوب ? !');
});

test('a word a scrape split at a diacritic still matches the slug', () => {
  const blocks = page('في ديمومة الد ولة . . الحرب كواقع انفعالي نشر الكاتب مقاله');
  const slug = addressSlug(`http://example.co${enc('/ثقافة/14832-في-ديمومة-الدّولة-الحرب-كواقع-انفعاليّ.html')}`)!;
  assert.equal(headlineAtAddress(blocks, slug, null), 'في ديمومة الد ولة . . الحرب كواقع انفعالي');
});

test('a slug cut short keeps the other pick when it only runs a few words on, and copies extend it', () => {
  const slug = addressSlug(`https://example.me${enc('/أعمال/هذه-هي-الصفقات-الأبرز-التي-أبرمت-في-معر/')}`)!;
  const once = page('هذه هي الصفقات الأبرز التي أبرمت في معرض دبي للطيران حتى الآن', 'لا تزال فعاليات المعرض مستمرة بمشاركة 1200 عارض من 63 دولة .');
  assert.equal(headlineAtAddress(once, slug, 'هذه هي الصفقات الأبرز التي أبرمت في معرض دبي للطيران حتى الآن'), 'هذه هي الصفقات الأبرز التي أبرمت في معرض دبي للطيران حتى الآن');
  const twice = page(
    'هذه هي الصفقات الأبرز التي أبرمت في معرض دبي للطيران | موقع الحدث',
    'أعمال هذه هي الصفقات الأبرز التي أبرمت في معرض دبي للطيران لا تزال فعاليات المعرض مستمرة',
  );
  assert.equal(headlineAtAddress(twice, slug, 'موقع الحدث'), 'هذه هي الصفقات الأبرز التي أبرمت في معرض دبي للطيران');
});

test('two words only cut another pick where the text breaks off after them', () => {
  const slug = addressSlug(`https://example.com${enc('/articles/إسلام-وإسلام/')}`)!;
  const cut = page('إسلام وإسلام / / إسلام وإسلام قطع الرئيس في استراتيجيته كل صلة مع …');
  assert.equal(headlineAtAddress(cut, slug, 'إسلام وإسلام / / إسلام وإسلام قطع الرئيس في استراتيجيته'), 'إسلام وإسلام');
  // Out of a headline's middle they say nothing.
  const middle = addressSlug(`https://example.com${enc('/السكته-الدماغيه')}`)!;
  const whole = page('تفادي السكتة الدماغية ومعرفة الاعراض التى تسبقها', 'قال الأطباء إن …');
  assert.equal(headlineAtAddress(whole, middle, 'تفادي السكتة الدماغية ومعرفة الاعراض التى تسبقها'), null);
});

test('a page without the slug words gives nothing', () => {
  const slug = addressSlug(`https://example.com${enc('/sports/1985242/المصري-يعود-إلى-بورسعيد-عقب-الهزيمة')}`)!;
  assert.equal(headlineAtAddress(page('مسؤول تركي : لن نسمح بأي تطورات ضد تركيا', 'قال المسؤول …'), slug, 'مسؤول تركي : لن نسمح بأي تطورات ضد تركيا'), null);
});

test('extraction takes the headline the address spells out of a glued header', () => {
  const text = [
    'خطأ في اسم المستخدم أو كلمة السر الرجاء إدخال المعلومات بشكل صحيح',
    'أخبار دولية وعربية قتيلان بصفوف لواء المهاجرين في ريف حماة قال المرصد السوري لحقوق الإنسان إن عنصرين من اللواء قتلا في اشتباكات مع فصائل المعارضة في ريف حماة الشمالي أمس .',
    'وأضاف المرصد أن الاشتباكات تواصلت حتى ساعات الصباح وسط قصف مدفعي متبادل بين الطرفين على أطراف البلدة .',
    'وكانت فصائل المعارضة قد أعلنت الأسبوع الماضي بدء معركة جديدة لاستعادة القرى التي خسرتها في المنطقة .',
  ].join('\n');
  const url = `http://www.example.net${enc('/news/international/2016/8/23/قتيلان-بصفوف-لواء-المهاجرين-في-ريف-حماة')}`;
  assert.equal(extractFromText(text, { url }).title, 'قتيلان بصفوف لواء المهاجرين في ريف حماة');
  // Without the address the other rules decide, and the page reads the same otherwise.
  assert.notEqual(extractFromText(text).title, 'قتيلان بصفوف لواء المهاجرين في ريف حماة');
});

test('a site name glued to the end of a headline is cut when the page names it as its outlet', () => {
  assert.equal(withoutOutletTail('موريتانيا ستغير علمها . . وهذه دول عربية تشهد جدلا حول العلم عربي 21', 'عربي 21'), 'موريتانيا ستغير علمها . . وهذه دول عربية تشهد جدلا حول العلم');
  assert.equal(withoutOutletTail('نتانياهو يتحدث عن قانون المواطنة في إسرائيل - صحيفة المرصد', 'صحيفة المرصد'), 'نتانياهو يتحدث عن قانون المواطنة في إسرائيل');
  // Only a whole word, and only when a headline is left.
  assert.equal(withoutOutletTail('مقتل خمسة في قصف على حي الوعرالمرصد', 'المرصد'), 'مقتل خمسة في قصف على حي الوعرالمرصد');
  assert.equal(withoutOutletTail('أخبار عربي 21', 'عربي 21'), 'أخبار عربي 21');
  assert.equal(withoutOutletTail('مقتل خمسة في قصف', null), 'مقتل خمسة في قصف');
});

test('a tilde separates a blog name from the headline', () => {
  assert.deepEqual(splitSuffix('ليلى عوض . . فنانة سورية تدخل نادي الفنانين المعتقلين ~ مدونة التاسف'), {
    title: 'ليلى عوض . . فنانة سورية تدخل نادي الفنانين المعتقلين',
    suffix: 'مدونة التاسف',
  });
});

test('a copy that glues its last word to the next text ends the headline where the other copy does', () => {
  const slug = addressSlug(`https://agency.example${enc('/ar/reports/203591/الحر-يتقدم-في-ريف-حلب-وضحايا-بقصف-روسي-وللنظام-على')}`)!;
  assert.equal(slug.mayBeCut, true, 'ten words: a slug sites cut');
  const blocks = page(
    'وكالة الأنباء - " الحر " يتقدم في ريف حلب وضحايا بقصف روسي وللنظام على مناطق متفرقة في سوريا " الحر " يتقدم في ريف حلب وضحايا بقصف روسي وللنظام على مناطق متفرقة في سورياتم النشر بتاريخ : 12 تشرين الأول , 2016',
  );
  assert.equal(headlineAtAddress(blocks, slug, null), '" الحر " يتقدم في ريف حلب وضحايا بقصف روسي وللنظام على مناطق متفرقة في سوريا');
  // The whole copy is preferred to one whose last word runs on ("عالمياتم").
  const whole = addressSlug(`https://daily.example${enc('/articles/822305-اكاديمية-الدفاع-المدني-تدرس-تخصصات-نادرة-وجديدة-عالميا')}`)!;
  const twice = page('اكاديمية الدفاع المدني تدرس تخصصات نادرة وجديدة عالمياتم نشره في الأحد 12 تموز 2009 .', 'اكاديمية الدفاع المدني تدرس تخصصات نادرة وجديدة عالميا عمان - الدستور');
  assert.equal(headlineAtAddress(twice, whole, 'اكاديمية الدفاع المدني تدرس تخصصات نادرة وجديدة عالمياتم'), 'اكاديمية الدفاع المدني تدرس تخصصات نادرة وجديدة عالميا');
});

test('a slug word the page prints in two parts around a dash still matches', () => {
  const slug = addressSlug(`https://center.example${enc('/الدراسات/مستقبل-الـتوغل-الإيراني-في-المنطقة/')}`)!;
  assert.equal(headlineAtAddress(page('مستقبل ال - توغل الإيراني في المنطقة بقلم الباحث'), slug, null), 'مستقبل ال - توغل الإيراني في المنطقة');
});
