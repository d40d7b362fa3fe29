/**
 * Lexical knowledge for spotting a short text that contradicts another by swapping one word:
 * an antonym ("ارتفع" for "انخفض", "الإفراج" for "السجن") or another value in the same slot
 * ("مليون" for "مليار", "شهري" for "يومي", "النفط" for "الذهب"). Countries are read through the
 * entity layer (./poles.ts), not listed here.
 *
 * Sources: written by the Marsad team from general knowledge of Modern Standard Arabic news usage
 * (verbs, verbal nouns and adjectives of common news events, their usual opposites); no list was
 * copied. Each group is a set of mutually exclusive poles; a text saying one pole contradicts one
 * saying another, when neither says both (./poles.ts).
 *
 * Entries are surface words; ./poles.ts normalizes them, and a word of a text matches an entry when
 * one of its peeled forms (./forms.ts: clitics, the article, one suffix) is the entry itself. So
 * "وارتفعت" finds "ارتفع", but "يراجع" does not find "تراجع". An imperfect verb entry (يرتفع) also
 * matches its other persons (ترتفع). Words that are also common in another sense are left out or
 * written with the article ("الذهب" gold, not "ذهب" went; no "أجل", "قبل", "طالب", "معارضة").
 */

export type ContrastKind = 'opposite' | 'value';

export interface ContrastGroup {
  name: string;
  /** `opposite`: antonyms (read as an opposite predicate); `value`: another value in the same slot. */
  kind: ContrastKind;
  poles: readonly (readonly string[])[];
}

export const CONTRAST_GROUPS: readonly ContrastGroup[] = [
  {
    name: 'direction',
    kind: 'opposite',
    poles: [
      ['ارتفاع', 'ارتفع', 'يرتفع', 'مرتفع', 'مرتفعة', 'صعود', 'صعد', 'يصعد', 'قفز', 'يقفز', 'قفزة', 'تخطى', 'يتخطى', 'تفوق', 'يتفوق', 'تزايد', 'يتزايد', 'انتعاش', 'انتعش', 'ينتعش', 'أعلى'],
      ['انخفاض', 'انخفض', 'ينخفض', 'منخفض', 'منخفضة', 'هبوط', 'هبط', 'يهبط', 'تراجع', 'يتراجع', 'تهاوى', 'يتهاوى', 'يهوي', 'تدهور', 'يتدهور', 'انهيار', 'انهار', 'ينهار', 'تدنى', 'يتدنى', 'تدني', 'أدنى', 'نزول', 'النزولي'],
      ['استقرار', 'استقر', 'يستقر', 'مستقر', 'مستقرة', 'ثبات'],
    ],
  },
  {
    name: 'outcome',
    kind: 'opposite',
    poles: [
      ['نجاح', 'نجح', 'ينجح', 'فوز', 'فاز', 'يفوز', 'انتصار', 'انتصر', 'ينتصر'],
      ['فشل', 'يفشل', 'إخفاق', 'أخفق', 'يخفق', 'خسارة', 'خسر', 'يخسر', 'هزيمة', 'انهزم', 'ينهزم'],
    ],
  },
  {
    // Taking a side on something: accept, back, praise, call for — or refuse, oppose, criticize.
    name: 'position',
    kind: 'opposite',
    poles: [
      ['قبول', 'يقبل', 'وافق', 'يوافق', 'موافقة', 'أيد', 'يؤيد', 'تأييد', 'يدعم', 'ساند', 'يساند', 'مساندة', 'ترحيب', 'رحب', 'يرحب', 'إشادة', 'أشاد', 'يشيد', 'مدح', 'يمدح', 'دعا', 'يدعو', 'يطالب', 'مطالبة'],
      ['رفض', 'يرفض', 'رافض', 'عارض', 'يعارض', 'انتقاد', 'انتقد', 'ينتقد', 'تنديد', 'ندد', 'يندد', 'استنكر', 'يستنكر', 'ذم', 'يذم', 'اتهم', 'يتهم'],
    ],
  },
  {
    name: 'schedule',
    kind: 'opposite',
    poles: [
      ['بدء', 'بدأ', 'يبدأ', 'انطلاق', 'انطلق', 'ينطلق', 'استئناف', 'استأنف', 'يستأنف', 'يباشر', 'افتتاح', 'افتتح'],
      ['تأجيل', 'يؤجل', 'إرجاء', 'أرجأ', 'يرجئ', 'إلغاء', 'ألغى', 'يلغي'],
    ],
  },
  {
    name: 'continuity',
    kind: 'opposite',
    poles: [
      ['استمرار', 'استمر', 'يستمر', 'مواصلة', 'واصل', 'يواصل', 'عودة', 'يعود'],
      ['توقف', 'يتوقف', 'انقطاع', 'انقطع', 'ينقطع', 'انتهاء', 'انتهى', 'ينتهي'],
    ],
  },
  {
    name: 'custody',
    kind: 'opposite',
    poles: [
      ['إفراج', 'أفرج', 'يفرج', 'سراح', 'براءة', 'تبرئة', 'برأ', 'يبرئ', 'حرا'],
      ['سجن', 'بالسجن', 'حبس', 'يحبس', 'اعتقال', 'اعتقل', 'يعتقل', 'احتجاز', 'احتجز', 'يحتجز', 'خطف', 'اختطاف', 'اختطف', 'مسجون', 'إدانة', 'مدان', 'محاكمة', 'يحاكم'],
    ],
  },
  {
    name: 'survival',
    kind: 'opposite',
    poles: [
      ['نجاة', 'نجا', 'ينجو'],
      ['مقتل', 'مصرع', 'وفاة', 'توفي', 'غرق', 'موت'],
    ],
  },
  {
    name: 'presence',
    kind: 'opposite',
    poles: [
      ['ظهور', 'ظهر', 'يظهر'],
      ['اختفاء', 'اختفى', 'يختفي', 'غياب', 'يغيب'],
    ],
  },
  {
    name: 'relations',
    kind: 'opposite',
    poles: [
      ['حرب', 'حروب', 'نزاع', 'صراع', 'خلاف', 'خلافات', 'توتر', 'مواجهات', 'اشتباكات', 'تصعيد', 'عداء'],
      ['سلام', 'صلح', 'مصالحة', 'تعاون', 'تهدئة', 'هدوء', 'تقارب'],
    ],
  },
  {
    name: 'movement',
    kind: 'opposite',
    poles: [
      ['مغادرة', 'غادر', 'يغادر', 'رحيل', 'خروج', 'خرج', 'يخرج', 'انسحاب', 'انسحب', 'ينسحب'],
      ['بقاء', 'بقي', 'يبقى', 'أبقى', 'يستقر', 'دخول', 'يدخل'],
    ],
  },
  {
    name: 'distance',
    kind: 'opposite',
    poles: [
      ['اقتراب', 'اقترب', 'يقترب'],
      ['ابتعاد', 'ابتعد', 'يبتعد', 'بعيد', 'بعيدة'],
    ],
  },
  {
    name: 'access',
    kind: 'opposite',
    poles: [
      ['فتح', 'يفتح', 'افتتاح'],
      ['إغلاق', 'أغلق', 'يغلق', 'إقفال'],
    ],
  },
  {
    name: 'obligation',
    kind: 'opposite',
    poles: [
      ['إجباري', 'إجبارية', 'إلزامي', 'إلزامية', 'ملزم', 'ملزمة', 'إلزام'],
      ['اختياري', 'اختيارية'],
    ],
  },
  {
    name: 'attention',
    kind: 'opposite',
    poles: [
      ['تحذير', 'تحذيرات', 'حذر', 'يحذر', 'اهتمام', 'يهتم'],
      ['تجاهل', 'يتجاهل'],
    ],
  },
  {
    name: 'mood',
    kind: 'opposite',
    poles: [
      ['طمأنة', 'يطمئن', 'اطمئنان', 'تفاؤل', 'متفائل', 'متفائلة'],
      ['قلق', 'قلقة', 'مخاوف', 'تشاؤم', 'متشائم', 'متشائمة'],
    ],
  },
  {
    name: 'disclosure',
    kind: 'opposite',
    poles: [
      ['سري', 'سرية', 'سرا'],
      ['معلن', 'معلنة', 'علني', 'علنية', 'علنا'],
    ],
  },
  {
    name: 'trade',
    kind: 'value',
    poles: [
      ['شراء', 'اشترى', 'يشتري'],
      ['بيع', 'باع', 'يبيع'],
      ['تأجير', 'يؤجر', 'استئجار', 'استأجر', 'يستأجر'],
    ],
  },
  {
    name: 'union',
    kind: 'opposite',
    poles: [
      ['زواج', 'تزوج', 'يتزوج', 'خطوبة'],
      ['طلاق', 'طلق', 'انفصال', 'انفصل', 'ينفصل'],
    ],
  },
  {
    // How many: "عشرات" and "آلاف" of people are different facts.
    name: 'magnitude',
    kind: 'value',
    poles: [
      ['عشرات'],
      ['مئات', 'مائة', 'مئة'],
      ['آلاف', 'ألف', 'ألفا', 'ألفين'],
      ['ملايين', 'مليون', 'مليونا', 'مليونين'],
      ['مليارات', 'مليار', 'مليارا', 'ملياران', 'مليارين'],
    ],
  },
  {
    name: 'period',
    kind: 'value',
    poles: [['يومي', 'يومية', 'يوميا'], ['أسبوعي', 'أسبوعية', 'أسبوعيا'], ['شهري', 'شهرية', 'شهريا'], ['سنوي', 'سنوية', 'سنويا']],
  },
  {
    // Weekdays with the article only: "أحد" alone is "one, someone".
    name: 'weekday',
    kind: 'value',
    poles: [['السبت'], ['الأحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة']],
  },
  {
    name: 'month',
    kind: 'value',
    poles: [['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'إبريل'], ['مايو'], ['يونيو'], ['يوليو'], ['أغسطس'], ['سبتمبر'], ['أكتوبر'], ['نوفمبر'], ['ديسمبر']],
  },
  {
    name: 'commodity',
    kind: 'value',
    poles: [['الذهب'], ['الفضة'], ['النفط', 'نفط', 'البترول'], ['الغاز'], ['القمح'], ['القهوة'], ['الصلب', 'الحديد']],
  },
  {
    name: 'currency',
    kind: 'value',
    poles: [['دولار', 'الدولار'], ['يورو', 'اليورو'], ['الليرة', 'ليرة'], ['جنيه', 'الجنيه'], ['ريال', 'الريال'], ['درهم', 'الدرهم'], ['دينار', 'الدينار'], ['روبل', 'الروبل'], ['اليوان', 'يوان']],
  },
];

/**
 * Verbs and verbal nouns that undo what follows them ("فشل الاتفاق", "إلغاء الزيارة", "تأجيل
 * اللقاء", "تجاهل التحذيرات", "رفض نشر القوات"): before a word both texts share, on one side only, they negate it
 * like "لا" does.
 */
export const UNDOING_WORDS: readonly string[] = ['رفض', 'يرفض', 'فشل', 'يفشل', 'إلغاء', 'ألغى', 'يلغي', 'تأجيل', 'يؤجل', 'إرجاء', 'أرجأ', 'يرجئ', 'تجاهل', 'يتجاهل', 'انعدام', 'غياب'];
