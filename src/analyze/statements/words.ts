/**
 * Word lists the statement parser needs besides the cues (src/lexicons/cues.ts): role heads,
 * organization heads, words that end a speaker span, negators, clause separators.
 *
 * Source: written by the Marsad team from the vocabulary of Arabic wire copy. Spelled as written;
 * `lexicon.ts` folds them with the project's `normalize()` so they compare with folded tokens.
 */
import { MANNER_ADVERB_NAMES, SPELLED_COUNTS } from '../entities/boundaries.js';

/** Nouns that head a speaker's role ("وزير الخارجية", "المتحدث باسم…"). Masculine; feminines are derived (+ة). */
export const ROLE_HEADS: readonly string[] = [
  'وزير', 'رئيس', 'متحدث', 'ناطق', 'سفير', 'مدير', 'أمين', 'قائد', 'نائب', 'عضو', 'مسؤول', 'مستشار',
  'ممثل', 'مبعوث', 'محافظ', 'عمدة', 'حاكم', 'زعيم', 'مساعد', 'وكيل', 'منسق', 'مفوض', 'مندوب', 'قاضي',
  'نائب', 'خبير', 'محلل', 'باحث', 'مصدر', 'شاهد', 'مراسل', 'دبلوماسي', 'ملك', 'أمير', 'ولي', 'شيخ',
  'رئيس الوزراء', 'مرشد', 'مفتي', 'بطريرك', 'سكرتير', 'أستاذ', 'طبيب', 'ضابط', 'عقيد', 'لواء', 'عميد',
  'جنرال', 'مسؤولو', 'مسؤولون', 'مصادر', 'قيادي', 'ناشط', 'محامي', 'مواطن', 'ساكن', 'نقيب', 'رئيسة',
  'مدعي', 'المدعي', 'عضوة', 'برلماني', 'نواب', 'وزراء', 'خبراء', 'محللون', 'شهود', 'سكان', 'أطباء',
  'مسعف', 'مصدر', 'مصدرا', 'بابا', 'كاردينال', 'مطران', 'إمام', 'داعية', 'مدرب', 'لاعب', 'مدافع', 'مهاجم', 'مرشح',
  'رئيس', 'مؤسس', 'منظم', 'منسقة', 'مستشارة', 'أمين عام', 'كاتب', 'صحفي', 'صحافي', 'مراقب', 'موظف',
  'نائبة', 'سيناتور', 'مشرع', 'مدعي عام', 'محقق', 'متظاهر', 'متظاهرون', 'مسؤولة', 'رئيسة', 'مكلف', 'قياديان',
  // Deputies and aides named before the office they serve ("معاون وزير النفط", "نائب المدير العام").
  'معاون', 'قنصل', 'ملحق',
  // Algerian and Maghreb governors (والي ولاية تيبازة) and the junior officer rank (الملازم الأول).
  'والي', 'ملازم',
  // Unnamed groups that were read as names in SaudiNewsNet ("الباحثون" 112, "مراقبون" 46, "مختصون" 35).
  'باحثون', 'علماء', 'مراقبون', 'مختصون', 'متعاملون', 'مواطنون',
  // Their genitive, after بحسب/حسب/وفق ("بحسب مراقبين", "حسب محللين").
  'محللين', 'ناشطين', 'باحثين', 'مراقبين', 'مختصين', 'متعاملين', 'مواطنين',
  // Titles and professions that were read as the first word of a name in SaudiNewsNet ("الدكتور"
  // 352 names, "المشرف العام" 185, "دكتور" 64, "الفنان" 42, "استشاري طب…", "مخرج العمل").
  'دكتور', 'بروفيسور', 'مشرف', 'استشاري', 'أخصائي', 'مخرج', 'فنان', 'شاعر',
  // Unnamed experts quoted by headlines ("مختص: …", "سياسيون: …").
  'مختص', 'سياسيون',
  // Trades that describe a quoted citizen after his name ("سعيد الشهراني صاحب شركة سيارات", "أبو
  // ياسر تاجر سيارات": 318 statements in SaudiNewsNet had such a description inside the name).
  'صاحب', 'تاجر', 'بائع',
  // "كبير موظفي البيت الأبيض", "كبير المفاوضين": only before the group it heads (CONDITIONAL_ROLE_HEADS).
  'كبير',
];

/**
 * "أحمد العتيبي أحد المتعاملين", "عوض العتيبي أحد العملاء": after at least two name words, a
 * quantifier opens the description of the named person (before any name it opens an unnamed group:
 * QUANTIFIER_HEADS).
 */
export const MEMBER_HEADS: readonly string[] = ['أحد', 'احد', 'إحدى'];

/**
 * Titles that head a role only with the article: "المهندس فلان", "المقدم", "الرائد", "الفريق",
 * "السيد", "الحاج"; bare, most of them are first names (رائد، سيد) or common words (فريق، مقدم).
 */
// الفريق only before a rank's qualifier (CONDITIONAL_ROLE_HEADS): it is as often the team ("الفريق
// الطبي", "الفريق الأول") as the rank.
export const DEFINITE_ROLE_HEADS: readonly string[] = ['مهندس', 'مقدم', 'رائد', 'مشير', 'سيد', 'حاج', 'فريق'];

/**
 * Qualifiers written after a military rank without the article: "العميد ركن أحمد عسيري", "العميد
 * ركن طيار", "اللواء متقاعد", "اللواء مهندس", "العقيد بحري", "اللواء أركان حرب". They belong to the
 * rank, not to the name (60 names began with "ركن" in SaudiNewsNet).
 */
export const RANK_QUALIFIERS: readonly string[] = ['ركن', 'طيار', 'متقاعد', 'بحري', 'جوي', 'مهندس', 'دكتور', 'أركان', 'حرب', 'مظلي'];

/**
 * Kinship nouns: before a definite word they describe a relative of someone ("والد الشهيد", "ذوو
 * الشهداء", "شقيق الضحية"), who is the speaker but not the person the name after them belongs to.
 */
// Not ابن/ابنة: before a definite word they open the names of scholars ("ابن القيم", "ابن العثيمين").
export const KINSHIP_HEADS: readonly string[] = [
  'والد', 'والدة', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'أخ', 'أخت', 'زوج', 'زوجة', 'أرملة', 'عم',
  'خال', 'جد', 'جدة', 'ذوو', 'ذوي', 'أقارب', 'أسرة', 'عائلة', 'أهالي', 'أهل', 'أبناء', 'أشقاء', 'والدا',
];

/** The kinship heads of KINSHIP_HEADS that name several relatives: their verbs agree in the plural. */
export const PLURAL_KINSHIP_HEADS: readonly string[] = ['ذوو', 'ذوي', 'أقارب', 'أهالي', 'أبناء', 'أشقاء'];

/**
 * Manner adverbs written as بـ + a verbal noun ("قالوا بوضوح إنهم…", "أكد بشدة أن…"): they open no
 * name, and the speaker is the one already named. The entity layer refuses the first five as names.
 */
export const MANNER_ADVERBS: readonly string[] = [...MANNER_ADVERB_NAMES, 'بسرعة', 'بدوره', 'بدورها', 'بدورهم', 'بالتأكيد', 'بثقة', 'بحسم'];

/**
 * Numbers written as words that count the speakers ("ورأى اثنان في المئة فقط…", "قال ثلاثة من
 * الجرحى"): a group nobody names, like a share in digits. The entity layer's list.
 */
export { SPELLED_COUNTS };

/**
 * Abstract nouns that open the object of a cue whose subject is its pronoun ("وأكد أهمية مواجهة
 * الإرهاب", "أكد حرص الولايات المتحدة على…", "رفض أي إيحاءات"): a span starting with one names
 * nobody, and the speaker is the one being quoted.
 */
export const OBJECT_NOUNS: readonly string[] = [
  'أهمية', 'ضرورة', 'حرص', 'استعداد', 'التزام', 'عزم', 'رغبة', 'تمسك', 'أي', 'دعم', 'رفض', 'تضامن', 'ثقة',
  'تطلع', 'حق', 'أحقية', 'جاهزية', 'استمرار', 'مواصلة', 'وقوف',
  // Events a cue reports as a noun phrase ("كما أكد سقوط قذائف…", "أكد وضع اللمسات الأخيرة…", "نفى
  // وقوع إصابات"): verbal nouns no name or office starts with.
  'سقوط', 'وضع', 'وقوع', 'مقتل', 'وصول', 'انسحاب', 'عدم', 'وجود', 'إصابة', 'تعرض', 'بدء', 'انطلاق',
  'قيام', 'اعتقال', 'سيطرة', 'انتهاء', 'نجاح', 'فشل', 'ارتفاع', 'انخفاض',
  // Session 24, from dev set 8 ("نفى المعيبد المتحدث باسم الاتحاد اتخاذ أي إجراء", "ونفى دخول مساعدات"):
  // acts a denial or an announcement names, which no office or body name runs into.
  'اتخاذ', 'دخول', 'خروج', 'إرسال', 'تشكيل', 'توقيع', 'تسليم', 'إلغاء', 'تأجيل',
  // Session 28, from dev set 10 ("أكد السفير الصيني تواصل دعم بلاده"): continuing, as مواصلة.
  'تواصل',
];

/**
 * Honorifics written before a title or a name ("معالي وزير الخارجية", "فخامة الرئيس", "سماحة الشيخ"):
 * they are neither the name nor the role, so a speaker span drops them. Multi-word forms ("صاحب
 * السمو") drop word by word; صاحب only before another honorific ("صاحب المحل" is a speaker). دولة
 * is left out: "دولة قطر" speaks as a government. Source: the forms of address of Gulf and Levantine official news.
 */
export const HONORIFICS: readonly string[] = [
  'الغبطة', 'غبطة', 'النيافة', 'نيافة',
  'معالي', 'سعادة', 'فخامة', 'سمو', 'سماحة', 'جلالة', 'حضرة', 'السمو', 'الجلالة', 'المعالي',
  'السعادة', 'الفخامة', 'السماحة', 'الملكي',
];

/**
 * Quantifiers and partitives that open a group or an unnamed member of it ("أحد سكان البلدة",
 * "عدد من الحاضرين", "بعض المسؤولين", "البعض"): a span that starts with one names nobody. The
 * speaker is unnamed with the whole phrase as role, unless an apposition gives the name ("أحد
 * السكان، ويدعى …").
 */
export const QUANTIFIER_HEADS: readonly string[] = [
  'أحد', 'إحدى', 'احد', 'عدد', 'بعض', 'البعض', 'معظم', 'أغلب', 'غالبية', 'كثير', 'كثيرون', 'كثيرين',
  'عشرات', 'مئات', 'آلاف', 'بضعة', 'عدة', 'أغلبية',
];

/**
 * Words a cue verb takes as its object right after its subject, never the end of a name: "نقلت
 * الإذاعة عن نتنياهو القول", "ولفت عبدالعاطي الانتباه إلى", "لفت الوزير النظر إلى".
 */
export const CUE_OBJECT_WORDS: readonly string[] = [
  'القول', 'بالقول', 'الانتباه', 'النظر', 'الأنظار',
  // "دعا الجبير المجتمع الدولي إلى…", "نقل اللواء البلوي تعازي القيادة…".
  'المجتمع', 'تعازي', 'تهاني', 'تحيات', 'تحية',
  // "هاجم الرئيس التركي نظيره السوري…", "التقى الوزير نظيرته…": his counterpart is the object.
  'نظيره', 'نظيرها', 'نظيرته', 'نظيرتها', 'نظراءه', 'نظرائه', 'نظيريه',
];

/**
 * Verbal nouns with a possessive pronoun that a cue takes as its object after the subject, outside
 * the shapes of OBJECT_MASDAR (speaker.ts): "جدد نتانياهو تحذيره", "أبدى الوكيل إعجابه" are caught
 * by shape; these are not.
 */
export const POSSESSED_OBJECTS: readonly string[] = [
  'رفضه', 'رفضها', 'دعمه', 'دعمها', 'قلقه', 'قلقها', 'شكره', 'شكرها', 'أسفه', 'أسفها', 'سعادته', 'سعادتها', 'دفاعه', 'دفاعها', 'حرصه', 'حرصها', 'ثقته', 'ثقتها', 'فخره', 'موقفه', 'موقفها', 'رأيه', 'رأيها', 'كلمته', 'كلمتها',
  // "أعلن داعش مسؤوليته عن الهجوم" (about 65 Baly statements had it inside the speaker's name),
  // "وتابع كيري كلامه", "وقال القميشي في حديثه", "دعت الخارجية رعاياها إلى…".
  'مسؤوليته', 'مسؤوليتها', 'مسؤوليتهم', 'مسؤوليتهما', 'مسئوليته', 'مسئوليتها', 'مسئوليتهم', 'حديثه', 'حديثها', 'كلامه', 'كلامها',
  'رعاياها', 'رعاياه', 'مواطنيها',
];

/**
 * Past verbs of news narration that open a clause before its subject ("واصل الرئيس الإيراني حسن
 * روحاني دفاعه… وقال", "برأ اللاعب حمد الجهيم …، عندما أكد"): read into a speaker span, they are
 * dropped. Masculine; the feminine (+ت) is derived. A closed list: a noun in iḍāfa with a role
 * ("مرافق الرئيس", "حارس الرئيس") must never be taken for one.
 */
export const NARRATION_VERBS: readonly string[] = [
  'واصل', 'برأ', 'رجح', 'داعب', 'استقبل', 'التقى', 'زار', 'افتتح', 'ترأس', 'دشن', 'رعى', 'شارك', 'حضر',
  'بحث', 'أجرى', 'تلقى', 'ناقش', 'تفقد', 'أبدى', 'أثنى', 'أشاد', 'هنأ', 'رحب', 'أدان', 'أصدر', 'عقد',
  'قرر', 'وافق', 'هاجم', 'أرسل', 'اختتم', 'بدأ', 'أنهى', 'قدم', 'تسلم', 'وجه', 'استعرض', 'اعتبر', 'انتقد',
];

/** Words that introduce a name in apposition after an unnamed description ("أحد السكان، ويدعى سامي"). */
export const NAMING_WORDS: readonly string[] = ['يدعى', 'ويدعى', 'يدعي', 'ويدعي', 'اسمه', 'واسمه', 'اسمها', 'واسمها', 'تدعى', 'وتدعى'];

/**
 * Role heads that are also common surnames or words: they head a role only when the next word is one
 * of these ("أمين عام", "الأمين العام", "أمين سر"; the Saudi mayor "أمين المنطقة الشرقية", "أمين
 * العاصمة المقدسة", "أمين منطقة القصيم"), so "علي الأمين" stays a name.
 */
export const CONDITIONAL_ROLE_HEADS: Readonly<Record<string, readonly string[]>> = {
  // "المشرف العام على البرنامج"; "الهيئة المشرفة على القناة" describes a body.
  // "المشرف على البرنامج" too; not the feminine: "الهيئة المشرفة على القناة" is mostly a body's adjective.
  'مشرف': ['عام', 'العام', 'على'],
  'مشرفة': ['عامة', 'العامة'],
  // "كبير موظفي البيت الأبيض", "كبيرة المفاوضين": chief of a group; elsewhere كبير is an adjective
  // ("مسؤول كبير") or a name.
  'كبير': ['موظفي', 'مستشاري', 'مفاوضي', 'المفاوضين', 'الاقتصاديين', 'المحللين', 'الباحثين', 'مراسلي', 'المراسلين', 'الأطباء', 'أطباء', 'المستشارين', 'المهندسين', 'الحاخامات', 'أساقفة'],
  'كبيرة': ['موظفي', 'مستشاري', 'مفاوضي', 'المفاوضين', 'الاقتصاديين', 'المحللين', 'الباحثين', 'مراسلي', 'المراسلين', 'الأطباء', 'أطباء', 'المستشارين', 'المهندسين'],
  // "الفريق الركن", "الفريق أول ركن", "الفريق متقاعد": the rank; "الفريق الأول" is the first team.
  'فريق': ['ركن', 'الركن', 'أول', 'متقاعد', 'طيار', 'بحري'],
  'أمين': ['عام', 'العام', 'سر', 'صندوق', 'الصندوق', 'منطقة', 'المنطقة', 'العاصمة', 'محافظة', 'مدينة'],
};

/** Role heads whose referent is several people: their verbs agree in the plural. */
export const PLURAL_ROLE_HEADS: readonly string[] = [
  'مسؤولون', 'مسؤولين', 'مسؤولو', 'مصادر', 'نواب', 'وزراء', 'خبراء', 'محللون', 'شهود', 'سكان', 'أطباء', 'مصدرا', 'ناشطون',
  'باحثون', 'علماء', 'مراقبون', 'مختصون', 'متعاملون', 'مواطنون',
  'محللين', 'ناشطين', 'باحثين', 'مراقبين', 'مختصين', 'متعاملين', 'مواطنين',
];

/**
 * Nouns that head an organization ("وزارة الصحة", "حركة حماس"). A speaker span that starts with one is
 * an organization: its name is the span, no role.
 */
export const ORG_HEADS: readonly string[] = [
  'وزارة', 'هيئة', 'مجلس', 'حركة', 'حزب', 'منظمة', 'جمعية', 'شركة', 'مؤسسة', 'وكالة', 'لجنة', 'جيش',
  'شرطة', 'حكومة', 'رئاسة', 'سفارة', 'قنصلية', 'محكمة', 'نيابة', 'أمم', 'اتحاد', 'جامعة', 'بنك', 'صندوق',
  'مصرف', 'بلدية', 'دائرة', 'مديرية', 'مكتب', 'قيادة', 'تحالف', 'كرملين', 'بنتاغون', 'البيت الأبيض', 'جهاز', 'أجهزة',
  'ديوان', 'مركز', 'مرصد', 'معهد', 'نقابة', 'غرفة', 'إدارة', 'قوات', 'جبهة', 'تنظيم', 'الخارجية', 'الداخلية',
  'الدفاع', 'الصحة',
  // Parliamentary blocs and coalitions speak as bodies ("كتلة « بدر »", "ائتلاف دولة القانون").
  'كتلة', 'ائتلاف',
  // Media speak as bodies too, their names often quoted ("صحيفة « واشنطن بوست »"): the head alone
  // was read as the whole speaker (422 statements of "صحيفة" in SaudiNewsNet).
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع', 'شبكة', 'إذاعة',
  // The weather service, which Saudi headlines quote by this word alone ("الأرصاد: أمطار رعدية…").
  'أرصاد',
];

/**
 * The nouns that head a news outlet's name ("صحيفة ديلي ميل", "قناة المنار"): after the outlet's own
 * name, a country's adjective or a press descriptor describes it ("صحيفة ديلي ميل البريطانية").
 */
export const OUTLET_HEADS: readonly string[] = ['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'تلفزيون', 'يومية'];

/**
 * Heads shared by news outlets and other bodies ("وكالة نوفستي" but "وكالة الطاقة الدولية", "موقع
 * قناة rbc" but "موقع التراث العالمي"): an outlet only when one word without the article, its
 * foreign name, follows ("وكالة يونهاب الكورية"), or another outlet head.
 */
export const SHARED_OUTLET_HEADS: readonly string[] = ['وكالة', 'موقع', 'شبكة'];

/** Adjectives a press outlet is described with, besides its country's ("اللندنية", "المحلية"). */
export const PRESS_DESCRIPTORS: readonly string[] = ['المحلية', 'اللندنية', 'الإلكترونية', 'اليومية', 'الأسبوعية', 'الإخبارية', 'المستقلة'];

/**
 * Organization words that, alone and definite ("الوزارة", "الحركة"), refer back to an organization
 * named earlier rather than name one.
 */
export const ANAPHORIC_ORG_HEADS: readonly string[] = [
  'وزارة', 'هيئة', 'حركة', 'منظمة', 'شركة', 'وكالة', 'لجنة', 'مؤسسة', 'جمعية', 'مجلس', 'سفارة', 'محكمة',
  'مجموعة', 'جماعة', 'مديرية', 'دائرة', 'نقابة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع', 'شبكة', 'إذاعة',
];

/**
 * Words that may sit inside a role after its head ("المتحدث باسم وزارة الصحة", "سفير فرنسا لدى
 * لبنان", "مساعد وزير الخارجية لشؤون…"): indefinite nouns of an iḍāfa chain and a few particles.
 */
export const ROLE_LINKS: readonly string[] = [
  'باسم', 'لدى', 'لشؤون', 'للشؤون', 'عام', 'وزارة', 'وزير', 'هيئة', 'مجلس', 'حركة', 'حزب', 'جامعة',
  'شركة', 'منظمة', 'بلدية', 'مكتب', 'دائرة', 'إدارة', 'لجنة', 'دولة', 'جمهورية', 'مملكة', 'خارجية',
  'داخلية', 'دفاع', 'مالية', 'عدل', 'صحة', 'تعليم', 'اقتصاد', 'طاقة', 'نفط', 'إعلام', 'ثقافة', 'زراعة',
  'نقل', 'تجارة', 'صناعة', 'سياحة', 'عمل', 'شؤون', 'أركان', 'مجلس', 'هيئة', 'بعثة', 'الأمم', 'مؤسسة',
  'منظمة', 'وكالة', 'حكومة', 'سلطة', 'قوات', 'جيش', 'شرطة', 'بنك', 'مصرف', 'صندوق', 'محافظة', 'ولاية',
  'مدينة', 'بلدة', 'إقليم', 'مركز', 'مرصد', 'معهد', 'كلية', 'قسم', 'فرع', 'ديوان', 'مديرية', 'نقابة',
  'اتحاد', 'غرفة', 'رابطة', 'جمعية', 'تحالف', 'جبهة', 'كتلة', 'لجنة', 'مستشفى', 'شؤون', 'حقوق', 'أمن',
  'عمليات', 'مكافحة',
];

/**
 * Documents that speak for their issuer ("وذكر البيان الصادر عن الحكومة", "وأكد التقرير"): the speaker
 * is the body named after عن/لـ, else the organization that spoke last.
 */
export const DOCUMENT_HEADS: readonly string[] = ['بيان', 'البيان', 'تقرير', 'التقرير', 'بلاغ', 'البلاغ', 'الوثيقة', 'وثيقة', 'الرسالة', 'رسالة',
  // A study or memorandum speaks for whoever made it ("بحسب دراسة لمنظمة…", "وطالبت المذكرة…").
  'دراسة', 'الدراسة', 'مذكرة', 'المذكرة'];

/**
 * Figures that speak for whoever compiled them, after بحسب/وفق/حسب only ("بحسب حصيلة للمرصد", "وفق
 * تقديرات الأمم المتحدة", "بحسب آخر إحصائية لوزارة الصحة"): the source is their compiler, as for a
 * document. As a verb's subject ("وتشير التقديرات إلى…") they name nobody, so they are not documents.
 */
export const FIGURE_HEADS: readonly string[] = ['حصيلة', 'الحصيلة', 'أرقام', 'الأرقام', 'تقديرات', 'التقديرات', 'بيانات', 'البيانات',
  'إحصائية', 'الإحصائية', 'إحصائيات', 'الإحصائيات', 'إحصاءات', 'الإحصاءات', 'معطيات', 'المعطيات'];

/** Words that end a speaker span: prepositions of adjuncts, time words, relative pronouns. */
export const SPAN_STOPS: readonly string[] = [
  'في', 'خلال', 'أمام', 'عبر', 'عقب', 'بعد', 'قبل', 'مع', 'أثناء', 'اليوم', 'أمس', 'الليلة', 'صباح',
  'مساء', 'ظهر', 'فجر', 'يوم', 'منذ', 'على', 'إلى', 'الى', 'من', 'عن', 'حيث', 'الذي', 'التي', 'الذين',
  'وهو', 'وهي', 'كما', 'فيما', 'بينما', 'حين', 'إن', 'أن', 'ل', 'لـ', 'قائلا', 'مؤكدا', 'أيضا', 'كذلك', 'مؤخرا', 'حديثا',
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'غداة', 'مطلع',
  'أول', 'لوكالة', 'لصحيفة', 'لقناة', 'لموقع', 'لتلفزيون', 'لإذاعة', 'لشبكة', 'للصحفيين', 'للصحافيين',
  'للصحافة', 'لوسائل', 'للتلفزيون', 'للإذاعة', 'لمراسل', 'لمراسلة', 'لجريدة', 'لمجلة', 'لمحطة', 'لبرنامج', 'لراديو', 'ردا', 'تعليقا', 'وفق', 'وفقا',
  'بحسب', 'حسب', 'نقلا', 'إنه', 'أنه', 'بأن', 'إنها', 'أنها', 'مضيفا', 'مشيرا', 'هذا', 'هذه', 'ذلك',
  'تلك', 'الجاري', 'الماضي', 'المقبل', 'لها', 'له', 'لهم', 'صادر', 'اليوم', 'أيضاً', 'بدوره', 'بدورها',
  'بدورهم', 'من جهته', 'جهته', 'جهتها', 'ايضا', 'قوله', 'قولها', 'قولهم', 'تأكيده', 'تأكيدها',
  'إشارته', 'تصريحه', 'تصريحها', 'به', 'بها', 'ذاته', 'نفسه', 'نفسها',
  // "التي أعربت حتى الآن عن استعدادها…": "until" opens a time adjunct, never a name.
  'حتى',
  // Manner adverbs glued to ب ("قال بصراحة إن…").
  'بصراحة', 'بوضوح', 'بشدة', 'بحزم', 'بأسف', 'بثقة', 'بفخر', 'بحسرة', 'بلهجة', 'بنبرة', 'بدوره', 'صراحة',
  // "وقالت بكل كبرياء وثقة إن…", "قال يوماً: …": a manner or a time in the accusative, never who speaks.
  'بكل', 'يوما', 'يوماً',
  // Particles and pronouns of interviews and questions: never a reported speaker.
  // Quantifiers open an object ("ودعا الرئيسان كافة الأطراف"); relatives and time nouns end the noun phrase
  // ("المصدرين اللذين حضرا", "تقرير للأمم المتحدة الشهر الماضي"; not العام: "المدير العام"); a fronted topic is not a subject ("وحول…، قال").
  'كافة', 'جميع', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'الشهر', 'الأسبوع',
  'حول', 'بقوله', 'بقولها', 'بقولهم', 'آخر', 'أخرى', 'آخرون', 'آخرين',
  // Topic prepositions ("وأضاف يقول بشأن الملف السوري: …"): what is spoken about, never who speaks.
  'بشأن', 'بخصوص', 'إزاء', 'تجاه', 'حيال',
  // Prepositions of time and cause ("وقال الرئيس العراقي إبان الحرب إن…").
  'إبان', 'جراء', 'عشية', 'إثر', 'قبيل',
  // "أقرت للمرة الأولى بأن…": how many times something was said is an adverb, not a speaker.
  'للمرة', 'مرة', 'مجددا', 'مجدداً', 'مرارا', 'مراراً', 'مرتين', 'مرات',
  // What was said, named after the speaker ("نقلت الصحيفة عن نصر الله تصريحات…"): never a name.
  'تصريحات', 'تصريحا', 'تصريحاً',
  // Patronage after an organizer ("رئيس اللجنة الدكتور أحمد الغامدي بدعم ورعاية صاحب السمو…"): the
  // patron named after it is not the speaker.
  'بدعم', 'برعاية', 'بحضور', 'بمشاركة', 'بتوجيه', 'بتوجيهات', 'بتوجيهاته',
  // Outlets glued to لـ after the speaker ("التحالف لرويترز", "ماير لبي بي سي").
  // Audiences addressed after the speaker ("وقال الوزير للنواب").
  'للنواب', 'للحضور', 'للحاضرين', 'للمشاركين', 'للمواطنين', 'للجمهور', 'للمراسلين', 'للطلاب', 'للسكان',
  'لرويترز', 'لبي', 'لفرانس', 'للأناضول', 'لسكاي', 'لسي', 'لأسوشيتد', 'للجزيرة', 'للعربية', 'لوكالات',
  // Prepositions with a pronoun never start or continue a speaker ("نشرة حذر فيها من…", "قال عنه").
  'فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عنه', 'عنها', 'عنهم', 'عليه', 'عليها', 'عليهم',
  'إليه', 'إليها', 'إليهم', 'لديه', 'لديها', 'معه', 'معها', 'معهم', 'بينهم', 'بينهما',
  'أم', 'ماذا', 'هل', 'كيف', 'لماذا', 'متى', 'أين', 'نحن', 'أنا', 'أنت', 'أنتم', 'هو', 'هي', 'هم', 'كان',
  'كانت', 'لدينا', 'إذا', 'لكن', 'لقد', 'قد', 'ما', 'لا', 'لم', 'لن', 'ثم', 'أو', 'هناك', 'هنا', 'كل',
];

/** Tokens before "أن" that make it a conjunction of time or purpose, not a complementizer ("بعد أن"). */
export const NON_COMPLEMENTIZER_BEFORE: readonly string[] = [
  'بعد', 'قبل', 'منذ', 'دون', 'بدون', 'حتى', 'لكي', 'أجل', 'بمجرد', 'مجرد', 'يمكن', 'يجب', 'ينبغي',
  'لابد', 'بد', 'يريد', 'أراد', 'أرادت', 'بإمكان', 'يمكنه', 'عسى', 'لأن', 'إلا', 'غير', 'بما',
];

/** Words that start a new clause, so that a cue after them starts a new statement ("… فيما أكد …"). */
export const CLAUSE_SEPARATORS: readonly string[] = [
  'فيما', 'بينما', 'حين', 'كما', 'أما', 'ثم', 'لكن', 'ولكن', 'بدوره', 'بدورها', 'وبدوره', 'وبدورها', 'وكان', 'وقد', 'قد', 'كذلك',
  // لكن with the subject as a pronoun ("…أن النزاع طويل لكنه قال إن…"): a new clause whose subject
  // is the speaker already talking, so its cue is a statement of its own (the و form is folded off).
  'لكنه', 'لكنها', 'لكنهم', 'لكنهما',
  // "في وقت أعلن الوزير…" (while): read as one separator with the في before it, like "في حين".
  'وقت',
  // "…، عندما قال إن…", "وتصدر العناوين عندما قال…": time subordinators open the cue's clause; the
  // words before them are no subject (session 21: "عندما" was read as a name).
  'عندما', 'حينما', 'بعدما', 'كلما', 'طالما',
];

/** Negation particles and words. `ما` is handled apart (it is also a relative pronoun). */
export const NEGATORS: readonly string[] = [
  'لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'لستم', 'ليستا', 'ليسا', 'غير', 'عدم', 'لا يوجد',
];

/** A negator followed by one of these is not a negation ("لا يزال" = still, "لا سيما" = especially). */
export const NEGATION_EXCEPTIONS_AFTER: readonly string[] = [
  'زال', 'يزال', 'تزال', 'زالت', 'يزالون', 'زالوا', 'دام', 'دامت', 'سيما', 'بد', 'أن', 'ان', 'إلا', 'شك',
];

/** Words that open a subordinate clause: negation beyond them is not the main clause's. */
export const SUBORDINATORS: readonly string[] = [
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'حيث', 'لأن', 'لان', 'كي', 'لكي',
  'عندما', 'حين', 'حينما', 'إذا', 'لو', 'لولا', 'بعدما', 'قبلما', 'طالما', 'كلما', 'مما', 'ممن', 'بما',
  'أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'لكن', 'ولكن', 'بل', 'رغم', 'برغم',
];

/** A headline prefix before ":" that is a label, not a speaker ("عاجل: …"). */
export const HEADLINE_LABELS: readonly string[] = [
  'عاجل', 'فيديو', 'بالفيديو', 'صور', 'بالصور', 'شاهد', 'تقرير', 'حصري', 'خاص', 'مباشر', 'تحليل',
  'رأي', 'مقال', 'إنفوغراف', 'انفوجراف', 'بالأرقام', 'تفاصيل', 'بالتفاصيل', 'متابعة', 'تحديث', 'ملف',
  'حوار', 'مقابلة', 'ترجمة', 'قراءة', 'خبر', 'أخبار', 'رياضة', 'اقتصاد', 'سياسة', 'صحة', 'تكنولوجيا',
];

/**
 * Common feminine first names, so that "وقالت … فاطمة الزهراء" records a feminine speaker even when the
 * role says nothing. Names that end in ة but are masculine (أسامة، حمزة) are not inferred from the ة.
 */
export const FEMALE_FIRST_NAMES: readonly string[] = [
  'فاطمة', 'مريم', 'سارة', 'عائشة', 'خديجة', 'زينب', 'نور', 'هدى', 'ليلى', 'سلمى', 'رانيا', 'دينا', 'منى',
  'هالة', 'رشا', 'ريم', 'لينا', 'ياسمين', 'أمل', 'هند', 'سعاد', 'نادية', 'سميرة', 'أميرة', 'نجلاء', 'هيفاء',
  'رغد', 'دعاء', 'آمنة', 'أسماء', 'إيمان', 'سناء', 'وفاء', 'رجاء', 'نوال', 'سوسن', 'جميلة', 'حنان', 'ميساء',
  'لمى', 'جمانة', 'رولا', 'نسرين', 'شيرين', 'عبير', 'غادة', 'ماجدة', 'نبيلة', 'نجاة', 'نهى', 'هبة', 'وداد',
  'يسرى', 'سلوى', 'ابتسام', 'انتصار', 'إلهام', 'بشرى', 'تغريد', 'ثريا', 'حياة', 'خلود', 'رحاب', 'روان',
  'زهرة', 'سهام', 'شيماء', 'صفاء', 'عفاف', 'فدوى', 'كريمة', 'لبنى', 'مها', 'نجوى', 'هيام', 'كاملا',
  'هيلاري', 'أنجيلا', 'ماري', 'تيريزا', 'أورسولا', 'كريستين', 'جاسيندا', 'نانسي', 'ماريا', 'آنا', 'إليزابيث',
  'ليز', 'نيكي', 'كاترين', 'كاترينا', 'آني', 'ناتالي', 'ميركل',
];

/** Words that introduce an outlet name in quotes after the speaker ("لـ«الصباح»", "صحيفة «…»"). */
export const OUTLET_INTRODUCERS: readonly string[] = [
  'ل', 'لـ', 'صحيفة', 'جريدة', 'وكالة', 'قناة', 'موقع', 'مجلة', 'برنامج', 'إذاعة', 'تلفزيون', 'شبكة',
  'لصحيفة', 'لجريدة', 'لوكالة', 'لقناة', 'لموقع', 'لمجلة', 'لبرنامج', 'لإذاعة', 'لتلفزيون', 'لشبكة',
  'محطة', 'لمحطة', 'حركة', 'حزب', 'تنظيم', 'جماعة', 'مجموعة', 'عملية', 'ائتلاف', 'تحالف', 'كتلة', 'تيار', 'منصة', 'هاشتاغ', 'وسم',
];

/**
 * Words without which a cue's clause cannot hold a full-day date (besides a number): weekdays,
 * "أمس"/"اليوم"/"غداً", "الأسبوع" (منذ أسبوع = a day a week back), and the month names of the three
 * calendars the date parser reads (a day written in words, "الخامس من يونيو", comes with its month).
 * Checked before calling findDates so that most statements skip the date parser. Source: the
 * vocabulary of src/arabic/dates (weekdays.ts, anchors.ts, months.ts, hijri.ts), spelled as written.
 */
export const DATE_HINT_WORDS: readonly string[] = [
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
  'أمس', 'الأمس', 'البارحة', 'اليوم', 'غد', 'غدا', 'غداً', 'الغد', 'أسبوع', 'الأسبوع', 'أسبوعين',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس',
  'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
  'محرم', 'صفر', 'ربيع', 'جمادى', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعدة', 'الحجة',
];

/**
 * Countries whose names take a masculine verb ("أعلن العراق"), and الغرب ("the West"); every other
 * country and every city takes a feminine one ("أعلنت الهند", "قالت موسكو"), so after a masculine verb
 * those are its object.
 */
export const MASCULINE_PLACES: readonly string[] = [
  'العراق', 'لبنان', 'الأردن', 'المغرب', 'السودان', 'اليمن', 'الصومال', 'تشاد', 'الفاتيكان', 'الغرب',
];
