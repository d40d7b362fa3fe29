import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCharacterReferences } from './char-refs.js';
import { extractFromText } from './extract.js';

test('named, decimal and hex references are decoded once; incomplete or unknown ones stay', () => {
  assert.equal(decodeCharacterReferences('كيري رداً على &quot;بندر&quot;'), 'كيري رداً على "بندر"');
  assert.equal(decodeCharacterReferences('هادي يعين &#8220;نايف البكري&#8221;'), 'هادي يعين \u201cنايف البكري\u201d');
  assert.equal(decodeCharacterReferences('&#x627;&laquo;&raquo;'), 'ا«»');
  assert.equal(decodeCharacterReferences('&amp;quot;'), '&quot;');
  assert.equal(decodeCharacterReferences('AT&T و R&D &copy2 &unknown; &#0; &Amp;'), 'AT&T و R&D &copy2 &unknown; &#0; &Amp;');
});

test('a text dump with escaped quotes is read as quoted text', () => {
  const article = extractFromText(
    'هادي يعين &quot;نايف البكري&quot; محافظاً لعدن\n\nأصدر الرئيس اليمني قرارا بتعيين &quot;نايف البكري&quot; محافظا لمحافظة عدن خلفا للمحافظ السابق، وفق ما أعلنت الرئاسة اليوم في بيان رسمي وزع على الصحفيين.',
  );
  assert.equal(article.title, 'هادي يعين "نايف البكري" محافظاً لعدن');
  assert.ok(article.paragraphs.join('\n').includes('"نايف البكري"'));
  assert.ok(!article.paragraphs.join('\n').includes('&quot;'));
});
