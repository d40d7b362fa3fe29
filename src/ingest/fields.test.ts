import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FIELD_MAP, mapRecord, parseFieldMap, recordDate } from './fields.js';

describe('field mapping', () => {
  it('fits SaudiNewsNet records by default: the crawl date is only a reference', () => {
    const mapped = mapRecord(
      { source: 'okaz', url: 'https://okaz.example/1', date_extracted: '2015-07-21 02:51:32', title: 'عنوان', author: '', content: 'نص' },
      DEFAULT_FIELD_MAP,
    );
    assert.deepEqual(mapped, { title: 'عنوان', body: 'نص', url: 'https://okaz.example/1', date: null, reference: '2015-07-21 02:51:32', outlet: 'okaz' });
  });

  it('replaces the targets --map names, accepts dotted paths and alternatives, and can switch a target off', () => {
    const map = parseFieldMap('title=headline,body=doc.text|summary,outlet=');
    assert.ok(map.ok);
    const mapped = mapRecord({ headline: 'ع', doc: { text: '' }, summary: 'ملخص', source: 'x', date: '2020-01-02' }, map.value);
    assert.deepEqual(mapped, { title: 'ع', body: 'ملخص', url: null, date: '2020-01-02', reference: null, outlet: null });
  });

  it('rejects an unknown target', () => {
    const map = parseFieldMap('headline=title');
    assert.equal(map.ok, false);
    assert.match(map.ok ? '' : map.message, /unknown target "headline"/u);
  });

  it('reads record dates in the forms dumps use', () => {
    assert.equal(recordDate('2015-07-21 02:51:32'), '2015-07-21T02:51:32');
    assert.equal(recordDate('2015-07-21T02:51:32+03:00'), '2015-07-21T02:51:32');
    assert.equal(recordDate('2015-07-21T02:51Z'), '2015-07-21T02:51');
    assert.equal(recordDate('2015-07-21'), '2015-07-21');
    assert.equal(recordDate('21 يوليو 2015'), null);
    assert.equal(recordDate(null), null);
  });
});
