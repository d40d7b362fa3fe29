/**
 * Which database a command uses and how it is opened: `--db FILE`, else `$MARSAD_DB`, else
 * `./marsad.db` (DESIGN.md §3). Only the SQLite backend exists so far; a `postgres://` URL will
 * pick the PostgreSQL store here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_FILE = 'marsad.db';

export function resolveDbPath(flag: string | undefined | null, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag || env['MARSAD_DB'] || DEFAULT_DB_FILE);
}

/**
 * Opens the store. `mustExist` is for the reading commands: asking an empty, just-created
 * database a question would only hide a wrong path.
 */
export async function openStore(file: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//iu.test(file)) throw new InputError(file, 'PostgreSQL is not supported yet; use a SQLite file', 'unsupported');
  if (options.mustExist && !existsSync(file)) throw new InputError(file, 'no database here (create one with `marsad ingest <files> --db FILE`)', 'no-database');
  return openSqliteStore(file);
}
