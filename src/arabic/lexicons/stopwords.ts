/**
 * Arabic function words dropped from search tokens: prepositions, pronouns, demonstratives,
 * relatives, particles, conjunctions and a few auxiliary verbs that appear in almost every news
 * article and so carry no weight for retrieval.
 *
 * Source: written for Marsad from standard Arabic grammar (no list was copied). Entries are in
 * SEARCH_RULES normalized form (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, no harakat), which is how
 * searchTokens sees words; a test checks that every entry is already normalized.
 * Deliberately absent: content-bearing verbs of saying (قال, اكد…) — the statement extractor and
 * searches like "قال الوزير" need them — and negations used for stance (لم, لن, ليس are here
 * because search ignores them; stance detection reads the text, not these tokens).
 */

const PREPOSITIONS = [
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'حتي', 'منذ', 'مذ', 'لدي', 'لدن', 'عند', 'بين', 'نحو', 'ضد',
  'خلال', 'عبر', 'حول', 'دون', 'بعد', 'قبل', 'فوق', 'تحت', 'امام', 'وراء', 'خلف', 'عدا', 'سوي', 'غير',
  'لكن', 'بل', 'كي', 'لكي', 'ضمن', 'لدي', 'وسط', 'حيال', 'ازاء', 'جراء', 'اثر', 'عقب', 'تجاه', 'بشان',
  'فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عليه', 'عليها', 'عليهم', 'اليه', 'اليها', 'اليهم',
  'عنه', 'عنها', 'عنهم', 'معه', 'معها', 'معهم', 'له', 'لها', 'لهم', 'لهما', 'لنا', 'لي', 'لك', 'به',
  'بها', 'بهم', 'بهما', 'بنا', 'بي', 'بك', 'عندما', 'بينما', 'حين', 'حينما', 'بينهم', 'بينها',
];

const PRONOUNS = [
  'انا', 'نحن', 'انت', 'انتم', 'انتما', 'انتن', 'هو', 'هي', 'هما', 'هم', 'هن', 'اياه', 'اياها', 'اياهم',
  'وهو', 'وهي', 'وهم', 'فهو', 'فهي', 'فهم', 'نفسه', 'نفسها', 'انفسهم',
];

const DEMONSTRATIVES_AND_RELATIVES = [
  'هذا', 'هذه', 'هذان', 'هذين', 'هاتان', 'هاتين', 'هءلاء', 'ذلك', 'تلك', 'ذاك', 'اولءك', 'هناك', 'هنا',
  'هنالك', 'الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللواتي', 'اللاتي', 'ما',
  'ماذا', 'من', 'وهذا', 'وهذه', 'وذلك', 'وتلك', 'والذي', 'والتي', 'والذين',
];

const PARTICLES = [
  'و', 'ف', 'ب', 'ل', 'ك', 'ثم', 'او', 'ام', 'ان', 'انه', 'انها', 'انهم', 'لان', 'لانه', 'كان', 'كانت',
  'كانوا', 'يكون', 'تكون', 'يكن', 'قد', 'لقد', 'وقد', 'فقد', 'لا', 'لم', 'لن', 'ليس', 'ليست', 'لما', 'لو',
  'لولا', 'اذا', 'اذ', 'اما', 'الا', 'الي', 'كل', 'بعض', 'اي', 'ايضا', 'كما', 'كذلك', 'حيث', 'سوف',
  'هل', 'ثمه', 'انما', 'لعل', 'ليت', 'كان', 'مثل', 'عدم', 'اما', 'وان', 'وانه', 'وكان', 'وكانت',
  'ولا', 'ولم', 'ولن', 'وما', 'ومن', 'وفي', 'وعلي', 'وعن', 'ومع', 'فان', 'فلا', 'فما', 'كما', 'بان',
  'بانه', 'بانها', 'ذات', 'نفس', 'كلا', 'كلتا', 'سواء', 'يا', 'ها', 'اذن', 'متي', 'اين', 'كيف', 'لماذا',
  'كم', 'جدا', 'فقط', 'حاليا', 'الان', 'عند',
];

/** Every stopword, normalized, as a set for O(1) lookup. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...PRONOUNS,
  ...DEMONSTRATIVES_AND_RELATIVES,
  ...PARTICLES,
]);
