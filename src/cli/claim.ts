/**
 * `marsad claim "<claim>"`: the stored articles that speak to a claim, judged and grouped by stance
 * in date order, each with outlet and source, and a one-paragraph summary. `--format claimreview`
 * prints schema.org ClaimReview JSON-LD instead.
 */
import type { Command } from 'commander';
import { LexicalStanceModel } from '../analyze/stance/lexical.js';
import { checkClaim, type ClaimEvidence, DEFAULT_CANDIDATES } from '../claims/check.js';
import { toClaimReview } from '../claims/claimreview.js';
import { InputError } from '../core/errors.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { checkedClaim } from './claim-input.js';
import { checkDayFlags } from './day-flags.js';
import { shownStatementDate } from './shown-date.js';
import { checkOutletKnown } from './outlet-check.js';
import { copiesLine } from './copies.js';

interface ClaimFlags {
  db?: string;
  json?: boolean;
  format: string;
  candidates: string;
  outlet?: string;
  from?: string;
  to?: string;
}

const HEADINGS: Record<string, string> = { agree: 'يؤيد الادعاء', disagree: 'يناقض الادعاء', discuss: 'يناقشه دون حسم' };

export function registerClaim(program: Command): void {
  program
    .command('claim')
    .description('check a claim against the corpus: evidence by stance, in date order, with a summary')
    .argument('<claim>', 'the claim, one Arabic sentence')
    .option('--format <format>', 'text | json | claimreview (schema.org ClaimReview JSON-LD)', 'text')
    .option('--json', 'same as --format json')
    .option('--candidates <n>', 'most articles retrieved and judged', String(DEFAULT_CANDIDATES))
    .option('--outlet <name>', 'only articles of this outlet')
    .option('--from <date>', 'only articles of this day or later (YYYY-MM-DD)')
    .option('--to <date>', 'only articles of this day or earlier (YYYY-MM-DD)')
    .option('--db <file>', 'database file (default: $MARSAD_DB or ./marsad.db)')
    .action(async (claim: string, flags: ClaimFlags) => {
      const text = checkedClaim(claim);
      const format = flags.json ? 'json' : flags.format;
      if (!['text', 'json', 'claimreview'].includes(format)) throw new InputError('--format', `expected text, json or claimreview, found "${format}"`, 'usage');
      const candidates = Number(flags.candidates);
      if (!Number.isInteger(candidates) || candidates < 1) throw new InputError('--candidates', `expected a whole number ≥ 1, found "${flags.candidates}"`, 'usage');
      checkDayFlags(flags);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const report = await checkClaim(store, new LexicalStanceModel({ wholeClaim: true }), text, {
          candidates,
          filters: { outlet: flags.outlet ?? null, from: flags.from ?? null, to: flags.to ?? null },
        });
        if (report.evidence.length === 0 && flags.outlet) await checkOutletKnown(store, flags.outlet);
        if (format === 'json') {
          process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        } else if (format === 'claimreview') {
          process.stdout.write(JSON.stringify(toClaimReview(report, new Date().toISOString().slice(0, 10)), null, 2) + '\n');
        } else {
          process.stdout.write(formatReport(report.claim, report.summary, report.evidence));
        }
      } finally {
        await store.close();
      }
    });
}

function formatReport(claim: string, summary: string, evidence: readonly ClaimEvidence[]): string {
  const lines = [`الادعاء: ${claim}`, '', summary];
  for (const stance of ['agree', 'disagree', 'discuss']) {
    const items = evidence.filter((e) => e.stance === stance);
    if (items.length === 0) continue;
    lines.push('', `${HEADINGS[stance]} (${items.length}):`);
    for (const e of items) {
      const who = e.statement ? `${e.statement.speaker.name ?? e.statement.speaker.role ?? '؟'}: ` : '';
      lines.push(`  ${shownStatementDate(e)}  ${who}«${e.sentence}»`);
      const copies = e.copies.length ? ` (ونسخ منه في: ${copiesLine(e.copies.map((c) => c.outlet ?? c.source))})` : '';
      lines.push(`              ${[e.article.outlet, e.article.title].filter(Boolean).join(' · ')}${copies}`);
      lines.push(`              ${e.article.url ?? e.article.source}`);
    }
  }
  return lines.join('\n') + '\n';
}
