/** `marsad stories`: the stories of the corpus, largest first. */
import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { checkDayFlags } from './day-flags.js';
import { shownDate } from './shown-date.js';

interface StoriesFlags {
  db?: string;
  json?: boolean;
  limit: string;
  minSize: string;
  from?: string;
  to?: string;
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('stories (articles grouped by what they report), largest first')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .option('--limit <n>', 'most stories', '20')
    .option('--min-size <n>', 'only stories with at least this many articles', '1')
    .option('--from <date>', 'only stories with a day on or after this one (YYYY-MM-DD)')
    .option('--to <date>', 'only stories with a day on or before this one (YYYY-MM-DD)')
    .option('--json', 'print {"stories": […]}')
    .action(async (flags: StoriesFlags) => {
      const limit = Number(flags.limit);
      const minSize = Number(flags.minSize);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError('--limit', `expected a whole number ≥ 1, found "${flags.limit}"`, 'usage');
      if (!Number.isInteger(minSize) || minSize < 1) throw new InputError('--min-size', `expected a whole number ≥ 1, found "${flags.minSize}"`, 'usage');
      checkDayFlags(flags);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const stories = (await store.stories({ limit, from: flags.from ?? null, to: flags.to ?? null })).filter((s) => s.size >= minSize);
        if (flags.json) {
          const out = stories.map((s) => ({
            id: s.id,
            title: s.title,
            firstDay: s.firstDay,
            lastDay: s.lastDay,
            articles: s.articles,
          }));
          process.stdout.write(JSON.stringify({ stories: out }, null, 2) + '\n');
          return;
        }
        const lines: string[] = [];
        for (const s of stories) {
          lines.push(`■ ${s.title}  (${s.articles.length} ${s.articles.length === 1 ? 'مقال' : 'مقالات'}${s.firstDay ? `، ${s.firstDay}${s.lastDay && s.lastDay !== s.firstDay ? ' → ' + s.lastDay : ''}` : ''})`);
          for (const a of s.articles) {
            lines.push(`   - ${shownDate(a)} · ${a.outlet ?? '—'} · ${a.title}${a.duplicateOf ? '  [نسخة]' : ''}`);
          }
        }
        process.stdout.write(lines.length ? lines.join('\n') + '\n' : 'لا قصص بعد\n');
      } finally {
        await store.close();
      }
    });
}
