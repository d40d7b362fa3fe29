/** `marsad article <id|source>`: one stored article (DESIGN.md §3). */
import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { sourceCandidates } from '../store/refs.js';
import type { StoredArticle } from '../store/types.js';
import { formatResult } from './analyze.js';

interface ArticleFlags {
  db?: string;
  json?: boolean;
}

export function registerArticle(program: Command): void {
  program
    .command('article')
    .description('show a stored article by id, URL, or any path to the file it came from')
    .argument('<ref>', 'article id, source URL, or path (also dump.jsonl#12, day.zip!/day.json#3)')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .option('--json', 'print the stored record as JSON')
    .action(async (ref: string, flags: ArticleFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        let article: StoredArticle | null = null;
        for (const candidate of sourceCandidates(ref)) {
          article = await store.getArticle(candidate);
          if (article) break;
        }
        if (!article) throw new InputError(ref, 'no stored article has this id or source', 'not-found');
        process.stdout.write(flags.json ? JSON.stringify(article, null, 2) + '\n' : formatArticle(article));
      } finally {
        await store.close();
      }
    });
}

function formatArticle(a: StoredArticle): string {
  const head = [`المعرّف: ${a.id}`, `المصدر: ${a.source}`, `القصة: ${a.storyId ?? '—'}`];
  if (a.duplicateOf) head.push(`نسخة من: ${a.duplicateOf}`);
  return head.join('\n') + '\n' + formatResult(a);
}
