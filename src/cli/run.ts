/** Process entry for bin/marsad: kept apart from main.ts so tests can import the program. */
import { main } from './main.js';

// "marsad stories | head": when the reader closes the pipe, the rest of the output has nowhere to
// go. That is the reader's choice, not a failure: stop quietly, as cat and grep do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
