import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldRepeats, repeatKey } from './fold.js';
import type { TimelineEntry } from './types.js';

function entry(id: string, outlet: string, text: string, name: string | null = 'سامي الخطيب', date = '2021-03-14'): TimelineEntry {
  return {
    speaker: { name, role: 'وزير الصحة' },
    text,
    cue: 'قال',
    direct: false,
    negated: false,
    date,
    sortDate: date,
    article: { id, source: `/corpus/${id}.txt`, title: `عنوان ${id}`, outlet, publishedAt: date },
  };
}

describe('foldRepeats', () => {
  it('lists a statement once, with the other outlets that reported the same words', () => {
    const folded = foldRepeats([
      entry('a', 'الأفق', 'الوضع تحت السيطرة'),
      entry('b', 'المدار', 'الوضع تحت السيطرة'),
      entry('b', 'المدار', 'لا حاجة إلى إغلاق المدارس'),
      entry('c', 'الساحل', 'الوضع تحت السيطره'),
    ]);
    assert.equal(folded.length, 2);
    assert.equal(folded[0]!.article.id, 'a');
    assert.deepEqual(folded[0]!.alsoIn.map((a) => a.outlet), ['المدار', 'الساحل']);
    assert.deepEqual(folded[1]!.alsoIn, []);
  });

  it('keeps different speakers and different words apart, and never lists an article twice', () => {
    const folded = foldRepeats([entry('a', 'الأفق', 'الوضع تحت السيطرة'), entry('a', 'الأفق', 'الوضع تحت السيطرة'), entry('b', 'المدار', 'الوضع تحت السيطرة', 'ليلى حداد')]);
    assert.equal(folded.length, 2);
    assert.deepEqual(folded[0]!.alsoIn, []);
  });

  it('keys on normalized speaker and words', () => {
    assert.equal(repeatKey(entry('a', 'x', 'أكّد أن الوضع مستقرّ')), repeatKey(entry('b', 'y', 'اكد ان الوضع مستقر')));
    assert.notEqual(repeatKey(entry('a', 'x', 'الوضع مستقر')), repeatKey(entry('a', 'x', 'الوضع مستقر', null)));
  });

  it('folds a quote whose copies differ in punctuation, quote marks or a patronymic, and no more', () => {
    assert.equal(repeatKey(entry('a', 'x', 'مصر الشقيق ، والوضع «مستقر»')), repeatKey(entry('b', 'y', 'مصر الشقيق، والوضع "مستقر".')));
    assert.equal(repeatKey(entry('a', 'x', 'الوضع مستقر', 'عادل بن أحمد الجبير')), repeatKey(entry('b', 'y', 'الوضع مستقر', 'عادل الجبير')));
    assert.equal(repeatKey(entry('a', 'x', 'الوضع مستقر', 'عبد ربه منصور هادي')), repeatKey(entry('b', 'y', 'الوضع مستقر', 'عبدربه منصور هادي')));
    // Another man of the same family, or other words, stay apart; so do princes whose lineage differs.
    assert.notEqual(repeatKey(entry('a', 'x', 'الوضع مستقر', 'فهد الجبير')), repeatKey(entry('b', 'y', 'الوضع مستقر', 'عادل الجبير')));
    assert.notEqual(repeatKey(entry('a', 'x', 'الوضع مستقر', 'محمد بن نايف بن عبدالعزيز')), repeatKey(entry('b', 'y', 'الوضع مستقر', 'محمد بن سلمان بن عبدالعزيز')));
    assert.notEqual(repeatKey(entry('a', 'x', 'الوضع مستقر', 'حمدان بن محمد آل مكتوم')), repeatKey(entry('b', 'y', 'الوضع مستقر', 'حمدان بن راشد آل مكتوم')));
    assert.notEqual(repeatKey(entry('a', 'x', 'الوضع مستقر')), repeatKey(entry('b', 'y', 'الوضع غير مستقر')));
  });
});
