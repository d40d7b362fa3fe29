/** Process entry for bin/marsad: kept apart from main.ts so tests can import the program. */
import { main } from './main.js';

// "marsad stories | head": when the reader closes the pipe, the rest of the output has nowhere to
// go. That is the reader's choice, not a failure: stop quietly, as cat and grep do. A verb that
// streams its output (export) listens for its own write errors and cleans up: then this one stays
// out of the way. Any other write error is one line and exit 1, like every other error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (process.stdout.listenerCount('error') > 1) return;
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`marsad: stdout: cannot write (${err.message})\n`);
  process.exit(1);
});

process.exitCode = await main(process.argv.slice(2));
