/**
 * `marsad export <kind> --format jsonl|csv`: the corpus out as a file for a spreadsheet or a
 * notebook. One kind so far (`statements`); a kind is one entry of EXPORT_KINDS, so `entities` or
 * `articles` can be added beside it without touching the command.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { EXPORT_FORMATS, type ExportFormat, statementExportChunks } from '../export/statements.js';
import { writeChunks } from '../export/write.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { checkDayFlags } from './day-flags.js';
import type { Store } from '../store/store.js';

interface ExportFlags {
  format?: string;
  speaker?: string;
  from?: string;
  to?: string;
  out?: string;
  bom?: boolean;
  db?: string;
}

/** What one kind of export makes of the store, given the command's flags (already checked). */
interface ExportKind {
  /** The flags this kind understands besides --format, --out, --bom and --db. */
  filters: readonly ('speaker' | 'from' | 'to')[];
  chunks(store: Store, flags: ExportFlags & { format: ExportFormat }, onRows: (count: number) => void): AsyncIterable<string>;
}

const EXPORT_KINDS: Record<string, ExportKind> = {
  statements: {
    filters: ['speaker', 'from', 'to'],
    chunks: (store, flags, onRows) =>
      statementExportChunks(store, {
        format: flags.format,
        bom: flags.bom === true,
        filters: { speaker: flags.speaker ?? null, from: flags.from ?? null, to: flags.to ?? null },
        onRows,
      }),
  },
};

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write stored data as JSON Lines or CSV (kinds: ' + Object.keys(EXPORT_KINDS).join(', ') + ')')
    .argument('<kind>', 'what to export: ' + Object.keys(EXPORT_KINDS).join(', '))
    .option('--format <format>', 'jsonl (one JSON object a line) or csv (RFC 4180, with a header row)')
    .option('--speaker <name>', 'only this speaker, matched as in `timeline --speaker`')
    .option('--from <date>', 'only statements placed on or after YYYY-MM-DD (their date, else their article\'s day)')
    .option('--to <date>', 'only statements placed on or before YYYY-MM-DD')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--bom', 'csv only: start with a UTF-8 byte order mark, so that Excel shows Arabic')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .action(async (kindName: string, flags: ExportFlags) => {
      const kind = Object.hasOwn(EXPORT_KINDS, kindName) ? EXPORT_KINDS[kindName]! : null;
      if (!kind) throw new InputError('export', `unknown kind "${kindName}": expected ${Object.keys(EXPORT_KINDS).join(' or ')}`, 'usage');
      for (const filter of ['speaker', 'from', 'to'] as const) {
        if (flags[filter] !== undefined && !kind.filters.includes(filter)) throw new InputError(`--${filter}`, `not a filter of ${kindName}`, 'usage');
      }
      const format = checkFormat(flags.format);
      if (flags.bom && format !== 'csv') throw new InputError('--bom', 'only with --format csv (a BOM breaks JSON Lines readers)', 'usage');
      checkDayFlags(flags);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        let rows = 0;
        const chunks = kind.chunks(store, { ...flags, format }, (count) => (rows += count));
        if (flags.out) {
          await exportToFile(path.resolve(flags.out), chunks);
          process.stderr.write(`marsad: exported ${rows} ${kindName} to ${flags.out}\n`);
        } else {
          await exportToStdout(chunks);
        }
      } finally {
        await store.close();
      }
    });
}

function checkFormat(format: string | undefined): ExportFormat {
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (known) return known;
  const found = format === undefined ? 'nothing' : `"${format}"`;
  throw new InputError('--format', `expected ${EXPORT_FORMATS.join(' or ')}, found ${found}`, 'usage');
}

async function exportToStdout(chunks: AsyncIterable<string>): Promise<void> {
  const outcome = await writeChunks(process.stdout, chunks);
  // The reader went away (`| head`): what it wanted it has; stopping is the right end, not an error.
  if (outcome.ok || outcome.reason === 'closed') return;
  throw new InputError('stdout', `cannot write: ${outcome.error.message}`, 'write-failed');
}

/**
 * Writes beside the target and renames at the end, so that FILE is either the whole export or
 * what it was before: never half an export that looks complete.
 */
async function exportToFile(file: string, chunks: AsyncIterable<string>): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  let done = false;
  try {
    const outcome = await writeChunks(stream, chunks);
    await closeStream(stream);
    if (!outcome.ok) throw new InputError(file, `cannot write: ${outcome.error.message}`, 'write-failed');
    await rename(partial, file);
    done = true;
  } finally {
    if (!done) {
      await closeStream(stream);
      await rm(partial, { force: true });
    }
  }
}

function closeStream(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed || stream.destroyed) return resolve();
    stream.once('close', () => resolve());
    stream.end();
  });
}
