import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countVerdicts, parseClaimItems } from './claims-snn.js';

describe('claims.snn scoring', () => {
  it('counts verdicts against reading labels: precision over what was said, recall over the labelled pool', () => {
    const c = countVerdicts([
      { label: 'supports', stance: 'agree' },
      { label: 'neither', stance: 'agree' },
      { label: 'supports', stance: 'discuss' },
      { label: 'contradicts', stance: 'disagree' },
      { label: 'supports', stance: 'disagree' },
      { label: 'contradicts', stance: 'discuss' },
    ]);
    assert.deepEqual(c, { saidAgree: 2, agreeRight: 1, saidDisagree: 2, disagreeRight: 1, supports: 3, contradicts: 2 });
  });

  it('rejects an item without a known label or set, naming it', () => {
    const good = { claim: 'أوبك تخفض إنتاج النفط', set: 'fresh', zip: '2015-07-21.zip', url: 'http://x/1', label: 'neither' };
    assert.equal(parseClaimItems({ items: [good] }).length, 1);
    assert.throws(() => parseClaimItems({ items: [{ ...good, label: 'maybe' }] }), /item 0/u);
    assert.throws(() => parseClaimItems({ items: [{ ...good, set: 'test' }] }), /item 0/u);
    assert.throws(() => parseClaimItems({}), /no "items"/u);
  });
});
