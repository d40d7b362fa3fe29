/**
 * The `marsad` command: a thin shell over the library. Each verb lives in its own file.
 * Input errors print one line (`marsad: <input>: <what is wrong>`) and exit 1; bugs exit 70
 * with the stack only when MARSAD_DEBUG is set.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../core/errors.js';
import { registerAnalyze } from './analyze.js';
import { registerArticle } from './article.js';
import { registerClaim } from './claim.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerPositions } from './positions.js';
import { registerSearch } from './search.js';
import { registerStance } from './stance.js';
import { registerStories } from './stories.js';
import { registerTimeline } from './timeline.js';

export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('marsad')
    .description('Marsad (مرصد): who said what, when and where in Arabic news')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerAnalyze(program);
  registerIngest(program);
  registerArticle(program);
  registerSearch(program);
  registerStories(program);
  registerTimeline(program);
  registerStance(program);
  registerClaim(program);
  registerPositions(program);
  registerExport(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    if (err instanceof InputError) {
      process.stderr.write(`marsad: ${err.oneLine()}\n`);
      return EXIT_INPUT;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`marsad: internal error: ${message.split('\n')[0]}\n`);
    if (process.env.MARSAD_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return EXIT_INTERNAL;
  }
}
