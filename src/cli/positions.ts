/**
 * `marsad positions --actor NAME [--about TOPIC]`: an actor's statements in date order with their
 * polarity (towards the topic when one is given), and the pairs that contradict each other.
 */
import type { Command } from 'commander';
import { actorPositions, type Position } from '../claims/positions.js';
import { InputError } from '../core/errors.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { checkedClaim } from './claim-input.js';
import { shownStatementDate } from './shown-date.js';

interface PositionsFlags {
  actor?: string;
  about?: string;
  db?: string;
  json?: boolean;
}

const POLARITY_LABELS: Record<string, string> = { support: 'مع', oppose: 'ضد', neutral: 'مشروط/غير حاسم' };

const positionJson = (p: Position): Record<string, unknown> => ({
  date: p.entry.date,
  polarity: p.polarity,
  speaker: p.entry.speaker,
  text: p.entry.text,
  cue: p.entry.cue,
  negated: p.entry.negated,
  article: p.entry.article,
});

export function registerPositions(program: Command): void {
  program
    .command('positions')
    .description("an actor's positions in date order, and the statements of theirs that contradict each other")
    .requiredOption('--actor <name>', 'a speaker ("البوسالمي"), or a government ("تونس", "أنقرة") to include its officials and bodies')
    .option('--about <topic>', 'only statements on this topic, with their polarity towards it (e.g. "رفع أسعار الكهرباء")')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .option('--json', 'print {"actor", "about", "positions": […], "contradictions": [{"earlier", "later"}]}')
    .action(async (flags: PositionsFlags) => {
      const actor = (flags.actor ?? '').trim();
      if (!actor) throw new InputError('--actor', 'empty name', 'usage');
      const about = flags.about === undefined ? null : checkedClaim(flags.about, '--about', 1);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const report = await actorPositions(store, actor, { about });
        if (flags.json) {
          const out = {
            actor: report.actor,
            about: report.about,
            government: report.government,
            positions: report.positions.map(positionJson),
            contradictions: report.contradictions.map((c) => ({ earlier: positionJson(c.earlier), later: positionJson(c.later) })),
          };
          process.stdout.write(JSON.stringify(out, null, 2) + '\n');
          return;
        }
        if (report.positions.length === 0) {
          process.stdout.write(`لا تصريحات لـ«${actor}»${about ? ` عن «${about}»` : ''} في المدونة\n`);
          return;
        }
        const lines = report.positions.map(
          (p) =>
            `${shownStatementDate(p.entry)}  [${POLARITY_LABELS[p.polarity]}] ${p.entry.speaker.name ?? p.entry.speaker.role ?? '؟'}: «${p.entry.text}»\n            ${[p.entry.article.outlet, p.entry.article.title].filter(Boolean).join(' · ')}`,
        );
        if (report.contradictions.length > 0) {
          lines.push('', `تناقضات (${report.contradictions.length}):`);
          for (const c of report.contradictions) {
            const d = (p: Position): string => shownStatementDate(p.entry);
            lines.push(`  ${d(c.earlier)} [${POLARITY_LABELS[c.earlier.polarity]}] «${c.earlier.entry.text}»`, `  ↔ ${d(c.later)} [${POLARITY_LABELS[c.later.polarity]}] «${c.later.entry.text}»`);
          }
        }
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
