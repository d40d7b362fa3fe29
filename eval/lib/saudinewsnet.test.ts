import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toArticles } from './saudinewsnet.js';

test('records become articles; missing or non-string fields become empty strings', () => {
  const articles = toArticles([
    { source: 'x', url: 'http://x/1', date_extracted: '2015-07-21 02:51:32', title: 'عنوان', author: 'كاتب', content: 'نص\nنص ثان' },
    { source: 'y', title: 7 },
    'not a record',
    null,
  ]);
  assert.equal(articles.length, 2);
  assert.deepEqual(articles[1], { source: 'y', url: '', date_extracted: '', title: '', author: '', content: '' });
  assert.equal(articles[0]!.content, 'نص\nنص ثان');
});

test('anything but an array yields no articles', () => {
  assert.deepEqual(toArticles({ source: 'x' }), []);
});
