import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './analyze.js';
import { maskByline } from './byline.js';
import { TITLE_FROM_BODY } from '../extract/text/extract.js';

test('a reporter\'s byline and dateline opening the story are blanked for the analysis, offsets kept', () => {
  for (const line of ['متعب البقمي- سبق- الطائف: أوضح الناطق أن…', 'سبق- أبها: أعلنت الإمارة أن…', 'فهد العتيبي - سبق: قال المدير إن…', 'إبراهيم الحذيفي– سبق– جدة: أكد…']) {
    const masked = maskByline(line);
    assert.equal(masked.length, line.length, line);
    assert.match(masked, /^\s+\S/u, line);
    assert.ok(!/سبق/u.test(masked), line);
  }
  // Prose with dashes and a colon is no byline.
  const prose = 'قدر من رب العالمين - سبحانه وتعالى - أن يتصارعا: فكان ما كان';
  assert.equal(maskByline(prose), prose);
  assert.equal(maskByline('قال الوزير إن الخطة جاهزة.'), 'قال الوزير إن الخطة جاهزة.');
});

test('the reporter is no person of the article, and a later surname goes to the official who shares it', () => {
  const got = analyze(
    {
      content: 'القبض على متهم بسرقة المحلات في الطائف\n متعب البقمي- سبق- الطائف: أوضح الناطق الإعلامي بشرطة الطائف العقيد عائض البقمي أن الجهات الأمنية قبضت على المتهم. وأضاف البقمي أن التحقيقات مستمرة.',
      format: 'text',
      record: true,
    },
    { reference: '2015-08-01' },
  );
  assert.ok(got.body.startsWith('متعب البقمي- سبق'), 'the body a reader sees keeps the byline');
  assert.ok(!got.entities.some((e) => e.name === 'متعب البقمي'));
  assert.deepEqual(got.statements.map((s) => s.speaker.name), ['عائض البقمي', 'عائض البقمي']);
});

test('a long run of letters with no byline is read in linear time', () => {
  const started = performance.now();
  assert.equal(maskByline('ب'.repeat(5000) + ' - سبق:').length, 5007);
  assert.equal(maskByline('ا'.repeat(800)), 'ا'.repeat(800));
  // Generous bound: the old pattern took seconds on 200 letters and minutes on 800.
  assert.ok(performance.now() - started < 1000);
});

test('a title made from the body\'s first sentence gives no statement of its own: the body\'s is the one', () => {
  const got = analyze({ content: 'وقال مدير الشرطة لمراسل الجزيرة إن المتهمين فروا.', format: 'text' }, { reference: '2015-08-01' });
  assert.deepEqual(got.statements.map((s) => s.sentence), [0]);
});

test('a byline with a tatweel for its dash, alone on its line, is blanked; a tatweel inside prose is not', () => {
  const line = 'عبدالكريم الحمد ـ الرياض';
  assert.equal(maskByline(line).trim(), '');
  assert.equal(maskByline('قال إن الحمد ـ لله'), 'قال إن الحمد ـ لله');
  // A dash inside a longer first line with no colon is a headline's, not a byline's.
  assert.equal(maskByline('سوريا - الأسد يلتقي المبعوث في دمشق اليوم'), 'سوريا - الأسد يلتقي المبعوث في دمشق اليوم');
  // Without a colon, only a line ending on a city is a byline: a headline "X - Y" stays.
  assert.equal(maskByline('ترامب - كيم'), 'ترامب - كيم');
  assert.equal(maskByline('الهلال ـ النصر'), 'الهلال ـ النصر');
});

test('when the headline is the first paragraph, the byline opening the second is blanked too', () => {
  const got = analyze(
    {
      content: 'التعليم تكشف ملابسات قبول طالبة في جامعة تبوك وتؤكد أنه لم يثبت أي خطأ في إجراءات القبول.\n عبدالله الحربي- سبق- الرياض: أكد المتحدث الرسمي لوزارة التعليم مبارك العتيبي أن اللجنة أنهت عملها.',
      format: 'text',
    },
    { reference: '2015-08-01' },
  );
  assert.ok(got.warnings.includes(TITLE_FROM_BODY), 'the fixture must be a page whose headline was not found');
  assert.ok(got.body.split('\n')[1]!.startsWith('عبدالله الحربي- سبق'), 'the byline opens the second paragraph');
  assert.ok(!got.entities.some((e) => e.name === 'عبدالله الحربي'), JSON.stringify(got.entities));
});
