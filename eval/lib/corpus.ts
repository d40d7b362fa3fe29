/** Where the shared public corpora are: `$MARSAD_CORPUS`, else `<repo>/../shared/corpus`, else none. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export function findCorpusDir(repoDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['MARSAD_CORPUS'];
  if (fromEnv) return isDir(fromEnv) ? path.resolve(fromEnv) : null;
  const beside = path.resolve(repoDir, '..', 'shared', 'corpus');
  return isDir(beside) ? beside : null;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** The reason printed when a task needs the corpus and it is not here. */
export const NO_CORPUS = 'no corpus: set MARSAD_CORPUS or place the shared corpora at ../shared/corpus';
