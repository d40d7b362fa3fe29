/**
 * Table-driven tests of findStatements with entities: null. Every sentence below was written for
 * these tests. Each case lists the statements expected, in order; `text` is an anchor that the
 * content must contain, `notText` one it must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findStatements } from './index.js';
import type { Statement } from '../../core/types.js';

interface Expected {
  sentence?: number;
  name?: string | null;
  role?: string | null;
  cue?: string;
  direct?: boolean;
  negated?: boolean;
  date?: string | null;
  text?: string;
  notText?: string;
}

interface Case {
  name: string;
  title?: string;
  paragraphs: string[];
  publishedAt?: string | null;
  expected: Expected[];
}

const PUB = '2021-03-14'; // a Sunday

const CASES: Case[] = [
  // --- 1. cue forms and VSO speakers ---
  {
    name: 'VSO with role and name',
    paragraphs: ['وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستواصل المحادثات.'],
    expected: [{ sentence: 0, name: 'مولود جاويش أوغلو', role: 'وزير الخارجية التركي', cue: 'قال', direct: false, negated: false, text: 'بلاده ستواصل المحادثات' }],
  },
  {
    name: 'role with affiliation then name',
    paragraphs: ['وأكد المتحدث باسم وزارة الصحة سامي الخطيب أن المستشفيات تعمل بكامل طاقتها.'],
    expected: [{ name: 'سامي الخطيب', role: 'المتحدث باسم وزارة الصحة', cue: 'أكد', text: 'المستشفيات تعمل' }],
  },
  {
    name: 'name then role in apposition',
    paragraphs: ['وقال سامي الخطيب، المتحدث باسم وزارة الصحة، إن الوزارة لم تسجل إصابات جديدة.'],
    expected: [{ name: 'سامي الخطيب', role: 'المتحدث باسم وزارة الصحة', negated: true, text: 'الوزارة لم تسجل' }],
  },
  {
    name: 'feminine past cue with proclitic و',
    paragraphs: ['وأوضحت وزيرة الصحة هدى العلي أن حملة التطعيم تبدأ الشهر المقبل.'],
    expected: [{ name: 'هدى العلي', role: 'وزيرة الصحة', cue: 'أوضح', text: 'حملة التطعيم' }],
  },
  {
    name: 'plural cue',
    paragraphs: ['وقالوا إن المفاوضات وصلت إلى طريق مسدود.'],
    expected: [{ name: null, role: null, cue: 'قال', text: 'المفاوضات وصلت' }],
  },
  {
    name: 'present tense cue, SVO with capital',
    paragraphs: ['أنقرة تقول إن العملية العسكرية ستستمر.'],
    expected: [{ name: 'أنقرة', cue: 'قال', text: 'العملية العسكرية ستستمر' }],
  },
  {
    name: 'SVO with role subject',
    paragraphs: ['الوزير أكد أن الحكومة ليست مسؤولة عن التأخير.'],
    expected: [{ name: null, role: 'الوزير', cue: 'أكد', negated: true, text: 'الحكومة ليست مسؤولة' }],
  },
  {
    name: 'SVO with full subject before the verb',
    paragraphs: ['رئيس الوزراء العراقي مصطفى الكاظمي قال إن الانتخابات ستجري في موعدها.'],
    expected: [{ name: 'مصطفى الكاظمي', role: 'رئيس الوزراء العراقي', cue: 'قال', text: 'الانتخابات ستجري' }],
  },
  {
    name: 'فقال with ف proclitic',
    paragraphs: ['سئل الوزير عن الأسعار فقال إن الحكومة تدرس الأمر.'],
    expected: [{ cue: 'قال', text: 'الحكومة تدرس الأمر' }],
  },
  {
    name: 'أشار إلى أن',
    paragraphs: ['وأشار مدير المستشفى أحمد سعيد إلى أن عدد المرضى تراجع.'],
    expected: [{ name: 'أحمد سعيد', role: 'مدير المستشفى', cue: 'أشار', text: 'عدد المرضى تراجع', notText: 'إلى' }],
  },
  {
    name: 'شدد على أن',
    paragraphs: ['وشدد رئيس البرلمان نبيه بري على أن الحوار هو الحل الوحيد.'],
    expected: [{ name: 'نبيه بري', role: 'رئيس البرلمان', cue: 'شدد', text: 'الحوار هو الحل' }],
  },
  {
    name: 'دعا إلى with prepositional content',
    paragraphs: ['ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.'],
    expected: [{ name: 'أنطونيو غوتيريش', role: 'الأمين العام للأمم المتحدة', cue: 'دعا', text: 'وقف فوري لإطلاق النار' }],
  },
  {
    name: 'أعرب عن: the particle is part of the cue',
    paragraphs: ['وأعرب الرئيس الفرنسي إيمانويل ماكرون عن قلقه من التصعيد.'],
    expected: [{ name: 'إيمانويل ماكرون', cue: 'أعرب عن', text: 'قلقه من التصعيد', notText: 'عن قلقه' }],
  },
  {
    name: 'نقل عن: speaker after عن, indefinite nisba role',
    paragraphs: ['ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن واشنطن لن ترسل قوات إضافية.'],
    expected: [{ name: null, role: 'مسؤول أمريكي', cue: 'نقل', negated: true, text: 'واشنطن لن ترسل' }],
  },
  // --- 2. content: quotes ---
  {
    name: 'direct quote in guillemets after colon',
    paragraphs: ['وقال رئيس الحكومة: «لن نرفع الدعم هذا العام».'],
    expected: [{ role: 'رئيس الحكومة', direct: true, negated: true, text: 'لن نرفع الدعم هذا العام', notText: '«' }],
  },
  {
    name: 'direct quote in curly quotes',
    paragraphs: ['وقال المدرب جمال سليمان “الفريق جاهز للمباراة”.'],
    expected: [{ name: 'جمال سليمان', role: 'المدرب', direct: true, text: 'الفريق جاهز للمباراة' }],
  },
  {
    name: 'direct quote in ASCII double quotes',
    paragraphs: ['وأضاف الناطق باسم الجيش "العملية انتهت بنجاح".'],
    expected: [{ role: 'الناطق باسم الجيش', cue: 'أضاف', direct: true, text: 'العملية انتهت بنجاح' }],
  },
  {
    name: 'direct quote in single quotes',
    paragraphs: ["وقالت النائبة ريم حداد 'القانون يحتاج إلى تعديل'."],
    expected: [{ name: 'ريم حداد', role: 'النائبة', direct: true, text: 'القانون يحتاج إلى تعديل' }],
  },
  {
    name: 'quote spanning following sentences',
    paragraphs: ['وتابع وزير المالية خالد منصور قائلاً: «الوضع صعب. لكننا سنتجاوز الأزمة. والرواتب مضمونة». ثم غادر المؤتمر.'],
    expected: [{ name: 'خالد منصور', cue: 'تابع', direct: true, text: 'سنتجاوز الأزمة', notText: 'غادر' }],
  },
  {
    name: 'quote continued into the paragraph that closes it',
    paragraphs: ['وقال المتحدث باسم الشرطة: «سنلاحق المتورطين', 'أينما كانوا». وانتهى المؤتمر.'],
    expected: [{ role: 'المتحدث باسم الشرطة', direct: true, text: 'أينما كانوا' }],
  },
  {
    name: 'quote before the cue',
    paragraphs: ['«لن نتراجع عن قرارنا»، قال رئيس الوزراء.'],
    expected: [{ role: 'رئيس الوزراء', direct: true, negated: true, text: 'لن نتراجع عن قرارنا' }],
  },
  {
    name: 'outlet in quotes is not content',
    paragraphs: ['وقال الخطيب لـ«الصباح» إن الموازنة جاهزة.'],
    expected: [{ name: 'الخطيب', direct: false, text: 'الموازنة جاهزة', notText: 'الصباح' }],
  },
  // --- 2b. several statements in one sentence ---
  {
    name: 'two speakers in one sentence (فيما)',
    paragraphs: ['وقال وزير الدفاع علي حسن إن القوات انسحبت، فيما أكدت المتحدثة باسم الحكومة ليلى يوسف أن المفاوضات مستمرة.'],
    expected: [
      { sentence: 0, name: 'علي حسن', role: 'وزير الدفاع', text: 'القوات انسحبت', notText: 'المفاوضات' },
      { sentence: 0, name: 'ليلى يوسف', role: 'المتحدثة باسم الحكومة', cue: 'أكد', text: 'المفاوضات مستمرة' },
    ],
  },
  {
    name: 'second cue with و continues the same speaker',
    paragraphs: ['وقال السفير إن العلاقات جيدة وأضاف أن الزيارة ستتم قريبا.'],
    expected: [
      { role: 'السفير', text: 'العلاقات جيدة', notText: 'الزيارة' },
      { role: 'السفير', cue: 'أضاف', text: 'الزيارة ستتم' },
    ],
  },
  {
    // Fifth pass: the outer content keeps the inner report, and the inner speaker, a noun phrase
    // after the complementizer, gets a nested statement of its own (PARC, as the gold annotates).
    name: 'nested reported speech stays in the content and is also a statement of its speaker',
    paragraphs: ['وقال النائب إن الوزير أكد أن المشروع سينفذ.'],
    expected: [
      { role: 'النائب', cue: 'قال', text: 'الوزير أكد أن المشروع سينفذ' },
      { role: 'الوزير', cue: 'أكد', text: 'المشروع سينفذ' },
    ],
  },
  {
    name: 'participle after indirect content starts a statement of the same speaker',
    paragraphs: ['وقال المدير العام للشركة إن الإنتاج سيتضاعف، مضيفاً أن الأرباح لن تتراجع.'],
    expected: [
      { role: 'المدير العام للشركة', cue: 'قال', text: 'الإنتاج سيتضاعف', notText: 'الأرباح' },
      { role: 'المدير العام للشركة', cue: 'أضاف', negated: true, text: 'الأرباح لن تتراجع' },
    ],
  },
  {
    name: 'manner adverb is not part of the speaker',
    paragraphs: ['وقال رئيس النادي فهد سالم بصراحة إن الموسم كان سيئا.'],
    expected: [{ name: 'فهد سالم', role: 'رئيس النادي' }],
  },
  {
    name: 'interview question addressed to the interviewee is not a statement',
    paragraphs: ['هل تتوقع أن تنجح المفاوضات؟'],
    expected: [],
  },
  // --- nominal cues ---
  {
    name: 'بحسب after the content',
    paragraphs: ['وارتفع عدد القتلى إلى 20، بحسب وزارة الصحة.'],
    expected: [{ name: 'وزارة الصحة', role: null, cue: 'بحسب', text: 'عدد القتلى إلى 20' }],
  },
  {
    name: 'وفقاً لـ with attached lam',
    paragraphs: ['وفقاً للمرصد السوري فإن الاشتباكات تجددت.'],
    expected: [{ name: 'المرصد السوري', cue: 'وفقاً لـ', text: 'الاشتباكات تجددت' }],
  },
  {
    name: 'بحسب ما نقلته … عن',
    paragraphs: ['وبحسب ما نقلته وكالة الأنباء الرسمية عن مصدر مسؤول، فإن الاجتماع سيعقد غداً.'],
    expected: [{ name: null, role: 'مصدر مسؤول', cue: 'بحسب', text: 'الاجتماع سيعقد' }],
  },
  {
    name: 'وجاء في البيان continues the issuer',
    paragraphs: ['وأصدرت وزارة الخارجية بيانا قالت فيه إن السفير استدعي.', 'وجاء في البيان: «نرفض هذه التصريحات».'],
    expected: [
      { sentence: 0, cue: 'قال' },
      { sentence: 1, cue: 'وجاء في البيان', direct: true, text: 'نرفض هذه التصريحات' },
    ],
  },
  // --- 3. negation ---
  {
    name: 'نفى denies',
    paragraphs: ['ونفى المتحدث باسم الرئاسة أن يكون الرئيس قد غادر البلاد.'],
    expected: [{ cue: 'نفى', negated: true, text: 'يكون الرئيس قد غادر' }],
  },
  {
    name: 'نفى of a negative content affirms',
    paragraphs: ['ونفى المتحدث أن تكون الشركة لم تدفع الرواتب.'],
    expected: [{ cue: 'نفى', negated: false }],
  },
  {
    name: 'استبعد denies',
    paragraphs: ['واستبعد المحلل السياسي كريم نادر أن تجرى الانتخابات هذا العام.'],
    expected: [{ name: 'كريم نادر', cue: 'استبعد', negated: true }],
  },
  {
    name: 'رفض with a nominal object',
    paragraphs: ['ورفض المتحدث التعليق على التقارير.'],
    expected: [{ role: 'المتحدث', cue: 'رفض', negated: true, text: 'التعليق على التقارير' }],
  },
  {
    name: 'negated cue: لم يؤكد',
    paragraphs: ['ولم يؤكد المسؤول أن الاتفاق وقع.'],
    expected: [{ cue: 'أكد', negated: true, text: 'الاتفاق وقع' }],
  },
  {
    name: 'negation deep in a subordinate clause does not count',
    paragraphs: ['وقال الوزير إن القرار الذي لم يعلن بعد سيصدر قريبا.'],
    expected: [{ negated: false, text: 'القرار الذي لم يعلن' }],
  },
  {
    name: 'لا يزال is not negation',
    paragraphs: ['وقال المدير إن الطريق لا يزال مغلقا.'],
    expected: [{ negated: false }],
  },
  {
    name: 'لا يوجد negates',
    paragraphs: ['وأكد الطبيب أنه لا يوجد دواء كاف.'],
    expected: [{ negated: true, text: 'لا يوجد دواء' }],
  },
  {
    name: 'أي … لا with a long subject',
    paragraphs: ['وقال القيادي إن أي اتفاق يتم التوصل إليه مع الحكومة لا يمكن قبوله.'],
    expected: [{ negated: true }],
  },
  {
    name: 'غير predicate negates',
    paragraphs: ['وقالت الوزارة إن هذه الأرقام غير صحيحة.'],
    expected: [{ negated: true }],
  },
  {
    name: 'ما at the start is "what", not negation',
    paragraphs: ['وقال الشاهد إن ما حدث كان مروعا.'],
    expected: [{ negated: false }],
  },
  // --- 4. speaker resolution ---
  {
    name: 'continuation by gender',
    paragraphs: [
      'وقالت السفيرة البريطانية جين ماريوت إن لندن تدعم الحوار.',
      'وقال وزير الخارجية أيمن الصفدي إن الأردن يرحب بذلك.',
      'وأضافت أن بلادها ستقدم مساعدات.',
      'وتابع قائلاً إن المملكة مستعدة.',
    ],
    expected: [
      { sentence: 0, name: 'جين ماريوت', role: 'السفيرة البريطانية' },
      { sentence: 1, name: 'أيمن الصفدي' },
      { sentence: 2, name: 'جين ماريوت', cue: 'أضاف', text: 'بلادها ستقدم' },
      { sentence: 3, name: 'أيمن الصفدي', cue: 'تابع', text: 'المملكة مستعدة' },
    ],
  },
  {
    name: 'nominal reference resolves to the earlier named speaker',
    paragraphs: ['وقال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة لن تنسحب.', 'وأكد الوزير أن الاتصالات مستمرة.', 'وقال المسؤول التركي إن بلاده تريد حلا.'],
    expected: [
      { sentence: 0, name: 'مولود جاويش أوغلو' },
      { sentence: 1, name: 'مولود جاويش أوغلو', cue: 'أكد' },
      { sentence: 2, name: 'مولود جاويش أوغلو', role: 'وزير الخارجية التركي' },
    ],
  },
  {
    name: 'feminine reference resolves to the feminine speaker',
    paragraphs: ['وقالت المتحدثة باسم الوزارة منى فؤاد إن الرحلات ستستأنف.', 'وقال مدير المطار إن الاستعدادات اكتملت.', 'وأوضحت المتحدثة أن الحجوزات مفتوحة.'],
    expected: [
      { sentence: 0, name: 'منى فؤاد' },
      { sentence: 1, name: null, role: 'مدير المطار' },
      { sentence: 2, name: 'منى فؤاد', role: 'المتحدثة باسم الوزارة' },
    ],
  },
  {
    name: 'unresolvable role keeps the role and no name',
    paragraphs: ['وقال مصدر أمني إن التحقيقات جارية.'],
    expected: [{ name: null, role: 'مصدر أمني' }],
  },
  {
    name: 'anonymous source never takes an earlier name',
    paragraphs: ['وقال وزير الداخلية سعيد ناصر إن الأمن مستتب.', 'وقال المصدر إن الوزير سيستقيل.'],
    expected: [{ name: 'سعيد ناصر' }, { name: null, role: 'المصدر' }],
  },
  {
    name: 'anaphoric organization',
    paragraphs: ['وقالت وزارة التربية إن المدارس ستفتح.', 'وأضافت الوزارة أن الدوام سيكون جزئيا.'],
    expected: [
      { name: 'وزارة التربية', role: null },
      { name: 'وزارة التربية', cue: 'أضاف' },
    ],
  },
  {
    name: 'surname alone takes the earlier full name',
    paragraphs: ['وقال وزير الاقتصاد ماهر عبد الله إن التضخم تراجع.', 'وقال عبد الله إن الأسعار ستستقر.'],
    expected: [{ name: 'ماهر عبد الله' }, { name: 'ماهر عبد الله', role: 'وزير الاقتصاد' }],
  },
  {
    name: 'participle after a quote continues the speaker of the sentence',
    paragraphs: ['وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك «الوضع كارثي»، مضيفاً أن المساعدات لا تصل.'],
    expected: [
      { name: 'ستيفان دوجاريك', direct: true, text: 'الوضع كارثي' },
      { name: 'ستيفان دوجاريك', cue: 'أضاف', direct: false, negated: true, text: 'المساعدات لا تصل' },
    ],
  },
  // --- 5. dates ---
  {
    name: 'أمس السبت next to the cue',
    paragraphs: ['وقال رئيس البلدية أمس السبت إن الشوارع ستفتح.'],
    publishedAt: PUB,
    expected: [{ role: 'رئيس البلدية', date: '2021-03-13' }],
  },
  {
    name: 'يوم الثلاثاء before the clause',
    paragraphs: ['ويوم الثلاثاء، أعلنت الشركة أنها ستسرح مئة موظف.'],
    publishedAt: PUB,
    expected: [{ date: '2021-03-09' }],
  },
  {
    name: 'date of the content is not taken',
    paragraphs: ['وقال قائد الشرطة إن الهجوم وقع في 5 آذار.'],
    publishedAt: PUB,
    expected: [{ date: null, text: '5 آذار' }],
  },
  {
    name: 'date of an earlier clause is not taken',
    paragraphs: ['وقتل ثلاثة أشخاص أمس، وقال الوزير إن التحقيق جار.'],
    publishedAt: PUB,
    expected: [{ date: null }],
  },
  {
    name: 'relative date without publication date is null',
    paragraphs: ['وقال الوزير أمس إن التحقيق جار.'],
    publishedAt: null,
    expected: [{ date: null }],
  },
  {
    name: 'absolute date in the cue clause',
    paragraphs: ['وقال الرئيس في خطاب ألقاه الثلاثاء 9 آذار إن الإصلاحات ستستمر.'],
    publishedAt: PUB,
    expected: [{ role: 'الرئيس', date: '2021-03-09' }],
  },
  // --- 6. headlines ---
  {
    name: 'headline colon attribution',
    title: 'وزير الطاقة: لا رفع للدعم هذا العام',
    paragraphs: [],
    expected: [{ sentence: -1, role: 'وزير الطاقة', name: null, cue: ':', negated: true, direct: false, text: 'لا رفع للدعم' }],
  },
  {
    name: 'headline colon with outlet',
    title: 'الخطيب لـ«الصباح»: الموازنة جاهزة',
    paragraphs: [],
    expected: [{ sentence: -1, name: 'الخطيب', text: 'الموازنة جاهزة' }],
  },
  {
    name: 'headline with quoted content',
    title: 'أردوغان: «لن نسمح بتقسيم سوريا»',
    paragraphs: [],
    expected: [{ sentence: -1, name: 'أردوغان', direct: true, negated: true, text: 'لن نسمح بتقسيم سوريا' }],
  },
  {
    name: 'headline with a verbal cue',
    title: 'الرئيس يؤكد أن الانتخابات في موعدها',
    paragraphs: [],
    expected: [{ sentence: -1, role: 'الرئيس', cue: 'أكد', text: 'الانتخابات في موعدها' }],
  },
];

/** Cases that must produce no statement at all. */
const NOTHING: { name: string; title?: string; paragraphs: string[] }[] = [
  { name: 'sentence without a cue', paragraphs: ['وارتفعت أسعار النفط في الأسواق العالمية خلال تعاملات الأسبوع.'] },
  { name: 'headline label is not a speaker', title: 'عاجل: انفجار في الميناء', paragraphs: [] },
  { name: 'cue words inside a quote are the quote', paragraphs: ['«قال لي أبي إن الصبر مفتاح الفرج»'] },
  { name: 'noun homograph without content', paragraphs: ['حصل طالب جامعي على جائزة الدولة.'] },
  { name: 'empty input', paragraphs: ['', '   '] },
];

function check(actual: Statement, exp: Expected, label: string): void {
  if (exp.sentence !== undefined) assert.equal(actual.sentence, exp.sentence, `${label}: sentence`);
  if (exp.name !== undefined) assert.equal(actual.speaker.name, exp.name, `${label}: speaker.name`);
  if (exp.role !== undefined) assert.equal(actual.speaker.role, exp.role, `${label}: speaker.role`);
  if (exp.cue !== undefined) assert.equal(actual.cue, exp.cue, `${label}: cue`);
  if (exp.direct !== undefined) assert.equal(actual.direct, exp.direct, `${label}: direct`);
  if (exp.negated !== undefined) assert.equal(actual.negated, exp.negated, `${label}: negated`);
  if (exp.date !== undefined) assert.equal(actual.date, exp.date, `${label}: date`);
  if (exp.text !== undefined) assert.ok(actual.text.includes(exp.text), `${label}: text «${actual.text}» lacks «${exp.text}»`);
  if (exp.notText !== undefined) assert.ok(!actual.text.includes(exp.notText), `${label}: text «${actual.text}» has «${exp.notText}»`);
}

for (const c of CASES) {
  test(`statements: ${c.name}`, () => {
    const got = findStatements({ title: c.title ?? '', paragraphs: c.paragraphs, publishedAt: c.publishedAt === undefined ? PUB : c.publishedAt, entities: null });
    assert.equal(got.length, c.expected.length, `statement count, got ${JSON.stringify(got, null, 1)}`);
    c.expected.forEach((exp, k) => check(got[k]!, exp, `#${k}`));
  });
}

for (const c of NOTHING) {
  test(`no statement: ${c.name}`, () => {
    const got = findStatements({ title: c.title ?? '', paragraphs: c.paragraphs, publishedAt: PUB, entities: null });
    assert.deepEqual(got, []);
  });
}

test('every statement carries the contract fields with the right types', () => {
  const got = findStatements({ title: '', paragraphs: ['وقال الوزير أمس إن الحكومة لن ترفع الأسعار.'], publishedAt: PUB, entities: null });
  assert.equal(got.length, 1);
  const s = got[0]!;
  assert.deepEqual(Object.keys(s).sort(), ['cue', 'date', 'direct', 'negated', 'sentence', 'speaker', 'text']);
  assert.deepEqual(Object.keys(s.speaker).sort(), ['name', 'role']);
  assert.match(s.date ?? '', /^\d{4}-\d{2}-\d{2}$/u);
});

test('sentence indices count sentences across paragraphs', () => {
  const got = findStatements({
    title: '',
    paragraphs: ['انعقد المؤتمر في العاصمة. وحضره مئات المشاركين.', 'وقال المنظم إن المؤتمر ناجح.'],
    publishedAt: PUB,
    entities: null,
  });
  assert.equal(got.length, 1);
  assert.equal(got[0]!.sentence, 2);
});
