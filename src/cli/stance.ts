/**
 * `marsad stance "<claim>" <file|->`: one claim against one article.
 * `marsad stance --batch pairs.jsonl`: `{"id", "claim", "text"}` lines in, `{"id", "stance", "evidence"}`
 * lines out, in input order; a bad line gets `{"id", "error"}` and the batch goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyze } from '../analyze/analyze.js';
import { LexicalStanceModel } from '../analyze/stance/lexical.js';
import type { StanceJudgement } from '../analyze/stance/types.js';
import { InputError } from '../core/errors.js';
import type { AnalyzeResult, InputFormat } from '../core/types.js';
import { checkedClaim } from './claim-input.js';
import { readInput } from './input.js';

interface StanceFlags {
  json?: boolean;
  batch?: string;
  format: string;
}

/** The JSON of one judgement (DESIGN.md §3): stance and evidence, with the class scores added. */
export function judgementJson(j: StanceJudgement): Record<string, unknown> {
  return {
    stance: j.stance,
    evidence: j.evidence.map((e) => ({ sentence: e.sentence, statement: e.statement, polarity: e.polarity, coverage: e.coverage })),
    scores: Object.fromEntries(Object.entries(j.scores).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
  };
}

/**
 * What the model reads: the article, or, for a listing page (which has no body), its teasers, so
 * that a tag page full of reports on the claim is still judged on what it shows.
 */
function stanceInput(article: AnalyzeResult): { title: string; paragraphs: string[]; statements: AnalyzeResult['statements']; entities: AnalyzeResult['entities'] } {
  const paragraphs = article.body !== '' ? article.body.split('\n') : (article.listingItems ?? []);
  return { title: article.title, paragraphs, statements: article.statements, entities: article.entities };
}

const STANCE_LABELS: Record<string, string> = { agree: 'يؤيد', disagree: 'يناقض', discuss: 'يناقش دون حسم', unrelated: 'لا علاقة له' };

export function registerStance(program: Command): void {
  program
    .command('stance')
    .description("an article's stance towards a claim: agree | disagree | discuss | unrelated, with the evidence")
    .argument('[claim]', 'the claim, one Arabic sentence')
    .argument('[input]', 'the article: a file, an http(s) URL, or - for standard input')
    .option('--batch <file>', 'judge every {"id","claim","text"} line of a JSONL file (use - for standard input)')
    .option('--format <format>', 'auto | text | html (the article, or every batch text)', 'auto')
    .option('--json', 'print {"stance", "evidence": [{"sentence", "statement"}], "scores"}')
    .action(async (claim: string | undefined, input: string | undefined, flags: StanceFlags) => {
      if (!['auto', 'text', 'html'].includes(flags.format)) throw new InputError('--format', `expected auto, text or html, found "${flags.format}"`, 'usage');
      const model = new LexicalStanceModel();
      if (flags.batch) {
        if (claim !== undefined) throw new InputError('stance', '--batch reads the claims from the file: give no claim argument', 'usage');
        await runBatch(flags.batch, flags.format as InputFormat, model);
        return;
      }
      const text = checkedClaim(claim);
      if (!input) throw new InputError('stance', 'give the article to judge: a file, a URL or - (or use --batch)', 'usage');
      const article = analyze(await readInput(input, flags.format as InputFormat, null));
      const judgement = model.judgeSync(text, stanceInput(article));
      if (flags.json) {
        process.stdout.write(JSON.stringify(judgementJson(judgement), null, 2) + '\n');
        return;
      }
      const lines = [`الموقف: ${STANCE_LABELS[judgement.stance]} (${judgement.stance})`];
      for (const e of judgement.evidence) {
        const who = e.statement ? ` — ${e.statement.speaker.name ?? e.statement.speaker.role ?? '؟'}` : '';
        lines.push(`  «${e.sentence}»${who}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    });
}

async function runBatch(file: string, format: InputFormat, model: LexicalStanceModel): Promise<void> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    stream.once('open', () => resolve());
    stream.once('error', (err: NodeJS.ErrnoException) => reject(new InputError(file, err.code === 'ENOENT' ? 'no such file' : err.message, 'unreadable')));
  });
  await opened;
  let lineNumber = 0;
  let failed = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const out = judgeLine(line, `${file}:${lineNumber}`, format, model);
    if ('error' in out) {
      failed++;
      process.stderr.write(`marsad: ${file}:${lineNumber}: ${String(out['error'])}\n`);
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (failed > 0) process.stderr.write(`marsad: ${failed} of ${lineNumber} line(s) failed\n`);
}

function judgeLine(line: string, where: string, format: InputFormat, model: LexicalStanceModel): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `not JSON (${(err as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: null, error: 'expected an object {"id", "claim", "text"}' };
  const r = record as Record<string, unknown>;
  const id = r['id'] ?? null;
  if (typeof r['claim'] !== 'string' || typeof r['text'] !== 'string') return { id, error: 'needs string fields "claim" and "text"' };
  try {
    const claim = checkedClaim(r['claim']);
    const article = analyze({ content: r['text'], format, origin: where });
    const judgement = model.judgeSync(claim, stanceInput(article));
    return { id, ...judgementJson(judgement) };
  } catch (err) {
    if (err instanceof InputError) return { id, error: err.message };
    throw err;
  }
}
