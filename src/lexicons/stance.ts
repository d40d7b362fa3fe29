/**
 * Lexical knowledge for stance: which words say the same thing, which say the opposite, which
 * deny, hedge or negate. Written by the Marsad team from general knowledge of Modern Standard Arabic
 * news usage (verb and verbal-noun forms of common political predicates); no list was copied.
 *
 * Entries are surface words as a reader writes them; src/analyze/stance/lexicon.ts normalizes and
 * light-stems them once at load time, so spelling variants (hamzas, ة/ه, ى/ي) need not be listed.
 */

/** Synonym sets of predicates: a claim word and an article word of the same set match. */
export const PREDICATE_SETS: Readonly<Record<string, readonly string[]>> = {
  withdraw: ['انسحب', 'انسحاب', 'ينسحب', 'سحب', 'يسحب', 'خروج', 'خرج', 'يخرج', 'إخراج', 'مغادرة', 'غادر', 'يغادر', 'رحيل', 'رحل', 'رحلت', 'ترحيل', 'طرد', 'يطرد', 'إبعاد', 'إجلاء'],
  demand: ['طالب', 'يطالب', 'مطالبة', 'مطالب', 'دعا', 'يدعو', 'دعوة', 'دعت', 'طلب', 'يطلب', 'سعى', 'يسعى', 'يريد', 'أراد', 'تريد', 'رغبة', 'حث', 'يحث', 'ناشد', 'يناشد'],
  topple: ['إسقاط', 'أسقط', 'يسقط', 'سقوط', 'إطاحة', 'أطاح', 'يطيح', 'الإطاحة'],
  // Not the bare noun "دعم": in economic news it is the subsidy ("رفع الدعم"), not support.
  // Welcoming a deal or a decision is siding with it ("ترحب بأي اتفاق" against "ترفض الاتفاق").
  support: ['يدعم', 'تدعم', 'أيد', 'يؤيد', 'تأييد', 'ساند', 'يساند', 'مساندة', 'مؤيد', 'رحب', 'يرحب', 'ترحب', 'ترحيب'],
  oppose: ['رفض', 'يرفض', 'رافض', 'عارض', 'يعارض', 'معارضة', 'استنكر', 'يستنكر', 'ندد', 'يندد', 'أدان', 'يدين', 'إدانة'],
  confirm: ['أكد', 'يؤكد', 'تأكيد', 'أثبت', 'يثبت', 'اعترف', 'يعترف', 'اعتراف', 'أقر', 'يقر'],
  attack: ['هجوم', 'هاجم', 'يهاجم', 'هجمات', 'قصف', 'يقصف', 'استهدف', 'يستهدف', 'استهداف', 'غارة', 'غارات', 'ضربة', 'ضربات', 'شن', 'يشن'],
  kill: ['قتل', 'يقتل', 'مقتل', 'قتلى', 'اغتيال', 'اغتال', 'مصرع', 'لقي', 'حتفه', 'قتيل', 'ضحايا', 'أودى'],
  agreement: ['اتفاق', 'اتفق', 'يتفق', 'اتفاقية', 'توقيع', 'وقع', 'يوقع', 'هدنة', 'تسوية'],
  increase: ['رفع', 'يرفع', 'ترفيع', 'الترفيع', 'زيادة', 'زاد', 'يزيد', 'ارتفاع', 'ارتفع', 'يرتفع', 'صعود', 'قفز', 'تضاعف'],
  decrease: ['خفض', 'يخفض', 'تخفيض', 'انخفاض', 'انخفض', 'ينخفض', 'تراجع', 'يتراجع', 'هبوط', 'هبط', 'تقليص', 'قلص', 'يقلص'],
  control: ['سيطرة', 'سيطر', 'يسيطر', 'استعاد', 'يستعيد', 'استعادة', 'تحرير', 'حرر', 'يحرر', 'دخل', 'دخول', 'يدخل', 'اقتحم', 'اقتحام', 'استولى', 'الاستيلاء'],
  meet: ['لقاء', 'التقى', 'يلتقي', 'اجتماع', 'اجتمع', 'يجتمع', 'استقبل', 'يستقبل', 'محادثات', 'مباحثات'],
  use: ['استخدم', 'يستخدم', 'استخدام', 'استعمل', 'استعمال'],
  hold: ['إجراء', 'أجرى', 'يجري', 'تنظيم', 'نظم', 'ينظم', 'عقد', 'يعقد'],
  send: ['أرسل', 'يرسل', 'إرسال', 'نشر', 'ينشر', 'بعث', 'إيفاد'],
  stop: ['وقف', 'أوقف', 'يوقف', 'إيقاف', 'توقف', 'يتوقف', 'تعليق', 'علق', 'يعلق', 'تجميد', 'جمد', 'إنهاء', 'أنهى'],
  continue: ['استمرار', 'استمر', 'يستمر', 'مواصلة', 'واصل', 'يواصل', 'متواصل'],
  start: ['بدء', 'بدأ', 'يبدأ', 'انطلاق', 'انطلق', 'إطلاق', 'أطلق', 'شروع', 'شرع'],
  allow: ['سمح', 'يسمح', 'السماح', 'أجاز', 'رخص', 'موافقة', 'وافق', 'يوافق', 'قبول'],
  forbid: ['منع', 'يمنع', 'حظر', 'يحظر', 'حرم'],
  win: ['فوز', 'فاز', 'يفوز', 'انتصار', 'انتصر', 'ينتصر'],
  lose: ['خسارة', 'خسر', 'يخسر', 'هزيمة', 'هزم', 'انهزم'],
  open: ['فتح', 'يفتح', 'افتتاح', 'افتتح'],
  close: ['إغلاق', 'أغلق', 'يغلق'],
  arrest: ['اعتقال', 'اعتقل', 'يعتقل', 'توقيف', 'أوقف', 'احتجاز', 'احتجز', 'القبض', 'اعتقالات'],
  release: ['إفراج', 'أفرج', 'يفرج', 'إطلاق سراح', 'تحرير'],
  arrive: ['وصل', 'يصل', 'وصول', 'وصلت', 'تمركز', 'يتمركز', 'انتشار', 'انتشر', 'إقامة', 'أقام', 'إنشاء', 'أنشأ', 'نشر', 'تعزيز', 'عزز'],
  alive: ['قيد الحياة', 'بصحة', 'سالم', 'نجا', 'ينجو', 'نجاة'],
  // Nouns that news writes interchangeably for the same thing.
  price: ['سعر', 'أسعار', 'تعريفة', 'تعريفات', 'تسعيرة', 'فاتورة', 'فواتير', 'كلفة', 'تكلفة'],
  troops: ['قوات', 'جنود', 'جندي', 'عسكريين', 'وحدات', 'كتيبة'],
  vote: ['انتخابات', 'انتخاب', 'اقتراع', 'تصويت', 'استحقاق'],
  year: ['عام', 'سنة', 'العام', 'السنة'],
  state: ['حكومة', 'الحكومة', 'الدولة', 'السلطات'],
  resign: ['استقالة', 'استقال', 'يستقيل', 'تنحي', 'تنحى'],
  deny: ['نفى', 'ينفي', 'نفي', 'نفت', 'تنفي', 'كذب', 'يكذب', 'تكذيب', 'دحض', 'فند'],
};

/** Sets of nouns, not predicates: they match synonyms but carry no negation or polarity. */
export const NOUN_SETS: readonly string[] = ['price', 'troops', 'vote', 'year', 'state'];

/**
 * Words a set must not take in through their peeled forms: "توصّل إلى اتفاق" (reached an agreement)
 * peels to وصل, an arrival, the opposite of a withdrawal. A word with any of these among its forms
 * (التوصل، توصلت، يتوصل…) is not in the set. ("التدخل", an intervention, peels to دخل, an entry, and
 * was kept out of `control` too; Baly 2018's cross-validated macro-F1 fell 0.440 → 0.429, so it stays.)
 */
export const NOT_IN_SETS: Readonly<Record<string, readonly string[]>> = {
  arrive: ['توصل'],
};

/** Pairs of predicate sets that contradict each other: an article saying one denies the claim's other. */
export const OPPOSITE_SETS: readonly (readonly [string, string])[] = [
  ['increase', 'decrease'],
  ['support', 'oppose'],
  ['confirm', 'deny'],
  ['stop', 'continue'],
  ['start', 'stop'],
  ['allow', 'forbid'],
  ['win', 'lose'],
  ['open', 'close'],
  ['arrest', 'release'],
  ['withdraw', 'arrive'],
  ['kill', 'alive'],
  ['control', 'withdraw'],
];

/**
 * Negation particles. Applied to the words right before a matched predicate ("لن ترفع", "عدم
 * سحب"); `ما` is left out because it is far more often a relative pronoun.
 */
export const NEGATORS: readonly string[] = ['لا', 'لم', 'لن', 'ليس', 'ليست', 'لست', 'ليسوا', 'لسنا', 'غير', 'عدم', 'دون', 'بدون', 'بلا', 'ولا', 'ولم', 'ولن', 'وليس', 'وعدم', 'بعدم', 'لعدم'];

/** Words that report a denial or call something false. */
export const DENIAL_WORDS: readonly string[] = [
  'نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'نافيا', 'نافية', 'نفوا', 'كذب', 'كذبت', 'يكذب', 'تكذيب', 'دحض', 'يدحض', 'فند', 'يفند', 'تفنيد',
  'شائعة', 'شائعات', 'إشاعة', 'إشاعات', 'مزاعم', 'ادعاءات', 'ادعاء', 'مزعومة', 'مزعوم', 'مفبرك', 'مفبركة', 'فبركة', 'ملفق', 'ملفقة', 'أكاذيب', 'كاذبة', 'كاذب',
  'مضلل', 'مضللة', 'زائفة', 'زائف', 'مختلق', 'مختلقة',
];

/** Multi-word denials ("عار عن الصحة", "لا أساس له من الصحة", "غير صحيح"): matched as word sequences. */
export const DENIAL_PHRASES: readonly string[] = ['عار عن الصحة', 'عارية عن الصحة', 'عار من الصحة', 'لا أساس له من الصحة', 'لا أساس لها من الصحة', 'غير صحيح', 'غير صحيحة', 'أنباء كاذبة', 'أخبار كاذبة', 'أخبار مفبركة'];

/** Words of reported, unconfirmed or hedged content: a page repeating them discusses more than it asserts. */
export const HEDGE_WORDS: readonly string[] = [
  'تقارير', 'أنباء', 'مصادر', 'يزعم', 'زعم', 'زعمت', 'مزاعم', 'اتهم', 'اتهمت', 'اتهام', 'اتهامات', 'يتهم', 'يشتبه', 'احتمال', 'ربما', 'يرجح', 'يعتقد',
  'تساؤلات', 'هل', 'تحقيق', 'يحقق', 'مزعوم', 'مزعومة', 'شكوك', 'تشكيك', 'غموض', 'جدل', 'متضاربة',
];

/** Contrast markers: the clause after them carries the writer's or speaker's actual position. */
export const CONTRAST_WORDS: readonly string[] = ['لكن', 'لكنه', 'لكنها', 'ولكن', 'بل', 'إلا', 'غير أن', 'بيد', 'رغم', 'بالرغم', 'مع ذلك'];

/** Conditions and exemptions: a claim stated under a condition is not asserted outright. */
export const CONDITION_WORDS: readonly string[] = ['إذا', 'لو', 'شرط', 'بشرط', 'شريطة', 'حال', 'باستثناء', 'عدا', 'ما لم'];
