/**
 * `npm run fit-stance`: fits the built-in stance model's parameters on all four Baly 2018 folds
 * and writes them to src/analyze/stance/default-params.ts (numbers only: no text of the corpus).
 * The eval never scores these parameters; it refits per fold (eval/tasks/stance.ts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitStanceParams } from '../src/analyze/stance/fit.js';
import { findCorpusDir, NO_CORPUS } from './lib/corpus.js';
import { loadBalyStancePairs } from './lib/stance-data.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const round = (v: number): number => Math.round(v * 1e4) / 1e4;

async function main(): Promise<number> {
  const corpusDir = findCorpusDir(repoDir);
  if (!corpusDir) {
    process.stderr.write(`fit-stance: ${NO_CORPUS}\n`);
    return 1;
  }
  const pairs = await loadBalyStancePairs(corpusDir, { idf: false });
  const params = fitStanceParams(pairs, `Baly 2018 folds 1-4 (${pairs.length} pairs)`);
  const json = JSON.stringify(
    {
      ...params,
      model: { ...params.model, mean: params.model.mean.map(round), scale: params.model.scale.map(round), weights: params.model.weights.map((r) => r.map(round)) },
    },
    null,
    2,
  );
  const out = path.join(repoDir, 'src', 'analyze', 'stance', 'default-params.ts');
  await writeFile(
    out,
    `// Written by \`npm run fit-stance\` (eval/fit-stance.ts): do not edit by hand.\n` +
      `import type { StanceParams } from './decide.js';\n\nexport const DEFAULT_STANCE_PARAMS: StanceParams = ${json};\n`,
  );
  process.stdout.write(`fit-stance: wrote ${path.relative(repoDir, out)} from ${pairs.length} pairs\n`);
  return 0;
}

process.exitCode = await main();
