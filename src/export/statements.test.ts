import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXTURES, preparedFromFixture } from '../store/contract.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
import type { StatementRow } from '../store/types.js';
import { parseCsv, UTF8_BOM } from './csv.js';
import { STATEMENT_CSV_COLUMNS, statementExportChunks, statementPages } from './statements.js';

async function withFixtures(fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openSqliteStore(':memory:');
  try {
    await store.putBatch([FIXTURES.bread, FIXTURES.breadCopy, FIXTURES.breadLater, FIXTURES.floods, FIXTURES.football].map(preparedFromFixture));
    await fn(store);
  } finally {
    await store.close();
  }
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function allRows(store: Store): Promise<StatementRow[]> {
  const rows: StatementRow[] = [];
  for await (const page of statementPages(store, {}, 100)) rows.push(...page);
  return rows;
}

describe('statement export', () => {
  it('writes JSON Lines: one row object a line, nested, in the store order', async () => {
    await withFixtures(async (store) => {
      const text = await collect(statementExportChunks(store, { format: 'jsonl', pageSize: 2 }));
      assert.ok(text.endsWith('\n'));
      const lines = text.slice(0, -1).split('\n');
      assert.deepEqual(
        lines.map((l) => JSON.parse(l) as StatementRow),
        await allRows(store),
      );
      assert.deepEqual(Object.keys(JSON.parse(lines[0]!) as object), ['speaker', 'cue', 'text', 'direct', 'negated', 'date', 'sortDate', 'sentence', 'index', 'article']);
    });
  });

  it('writes CSV: a header, one flat record per statement, nulls as empty fields', async () => {
    await withFixtures(async (store) => {
      const text = await collect(statementExportChunks(store, { format: 'csv', pageSize: 4 }));
      assert.ok(!text.startsWith(UTF8_BOM));
      const [header, ...records] = parseCsv(text);
      assert.deepEqual(header, [...STATEMENT_CSV_COLUMNS]);
      const rows = await allRows(store);
      assert.equal(records.length, rows.length);
      const col = (name: (typeof STATEMENT_CSV_COLUMNS)[number]): number => STATEMENT_CSV_COLUMNS.indexOf(name);
      for (const [i, record] of records.entries()) {
        const row = rows[i]!;
        assert.equal(record.length, STATEMENT_CSV_COLUMNS.length);
        assert.equal(record[col('article_id')], row.article.id);
        assert.equal(record[col('text')], row.text);
        assert.equal(record[col('speaker_name')], row.speaker.name ?? '');
        assert.equal(record[col('speaker_role')], row.speaker.role ?? '');
        assert.equal(record[col('statement_date')], row.date ?? '');
        assert.equal(record[col('sort_date')], row.sortDate ?? '');
        assert.equal(record[col('negated')], String(row.negated));
        assert.equal(record[col('duplicate_of')], row.article.duplicateOf ?? '');
        assert.equal(record[col('statement_index')], String(row.index));
      }
      assert.ok(records.some((r) => r[col('negated')] === 'true'));
      assert.ok(records.some((r) => r[col('duplicate_of')] !== ''), 'the wire copy is exported, marked');
    });
  });

  it('starts the CSV with a BOM when asked, and gives the same file whatever the page size', async () => {
    await withFixtures(async (store) => {
      const withBom = await collect(statementExportChunks(store, { format: 'csv', bom: true, pageSize: 1 }));
      const plain = await collect(statementExportChunks(store, { format: 'csv', pageSize: 1000 }));
      assert.equal(withBom, UTF8_BOM + plain);
      assert.deepEqual([...Buffer.from(withBom, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    });
  });

  it('passes the filters to the store and counts the rows it formats', async () => {
    await withFixtures(async (store) => {
      let counted = 0;
      const text = await collect(
        statementExportChunks(store, { format: 'jsonl', filters: { speaker: 'الخطيب', from: '2021-03-11' }, onRows: (n) => (counted += n) }),
      );
      const texts = text.trim().split('\n').map((l) => (JSON.parse(l) as StatementRow).text);
      assert.deepEqual(texts, FIXTURES.breadLater.statements!.map((s) => s.text));
      assert.equal(counted, 2);
      const none = await collect(statementExportChunks(store, { format: 'csv', filters: { speaker: 'لا أحد بهذا الاسم' } }));
      assert.equal(parseCsv(none).length, 1, 'nothing matches: the header alone');
    });
  });
});
