/**
 * Properties of findDates on arbitrary input: it never throws, spans are in bounds, in order and
 * non-overlapping, each span's text is the input's slice, and the resolved fields are consistent.
 * Plus a size test: a 200 KB line finishes quickly (the pass is linear).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDates, toIso, type DateMatch } from './index.js';

const FRAGMENTS = [
  '14', '٢٠٢١', '۱۴', '2021', '03', '1442', '9', '31', '0', '/', '-', '.', ',', '،', ':', '(', ')', ' ',
  'آذار', 'اذار', 'مارس', 'كانون', 'الأول', 'الثاني', 'تشرين', 'ديسمبر', 'ماي', 'آب', 'أب', 'رمضان', 'صفر',
  'ذو', 'الحجة', 'جمادى', 'الأولى', 'هـ', 'ه', 'م', 'ص', 'مساءً', 'الساعة', 'يوم', 'اليوم', 'أمس', 'أول', 'من',
  'غداً', 'الثلاثاء', 'الأحد', 'عشر', 'الماضي', 'المقبل', 'الجاري', 'قبل', 'منذ', 'يومين', 'ثلاثة', 'أيام',
  'الشهر', 'العام', 'عام', 'السنة', 'الخامس', 'الحادي', 'والعشرين', 'T', 'ُ', 'ـ', '\u200f', '\n',
];

const dateLike = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .chain((parts) => fc.array(fc.constantFrom('', ' ', '  '), { minLength: parts.length, maxLength: parts.length })
    .map((gaps) => parts.map((p, k) => p + (gaps[k] ?? '')).join('')));

const references = fc.oneof(
  fc.constant(null),
  fc.constant('2021-03-16'),
  fc.constant('2000-02-29T10:00:00Z'),
  fc.string({ maxLength: 12 }),
);

function checkInvariants(text: string, found: DateMatch[]): void {
  let previousEnd = 0;
  for (const m of found) {
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end));
    assert.ok(m.start >= previousEnd, 'in order and non-overlapping');
    assert.ok(m.start < m.end && m.end <= text.length, 'within bounds');
    assert.equal(m.text, text.slice(m.start, m.end));
    assert.ok(['absolute', 'numeric', 'hijri', 'relative', 'weekday'].includes(m.kind));
    assert.equal(m.iso, toIso(m.parts));
    if (m.iso !== null) assert.match(m.iso, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/u);
    assert.ok(m.weekday === null || (Number.isInteger(m.weekday) && m.weekday >= 0 && m.weekday <= 6));
    if (m.parts.month !== null) assert.ok(m.parts.month >= 1 && m.parts.month <= 12);
    previousEnd = m.end;
  }
}

describe('findDates properties', () => {
  it('holds its invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), references, (text, reference) => {
        checkInvariants(text, findDates(text, { reference }));
      }),
      { numRuns: 500 },
    );
  });

  it('holds its invariants on strings built from date-like fragments', () => {
    fc.assert(
      fc.property(dateLike, references, (text, reference) => {
        checkInvariants(text, findDates(text, { reference }));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on the digit script', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const arabicIndic = text.replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d)));
        const ascii = findDates(text, { reference: '2021-03-16' }).map((m) => [m.start, m.end, m.iso]);
        const indic = findDates(arabicIndic, { reference: '2021-03-16' }).map((m) => [m.start, m.end, m.iso]);
        assert.deepEqual(indic, ascii);
      }),
      { numRuns: 300 },
    );
  });

  it('finishes a 200 KB line quickly', () => {
    const chunk = 'قال المتحدث أمس الثلاثاء 9 آذار 2021 - 18:05 إن 1000 مقاتل غادروا منذ 2014/03/14 و مارس الضغط ';
    const line = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const started = performance.now();
    const found = findDates(line, { reference: '2021-03-17' });
    const elapsed = performance.now() - started;
    assert.ok(line.length >= 200_000);
    // Two dates a chunk: "أمس الثلاثاء 9 آذار 2021 - 18:05" (one span) and "2014/03/14".
    assert.equal(found.length, 2 * Math.ceil(200_000 / chunk.length));
    assert.ok(elapsed < 3000, `took ${elapsed.toFixed(0)} ms`);
  });

  it('handles a 200 KB line with no date in it', () => {
    const line = 'كلمة '.repeat(40_000) + '1'.repeat(1000);
    assert.deepEqual(findDates(line), []);
  });
});
