/** `marsad ingest <path|url…>`: load articles into the store (see src/ingest). */
import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { parseFieldMap } from '../ingest/fields.js';
import { DEFAULT_BATCH_SIZE, type IngestProgress, type IngestSummary, ingestPaths } from '../ingest/ingest.js';
import { openStore, resolveDbPath } from '../store/open-store.js';

interface IngestFlags {
  db?: string;
  map?: string;
  batch: string;
  workers?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Exit code after Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_INTERRUPTED = 130;
/** Redraws of the progress bar, and progress lines when stderr is not a terminal. */
const BAR_EVERY_MS = 200;
const LINE_EVERY_MS = 10_000;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store articles: files, folders (recursive), URLs, .json/.jsonl collections and .zip archives of them; idempotent')
    .argument('<inputs...>', 'files, folders or http(s) URLs')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .option('--map <fields>', 'record fields for .json/.jsonl: title=…,body=…,url=…,date=…,reference=…,outlet=… (see doc/cli-corpus.md)')
    .option('--batch <n>', 'articles per transaction', String(DEFAULT_BATCH_SIZE))
    .option('--workers <n>', 'analysis threads (default: cores - 1, at most 8; 0 = analyse on the main thread)')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const map = parseFieldMap(flags.map);
      if (!map.ok) throw new InputError('--map', map.message, 'usage');
      const batchSize = wholeNumber('--batch', flags.batch, 1);
      const workers = flags.workers === undefined ? undefined : wholeNumber('--workers', flags.workers, 0);
      const store = await openStore(resolveDbPath(flags.db));
      const controller = new AbortController();
      const onSigint = (): void => {
        if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
        controller.abort();
        process.stderr.write('\nmarsad: stopping after the current batch (Ctrl-C again to quit at once)…\n');
      };
      process.on('SIGINT', onSigint);
      const reporter = flags.quiet || flags.json ? null : progressReporter(process.stderr);
      let summary: IngestSummary;
      try {
        summary = await ingestPaths(store, inputs, { map: map.value, batchSize, workers, signal: controller.signal, onProgress: reporter?.update });
      } finally {
        reporter?.done();
        process.off('SIGINT', onSigint);
        await store.close();
      }
      process.stdout.write(flags.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
      if (summary.fatal) process.exitCode = 1;
      else if (summary.interrupted) process.exitCode = EXIT_INTERRUPTED;
      else if (summary.inputs === 0 || (summary.added + summary.updated + summary.unchanged === 0 && summary.failed > 0)) process.exitCode = 1;
    });
}

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InputError(flag, `expected a whole number ≥ ${min}, found "${value}"`, 'usage');
  return n;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

export function formatSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const processed = s.added + s.updated + s.unchanged;
  const lines = [
    `${s.interrupted ? 'interrupted' : s.fatal ? 'stopped' : 'done'}: ${fmt(processed)} articles stored or already there, ${fmt(s.failed)} failed, from ${fmt(s.inputs)} input${s.inputs === 1 ? '' : 's'} in ${seconds.toFixed(1)} s` +
      (s.added + s.updated > 0 ? ` (${fmt(Math.round((s.added + s.updated) / Math.max(seconds, 0.001)))} stored/s)` : ''),
    `  added ${fmt(s.added)} (${fmt(s.duplicates)} marked as copies of earlier articles) · updated ${fmt(s.updated)} · unchanged ${fmt(s.unchanged)} · failed ${fmt(s.failed)}` +
      (s.skipped ? ` · skipped ${fmt(s.skipped)} unsupported entries` : ''),
  ];
  for (const p of s.problems) {
    const reasons = Object.entries(p.reasons)
      .map(([reason, n]) => `${reason} ${fmt(n)}`)
      .join(', ');
    lines.push(`  ${p.file}: ${fmt(p.failed)} failed (${reasons})`);
    for (const e of p.examples) lines.push(`    ${e.where}: ${e.message}`);
    if (p.failed > p.examples.length) lines.push(`    … and ${fmt(p.failed - p.examples.length)} more`);
  }
  if (s.searchRefreshError) lines.push(`  warning: ${s.searchRefreshError}`);
  // A small corpus has no frequent word: nothing worth a line.
  if (s.searchRefresh && s.searchRefresh.terms > 0) lines.push(`  search lists of ${fmt(s.searchRefresh.terms)} frequent words refreshed in ${s.searchRefresh.seconds.toFixed(1)} s`);
  if (s.fatal) lines.push(`  error: ${s.fatal}`, `  ${fmt(s.notCommitted)} prepared articles were not stored; everything committed before is intact.`);
  if (s.interrupted) lines.push('  stopped by Ctrl-C after committing the current batch; run the same command again to finish.');
  return lines.join('\n') + '\n';
}

interface Reporter {
  update(p: IngestProgress): void;
  done(): void;
}

/** A redrawn bar on a terminal; a line every few seconds otherwise (logs, CI). */
function progressReporter(out: NodeJS.WriteStream): Reporter {
  const tty = out.isTTY === true;
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = p.elapsedMs;
      if (now - last < (tty ? BAR_EVERY_MS : LINE_EVERY_MS)) return;
      last = now;
      const share = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
      const rate = Math.round((p.added + p.updated) / Math.max(p.elapsedMs / 1000, 0.001));
      const counts = `${fmt(p.processed)} articles · ${fmt(rate)}/s · ${fmt(p.failed)} failed`;
      if (tty) {
        const width = 24;
        const filled = Math.round(share * width);
        const file = p.file ? `  ${p.file.length > 40 ? '…' + p.file.slice(-39) : p.file}` : '';
        out.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${counts}${file}\x1b[K`);
        drawn = true;
      } else {
        out.write(`progress: ${(share * 100).toFixed(0)}% · ${counts}${p.file ? ` · ${p.file}` : ''}\n`);
      }
    },
    done() {
      if (tty && drawn) out.write('\r\x1b[K');
    },
  };
}
