/** `marsad search "<query>"`: Arabic full-text search over the store (see src/search). */
import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { DEFAULT_LIMIT, searchArticles } from '../search/search.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { checkDayFlags } from './day-flags.js';
import { checkOutletKnown } from './outlet-check.js';
import { shownDate } from './shown-date.js';
import { copiesLine } from './copies.js';

interface SearchFlags {
  db?: string;
  json?: boolean;
  limit: string;
  outlet?: string;
  from?: string;
  to?: string;
  speaker?: string;
  entity?: string;
  fold: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search stored articles; spelling variants (hamza, ة/ه, ى/ي, harakat, و/ال/بال…) find the same articles')
    .argument('<query>', 'words (all must occur) and "quoted phrases"')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .option('--limit <n>', 'most results', String(DEFAULT_LIMIT))
    .option('--outlet <name>', 'only this outlet')
    .option('--from <date>', 'only articles dated on or after YYYY-MM-DD')
    .option('--to <date>', 'only articles dated on or before YYYY-MM-DD')
    .option('--speaker <name>', 'only articles quoting this speaker')
    .option('--entity <name>', 'only articles naming this entity')
    .option('--no-fold', 'list every copy of a wire text as a result of its own (by default copies are listed under the best-ranked one, in copies)')
    .option('--json', 'print {"results": […]}')
    .action(async (query: string, flags: SearchFlags) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError('--limit', `expected a whole number ≥ 1, found "${flags.limit}"`, 'usage');
      checkDayFlags(flags);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const json = flags.json === true;
        const result = await searchArticles(store, query, {
          limit,
          outlet: flags.outlet,
          from: flags.from,
          to: flags.to,
          speaker: flags.speaker,
          entity: flags.entity,
          fold: flags.fold,
          snippet: json ? undefined : { open: '[', close: ']' },
        });
        if (result.results.length === 0 && flags.outlet) await checkOutletKnown(store, flags.outlet);
        if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        else if (result.results.length === 0) process.stdout.write('لا نتائج\n');
        else {
          const lines = result.results.map(
            (r, i) =>
              `${i + 1}. ${r.title}\n   ${[shownDate(r), r.outlet].filter(Boolean).join(' · ')} · ${r.id} · ${r.score.toFixed(2)}\n   ${r.snippet}` +
              (r.copies.length ? `\n   نسخ من النص نفسه: ${copiesLine(r.copies.map((c) => c.outlet ?? c.title))}` : ''),
          );
          process.stdout.write(lines.join('\n\n') + '\n');
        }
      } finally {
        await store.close();
      }
    });
}
