/**
 * `marsad claim` judges loosely retrieved articles, so its model asks a verdict for one sentence
 * that states the whole claim (lexical.ts `statesWholeClaim`). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignArticle, alignSentence } from './align.js';
import { looksLikeImperfectVerb, parseClaim } from './claim.js';
import { LexicalStanceModel, sentencePolarity, statesWholeClaim, wholeClaimVerdict } from './lexical.js';
import { stanceTokens } from './text.js';

const CLAIM = 'إيران تنسحب من الاتفاق النووي';

describe('statesWholeClaim', () => {
  const claim = parseClaim(CLAIM);
  const states = (text: string, stance: 'agree' | 'disagree' = 'agree'): boolean => statesWholeClaim(claim, alignSentence(claim, text, 0), stance);

  it('asks for the claim\'s verb: sharing the other words is not saying it', () => {
    assert.equal(states('أعلنت إيران أنها تنسحب من الاتفاق النووي مع القوى الكبرى'), true);
    assert.equal(states('مجلس الأمن يصادق على الاتفاق النووي مع إيران ويبدأ التحضير لرفع العقوبات'), false);
  });

  it('asks for the words close together, not spread over the clauses of a long sentence', () => {
    const spread =
      'وقالت إيران في بيان طويل تلاه المتحدث باسم الحكومة أمام الصحفيين في العاصمة بعد اجتماع استمر ساعات إن القوات ستنسحب من المواقع الحدودية، في حين رأى مراقبون أن الاتفاق النووي لم يتأثر بذلك';
    assert.equal(states(spread), false);
  });

  it('does not take another country in the claim\'s place for a contradiction of its act', () => {
    assert.equal(states('أحالت وزارة الخارجية الأمريكية الاتفاق النووي إلى الكونغرس', 'disagree'), false);
    assert.equal(states('نفت إيران أنها تنسحب من الاتفاق النووي', 'disagree'), true);
  });
});

describe('what the claim\'s verb acts on', () => {
  const FUEL = parseClaim('السعودية سترفع أسعار الوقود');
  const states = (text: string, stance: 'agree' | 'disagree' = 'agree'): boolean => statesWholeClaim(FUEL, alignSentence(FUEL, text, 0), stance);

  it('is the run of words right after the main verb (or its preposition), up to the next function word', () => {
    const objects = (text: string): string[] => parseClaim(text).terms.filter((t) => t.object).map((t) => t.stem);
    assert.equal(objects('السعودية سترفع أسعار الوقود').length, 2);
    // "على المستهلكين" is a complement: the slack may still forgive it.
    assert.equal(objects('الحكومة التونسية ستزيد سعر الكهرباء على المستهلكين').length, 2);
    // A preposition right after the verb opens its object; "مدينة" only classes the name.
    assert.equal(objects('الحوثيون يسيطرون على مدينة عدن').length, 1);
    assert.equal(objects('إيران تنسحب من الاتفاق النووي').length, 2);
    // A verbal word shaped like a noun ("بعثة") is not the main verb.
    assert.ok(!parseClaim('بعثة الأمم المتحدة تساند الانتخابات').terms.some((t) => t.object && t.stem.includes('امم')));
  });

  it('must be said whole, next to the verb', () => {
    assert.equal(states('قررت الحكومة السعودية أن ترفع أسعار الوقود مطلع العام المقبل'), true);
    assert.equal(states('ومن المتوقع أن يسهم المشروع السعودي في توفير ما يزيد عن أربعة ملايين برميل من وقود الديزل عالي الكلفة'), false);
    // Another good's prices are no contradiction of fuel's.
    assert.equal(states('حالة الطقس في السعودية لا تشفع لزيادة أسعار الكهرباء', 'disagree'), false);
    assert.equal(states('نفت السعودية أنها سترفع أسعار الوقود', 'disagree'), true);
  });
});

describe('who acts', () => {
  const ADEN = parseClaim('الحوثيون يسيطرون على مدينة عدن');
  const states = (text: string): boolean => statesWholeClaim(ADEN, alignSentence(ADEN, text, 0), 'agree');

  it('supports the claim only when its actor, if named, is not what the act was done from', () => {
    assert.equal(states('سيطر الحوثيون على مدينة عدن بعد معارك عنيفة'), true);
    assert.equal(states('جاء ذلك بعد سيطرة الحوثيين على مدينة عدن الشهر الماضي'), true);
    // The Houthis named as what the city was taken from, not as the ones in control.
    assert.equal(states('عاد الوزراء إلى مدينة عدن بعد تحريرها من المسلحين الحوثيين'), false);
    assert.equal(states('تحاول القوات استعادة الأحياء الشمالية من مدينة عدن من المقاتلين الحوثيين'), false);
    // Said only with a verb of taking back, the place is the taker's: the claim's actor must be named as the taker.
    assert.equal(states('أسهمت الغارات في استعادة مدينة عدن ومطارها'), false);
    assert.equal(states('استعاد الحوثيون مدينة عدن بعد معارك'), true);
    // Not named at all: the slack may forgive the actor ("أعلنوا أنهم يسيطرون على مدينة عدن").
    assert.equal(states('أعلنوا أنهم يسيطرون على مدينة عدن بالكامل'), true);
  });
});

describe('a denial in the sentence', () => {
  const polarity = (claimText: string, text: string): string => {
    const claim = parseClaim(claimText);
    return sentencePolarity(claim, alignSentence(claim, text, 0));
  };

  it('contradicts a claim that the act happens, and supports one that it will not', () => {
    const denial = 'نفت وزارة الخارجية الكينية اعتزام نيروبي سحب جنودها من إقليم جدو';
    assert.equal(polarity('كينيا تسحب جنودها من إقليم جدو', denial), 'contradicts');
    assert.equal(polarity('كينيا لن تسحب جنودها من إقليم جدو', denial), 'supports');
    assert.equal(polarity('كينيا لن تسحب جنودها من إقليم جدو', 'أعلنت كينيا أنها ستسحب جنودها من إقليم جدو'), 'contradicts');
  });
});

describe('the claim model (wholeClaim)', () => {
  const article = (title: string, paragraphs: string[]) => ({ title, paragraphs });
  const model = new LexicalStanceModel({ wholeClaim: true });

  it('never agrees on an article that shares the topic but not the act', () => {
    const related = article('مجلس الأمن يصادق على الاتفاق النووي مع إيران', [
      'صادق مجلس الأمن الدولي بالإجماع على الاتفاق النووي مع إيران، ويبدأ التحضير لرفع العقوبات الدولية تدريجيا.',
      'وقال دبلوماسيون إن الاتفاق النووي يفتح صفحة جديدة في علاقات إيران مع الغرب.',
    ]);
    assert.notEqual(model.judgeSync(CLAIM, related).stance, 'agree');
  });

  it('agrees when the headline and lead state the claim and no sentence states its opposite, whatever denials follow', () => {
    const announced = article('الحكومة تعلن رفع الدعم عن المحروقات ابتداء من الشهر المقبل', [
      'أعلن وزير المالية يوم الثلاثاء أن الحكومة سترفع الدعم عن المحروقات ابتداء من الشهر المقبل.',
      'وقال الوزير إن الأسعار الجديدة ستعلن تباعا.',
      'ونفى الوزير أن تكون الخطوة جاءت بطلب من صندوق النقد الدولي.',
      'وكان الوزير قد قال في يناير إنه لا توجد خطة لرفع الدعم هذا العام.',
    ]);
    assert.equal(model.judgeSync('الحكومة سترفع الدعم عن المحروقات', announced).stance, 'agree');
  });

  it('lets the lead, not a sentence further down, overrule the fitted model', () => {
    const claim = parseClaim('الحوثيون يسيطرون على مدينة عدن');
    const background = 'وكان الحوثيون يسيطرون على مدينة عدن منذ مارس الماضي.';
    const body = ['استعادت قوات المقاومة الشعبية السيطرة على مدينة عدن بعد معارك استمرت أسابيع.', 'وقال قائد ميداني إن القوات تلاحق فلول المتمردين في الأحياء الشمالية.'];
    const late = alignArticle(claim, 'المقاومة تستعيد مدينة عدن', [...body, background]);
    assert.equal(wholeClaimVerdict(claim, late, 'discuss'), 'discuss');
    // The fitted model's own agree stands when a sentence states the claim.
    assert.equal(wholeClaimVerdict(claim, late, 'agree'), 'agree');
    const lead = alignArticle(claim, 'الحوثيون يسيطرون على مدينة عدن', body);
    assert.equal(wholeClaimVerdict(claim, lead, 'discuss'), 'agree');
  });
});

describe('government words in stance matching', () => {
  it('match as the country and its adjective, never as a name that shares their letters', () => {
    const form = (w: string): readonly string[] => stanceTokens(w)[0]!.forms;
    assert.deepEqual(form('السعودية'), form('سعودي'));
    assert.deepEqual(form('الإيرانية'), form('إيران'));
    // Countries whose names begin with ب، ل، ف، ك keep those letters.
    assert.deepEqual(form('البريطانية'), form('بريطانيا'));
    assert.deepEqual(form('اللبناني'), form('لبنان'));
    assert.deepEqual(form('الفرنسية'), form('فرنسا'));
    assert.ok(!form('سعود').some((f) => form('السعودية').includes(f)));
    // A capital is no country here: "سبق - الرياض" is a dateline, not the state.
    assert.notDeepEqual(form('الرياض'), form('السعودية'));
  });
});

describe('looksLikeImperfectVerb', () => {
  it('takes third-person imperfect verbs, with و/ف and the future س, and not the nouns that begin like them', () => {
    for (const verb of ['تلغي', 'تنسحب', 'يرفض', 'ستغلق', 'وتعلن']) assert.equal(looksLikeImperfectVerb(verb), true, verb);
    for (const noun of ['تقرير', 'تحالف', 'تعاون', 'تطورات', 'تجربه', 'يوم']) assert.equal(looksLikeImperfectVerb(noun), false, noun);
  });
});
