import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isArchiveAddress } from './archive-address.js';
import { extractFromText } from './extract.js';
import { extractFromHtml } from '../html/extract.js';

test('tag, category, label, date-archive, numbered-page and search addresses are listings', () => {
  for (const url of [
    'https://blog.example.org/tag/%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A/',
    'http://news.example.com/archives/tag/politics',
    'http://news.example.com/category/news/local-news/page/5',
    'http://example.blogspot.com/search/label/sport',
    'http://example.blogspot.com/2017/09/',
    'http://news.example.com/2017/12/02/',
    'http://example.blogspot.com/2011_06_19_archive.html',
    'http://example.blogspot.com/2012_10_archive.html',
    'http://forum.example.com/vb/threads/115113/page-831',
    'http://www.example.net/search.php?q=%20syria',
    'http://example.net/?tag=politics',
    'https://example.com/?cat=14&paged=20',
    // Joomla's offset of a category or blog page.
    'http://www.example.com/index.php/ar/news-ar/national-ar?start=6',
    'http://www.example.com/a/b11a?start=40',
    'http://www.example.com.lb/',
    'http://www.example.ir/ar/',
    'http://example.blogspot.com',
    'https://example.com/index.php',
    'https://example.com/ar/index.html',
    'http://example.sy/ar/search_key.html?q=x',
    'http://www.example.co.il/category/home/108',
    'http://www.example.com/tag/1289/1/term-',
    'https://www.example.net/frontpage?page=8',
    'http://www.example.com/paper/Default.aspx?date=22012016',
    'http://www.example.dj/pages/Archive.php?MyDate=29-12-2016',
    'http://www.example.com/archive/',
    'https://example.com/ar/time/26.09.2017',
    'https://example.com/day/2017-09-26/',
  ]) {
    assert.equal(isArchiveAddress(url), true, url);
  }
});

test("an item's own address is not a listing's, even under an archive-like path", () => {
  for (const url of [
    'https://www.example.net/archives/158582',
    'http://www.example.com/23662/2017/03/08',
    'http://www.example.net/news.aspx?cat=12&sub=23&id=494454',
    'http://www.example.com/arabic/view?article=1847&cat=25',
    'https://news.example.com/2017/12/02/the-story-of-the-day/',
    'https://news.example.com/politics/2017/12/02/123456.html',
    'https://example.com/?p=34887',
    'https://example.com/index.php?id=12',
    'https://example.com/#!/news/12345',
    'https://example.com/news/article-title?page=1',
    'https://example.com/index.php?option=com_content&id=77&start=1',
    'https://example.com/news/article-title?start=0',
    'https://example.com/?q=node/12345',
    'http://vb.example.org/showthread.php?s=abc123&t=5555',
    'https://example.com/news/search-for-survivors-of-quake-123',
    'https://example.com/news/26.09.2017/minister-visit',
    'https://example.com/12345/26.09.2017',
    'not a url',
    '',
  ]) {
    assert.equal(isArchiveAddress(url), false, url);
  }
  assert.equal(isArchiveAddress(null), false);
});

// Two whole posts of a blog's tag page, the posts' headlines lost in the scrape (written for this
// test): the text reads as one long opinion piece; only the address tells.
const TAG_PAGE = [
  'السياسة | مدونة الكاتب مدونة تنشر جميع كتابات الكاتب من داخل السجن',
  'لا جديد في الخلط بين الوطن ومن يتولى سلطته , فقد دافع أنصار النظام القديم عن ولائه للخارج بالحجج نفسها التي نسمعها اليوم من أنصار النظام الجديد .',
  'والجديد في هذه الأزمة أن تجد نسبة كبيرة من المبررين هم ممن كانوا يزايدون على الجميع بالقضايا الكبرى قبل سنوات قليلة فقط .',
  'قديما كان يسهل تزوير التاريخ لأن السلطة كانت تملك أدوات الإعلام كلها وتقمع كل من يروي رواية مخالفة لروايتها الرسمية .',
  'مبدئيا لا أحد يريد هدم المؤسسات وكل ما يقال في الإعلام عن ذلك كذب , فنحن نريد مؤسسات تتفرغ لمهمتها وتخضع للمحاسبة وسلطة الشعب .',
].join('\n');

test('a text dump whose address is a tag page is a listing; the same text at an item address is an article', () => {
  const listing = extractFromText(TAG_PAGE, { url: 'https://blog.example.org/tag/politics/' });
  assert.deepEqual(listing.paragraphs, []);
  assert.match(listing.warnings[0] ?? '', /archive address/u);
  const article = extractFromText(TAG_PAGE, { url: 'https://blog.example.org/2017/05/03/a-post/' });
  assert.ok(article.paragraphs.length >= 3, article.paragraphs.join('\n'));
});

test('an HTML page at a tag address is a listing: Readability would pick one post out of many', () => {
  const paragraphs = TAG_PAGE.split('\n').slice(1).map((p) => `<p>${p}</p>`).join('');
  const html = `<html lang="ar" dir="rtl"><head><title>السياسة | مدونة الكاتب</title></head><body><article><h1>السياسة</h1>${paragraphs}</article></body></html>`;
  assert.deepEqual(extractFromHtml(html, { url: 'https://blog.example.org/tag/politics/' }).paragraphs, []);
  assert.ok(extractFromHtml(html, { url: 'https://blog.example.org/2017/05/03/a-post/' }).paragraphs.length >= 3);
});
