import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preparedFromFixture } from '../store/contract.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { articleIdFor } from '../store/store.js';
import { HITS_PER_TERM, retrieveCandidates } from './retrieve.js';

test('an article holding two specific words of the claim is found when each word alone has more articles than one word\'s hits', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    // Short articles each repeating one of the two words rank above the long one that holds both.
    const filler = (word: string, i: number) =>
      preparedFromFixture({
        source: `https://example.test/${word}/${i}`,
        title: `خبر رقم ${i} عن ${word}`,
        body: `${word} ${word} ${word} في خبر قصير رقم ${i}.`,
        outlet: null,
        publishedAt: null,
      });
    const many = HITS_PER_TERM + 20;
    const articles = [
      ...Array.from({ length: many }, (_, i) => filler('المحققين', i)),
      ...Array.from({ length: many }, (_, i) => filler('الميناء', i)),
      preparedFromFixture({
        source: 'https://example.test/target',
        title: 'تطورات ميدانية متلاحقة في المحافظة الساحلية',
        body: [
          'شهدت المحافظة الساحلية خلال الأيام الماضية تطورات ميدانية متلاحقة على أكثر من جبهة، وسط ترقب شعبي واسع لما ستؤول إليه الأمور.',
          'وفي سياق متصل، وصل فريق من المحققين الدوليين إلى الميناء صباح أمس لمعاينة الأضرار التي لحقت بالأرصفة والمستودعات.',
          'وتأمل السلطات المحلية أن تسهم الزيارة في تسريع أعمال الإصلاح وإعادة فتح المرافق أمام الملاحة التجارية في أقرب وقت ممكن.',
        ].join('\n'),
        outlet: null,
        publishedAt: null,
      }),
    ];
    await store.putBatch(articles);
    const found = await retrieveCandidates(store, 'وصول المحققين الدوليين إلى الميناء', { limit: 50 });
    const target = found.find((c) => c.id === articleIdFor('https://example.test/target'));
    assert.ok(target, 'the long article holding the claim\'s words is a candidate');
    // Counted from the AND queries that found it: وصول is not in it, the other three are.
    assert.equal(target.termsMatched, 3);
  } finally {
    await store.close();
  }
});
