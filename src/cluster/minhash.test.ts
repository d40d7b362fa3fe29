import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  base36,
  decodeSignature,
  encodeSignature,
  estimatedJaccard,
  LSH_BANDS,
  LSH_ROWS,
  lshBandKeys,
  MINHASH_SIZE,
  minhashSignature,
  SHINGLE_SIZE,
  shingleHashes,
} from './minhash.js';

const TEXT =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة بسعة خمسمئة سرير، وقال المتحدث باسم الوزارة إن المستشفى سيخدم سكان المحافظات المجاورة.';

test('bands times rows cover the signature', () => {
  assert.equal(LSH_BANDS * LSH_ROWS, MINHASH_SIZE);
  assert.ok(SHINGLE_SIZE >= 2);
});

test('shingles are deterministic, sorted and distinct', () => {
  const a = shingleHashes(TEXT);
  const b = shingleHashes(TEXT);
  assert.deepEqual(a, b);
  for (let i = 1; i < a.length; i++) assert.ok(a[i - 1]! < a[i]!);
  const words = TEXT.split(/\s+/u).length;
  assert.equal(a.length, words - SHINGLE_SIZE + 1);
});

test('shingles follow search normalization (harakat, hamza forms, punctuation)', () => {
  assert.deepEqual(shingleHashes('أعلنتْ الوزارةُ، اليومَ: إطلاقَ البرنامجِ الجديدِ'), shingleHashes('اعلنت الوزاره اليوم اطلاق البرنامج الجديد'));
});

test('empty and short texts', () => {
  assert.equal(shingleHashes('').length, 0);
  assert.equal(shingleHashes('  ، . ').length, 0);
  assert.equal(shingleHashes('كلمتان فقط').length, 1);
  assert.deepEqual(lshBandKeys(minhashSignature(new Uint32Array(0))), []);
});

test('signatures: identical texts agree everywhere, unrelated texts almost nowhere', () => {
  const a = minhashSignature(shingleHashes(TEXT));
  assert.equal(a.length, MINHASH_SIZE);
  assert.deepEqual(a, minhashSignature(shingleHashes(TEXT)));
  assert.equal(estimatedJaccard(a, minhashSignature(shingleHashes(TEXT))), 1);
  const other = minhashSignature(
    shingleHashes('فاز المنتخب الوطني لكرة القدم على نظيره في المباراة الودية التي أقيمت مساء أمس على الملعب الرئيسي وسط حضور جماهيري كبير من المشجعين'),
  );
  assert.ok(estimatedJaccard(a, other) < 0.1);
});

test('band keys: one per band, prefixed by the band, equal for equal signatures', () => {
  const sig = minhashSignature(shingleHashes(TEXT));
  const keys = lshBandKeys(sig);
  assert.equal(keys.length, LSH_BANDS);
  keys.forEach((key, band) => assert.match(key, new RegExp(`^b${band}:[0-9a-z]{1,11}$`, 'u')));
  assert.deepEqual(keys, lshBandKeys(minhashSignature(shingleHashes(TEXT))));
});

test('signature BLOB round trip is little-endian and lossless', () => {
  const sig = minhashSignature(shingleHashes(TEXT));
  const blob = encodeSignature(sig);
  assert.equal(blob.length, MINHASH_SIZE * 4);
  assert.equal(blob.readUInt32LE(0), sig[0]);
  assert.deepEqual(decodeSignature(blob), sig);
  // A view into a larger buffer (as SQLite drivers return) decodes the same.
  const padded = Buffer.concat([Buffer.from([1, 2, 3]), blob]);
  assert.deepEqual(decodeSignature(padded.subarray(3)), sig);
});

test('base36 writes the digits toString(36) writes, for every digest a band can have', () => {
  for (const n of [0, 1, 35, 36, 1295, 1296, 2 ** 32, 2 ** 53 - 1]) assert.equal(base36(n), n.toString(36));
  // A band digest: a 32-bit mix times 2^21 plus a 21-bit one.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0x1fffff }), (high, low) => {
      const n = high * 0x200000 + low;
      assert.equal(base36(n), n.toString(36));
    }),
    { numRuns: 2000 },
  );
});
