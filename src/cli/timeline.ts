/** `marsad timeline --speaker NAME | --entity NAME`: statements in date order. */
import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { foldRepeats } from '../store/fold.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { shownStatementDate } from './shown-date.js';

interface TimelineFlags {
  db?: string;
  json?: boolean;
  speaker?: string;
  entity?: string;
  limit: string;
  fold: boolean;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("a speaker's statements, or the statements about an entity, in date order")
    .option('--speaker <name>', 'the speaker (any part of the name, any spelling: "الخطيب" finds "سامي الخطيب")')
    .option('--entity <name>', 'an entity: statements it made or that name it')
    .option('--limit <n>', 'most statements', '1000')
    .option('--no-fold', 'list every copy of a statement (by default the same words by the same speaker are one line, with the other articles in alsoIn)')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .option('--json', 'print {"statements": […]}')
    .action(async (flags: TimelineFlags) => {
      if (!flags.speaker === !flags.entity) throw new InputError('timeline', 'give one of --speaker NAME or --entity NAME', 'usage');
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError('--limit', `expected a whole number ≥ 1, found "${flags.limit}"`, 'usage');
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const found = await store.timeline({ speaker: flags.speaker ?? null, entity: flags.entity ?? null, limit });
        const entries = flags.fold ? foldRepeats(found) : found.map((e) => ({ ...e, alsoIn: [] }));
        if (flags.json) {
          const statements = entries.map((e) => ({ speaker: e.speaker, text: e.text, date: e.date, cue: e.cue, negated: e.negated, article: e.article, alsoIn: e.alsoIn }));
          process.stdout.write(JSON.stringify({ statements }, null, 2) + '\n');
          return;
        }
        if (entries.length === 0) {
          process.stdout.write('لا تصريحات\n');
          return;
        }
        const lines = entries.map(
          (e) =>
            `${shownStatementDate(e)}  ${e.speaker.name ?? e.speaker.role ?? '؟'}${e.speaker.name && e.speaker.role ? ` — ${e.speaker.role}` : ''} (${e.cue}${e.negated ? '، نفي' : ''}): «${e.text}»\n            ${[e.article.outlet, e.article.title].filter(Boolean).join(' · ')}` +
            (e.alsoIn.length ? `\n            أيضاً في: ${e.alsoIn.map((a) => a.outlet ?? a.title).join('، ')}` : ''),
        );
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
