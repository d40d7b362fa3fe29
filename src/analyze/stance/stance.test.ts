/**
 * The stance model's parts and its behaviour on short articles written for these tests (fiction:
 * invented officials and events). The fitted parameters and the lexicon are still being tuned, so
 * these tests assert what must hold for any reasonable tuning — structure, bounds, the cues the
 * alignment must see — never exact scores.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalize } from '../../arabic/normalize.js';
import { splitSentences } from '../../arabic/sentences.js';
import { stemNormalized } from '../../arabic/stem.js';
import type { Statement } from '../../core/types.js';
import { alignArticle, alignSentence } from './align.js';
import { parseClaim } from './claim.js';
import { decide, hasContradictingEvidence, probabilities, type StanceParams } from './decide.js';
import { DEFAULT_STANCE_PARAMS } from './default-params.js';
import { FEATURE_NAMES, stanceFeatures } from './features.js';
import { fitStanceParams, macroF1, type LabelledFeatures } from './fit.js';
import { shareForm, wordForms } from './forms.js';
import { LexicalStanceModel, sentencePolarity } from './lexical.js';
import { countriesOf, substitutions, textPoles } from './poles.js';
import { fitSoftmax, predictProbabilities, softmax } from './softmax.js';
import { stanceTokens } from './text.js';
import { wordNegated } from './word-negation.js';
import { STANCES, type Stance, type StanceArticle, type StanceJudgement } from './types.js';

const repo = path.join(import.meta.dirname, '..', '..', '..', '..');
const gold = JSON.parse(readFileSync(path.join(repo, 'test', 'fixtures', 'claims', 'gold.json'), 'utf8')) as { claims: { id: string; claim: string }[] };

const formsOf = (word: string): readonly string[] => {
  const norm = normalize(word);
  return wordForms(norm, stemNormalized(norm));
};

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('wordForms', () => {
  it('peels the future prefix and a preposition down to a shared form', () => {
    assert.ok(shareForm(formsOf('سترفع'), formsOf('برفع')), `${formsOf('سترفع').join(',')} / ${formsOf('برفع').join(',')}`);
    assert.ok(shareForm(formsOf('وسحبت'), formsOf('بسحب')));
    assert.ok(shareForm(formsOf('يغادروا'), formsOf('غادر')));
  });

  it('keeps the word itself and never peels below three letters', () => {
    for (const word of ['سترفع', 'برفع', 'بالكهرباء', 'وللحكومة', 'فسيعودون', 'لها', 'بهم']) {
      const norm = normalize(word);
      const forms = wordForms(norm, stemNormalized(norm));
      assert.ok(forms.includes(norm), word);
      for (const form of forms) if (form !== norm) assert.ok(form.length >= 3, `${word} → ${form}`);
    }
  });

  it('never yields a form shorter than three letters from a word of three or more (property)', () => {
    const letter = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية'.split(''));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 3, maxLength: 12 }), (letters) => {
        const norm = letters.join('');
        const forms = wordForms(norm, stemNormalized(norm));
        return forms.includes(norm) && forms.every((f) => f === norm || f.length >= 3);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseClaim', () => {
  it('tells negative claims from positive ones', () => {
    assert.equal(parseClaim('الحكومة لن ترفع الأسعار').negative, true);
    assert.equal(parseClaim('نفى الوزير أن تكون الحكومة سترفع الأسعار').negative, true);
    assert.equal(parseClaim('الحكومة سترفع الأسعار').negative, false);
    assert.equal(parseClaim('الحكومة لم ترفع أسعار الخبز').negative, true);
  });

  it('reads a definite noun right after a verbal noun as its object, not as a second predicate', () => {
    const predicates = (text: string) => parseClaim(text).terms.filter((t) => t.predicate).map((t) => t.stem);
    // "الدعم" is the subsidy being lifted, not the verb "support".
    assert.deepEqual(predicates('رفع الدعم عن المحروقات'), predicates('رفع الأسعار'));
    assert.equal(predicates('رفع الدعم عن المحروقات').length, 1);
    // Without the verbal noun before it, the same word is the predicate.
    assert.ok(predicates('الحكومة تدعم المزارعين').length >= 1);
    // A hamza-initial verbal noun ("إلغاء") is not a definite object of the verb before it.
    const parsed = parseClaim('الحكومة ترفض إلغاء الدعم');
    assert.ok(parsed.terms.some((t) => t.stem === parseClaim('إلغاء').terms[0]!.stem), 'إلغاء is a term');
    assert.deepEqual(predicates('الحكومة سترفع الدعم'), predicates('الحكومة سترفع'));
  });

  it('drops stopwords and keeps content words, with positive weights', () => {
    const claim = parseClaim('الحكومة سترفع أسعار الكهرباء في العام المقبل');
    assert.ok(claim.terms.length >= 4);
    assert.ok(claim.terms.every((t) => t.weight > 0));
    assert.ok(Math.abs(claim.totalWeight - sum(claim.terms.map((t) => t.weight))) < 1e-9);
    assert.equal(parseClaim('').terms.length, 0);
    assert.equal(parseClaim('في من على').terms.length, 0);
  });

  it('matches synonyms through predicate and noun sets ("انسحاب القوات" ~ "سحب الجنود")', () => {
    const claim = parseClaim('انسحاب القوات');
    assert.ok(claim.predicateSets.size > 0);
    const s = alignSentence(claim, 'بدأت الحكومة سحب الجنود من المنطقة الحدودية', 0);
    assert.equal(s.coverage, 1);
    assert.deepEqual([...s.matched].sort(), claim.terms.map((_, i) => i));
  });
});

describe('alignSentence', () => {
  const claim = parseClaim('الحكومة سترفع أسعار الكهرباء');
  const align = (text: string) => alignSentence(claim, text, 0);

  it('sees nothing against the claim in the claim itself, and covers it fully', () => {
    const s = align('الحكومة سترفع أسعار الكهرباء');
    assert.equal(s.coverage, 1);
    for (const flag of ['negated', 'denial', 'opposite', 'question', 'condition'] as const) assert.equal(s[flag], false, flag);
  });

  it('flags a negated predicate', () => {
    assert.equal(align('قال الوزير إن الحكومة لن ترفع أسعار الكهرباء هذا العام').negated, true);
    assert.equal(align('الحكومة لن ترفع أسعار الكهرباء').negated, true);
    assert.equal(alignSentence(parseClaim('سترفع الحكومة أسعار الكهرباء'), 'لن ترفع الحكومة أسعار الكهرباء', 0).negated, true);
  });

  it('flags a denial, by verb or by phrase', () => {
    assert.equal(align('نفت الحكومة أن تكون بصدد رفع أسعار الكهرباء').denial, true);
    assert.equal(align('الأنباء عن رفع الحكومة أسعار الكهرباء عارية عن الصحة').denial, true);
  });

  it('does not count a retold earlier denial as this sentence\'s denial', () => {
    assert.equal(align('وردا على تصريحات سابقة للوزارة نفت فيها رفع أسعار الكهرباء قالت الحكومة إنها سترفعها').denial, false);
    assert.equal(align('وكانت الحكومة قد نفت رفع أسعار الكهرباء قبل أشهر').denial, false);
    assert.equal(align('وكانت الحكومة نفت اليوم رفع أسعار الكهرباء').denial, true);
  });

  it('flags the opposite predicate ("خفض" against "رفع")', () => {
    const s = align('الحكومة ستخفض أسعار الكهرباء');
    assert.equal(s.opposite, true);
    assert.equal(s.negated, false);
  });

  it('flags a question and a condition', () => {
    assert.equal(align('هل سترفع الحكومة أسعار الكهرباء؟').question, true);
    assert.equal(align('إذا ارتفعت كلفة الوقود سترفع الحكومة أسعار الكهرباء').condition, true);
  });

  it('does not take a plain negation for a condition, nor reported speech for a contrast', () => {
    // Multi-word cues ("ما لم", "غير أن", "مع ذلك") must match as phrases, not word by word.
    assert.equal(align('الحكومة لم ترفع أسعار الكهرباء').condition, false);
    assert.equal(align('قال الوزير إن الحكومة سترفع أسعار الكهرباء').contrast, false);
    assert.equal(align('الحكومة سترفع أسعار الكهرباء مع بداية العام').contrast, false);
  });

  it('keeps coverage in [0, 1], and at 1 for every fixture claim against itself', () => {
    for (const { claim: text } of gold.claims) {
      const c = parseClaim(text);
      assert.equal(alignSentence(c, text, 0).coverage, 1, text);
      for (const other of gold.claims) {
        const cov = alignSentence(c, other.claim, 0).coverage;
        assert.ok(cov >= 0 && cov <= 1, `${text} / ${other.claim}: ${cov}`);
      }
    }
    assert.equal(alignSentence(parseClaim(''), 'أي جملة', 0).coverage, 0);
  });
});

describe('softmax and its fit', () => {
  it('softmax sums to 1, keeps the order and survives large logits', () => {
    for (const logits of [[0], [1, 2, 3], [-5, 0, 5, 10], [1000, -1000, 999], [-1e6, -1e6]]) {
      const p = softmax(logits);
      assert.ok(Math.abs(sum(p) - 1) < 1e-9, String(logits));
      assert.ok(p.every((v) => Number.isFinite(v) && v >= 0 && v <= 1));
      for (let i = 0; i < logits.length; i++) for (let j = 0; j < logits.length; j++) if (logits[i]! > logits[j]!) assert.ok(p[i]! >= p[j]!);
    }
  });

  it('fitSoftmax separates a trivially separable toy set', () => {
    const xs = [[0, 0], [0.1, 0.2], [0.2, 0.1], [5, 0], [5.1, 0.2], [4.9, 0.1], [0, 5], [0.2, 5.1], [0.1, 4.8]];
    const ys = [0, 0, 0, 1, 1, 1, 2, 2, 2];
    const model = fitSoftmax(xs, ys, { classes: ['a', 'b', 'c'], features: ['x', 'y'] });
    xs.forEach((x, i) => {
      const p = predictProbabilities(model, x);
      assert.ok(Math.abs(sum(p) - 1) < 1e-9);
      assert.equal(p.indexOf(Math.max(...p)), ys[i], `point ${i}: ${p.join(', ')}`);
    });
    // Deterministic: the same data gives the same model.
    assert.deepEqual(fitSoftmax(xs, ys, { classes: ['a', 'b', 'c'], features: ['x', 'y'] }), model);
  });

  it('fitSoftmax copes with a constant feature (zero spread)', () => {
    const model = fitSoftmax([[1, 0], [1, 1]], [0, 1], { classes: ['a', 'b'], features: ['const', 'x'] });
    assert.ok(model.scale.every((s) => Number.isFinite(s) && s > 0));
    assert.ok(predictProbabilities(model, [1, 0]).every(Number.isFinite));
  });
});

describe('macroF1', () => {
  it('scores known inputs', () => {
    const g: Stance[] = ['agree', 'agree', 'disagree', 'unrelated'];
    assert.equal(macroF1(g, g), 3 / 4); // discuss never occurs: F1 0 for it over the four classes
    assert.equal(macroF1(g, g, ['agree', 'disagree', 'unrelated']), 1);
    // agree 2/3, disagree 2/3, discuss 0, unrelated 1
    const p: Stance[] = ['agree', 'disagree', 'disagree', 'unrelated'];
    assert.ok(Math.abs(macroF1(g, p) - (2 / 3 + 2 / 3 + 0 + 1) / 4) < 1e-12);
    assert.equal(macroF1(['agree', 'disagree'], ['disagree', 'agree']), 0);
  });
});

/** A feature vector with the named features set and the rest 0. */
function features(values: Partial<Record<(typeof FEATURE_NAMES)[number], number>>): number[] {
  return FEATURE_NAMES.map((name) => values[name] ?? 0);
}
const CONTRADICTING = ['polarityMismatch', 'denialNear', 'oppositeNear', 'numberConflict', 'denialLoose'] as const;

/** A model that strongly prefers `disagree` whatever the features say. */
function disagreeLoving(): StanceParams {
  const d = FEATURE_NAMES.length;
  const row = (bias: number): number[] => [bias, ...new Array<number>(d).fill(0)];
  return {
    model: { classes: [...STANCES], features: [...FEATURE_NAMES], mean: new Array<number>(d).fill(0), scale: new Array<number>(d).fill(1), weights: [row(0), row(10), row(0), row(0)] },
    offsets: { agree: 0, disagree: 5, discuss: 0, unrelated: 0 },
    disagreeMin: 0,
    trainedOn: 'test: disagree-loving',
  };
}

describe('decide', () => {
  it('never says disagree without contradicting evidence, whatever the probabilities', () => {
    const loving = disagreeLoving();
    const value = fc.double({ min: 0, max: 3, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { minLength: FEATURE_NAMES.length, maxLength: FEATURE_NAMES.length }), (raw) => {
        const x = raw.map((v, i) => ((CONTRADICTING as readonly string[]).includes(FEATURE_NAMES[i]!) ? 0 : v));
        assert.equal(hasContradictingEvidence(x), false);
        return decide(loving, x) !== 'disagree' && decide(DEFAULT_STANCE_PARAMS, x) !== 'disagree';
      }),
      { numRuns: 300 },
    );
  });

  it('says disagree when the evidence is there and the model is sure', () => {
    const loving = disagreeLoving();
    for (const name of CONTRADICTING) {
      const x = features({ [name]: 1 });
      assert.equal(hasContradictingEvidence(x), true, name);
      assert.equal(decide(loving, x), 'disagree', name);
    }
    // …but not below its threshold.
    assert.notEqual(decide({ ...loving, disagreeMin: 1.01 }, features({ denialNear: 1 })), 'disagree');
  });

  it('probabilities cover the four classes and sum to 1', () => {
    const p = probabilities(DEFAULT_STANCE_PARAMS, features({ bestCoverage: 1, docCoverage: 1 }));
    assert.deepEqual(Object.keys(p).sort(), [...STANCES].sort());
    assert.ok(Math.abs(sum(Object.values(p)) - 1) < 1e-9);
  });
});

describe('fitStanceParams', () => {
  /** A toy set: each class has its own telltale feature, with a little deterministic jitter. */
  function toy(): LabelledFeatures[] {
    const out: LabelledFeatures[] = [];
    const templates: Record<Stance, Partial<Record<(typeof FEATURE_NAMES)[number], number>>> = {
      agree: { docCoverage: 1, bestCoverage: 1, polarityMatch: 1 },
      disagree: { docCoverage: 1, bestCoverage: 1, polarityMismatch: 1, denialNear: 1 },
      discuss: { docCoverage: 0.6, bestCoverage: 0.5, hedgeNear: 1, questionNear: 1 },
      unrelated: { docCoverage: 0.1, bestCoverage: 0.05 },
    };
    for (const label of STANCES) {
      for (let k = 0; k < 8; k++) {
        const x = features(templates[label]).map((v, j) => v + ((k * 7 + j * 3) % 5) * 0.01);
        out.push({ features: x, label });
      }
    }
    return out;
  }

  it('returns offsets for every class, a disagree threshold, and separates the toy set', () => {
    const examples = toy();
    const params = fitStanceParams(examples, 'toy');
    assert.equal(params.trainedOn, 'toy');
    assert.deepEqual(Object.keys(params.offsets).sort(), [...STANCES].sort());
    assert.ok(Object.values(params.offsets).every(Number.isFinite));
    assert.ok(params.disagreeMin > 0 && params.disagreeMin <= 1.01, String(params.disagreeMin));
    const predicted = examples.map((e) => decide(params, e.features));
    assert.ok(macroF1(examples.map((e) => e.label), predicted) >= 0.9, predicted.join(' '));
  });
});

// ---------------------------------------------------------------------------------------------
// The model on short articles written for these tests.

const CLAIM = 'الحكومة سترفع أسعار الكهرباء';

const FOOTBALL: StanceArticle = {
  title: 'النادي الأهلي يتوج بلقب الدوري للمرة الثالثة',
  paragraphs: [
    'حقق النادي الأهلي فوزا كبيرا على منافسه بثلاثة أهداف دون رد في المباراة النهائية مساء السبت أمام جمهور غفير.',
    'وقال المدرب إن اللاعبين قدموا أداء رائعا طوال الموسم، وإن الجمهور كان سندا للفريق في المباريات الصعبة.',
  ],
};

const DENIAL: StanceArticle = {
  title: 'وزير الطاقة ينفي أي زيادة في تعريفة الكهرباء',
  paragraphs: [
    'نفى وزير الطاقة صالح العمراني صباح اليوم ما تداولته مواقع التواصل عن نية الحكومة رفع أسعار الكهرباء.',
    'وقال العمراني في مؤتمر صحافي إن الحكومة لن ترفع أسعار الكهرباء هذا العام، وإن الأنباء المتداولة عارية عن الصحة.',
  ],
};

const ANNOUNCEMENT: StanceArticle = {
  title: 'الحكومة تعلن زيادة أسعار الكهرباء بداية الشهر المقبل',
  paragraphs: [
    'أعلنت الحكومة اليوم أنها سترفع أسعار الكهرباء بنسبة عشرة في المئة ابتداء من الشهر المقبل.',
    'وقال وزير الطاقة صالح العمراني إن الزيادة ضرورية لتغطية كلفة الإنتاج المرتفعة.',
  ],
};

const DEBATE: StanceArticle = {
  title: 'خبراء يناقشون مستقبل دعم الطاقة',
  paragraphs: [
    'يتساءل خبراء الاقتصاد هل ستضطر الحكومة إلى رفع أسعار الكهرباء في العام المقبل؟',
    'ويرى بعضهم أن القرار سياسي قبل أن يكون اقتصاديا، فيما يعتقد آخرون أن الدعم صار عبئا على الميزانية.',
  ],
};

const ARTICLES = { FOOTBALL, DENIAL, ANNOUNCEMENT, DEBATE };

/** The sentences of an article as the model numbers them: -1 the headline, then the body. */
function sentencesOf(article: StanceArticle): Map<number, string> {
  const out = new Map<number, string>([[-1, article.title]]);
  let i = 0;
  for (const p of article.paragraphs) for (const s of splitSentences(p)) out.set(i++, s.text);
  return out;
}

function assertWellFormed(j: StanceJudgement, article: StanceArticle, label: string): void {
  assert.ok(STANCES.includes(j.stance), label);
  assert.deepEqual(Object.keys(j.scores).sort(), [...STANCES].sort(), label);
  for (const v of Object.values(j.scores)) assert.ok(v >= 0 && v <= 1, label);
  assert.ok(Math.abs(sum(Object.values(j.scores)) - 1) < 1e-9, `${label}: scores sum to ${sum(Object.values(j.scores))}`);
  if (j.stance === 'unrelated') assert.deepEqual(j.evidence, [], label);
  const sentences = sentencesOf(article);
  for (const e of j.evidence) {
    assert.equal(sentences.get(e.index), e.sentence, `${label}: evidence is sentence ${e.index} of the article`);
    assert.ok(e.coverage >= 0 && e.coverage <= 1, label);
    assert.ok(['supports', 'contradicts', 'neutral'].includes(e.polarity), label);
    assert.ok(e.statement === null || e.statement.sentence === e.index, `${label}: a statement is linked to its own sentence`);
  }
}

describe('LexicalStanceModel', () => {
  const model = new LexicalStanceModel();

  it('judges an article on another topic unrelated, with no evidence', async () => {
    const j = await model.judge(CLAIM, FOOTBALL);
    assert.equal(j.stance, 'unrelated');
    assert.deepEqual(j.evidence, []);
  });

  it('judges a claim without content words unrelated', async () => {
    for (const claim of ['', '   ', 'في من على', '؟!']) {
      const j = await model.judge(claim, ANNOUNCEMENT);
      assert.equal(j.stance, 'unrelated', JSON.stringify(claim));
      assert.deepEqual(j.evidence, []);
      assertWellFormed(j, ANNOUNCEMENT, JSON.stringify(claim));
    }
  });

  it('gives well-formed judgements: scores summing to 1, evidence taken from the article', async () => {
    const claims = [CLAIM, 'الحكومة لن ترفع أسعار الكهرباء', 'فاز النادي الأهلي بلقب الدوري', ...gold.claims.map((c) => c.claim)];
    for (const claim of claims) {
      for (const [name, article] of Object.entries(ARTICLES)) assertWellFormed(await model.judge(claim, article), article, `${name} / ${claim}`);
    }
  });

  it('never contradicts a claim with an article that reports it plainly, nor supports it with a denial', () => {
    const announcement = model.judgeSync(CLAIM, ANNOUNCEMENT);
    assert.notEqual(announcement.stance, 'disagree');
    assert.notEqual(announcement.stance, 'unrelated');
    const denial = model.judgeSync(CLAIM, DENIAL);
    assert.notEqual(denial.stance, 'agree');
    assert.notEqual(denial.stance, 'unrelated');
    assert.notEqual(model.judgeSync(CLAIM, DEBATE).stance, 'disagree');
  });

  it('reads a claim that reports a denial as supported by that denial and contradicted by the announcement', () => {
    const claim = 'وزير الطاقة ينفي رفع أسعار الكهرباء';
    const denial = model.judgeSync(claim, DENIAL);
    assert.equal(denial.stance, 'agree', JSON.stringify(denial.evidence.map((e) => [e.polarity, e.sentence])));
    assert.ok(denial.evidence.some((e) => e.polarity === 'supports'));
    assertWellFormed(denial, DENIAL, 'denial claim / denial');
    assert.notEqual(model.judgeSync(claim, ANNOUNCEMENT).stance, 'agree');
    // A word of the denial lexicon that is no denial verb ("الادعاء العام", "كاذبة") turns nothing over.
    assert.equal(parseClaim('الادعاء العام يطالب بإعدام المتهمين في قضية التفجير').denial, false);
    assert.equal(parseClaim('المعارضة تتهم الحكومة بنشر أخبار كاذبة').denial, false);
    assert.equal(parseClaim('الكويت تنفي القبض على عسكري سعودي').denial, true);
  });

  it('reads the claim\'s subject after من, once its action and object were said, as roles turned over', () => {
    const freed: StanceArticle = {
      title: 'المقاومة تحرر مدينة عدن من الحوثيين',
      paragraphs: ['تمكنت قوات المقاومة الشعبية من تحرير مدينة عدن من الحوثيين بعد معارك عنيفة استمرت أسابيع.'],
    };
    const j = model.judgeSync('الحوثيون يسيطرون على مدينة عدن', freed);
    assert.notEqual(j.stance, 'agree');
    assert.ok(j.evidence.every((e) => e.polarity !== 'supports'), JSON.stringify(j.evidence));
    // "مقاتلون من الحوثيين": من before the subject with no object between is not a reversal.
    const took: StanceArticle = { title: 'مقاتلون من الحوثيين يسيطرون على مدينة عدن', paragraphs: ['سيطر مقاتلون من الحوثيين على مدينة عدن بعد معارك عنيفة استمرت أسابيع.'] };
    assert.notEqual(model.judgeSync('الحوثيون يسيطرون على مدينة عدن', took).stance, 'disagree');
    // The subject last, after its object and another word: "… مدينة عدن مسلحون من الحوثيين".
    const last: StanceArticle = { title: 'مسلحون يسيطرون على عدن', paragraphs: ['سيطر على مدينة عدن مسلحون من الحوثيين بعد معارك عنيفة استمرت أياما.'] };
    assert.notEqual(model.judgeSync('الحوثيون يسيطرون على مدينة عدن', last).stance, 'disagree');
  });

  it('does not support a claim whose numbers the article never gives', () => {
    const one: StanceArticle = {
      title: 'وزارة الصحة ترصد حالة وفاة بفيروس كورونا في الرياض',
      paragraphs: ['أعلنت وزارة الصحة رصد حالة وفاة بفيروس كورونا في الرياض خلال الأسبوع الماضي.'],
    };
    assert.notEqual(model.judgeSync('وزارة الصحة تعلن وفاة 500 شخص بفيروس كورونا في الرياض', one).stance, 'agree');
  });

  it('lists a sentence once as evidence even when the headline repeats it', () => {
    const sentence = 'أعلنت الحكومة أنها سترفع أسعار الكهرباء ابتداء من الشهر المقبل';
    const j = model.judgeSync(CLAIM, { title: sentence, paragraphs: [`${sentence}.`, 'وقال الوزير إن القرار نهائي.'] });
    const texts = j.evidence.map((e) => e.sentence.replace(/[.]$/u, ''));
    assert.equal(new Set(texts).size, texts.length, JSON.stringify(texts));
  });

  it('does not take a plain negation of the claim ("لن ترفع", no denial word) for support', () => {
    const negation: StanceArticle = {
      title: 'الحكومة لن ترفع أسعار الكهرباء',
      paragraphs: ['قال وزير الطاقة صالح العمراني اليوم إن الحكومة لن ترفع أسعار الكهرباء هذا العام.', 'وأضاف أن الدعم سيبقى على حاله حتى نهاية السنة.'],
    };
    const j = model.judgeSync(CLAIM, negation);
    assertWellFormed(j, negation, 'negation');
    assert.notEqual(j.stance, 'agree', JSON.stringify(j.evidence.map((e) => [e.polarity, e.sentence])));
    for (const e of j.evidence) if (e.coverage === 1) assert.notEqual(e.polarity, 'supports', e.sentence);
  });

  it('links the evidence sentence to the statement made in it', () => {
    const statement: Statement = {
      speaker: { name: 'صالح العمراني', role: 'وزير الطاقة' },
      cue: 'قال',
      text: 'الحكومة لن ترفع أسعار الكهرباء هذا العام',
      direct: false,
      negated: true,
      date: null,
      sentence: 1,
    };
    const j = model.judgeSync(CLAIM, { ...DENIAL, statements: [statement] });
    assertWellFormed(j, DENIAL, 'with statements');
    const linked = j.evidence.find((e) => e.index === 1);
    assert.ok(linked, `sentence 1 is evidence: ${JSON.stringify(j.evidence.map((e) => e.index))}`);
    assert.deepEqual(linked.statement, statement);
    for (const e of j.evidence) if (e.index !== 1) assert.equal(e.statement, null);
    // Without statements, no evidence names one.
    assert.ok(model.judgeSync(CLAIM, DENIAL).evidence.every((e) => e.statement === null));
  });

  it('runs in linear time on pathological input (a 200 KB line, 10k quote marks)', () => {
    const unit = 'قال الوزير إن الحكومة لن ترفع أسعار الكهرباء هذا العام، وإن الدعم باق على حاله ';
    const time = (article: StanceArticle): number => {
      const start = performance.now();
      assertWellFormed(model.judgeSync(CLAIM, article), article, 'timed');
      return performance.now() - start;
    };
    time({ title: 'تمهيد', paragraphs: [unit] }); // warm the caches
    const smallText = unit.repeat(Math.ceil(2_000 / unit.length));
    const small = Math.min(...[0, 1, 2].map(() => time({ title: 'الكهرباء', paragraphs: [smallText] })));
    const bigLine = unit.repeat(Math.ceil(200_000 / unit.length));
    // 100 times the text: linear work takes ~100 times as long; allow 10 times more, plus slack for a busy machine.
    const bound = 100 * Math.max(small, 1) * 10 + 3_000;
    const big = time({ title: 'الكهرباء', paragraphs: [bigLine] });
    assert.ok(big < bound, `200 KB line: ${big.toFixed(0)} ms (bound ${bound.toFixed(0)} ms, 2 KB: ${small.toFixed(1)} ms)`);
    const quotes = time({ title: 'الكهرباء', paragraphs: ['«'.repeat(2_500) + '"'.repeat(5_000) + '»'.repeat(2_500) + unit, ('" ' + unit).repeat(50)] });
    assert.ok(quotes < bound, `10k quote marks: ${quotes.toFixed(0)} ms (bound ${bound.toFixed(0)} ms)`);
  });

  it('stanceFeatures gives one finite value per feature name', () => {
    const claim = parseClaim(CLAIM);
    for (const article of Object.values(ARTICLES)) {
      const x = stanceFeatures(claim, alignArticle(claim, article.title, article.paragraphs));
      assert.equal(x.length, FEATURE_NAMES.length);
      assert.ok(x.every(Number.isFinite));
    }
  });
});

/** Two short texts, the second made from the first, as in headline-pair corpora (fiction). */
const pair = (claim: string, sentence: string) => alignSentence(parseClaim(claim), sentence, -1);
const featureOf = (claim: string, sentence: string, name: (typeof FEATURE_NAMES)[number]): number => {
  const parsed = parseClaim(claim);
  return stanceFeatures(parsed, alignArticle(parsed, sentence, []))[FEATURE_NAMES.indexOf(name)]!;
};

describe('contradiction by substitution between short texts', () => {
  it('flags an antonym swapped in for the claim\'s word, and reads it as an opposite', () => {
    assert.equal(pair('ارتفعت أسعار القمح في الأسواق المحلية', 'انخفضت أسعار القمح في الأسواق المحلية').antonym, true);
    assert.equal(pair('المحكمة تقضي ببراءة الناشط سالم الهدار', 'المحكمة تقضي بسجن الناشط سالم الهدار').antonym, true);
    assert.equal(pair('نجاة الصياد في حادث القارب قرب الساحل', 'مصرع الصياد في حادث القارب قرب الساحل').antonym, true);
    assert.ok(featureOf('ارتفعت أسعار القمح في الأسواق المحلية', 'تراجعت أسعار القمح في الأسواق المحلية', 'oppositeNear') > 0);
  });

  it('does not flag a synonym, nor a text that says both poles', () => {
    assert.equal(pair('ارتفعت أسعار القمح في الأسواق المحلية', 'صعدت أسعار القمح في الأسواق المحلية').antonym, false);
    assert.equal(pair('ارتفعت أسعار القمح مع انخفاض المخزون', 'انخفض المخزون فارتفعت أسعار القمح').antonym, false);
    // "يراجع" (reviews) is not "تراجع" (falls): entries match whole words, not their peeled forms.
    assert.equal(pair('ارتفعت أسعار القمح والوزير يراجع الخطة', 'ارتفعت أسعار القمح والوزير يراجع الخطة').antonym, false);
  });

  it('flags another value in the same slot: magnitude, period, commodity, country', () => {
    assert.equal(pair('صندوق التنمية يعلن حزمة بقيمة 40 مليار دينار', 'صندوق التنمية يعلن حزمة بقيمة 40 مليون دينار').swapped, true);
    assert.equal(pair('الإنتاج اليومي للمصنع يبلغ ألف طن', 'الإنتاج الشهري للمصنع يبلغ ألف طن').swapped, true);
    assert.equal(pair('الدولار يضغط على أسعار الذهب', 'الدولار يضغط على أسعار الفضة').swapped, true);
    assert.equal(pair('الجزائر تقطع الإنترنت خلال امتحانات البكالوريا', 'تونس تقطع الإنترنت خلال امتحانات البكالوريا').swapped, true);
    assert.ok(featureOf('الجزائر تقطع الإنترنت خلال امتحانات البكالوريا', 'تونس تقطع الإنترنت خلال امتحانات البكالوريا', 'numberConflict') > 0);
  });

  it('does not flag a country named by its capital or its adjective, nor an added country', () => {
    assert.equal(pair('القاهرة تستضيف مؤتمر المياه', 'مصر تستضيف مؤتمر المياه').swapped, false);
    assert.equal(pair('الحكومة المصرية تستضيف مؤتمر المياه', 'مصر تستضيف مؤتمر المياه').swapped, false);
    assert.equal(pair('مصر تستضيف مؤتمر المياه', 'مصر تستضيف مؤتمر المياه بمشاركة السودان').swapped, false);
    assert.deepEqual([...countriesOf(stanceTokens('مساعدات لليبيا من البنك الدولي'))], ['ليبيا']);
  });

  it('substitutions needs a pole on each side that the other lacks', () => {
    const poles = (text: string) => textPoles(stanceTokens(text));
    assert.deepEqual(substitutions(poles('الأسهم ترتفع'), poles('الأسهم تنخفض')), { opposite: true, value: false });
    assert.deepEqual(substitutions(poles('الأسهم ترتفع'), poles('الأسهم')), { opposite: false, value: false });
    assert.deepEqual(substitutions(poles('عشرات الضحايا'), poles('آلاف الضحايا')), { opposite: false, value: true });
  });

  it('reads nothing of the kind in a long sentence that says much more than the claim', () => {
    const long = 'قال الوزير في مؤتمر صحفي عقده بالعاصمة إن أسعار القمح انخفضت بعد موسم حصاد جيد وإن الحكومة ستواصل دعم المزارعين وتوسيع المخازن وتحسين الطرق الريفية وتشجيع الصادرات الزراعية';
    assert.equal(pair('ارتفعت أسعار القمح', long).antonym, false);
  });
});

describe('a shared word negated on one side only', () => {
  it('sees a negator, an existential it passes through, and an undoing word', () => {
    const negatedAt = (text: string, word: string) => {
      const tokens = stanceTokens(text);
      return wordNegated(tokens, tokens.findIndex((t) => t.norm === normalize(word)));
    };
    assert.equal(negatedAt('لا يوجد تغيير في الخطة', 'تغيير'), true);
    assert.equal(negatedAt('فشل الاتفاق بين الحزبين', 'الاتفاق'), true);
    assert.equal(negatedAt('التعامل بغير الدولار', 'الدولار'), true);
    assert.equal(negatedAt('تغيير كبير في الخطة', 'تغيير'), false);
  });

  it('flags it, and reads it as a polarity mismatch', () => {
    assert.equal(pair('الوزارة تعلن تغييرا كبيرا في خطة النقل', 'الوزارة تعلن أنه لا يوجد تغيير في خطة النقل').negationMismatch, true);
    assert.equal(pair('فشل الاتفاق بين الحزبين على تشكيل الحكومة', 'الاتفاق بين الحزبين على تشكيل الحكومة').negationMismatch, true);
    assert.equal(pair('النقابة ترفض تأجيل الانتخابات', 'النقابة تقبل تأجيل الانتخابات').negationMismatch, false);
    assert.ok(featureOf('فشل الاتفاق بين الحزبين على تشكيل الحكومة', 'الاتفاق بين الحزبين على تشكيل الحكومة', 'polarityMismatch') > 0);
  });

  it('does not flag two texts that both negate, in different words or places', () => {
    assert.equal(pair('الهجوم على الميناء لن يؤثر على الإمدادات', 'الإمدادات لا تتأثر بالهجوم على الميناء').negationMismatch, false);
    assert.equal(pair('إلغاء ثلث رحلات الشركة بسبب الإضراب', 'الإضراب يلغي ثلث رحلات الشركة').negationMismatch, false);
  });

  it('gives a swapped or one-sidedly negated sentence as contradicting evidence; an antonym is never support', () => {
    for (const [claim, sentence] of [
      ['ارتفعت أسعار القمح في الأسواق المحلية', 'انخفضت أسعار القمح في الأسواق المحلية'],
      ['الجزائر تقطع الإنترنت خلال امتحانات البكالوريا', 'تونس تقطع الإنترنت خلال امتحانات البكالوريا'],
      ['فشل الاتفاق بين الحزبين على تشكيل الحكومة', 'الاتفاق بين الحزبين على تشكيل الحكومة'],
    ] as const) {
      assert.equal(sentencePolarity(parseClaim(claim), pair(claim, sentence)), 'contradicts', sentence);
    }
    assert.equal(featureOf('ارتفعت أسعار القمح في الأسواق المحلية', 'انخفضت أسعار القمح في الأسواق المحلية', 'polarityMatch'), 0);
  });
});
