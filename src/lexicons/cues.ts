/**
 * Reporting cues of Arabic news: the words that announce that somebody said something.
 *
 * Source: written by the Marsad team from the reporting verbs that wire copy uses (قال، أكد، أضاف…),
 * their regular inflection in Modern Standard Arabic, and the attribution phrases of agency style
 * (بحسب، وفقاً لـ، نقلاً عن…). Nothing here is copied from another lexicon.
 *
 * The table is compact on purpose: one row per verb, and `expandCueForms()` generates every
 * inflection a news text uses (past masc/fem/plural/dual, present 3rd person, active participle),
 * each with its grammatical gender, which the speaker-continuation rule needs ("وأضافت" continues
 * the last feminine speaker). Proclitics (و، ف) are *not* generated here: the matcher strips them,
 * so the table stays small and the Set of forms stays exact.
 *
 * Spelling is the ordinary written one (with hamza, taa marbuta, alef maqsura); consumers fold it
 * with the same `normalize()` they apply to the text.
 */

export type CueGender = 'masc' | 'fem' | 'plural' | 'unknown';
export type CueKind = 'verb' | 'participle' | 'nominal';

/** One reporting verb. Forms that follow the regular pattern are generated; irregular ones are listed. */
export interface CueVerbRow {
  /** Citation form, reported as `cue` in statements (with its particle when it has one: "تحدث عن"). */
  lemma: string;
  /** Past, 3rd person: [masc sing, fem sing, masc plural, masc dual]. */
  past: readonly [string, string, string, string];
  /** Present, 3rd person masc sing (يقول); fem (تقول), plural (يقولون), dual (يقولان) are derived. */
  present: string | null;
  /** Active participle stem without tanween (قائل → قائلاً، قائلة، قائلين); null when unused. */
  participle: string | null;
  /** The verb itself denies or rejects its content (نفى، رفض، استبعد). */
  denies?: boolean;
  /**
   * A particle that belongs to the cue when it follows the verb directly ("تحدث عن", "أعرب عن").
   * With `tailRequired`, the verb is only a cue with that next word ("مضى قائلاً").
   */
  tail?: readonly string[];
  tailRequired?: boolean;
  /** The speaker is the noun after "عن", not the subject ("نقلت الوكالة عن الوزير قوله"). */
  speakerAfterAn?: boolean;
  /**
   * The verb takes a direct object before its ب-content ("اتهم X بـ…"): a cue with a proclitic whose
   * one short noun phrase runs straight into the content has that phrase as object, not subject
   * ("واتهم حزب الله بزج لبنان…" continues the previous speaker).
   */
  objectBeforeContent?: boolean;
  /**
   * The letter the verb writes with a shadda (أكّد: ك). Some scrapers replaced diacritics by spaces,
   * cutting the word right after that letter ("أك د", "يؤك د", "حذ رت"); src/extract/text/cut-words.ts
   * rejoins such pieces when together they spell one of the verb's forms.
   */
  doubled?: string;
  /**
   * The verb reports a proposition as a noun phrase ("أعلن التحالف النصر على التنظيم", "أكد بوتين
   * استقلال سوريا", "نفت الوزارة أنباء…"). Used only when the subject before that phrase is a known
   * entity or place, since nothing else tells a subject from its object.
   */
  nounContent?: boolean;
  /**
   * The verb takes its content as a prepositional or nominal object rather than an أن-clause
   * ("دعا إلى…", "حذّر من…", "رفض التعليق"): the content may start with one of these words.
   */
  objectMarkers?: readonly string[];
  /** Object markers that open the content only right after the verb or its subject span. */
  adjacentMarkers?: readonly string[];
  /**
   * The past masculine form is also an adjective (جدد "new", plural): right after an indefinite
   * noun ("خمسة مقاتلين جدد") it qualifies that noun and is no cue.
   */
  adjectiveHomograph?: boolean;
  /** Only the participle is a cue: the finite forms are other everyday words (بيّن / بين). */
  participleOnly?: boolean;
  /**
   * The singular past and present also take an object pronoun before their content ("ووصفه بأنه
   * أسوأ صفقة", "واتهمها بالتقصير"): those forms are generated too, flagged `objectPronoun`.
   */
  objectPronoun?: boolean;
  /**
   * When a form of the verb is another word (statements/cues.ts drops such hits): any form before
   * one of `before`, or after one of `after` ("العالم أجمع": all of it, "كان متوقعاً أن": it was expected) ("زاد من/عن/على": increased); a plural or dual form before one of `pluralBefore`
   * ("اقرأ أيضاً", a site's link, spelled like the dual أقرا) or before a لـ-word with
   * `pluralBeforeLam` ("تابعاً لـ": belonging to), or written with a final hamza with
   * `pluralWithHamza` ("اقرأ", "أقرأ": read).
   */
  otherSense?: { before?: readonly string[]; after?: readonly string[]; pluralBefore?: readonly string[]; pluralBeforeLam?: boolean; pluralWithHamza?: boolean };
}

/** Regular triliteral/derived verb: past masc sing, present masc sing, participle stem. */
function regular(lemma: string, past: string, present: string | null, participle: string | null, extra: Partial<CueVerbRow> = {}): CueVerbRow {
  return { lemma, past: [past, past + 'ت', past + 'وا', past + 'ا'], present, participle, ...extra };
}

const PREPOSITIONAL = ['إلى', 'الى', 'على', 'من', 'ب', 'عن'];
/** What a speaker renews or repeats (جدد، كرر): his own call, assertion, refusal or position. */
const RENEWED = ['التأكيد', 'التاكيد', 'تأكيده', 'تأكيدها', 'دعوته', 'دعوتها', 'رفضه', 'رفضها', 'موقفه', 'موقفها'];

/** Demonstratives a verb of judging takes as its object (اعتبر; statements/sentence.ts reads them). */
export const DEMONSTRATIVE_OBJECTS: readonly string[] = ['ذلك', 'هذا', 'هذه', 'تلك'];

export const CUE_VERBS: readonly CueVerbRow[] = [
  { lemma: 'قال', past: ['قال', 'قالت', 'قالوا', 'قالا'], present: 'يقول', participle: 'قائل' },
  // "وأفاد المرصد عن وقوع غارات…": what is reported may follow عن right after the verb or its
  // subject (further on, عن is another phrase's: "ناجم عن انفجار"). Not بـ: after the subject it
  // is as often a place ("أفاد المهندس بمحافظة بيشة…") or a manner ("أفاد بإسهاب") as the news.
  regular('أفاد', 'أفاد', 'يفيد', 'مفيد', { adjacentMarkers: ['عن'] }),
  regular('أضاف', 'أضاف', 'يضيف', 'مضيف'),
  // "أكد على ضرورة…" and "أشار إلى تصريحات…" carry their proposition as a prepositional object.
  regular('أكد', 'أكد', 'يؤكد', 'مؤكد', { nounContent: true, objectMarkers: ['على'], doubled: 'ك' }),
  // "وأعلن عن استراتيجية جديدة", "أعلنت الغرفة عن انطلاق…": what is announced may follow عن, right
  // after the verb or its subject ("تعلن « فك الحصار » عن مناطق…" is another عن).
  regular('أعلن', 'أعلن', 'يعلن', 'معلن', { nounContent: true, adjacentMarkers: ['عن'] }),
  regular('صرح', 'صرح', 'يصرح', 'مصرح', { doubled: 'ر' }),
  regular('أوضح', 'أوضح', 'يوضح', 'موضح'),
  regular('أشار', 'أشار', 'يشير', 'مشير', { objectMarkers: ['إلى', 'الى'] }),
  // Participles that are everyday nouns or adverbs are left out (متابعة، مجدداً، مبلغاً، خاتم…).
  regular('تابع', 'تابع', 'يتابع', null, { otherSense: { pluralBeforeLam: true } }),
  regular('أردف', 'أردف', 'يردف', 'مردف'),
  regular('كشف', 'كشف', 'يكشف', 'كاشف', { tail: ['عن'], objectMarkers: ['عن'] }),
  regular('ذكر', 'ذكر', 'يذكر', null),
  // "شدد ترامب أهمية التعاون": the stressed point may be a bare noun phrase after a known subject.
  regular('شدد', 'شدد', 'يشدد', 'مشدد', { objectMarkers: ['على'], nounContent: true, doubled: 'د' }),
  // جدد is also the plural adjective جُدُد ("مقاتلين جدد"): see `adjectiveHomograph`.
  regular('جدد', 'جدد', 'يجدد', null, { objectMarkers: RENEWED, adjectiveHomograph: true, doubled: 'د' }),
  // كرر "repeated" reports like جدد ("كرر تأكيده على أهمية…"); without one of these objects it needs a
  // complementizer or a quote ("كرر الهجوم" says nothing). Past only: the present ("يكرر مقولته") is a
  // habit or a subheading's label more often than a report.
  regular('كرر', 'كرر', null, null, { objectMarkers: RENEWED, doubled: 'ر' }),
  { lemma: 'نفى', past: ['نفى', 'نفت', 'نفوا', 'نفيا'], present: 'ينفي', participle: 'ناف', denies: true, nounContent: true, objectMarkers: ['وجود', 'صحة', 'الأنباء', 'التقارير', 'ما', 'أنباء', 'تقارير', 'معلومات', 'أخبار', 'شائعات', 'إشاعات', 'مزاعم', 'ادعاءات'] },
  // "معتبراً ذلك عملاً عدائياً", "واعتبر الوزير هذا خطوة مهمة": a demonstrative object right after
  // the verb or its subject, then what it is judged to be.
  regular('اعتبر', 'اعتبر', 'يعتبر', 'معتبر', { adjacentMarkers: DEMONSTRATIVE_OBJECTS }),
  { lemma: 'رأى', past: ['رأى', 'رأت', 'رأوا', 'رأيا'], present: 'يرى', participle: null },
  // "لفت إلى زيادة…", "منوهاً بحرص مصر…": what is pointed to may be a noun phrase after the preposition.
  regular('لفت', 'لفت', 'يلفت', 'لافت', { tail: ['إلى', 'الى'], objectMarkers: ['إلى', 'الى'] }),
  regular('نوه', 'نوه', 'ينوه', 'منوه', { tail: ['إلى', 'الى', 'ب'], objectMarkers: ['إلى', 'الى'], doubled: 'و' }),
  regular('حذر', 'حذر', 'يحذر', 'محذر', { objectMarkers: ['من'], doubled: 'ذ' }),
  regular('طالب', 'طالب', 'يطالب', 'مطالب', { objectMarkers: ['ب'] }),
  { lemma: 'دعا', past: ['دعا', 'دعت', 'دعوا', 'دعيا'], present: 'يدعو', participle: 'داع', objectMarkers: ['إلى', 'الى'] },
  // "حث الرئيس جميع الأعضاء على تجديد التحقيق": urged, like دعا, with its call after على.
  { lemma: 'حث', past: ['حث', 'حثت', 'حثوا', 'حثا'], present: 'يحث', participle: null, objectMarkers: ['على'] },
  regular('تحدث عن', 'تحدث', 'يتحدث', null, { tail: ['عن'], objectMarkers: ['عن'] }),
  { lemma: 'مضى قائلاً', past: ['مضى', 'مضت', 'مضوا', 'مضيا'], present: 'يمضي', participle: null, tail: ['قائلا', 'قائلة', 'قائلين', 'قائل', 'قائلاً', 'قائلةً'], tailRequired: true },
  regular('أعرب عن', 'أعرب', 'يعرب', 'معرب', { tail: ['عن'], objectMarkers: ['عن'] }),
  // "ورفض سركيس تحديد موعد…": what was refused may be a noun phrase after a known subject.
  regular('رفض', 'رفض', 'يرفض', 'رافض', { denies: true, nounContent: true, objectMarkers: ['التعليق', 'الإدلاء', 'الكشف', 'ما', 'أي', 'الاتهامات', 'ب'] }),
  regular('اتهم', 'اتهم', 'يتهم', null, { objectMarkers: PREPOSITIONAL, objectBeforeContent: true, objectPronoun: true, doubled: 'ت' }),
  // وصف takes what it describes as an object before the content ("ووصفت الوضع … بأنه تحت السيطرة").
  // صنف ("classified") was tried and dropped: unvowelled it is the passive صُنِّف or the noun "a kind"
  // in most of the SaudiNewsNet sentences where it fired.
  regular('وصف', 'وصف', 'يصف', 'واصف', { objectMarkers: PREPOSITIONAL, objectBeforeContent: true, objectPronoun: true }),
  regular('استبعد', 'استبعد', 'يستبعد', 'مستبعد', { denies: true }),
  // The participle "متوقعاً أن…" reports an expectation; "المتوقع" (the expected) carries the article
  // and is never looked up as this form.
  regular('توقع', 'توقع', 'يتوقع', 'متوقع', { doubled: 'ق', otherSense: { after: ['كان', 'وكان', 'كانت', 'وكانت', 'من', 'ومن', 'غير', 'ليس'] } }),
  // Past only: the present يبلغ/تبلغ is far more often بلغ "amounts to, reaches" ("يبلغ متوسط…").
  // "كان لها أبلغ الأثر": the elative "the most profound", not "informed".
  regular('أبلغ', 'أبلغ', null, null, { otherSense: { before: ['الأثر', 'الاثر'] } }),
  regular('نقل', 'نقل', 'ينقل', null, { tail: ['عن'], speakerAfterAn: true }),
  // بيّن: unvowelled, its past and present are the everyday preposition بين (between) and يبين
  // (appears); only the participle ("مبيناً أن…") is a cue.
  { lemma: 'بيّن', past: ['بيّن', 'بيّنت', 'بيّنوا', 'بيّنا'], present: null, participle: 'مبين', participleOnly: true, doubled: 'ي' },
  // أبان (made clear, Saudi and Gulf press: "أبان المتحدث أن…"): the past only; its present يبين is
  // "appears", and its dual أبانا is also "our father" (statements/cues.ts NOT_CUE_SPELLINGS).
  { lemma: 'أبان', past: ['أبان', 'أبانت', 'أبانوا', 'أبانا'], present: null, participle: null },
  regular('أورد', 'أورد', 'يورد', null),
  regular('زعم', 'زعم', 'يزعم', 'زاعم'),
  // Claiming, judging likely and agreeing report a position as زعم does ("وادعت الوزارة أن…",
  // "ورجحت مصادر أن…", "مرجحاً أن…", "وأجمع المتابعون أن…"). Both are past only where the present is
  // another word: يدعي folds with يُدعى (is called: "ساكن يدعى أبو بكر"), يجمع/تجمع is "gathers" and
  // the noun "a gathering".
  { lemma: 'ادعى', past: ['ادعى', 'ادعت', 'ادعوا', 'ادعيا'], present: null, participle: null },
  regular('رجح', 'رجح', 'يرجح', 'مرجح', { doubled: 'ج' }),
  regular('أجمع', 'أجمع', null, null, { otherSense: { after: ['العالم', 'للعالم', 'بالعالم', 'والعالم', 'العرب', 'الناس'] } }),
  // Justifying gives a reason in words ("مبرراً ذلك بأن الطلب زاد").
  regular('برر', 'برر', 'يبرر', 'مبرر', { doubled: 'ر' }),
  regular('ختم', 'ختم', 'يختم', null, { tail: ['بالقول', 'قائلا', 'قائلاً'], tailRequired: true }),
  regular('اختتم', 'اختتم', 'يختتم', null, { tail: ['بالقول', 'قائلا', 'قائلاً'], tailRequired: true }),
  regular('أقر', 'أقر', 'يقر', null, { objectMarkers: ['ب'], otherSense: { pluralWithHamza: true, pluralBefore: ['أيضا', 'أيضاً', 'المزيد'] } }),
  regular('اعترف', 'اعترف', 'يعترف', 'معترف', { objectMarkers: ['ب'] }),
  // Welcoming, pledging and blaming report a position ("رحبت بأن تلعب الصين…", "تعهدت روسيا
  // بالحيلولة دون…", "أنحت ميركل باللوم على…"). رحب takes only a clause: "رحب بالضيوف" says nothing.
  regular('رحب', 'رحب', 'يرحب', null, { doubled: 'ح' }),
  regular('تعهد', 'تعهد', 'يتعهد', null, { objectMarkers: ['ب'], doubled: 'ه' }),
  { lemma: 'أنحى باللائمة', past: ['أنحى', 'أنحت', 'أنحوا', 'أنحيا'], present: 'ينحي', participle: null, objectMarkers: ['ب'] },
  // Narrating, answering and promising report speech too ("وروى نصر الله أنه…", "وأجاب كيري: …",
  // "وعد كاميرون بإجراء استفتاء"). روى is defective (روت، يروي); أجاب has no participle in use (مجيب is a
  // name); وعد is past only, since يعد is also "is considered" (يُعدّ).
  { lemma: 'روى', past: ['روى', 'روت', 'رووا', 'رويا'], present: 'يروي', participle: null },
  regular('أجاب', 'أجاب', 'يجيب', null),
  { lemma: 'وعد', past: ['وعد', 'وعدت', 'وعدوا', 'وعدا'], present: null, participle: null, objectMarkers: ['ب'] },
  // "وزاد ريابكوف أن…" (he added): past only, since the present يزيد is "increases".
  { lemma: 'زاد', past: ['زاد', 'زادت', 'زادوا', 'زادا'], present: null, participle: null, otherSense: { before: ['عن', 'من', 'على'] } },
];

/**
 * Attribution phrases without a finite verb. `speaker` says where the source is:
 * after the phrase ("بحسب الوزارة"), before it ("الخطيب في تصريح لـ…"), or not in the sentence
 * ("وجاء في البيان": the issuer of the statement named earlier).
 */
export interface NominalCue {
  /** Reported as `cue`. */
  lemma: string;
  /** The words, in order, as written; a trailing "ل" may be attached to the next word ("للوزير"). */
  words: readonly string[];
  speaker: 'after' | 'before' | 'none' | 'masdar';
  /** The words may be glued to a following "ل" clitic: "وفقاً لـ" / "وفقاً للوزير". */
  attachedLam?: boolean;
  /**
   * The words have other senses too ("حسب الحاجة", "وفق آلية محددة": by, in line with), so the
   * source after them must read as a speaker: a person, body, place, role or document, not any noun.
   */
  knownSourceOnly?: true;
  /** The speaker is the subject of the clause's verb before the cue ("وختم حميد بالقول"). */
  afterVerbSubject?: true;
  /** For a masdar cue (`speaker: 'masdar'`): the row it comes from. */
  masdar?: MasdarCue;
}

/**
 * Verbal nouns of reporting verbs, followed by their speaker in iḍāfa and then what was said
 * ("بعد إعلان وزير الدفاع عن وجود خطر", "عقب دعوة الرئيس الأمريكي إلى البقاء", "وفي إعلان لوزير
 * الخارجية أن…"). The masdar is indefinite in that construction (the speaker makes it definite), so
 * only the bare form and its ب/ل prepositions are listed; "الإعلان" or "إعلانه" never carry a speaker
 * after them. `markers` open the content after the speaker like a verb's object markers (دعا إلى،
 * حذّر من); `nounContent` lets a definite noun phrase after the speaker's comma be the content ("إعلان
 * الكتلة، الانفصال عن…"). Source: written by the Marsad team from the cue verbs above.
 */
export interface MasdarCue {
  /** Reported as `cue`. */
  masdar: string;
  markers: readonly string[];
  nounContent: boolean;
}

export const MASDAR_CUES: readonly MasdarCue[] = [
  { masdar: 'إعلان', markers: ['عن'], nounContent: true },
  { masdar: 'دعوة', markers: ['إلى', 'الى'], nounContent: false },
  { masdar: 'تأكيد', markers: ['على'], nounContent: false },
  // "اتهام الوزير الحكومة بالتقصير": the accused and its ب-charge are the content.
  { masdar: 'اتهام', markers: [], nounContent: true },
  { masdar: 'تحذير', markers: ['من'], nounContent: false },
  { masdar: 'مطالبة', markers: ['ب'], nounContent: false },
];

/** Prepositions a masdar cue carries in running text ("بإعلان", "لاتهام"); و/ف are stripped by the matcher. */
const MASDAR_PREFIXES: readonly string[] = ['', 'ب', 'ل'];

export const NOMINAL_CUES: readonly NominalCue[] = [
  { lemma: 'وفقاً لـ', words: ['وفقا'], speaker: 'after', attachedLam: true },
  { lemma: 'طبقاً لـ', words: ['طبقا'], speaker: 'after', attachedLam: true },
  { lemma: 'بحسب', words: ['بحسب'], speaker: 'after' },
  { lemma: 'بحسب', words: ['بحسبما'], speaker: 'after' },
  { lemma: 'حسب ما', words: ['حسب', 'ما'], speaker: 'after' },
  // "…، وفق ما أفاد المرصد": like "حسب ما", the source follows the verb after ما.
  { lemma: 'وفق ما', words: ['وفق', 'ما'], speaker: 'after' },
  { lemma: 'وفق ما', words: ['وفقما'], speaker: 'after' },
  { lemma: 'حسب ما', words: ['حسبما'], speaker: 'after' },
  // "وحسب مراقبين فإن…", "…، وفق المرصد": the bare forms, after their "ما" forms above so that
  // those match first. "فحسب" ("only") is no cue: see matchNominal's proclitics in cues.ts.
  { lemma: 'بحسب', words: ['حسب'], speaker: 'after', knownSourceOnly: true },
  { lemma: 'وفقاً لـ', words: ['وفق'], speaker: 'after', knownSourceOnly: true },
  { lemma: 'نقلاً عن', words: ['نقلا', 'عن'], speaker: 'after' },
  { lemma: 'على لسان', words: ['على', 'لسان'], speaker: 'after' },
  { lemma: 'ما نقلته', words: ['ما', 'نقلته'], speaker: 'after' },
  { lemma: 'ما نقله', words: ['ما', 'نقله'], speaker: 'after' },
  { lemma: 'في تصريح لـ', words: ['في', 'تصريح'], speaker: 'before' },
  { lemma: 'في تصريحات لـ', words: ['في', 'تصريحات'], speaker: 'before' },
  { lemma: 'في بيان', words: ['في', 'بيان'], speaker: 'before' },
  // "وختم حميد بالقول إن…", "واكتفى الوزير بالقول: …": the saying is the object of a verb that is no
  // cue (ختم، اكتفى، علق، رد); its subject is the speaker. After a cue ("وأوضح بالقول") it is an adverb.
  { lemma: 'بالقول', words: ['بالقول'], speaker: 'before', afterVerbSubject: true },
  { lemma: 'وجاء في البيان', words: ['جاء', 'في', 'البيان'], speaker: 'none' },
  { lemma: 'وجاء في البيان', words: ['جاء', 'في', 'بيان'], speaker: 'none' },
  { lemma: 'وجاء في البيان', words: ['جاء', 'في', 'البلاغ'], speaker: 'none' },
  ...MASDAR_CUES.flatMap((m) => MASDAR_PREFIXES.map((p): NominalCue => ({ lemma: m.masdar, words: [p + m.masdar], speaker: 'masdar', masdar: m }))),
];

export interface CueForm {
  /** Inflected form as written, without proclitics. */
  form: string;
  lemma: string;
  gender: CueGender;
  kind: Exclude<CueKind, 'nominal'>;
  tense: 'past' | 'present' | 'participle';
  row: CueVerbRow;
  /** The form carries an object pronoun ("وصفه"): the word after it is no object. */
  objectPronoun?: true;
}

/** Every inflected form of every verb row (several hundred forms from ~40 rows). */
export function expandCueForms(rows: readonly CueVerbRow[] = CUE_VERBS): CueForm[] {
  const out: CueForm[] = [];
  for (const row of rows) {
    const lemma = row.lemma;
    const add = (form: string, gender: CueGender, tense: CueForm['tense']): void => {
      out.push({ form, lemma, gender, kind: tense === 'participle' ? 'participle' : 'verb', tense, row });
    };
    const [masc, fem, plural, dual] = row.past;
    if (row.objectPronoun) {
      // Singular forms only: a plural with a pronoun (وصفوه) is rare in wire copy.
      const stems: [string, CueGender, CueForm['tense']][] = [[masc, 'masc', 'past'], [fem, 'fem', 'past']];
      if (row.present) stems.push([row.present, 'masc', 'present'], ['ت' + row.present.slice(1), 'fem', 'present']);
      for (const [stem, gender, tense] of stems) {
        for (const pronoun of ['ه', 'ها', 'هم']) out.push({ form: stem + pronoun, lemma, gender, kind: 'verb', tense, row, objectPronoun: true });
      }
    }
    if (row.participleOnly && row.participle) {
      for (const [suffix, gender] of [['اً', 'masc'], ['ا', 'masc'], ['ةً', 'fem'], ['ة', 'fem'], ['ين', 'plural']] as const) add(row.participle + suffix, gender, 'participle');
      continue;
    }
    add(masc, 'masc', 'past');
    add(fem, 'fem', 'past');
    add(plural, 'plural', 'past');
    add(dual, 'plural', 'past');
    add(fem + 'ا', 'plural', 'past'); // feminine dual: قالتا
    if (row.present) {
      const stem = row.present.slice(1);
      const defective = /[وي]$/u.test(row.present) || row.present.endsWith('ى');
      add(row.present, 'masc', 'present');
      add('ت' + stem, 'fem', 'present');
      // Defective presents drop their last letter before the plural ending: يدعو → يدعون, ينفي → ينفون.
      const pluralStem = defective ? row.present.slice(0, -1) : row.present;
      add(pluralStem + 'ون', 'plural', 'present');
      add(defective ? pluralStem + (row.present.endsWith('و') ? 'وان' : 'يان') : row.present + 'ان', 'plural', 'present');
    }
    if (row.participle) {
      const p = row.participle;
      // Defective participles (داع، ناف) take a yaa before the endings: داعياً، نافية.
      const base = /[عف]$/u.test(p) && (row.lemma === 'دعا' || row.lemma === 'نفى') ? p + 'ي' : p;
      add(base + 'اً', 'masc', 'participle');
      add(base + 'ا', 'masc', 'participle');
      add(base + 'ةً', 'fem', 'participle');
      add(base + 'ة', 'fem', 'participle');
      add(base + 'ين', 'plural', 'participle');
      // No feminine plural (…ات): مطالبات، مؤكدات are nouns far more often than cues.
    }
  }
  return out;
}

/** Proclitics a cue verb can carry in news text: "وقال", "فقالت". */
export const CUE_PROCLITICS: readonly string[] = ['و', 'ف'];

/**
 * Nouns for reports that travel without a speaker: news, reports, rumours, leaks, documents.
 * Indefinite and followed directly by a cue verb ("نفت الوزارة أنباء أشارت إلى…"), the verb is a
 * relative clause describing the noun (an Arabic adjectival clause needs no relative pronoun after
 * an indefinite noun), not a new statement. Source: written by the Marsad team from the nouns wire
 * copy uses for unattributed reports; the dev split's "أنباء أشارت إلى" is the case that prompted it.
 */
export const REPORT_NOUNS: readonly string[] = [
  'أنباء', 'نبأ', 'تقارير', 'تقرير', 'معلومات', 'أخبار', 'خبر', 'شائعات', 'إشاعات', 'شائعة', 'إشاعة',
  'روايات', 'رواية', 'تسريبات', 'بيانات', 'وثيقة', 'وثائق', 'مزاعم', 'ادعاءات', 'تكهنات', 'أرقام', 'معطيات',
];
