import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findCorpusDir } from './corpus.js';

test('the corpus is $MARSAD_CORPUS, else ../shared/corpus beside the repository, else null', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'marsad-corpus-'));
  try {
    const repo = path.join(root, 'repo');
    mkdirSync(repo);
    assert.equal(findCorpusDir(repo, {}), null);
    const shared = path.join(root, 'shared', 'corpus');
    mkdirSync(shared, { recursive: true });
    assert.equal(findCorpusDir(repo, {}), shared);
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    assert.equal(findCorpusDir(repo, { MARSAD_CORPUS: elsewhere }), elsewhere);
    // A variable naming a folder that does not exist means "no corpus", not a silent fallback.
    assert.equal(findCorpusDir(repo, { MARSAD_CORPUS: path.join(root, 'missing') }), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
