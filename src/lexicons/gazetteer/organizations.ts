/**
 * Organizations that Arabic news names often: international and regional bodies, armed groups,
 * parties, news agencies and media, and the buildings that stand for a government (الكرملين).
 *
 * Sources: general knowledge; names of organizations as commonly written in the Arabic press,
 * with the short forms and acronyms the press uses (داعش، قسد، أ ف ب). Written by the Marsad team.
 *
 * Format: one row per organization, `kind | canonical | aliases | country`.
 *  - aliases are separated by `,`. An alias that starts with `~` is also an everyday word
 *    (فتح "opened", القاعدة "the base", الشباب "the youth"): it only counts as a mention when the
 *    full name already appeared in the same article.
 *  - country: the government the body stands for (البيت الأبيض → الولايات المتحدة), used by
 *    `governmentOf()`; empty for non-state bodies.
 */

export type OrganizationKind = 'international' | 'armed-group' | 'party' | 'agency' | 'media' | 'government' | 'ngo' | 'other';

export interface OrganizationRecord {
  kind: OrganizationKind;
  name: string;
  aliases: string[];
  /** Aliases that only count after the full name was seen in the article. */
  contextAliases: string[];
  country: string | null;
}

const ROWS: readonly string[] = [
  // International and regional bodies
  'international|الأمم المتحدة|منظمة الأمم المتحدة,هيئة الأمم المتحدة,الأمم المتحدة,UN|',
  'international|مجلس الأمن|مجلس الأمن الدولي,مجلس الأمن التابع للأمم المتحدة|',
  'international|الجمعية العامة للأمم المتحدة|~الجمعية العامة|',
  'international|مجلس حقوق الإنسان|مجلس حقوق الإنسان التابع للأمم المتحدة,مجلس حقوق الإنسان الأممي|',
  'international|جامعة الدول العربية|الجامعة العربية,~الجامعة|',
  'international|الاتحاد الأوروبي|الاتحاد الأوربي,EU|',
  'international|المفوضية الأوروبية|المفوضية الأوربية|',
  'international|البرلمان الأوروبي|البرلمان الأوربي|',
  'international|حلف شمال الأطلسي|الناتو,حلف الناتو,الحلف الأطلسي,حلف الأطلسي,NATO|',
  'international|منظمة الصحة العالمية|الصحة العالمية,WHO|',
  'international|صندوق النقد الدولي|IMF|',
  'international|البنك الدولي|',
  'international|مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية,مجلس التعاون|',
  'international|منظمة التعاون الإسلامي|منظمة المؤتمر الإسلامي|',
  'international|الاتحاد الأفريقي|الاتحاد الإفريقي|',
  'international|اللجنة الدولية للصليب الأحمر|الصليب الأحمر,الصليب الأحمر الدولي,ICRC|',
  'international|الهلال الأحمر|جمعية الهلال الأحمر|',
  'international|منظمة الأمم المتحدة للطفولة|اليونيسف,يونيسف,UNICEF|',
  'international|منظمة الأمم المتحدة للتربية والعلم والثقافة|اليونسكو,يونسكو,UNESCO|',
  'international|المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين,مفوضية اللاجئين,UNHCR|',
  'international|برنامج الأغذية العالمي|WFP|',
  'international|وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين|الأونروا,أونروا,UNRWA|',
  'international|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا,OCHA|',
  'international|منظمة الأغذية والزراعة|الفاو,FAO|',
  'international|منظمة حظر الأسلحة الكيميائية|OPCW|',
  'international|الوكالة الدولية للطاقة الذرية|~الطاقة الذرية,IAEA|',
  'international|المحكمة الجنائية الدولية|الجنائية الدولية,ICC|',
  'international|محكمة العدل الدولية|العدل الدولية|',
  'international|منظمة التجارة العالمية|WTO|',
  'international|منظمة الدول المصدرة للنفط|أوبك,أوبك بلس,OPEC|',
  'international|مجموعة العشرين|G20|',
  'international|مجموعة السبع|مجموعة الدول السبع,G7|',
  'international|منظمة شنغهاي للتعاون|',
  'international|مجموعة بريكس|بريكس,BRICS|',
  'international|الإنتربول|الشرطة الدولية,Interpol|',
  'international|الاتحاد الدولي لكرة القدم|الفيفا,فيفا,FIFA|',
  'international|اللجنة الأولمبية الدولية|',
  'international|منظمة العمل الدولية|',
  'international|المنظمة الدولية للهجرة|',
  'international|منظمة الأمن والتعاون في أوروبا|',
  'international|الاتحاد من أجل المتوسط|',
  'international|البنك الإسلامي للتنمية|',
  'international|البنك المركزي الأوروبي|',
  // NGOs and monitors
  'ngo|منظمة العفو الدولية|العفو الدولية,أمنستي,Amnesty|',
  'ngo|هيومن رايتس ووتش|هيومان رايتس ووتش,منظمة هيومن رايتس ووتش|',
  'ngo|المرصد السوري لحقوق الإنسان|المرصد السوري|',
  'ngo|أطباء بلا حدود|منظمة أطباء بلا حدود,MSF|',
  'ngo|الدفاع المدني السوري|الخوذ البيضاء,الخوذ البيضاء|',
  'ngo|الشبكة السورية لحقوق الإنسان|الشبكة السورية|',
  'ngo|مراسلون بلا حدود|منظمة مراسلون بلا حدود|',
  'ngo|أوكسفام|منظمة أوكسفام|',
  'ngo|منظمة الشفافية الدولية|الشفافية الدولية|',
  // Armed groups
  'armed-group|تنظيم الدولة الإسلامية|داعش,تنظيم داعش,تنظيم الدولة,الدولة الإسلامية,الدولة الإسلامية في العراق والشام,ISIS|',
  'armed-group|هيئة تحرير الشام|تحرير الشام,جبهة النصرة,النصرة,جبهة فتح الشام|',
  'armed-group|حزب الله|حزب الله اللبناني|',
  'armed-group|حركة حماس|حماس,حركة المقاومة الإسلامية|',
  'armed-group|حركة الجهاد الإسلامي|الجهاد الإسلامي|',
  'armed-group|كتائب القسام|كتائب عز الدين القسام|',
  'armed-group|سرايا القدس|',
  'armed-group|قوات سوريا الديمقراطية|قسد,SDF|',
  'armed-group|وحدات حماية الشعب|وحدات حماية الشعب الكردية,YPG|',
  'armed-group|حزب العمال الكردستاني|العمال الكردستاني,بي كا كا,PKK|',
  'armed-group|الجيش السوري الحر|الجيش الحر|',
  'armed-group|الجيش الوطني السوري|',
  'armed-group|جماعة أنصار الله|أنصار الله,الحوثيون,الحوثيين,جماعة الحوثي,جماعة الحوثيين|',
  'armed-group|حركة طالبان|طالبان|',
  'armed-group|تنظيم القاعدة|~القاعدة|',
  'armed-group|جماعة الإخوان المسلمين|الإخوان المسلمون,الإخوان المسلمين,جماعة الإخوان,~الإخوان|',
  'armed-group|بوكو حرام|جماعة بوكو حرام|',
  'armed-group|حركة الشباب المجاهدين|حركة الشباب,~الشباب|',
  'armed-group|جيش الإسلام|',
  'armed-group|حركة أحرار الشام|أحرار الشام|',
  'armed-group|فيلق الرحمن|',
  'armed-group|هيئة الحشد الشعبي|الحشد الشعبي,قوات الحشد الشعبي|العراق',
  'armed-group|مجموعة فاغنر|فاغنر|',
  'armed-group|الحرس الثوري الإيراني|الحرس الثوري|إيران',
  'armed-group|فيلق القدس|',
  'armed-group|قوات الدعم السريع|الدعم السريع|',
  'armed-group|الجيش الوطني الليبي|',
  'armed-group|عصائب أهل الحق|',
  'armed-group|كتائب حزب الله|',
  'armed-group|جبهة البوليساريو|البوليساريو|',
  // Parties and political bodies
  'party|حركة فتح|~فتح|',
  'party|حزب البعث|حزب البعث العربي الاشتراكي|',
  'party|حزب العدالة والتنمية|العدالة والتنمية|',
  'party|حزب الشعب الجمهوري|',
  'party|حزب الحركة القومية|',
  'party|الحزب الديمقراطي|الحزب الديمقراطي الأمريكي,الديمقراطيون|',
  'party|الحزب الجمهوري|الحزب الجمهوري الأمريكي,الجمهوريون|',
  'party|حزب المحافظين|حزب المحافظين البريطاني|',
  'party|حزب العمال البريطاني|',
  'party|حزب الليكود|الليكود|',
  'party|التيار الوطني الحر|',
  'party|حركة أمل|',
  'party|تيار المستقبل|',
  'party|حزب القوات اللبنانية|القوات اللبنانية|',
  'party|حزب الدعوة|حزب الدعوة الإسلامية|',
  'party|التيار الصدري|',
  'party|حركة النهضة|~النهضة|',
  'party|الاتحاد العام التونسي للشغل|',
  'party|المجلس الانتقالي الجنوبي|الانتقالي الجنوبي|',
  'party|الائتلاف الوطني السوري|الائتلاف السوري,الائتلاف الوطني لقوى الثورة والمعارضة السورية|',
  'party|هيئة التفاوض السورية|هيئة التفاوض|',
  'party|مجلس سوريا الديمقراطية|مسد|',
  'party|المجلس الوطني الكردي|',
  'party|حزب الاتحاد الديمقراطي|',
  'party|الحزب الديمقراطي الكردستاني|',
  'party|الاتحاد الوطني الكردستاني|',
  'party|حزب الوفد|~الوفد|',
  'party|حزب النور|',
  'party|حزب الاستقلال|',
  // News agencies and media
  'agency|رويترز|وكالة رويترز|',
  'agency|وكالة فرانس برس|فرانس برس,فرانس بريس,أ ف ب,أ.ف.ب,AFP|',
  'agency|أسوشيتد برس|أسوشييتد برس,وكالة أسوشيتد برس,أ ب,AP|',
  'agency|وكالة الأناضول|الأناضول للأنباء,~الأناضول|',
  'agency|سانا|الوكالة العربية السورية للأنباء,وكالة سانا|سوريا',
  'agency|واس|وكالة الأنباء السعودية|السعودية',
  'agency|وام|وكالة أنباء الإمارات|الإمارات',
  'agency|كونا|وكالة الأنباء الكويتية|الكويت',
  'agency|وكالة أنباء الشرق الأوسط|أ ش أ|مصر',
  'agency|~قنا|وكالة الأنباء القطرية|قطر',
  'agency|بترا|وكالة الأنباء الأردنية|الأردن',
  'agency|~وفا|وكالة الأنباء الفلسطينية|فلسطين',
  'agency|سبأ|وكالة الأنباء اليمنية|اليمن',
  'agency|واج|وكالة الأنباء الجزائرية|الجزائر',
  'agency|وكالة تونس أفريقيا للأنباء|~وات|تونس',
  'agency|وكالة المغرب العربي للأنباء|لاماب|المغرب',
  'agency|وكالة الأنباء العراقية|~واع|العراق',
  'agency|وكالة الأنباء الوطنية اللبنانية|الوكالة الوطنية للإعلام|لبنان',
  'agency|~بنا|وكالة أنباء البحرين|البحرين',
  'agency|تاس|وكالة تاس|روسيا',
  'agency|ريا نوفوستي|نوفوستي|روسيا',
  'agency|سبوتنيك|وكالة سبوتنيك|روسيا',
  'agency|إرنا|وكالة الأنباء الإيرانية|إيران',
  'agency|وكالة فارس|وكالة فارس للأنباء|إيران',
  'agency|وكالة تسنيم|~تسنيم|إيران',
  'agency|وكالة الأنباء الألمانية|د ب أ,DPA|',
  'agency|شينخوا|وكالة شينخوا,وكالة أنباء الصين الجديدة|الصين',
  'agency|كيودو|وكالة كيودو|',
  'agency|يونهاب|وكالة يونهاب|',
  'agency|بلومبرغ|وكالة بلومبرغ,بلومبيرغ|',
  'media|قناة الجزيرة|شبكة الجزيرة,الجزيرة نت,~الجزيرة|',
  'media|قناة العربية|العربية نت,~العربية|',
  'media|سكاي نيوز عربية|سكاي نيوز|',
  'media|روسيا اليوم|RT|',
  'media|فرانس 24|',
  'media|بي بي سي|هيئة الإذاعة البريطانية,BBC|',
  'media|سي إن إن|سي ان ان,CNN|',
  'media|نيويورك تايمز|صحيفة نيويورك تايمز|',
  'media|واشنطن بوست|صحيفة واشنطن بوست|',
  'media|وول ستريت جورنال|صحيفة وول ستريت جورنال|',
  'media|فايننشال تايمز|',
  'media|الغارديان|صحيفة الغارديان|',
  'media|ميدل إيست آي|ميدل ايست آي|',
  'media|ميدل إيست أونلاين|ميدل ايست أونلاين|',
  'media|قناة الميادين|~الميادين|',
  'media|قناة المنار|~المنار|',
  'media|هآرتس|صحيفة هآرتس|',
  'media|يديعوت أحرونوت|',
  'media|تايمز أوف إسرائيل|',
  // Buildings and bodies that stand for a government
  'government|البيت الأبيض||الولايات المتحدة',
  'government|البنتاغون|وزارة الدفاع الأمريكية,البنتاجون|الولايات المتحدة',
  'government|الكونغرس|الكونغرس الأمريكي,الكونجرس|الولايات المتحدة',
  'government|مجلس الشيوخ الأمريكي||الولايات المتحدة',
  'government|وكالة المخابرات المركزية|سي آي إيه,CIA|الولايات المتحدة',
  'government|مكتب التحقيقات الفيدرالي|إف بي آي,FBI|الولايات المتحدة',
  'government|الكرملين||روسيا',
  'government|الدوما|مجلس الدوما|روسيا',
  'government|قصر الإليزيه|الإليزيه|فرنسا',
  'government|داونينغ ستريت||بريطانيا',
  'government|الكنيست|الكنيست الإسرائيلي|إسرائيل',
  'government|الجيش الإسرائيلي|جيش الاحتلال,جيش الاحتلال الإسرائيلي|إسرائيل',
  'government|الموساد||إسرائيل',
  'government|الشاباك||إسرائيل',
  'government|قصر بعبدا|بعبدا|لبنان',
  'government|قصر المرادية|المرادية|الجزائر',
  'government|قصر قرطاج|قرطاج|تونس',
  'government|الديوان الملكي||',
  'government|مجلس النواب||',
  'government|مجلس الشعب||',
  'government|مجلس الوزراء||',
  'government|مجلس الأمة||',
  'government|مجلس الشورى||',
  'government|البنك المركزي||',
];

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The organization table as records; called once at start-up. */
export function expandOrganizations(rows: readonly string[] = ROWS): OrganizationRecord[] {
  return rows.map((row) => {
    const [kind = 'other', rawName = '', aliases, country] = row.split('|');
    const all = list(aliases);
    // A `~` on the canonical name itself (قنا) makes the bare name context-only as well.
    const nameIsContextOnly = rawName.startsWith('~');
    const name = nameIsContextOnly ? rawName.slice(1) : rawName;
    return {
      kind: kind as OrganizationKind,
      name,
      aliases: all.filter((a) => !a.startsWith('~')),
      contextAliases: [...all.filter((a) => a.startsWith('~')).map((a) => a.slice(1)), ...(nameIsContextOnly ? [name] : [])],
      country: country && country.trim() ? country.trim() : null,
    };
  });
}
