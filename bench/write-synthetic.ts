/**
 * Writes N synthetic records (bench/corpus-synthetic.ts) to a JSONL file. Run in its own process by
 * the corpus bench, so that the ingest it then measures does not carry the sentence pool and the
 * writer's buffers in its peak RSS.
 *
 *   node dist/bench/write-synthetic.js N FILE
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpusDir } from '../eval/lib/corpus.js';
import { loadSentencePool, syntheticArticles } from './corpus-synthetic.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function writeSyntheticJsonl(n: number, file: string): Promise<void> {
  const pool = await loadSentencePool(findCorpusDir(repoDir), repoDir);
  const out = createWriteStream(file);
  for (const a of syntheticArticles(pool, n, 1234)) {
    if (!out.write(JSON.stringify({ url: a.url, outlet: a.outlet, publishedAt: a.date, title: a.title, body: a.body }) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const n = Number(process.argv[2]);
  const file = process.argv[3];
  if (!Number.isInteger(n) || n < 1 || !file) {
    process.stderr.write('usage: node dist/bench/write-synthetic.js N FILE\n');
    process.exit(2);
  }
  await writeSyntheticJsonl(n, file);
}
