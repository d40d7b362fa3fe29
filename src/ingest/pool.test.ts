import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPool } from './pool.js';
import { prepare, type WorkItem } from './prepare.js';

// Short records written for this test; the number makes each one distinct.
function item(i: number): WorkItem {
  const title = `افتتاح مدرسة جديدة في المدينة رقم ${i}`;
  const body = `افتتح وزير التعليم اليوم المدرسة رقم ${i} في المدينة.\nوقال الوزير إن المدرسة تستقبل مئات الطلاب في العام المقبل.`;
  return {
    kind: 'record',
    source: `https://example.test/${i}`,
    origin: `test:${i}`,
    contentHash: `h${i}`,
    json: JSON.stringify({ title, body }),
    fields: { title, body, date: '2021-03-12', reference: null, url: `https://example.test/${i}`, outlet: null },
  };
}

describe('analysis pool', () => {
  it('replaces a thread after recycleAfter items without losing, failing or reordering any', async () => {
    const pool = createPool(1, { recycleAfter: 3 });
    try {
      const items = Array.from({ length: 10 }, (_, i) => item(i));
      // All submitted at once: items given while the thread is being replaced wait for the next one.
      const results = await Promise.all(items.map((it) => pool.run(it)));
      // Items 1–3, 4–6 and 7–9 each filled a thread; the 10th is on the fourth.
      assert.equal(pool.recycled, 3);
      results.forEach((r, i) => {
        assert.ok(r.ok, `item ${i}: ${r.ok ? '' : r.message}`);
        const inline = prepare(items[i]!);
        assert.ok(inline.ok);
        assert.equal(r.article.source, items[i]!.source);
        assert.deepEqual(r.article.record.statements, inline.article.record.statements);
        assert.equal(r.article.bodyTokens, inline.article.bodyTokens);
      });
      // The pool goes on after the last replacement.
      const late = await pool.run(item(10));
      assert.ok(late.ok);
    } finally {
      await pool.close();
    }
  });

  it('with two threads, keeps sending to the one that is not being replaced', async () => {
    const pool = createPool(2, { recycleAfter: 2 });
    try {
      const results = [];
      for (let i = 0; i < 8; i++) results.push(await pool.run(item(i)));
      assert.ok(results.every((r) => r.ok));
      assert.ok(pool.recycled >= 2, `recycled ${pool.recycled}`);
    } finally {
      await pool.close();
    }
  });

  it('recycleAfter 0 never replaces a thread', async () => {
    const pool = createPool(1, { recycleAfter: 0 });
    try {
      for (let i = 0; i < 5; i++) assert.ok((await pool.run(item(i))).ok);
      assert.equal(pool.recycled, 0);
    } finally {
      await pool.close();
    }
  });
});
