/**
 * The table-driven date tokenizer must split text exactly as its reference, the TOKEN regex: same
 * tokens, offsets, folded forms and gaps, on Arabic-heavy text and on any UTF-16 string (format
 * characters, marks, astral characters and lone surrogates included).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anyText, arabicText } from '../property-arbitraries.js';
import { tokenize, tokenizeByRegex } from './tokens.js';

describe('date tokens', () => {
  it('are the reference regex tokenizer’s on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), arabicText(200)), (text) => {
        assert.deepEqual(tokenize(text), tokenizeByRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('split digits from letters and keep punctuation, with gaps', () => {
    const tokens = tokenize('1442ه ، 27 ديسمبر\u200F2017');
    assert.deepEqual(
      tokens.map((t) => [t.kind, t.raw, t.gapBefore]),
      [
        ['num', '1442', false],
        ['word', 'ه', false],
        ['punct', '،', true],
        ['num', '27', true],
        ['word', 'ديسمبر', true],
        ['num', '2017', true],
      ],
    );
  });
});
