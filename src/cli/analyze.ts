/** `marsad analyze <file|url|->`: one article, nothing stored. */
import type { Command } from 'commander';
import { analyze } from '../analyze/analyze.js';
import type { AnalyzeResult, InputFormat } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { readInput } from './input.js';

interface AnalyzeFlags {
  json?: boolean;
  format: string;
  url?: string;
  reference?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('extract and analyze one article (text dump or HTML page); nothing is stored')
    .argument('<input>', 'a file, an http(s) URL, or - for standard input')
    .option('--json', 'print the JSON record (DESIGN.md §3)')
    .option('--format <format>', 'auto | text | html', 'auto')
    .option('--url <url>', 'the article URL, when the input is a saved file')
    .option('--reference <date>', 'date used for relative dates when the article states none (YYYY-MM-DD)')
    .action(async (input: string, flags: AnalyzeFlags) => {
      if (!['auto', 'text', 'html'].includes(flags.format)) throw new InputError('--format', `expected auto, text or html, found "${flags.format}"`);
      const doc = await readInput(input, flags.format as InputFormat, flags.url ?? null);
      const result = analyze(doc, { reference: flags.reference ?? null });
      process.stdout.write(flags.json ? JSON.stringify(result, null, 2) + '\n' : formatResult(result));
    });
}

export function formatResult(r: AnalyzeResult): string {
  const lines: string[] = [];
  lines.push(`العنوان: ${r.title}`);
  lines.push(`التاريخ: ${r.publishedAt ?? '—'}`);
  if (r.outlet) lines.push(`المصدر: ${r.outlet}`);
  if (r.section) lines.push(`القسم: ${r.section}`);
  if (r.hashtags.length) lines.push(`الوسوم: ${r.hashtags.join('، ')}`);
  if (r.url) lines.push(`الرابط: ${r.url}`);
  lines.push('', r.body, '');
  if (r.captions.length) lines.push('التعليقات على الصور:', ...r.captions.map((c) => `  - ${c}`), '');
  if (r.entities.length) {
    lines.push('الكيانات:');
    for (const e of r.entities) lines.push(`  - ${e.name} (${e.type}, ${e.mentions})${e.aliases.length ? ' — ' + e.aliases.join('، ') : ''}`);
    lines.push('');
  }
  if (r.statements.length) {
    lines.push('التصريحات:');
    for (const s of r.statements) {
      const who = s.speaker.name ?? s.speaker.role ?? '؟';
      const flags = [s.direct ? 'مباشر' : 'غير مباشر', s.negated ? 'منفي' : null, s.date].filter(Boolean).join('، ');
      lines.push(`  - ${who} — ${s.cue}: «${s.text}» (${flags})`);
    }
    lines.push('');
  }
  for (const w of r.warnings) lines.push(`تنبيه: ${w}`);
  return lines.join('\n') + '\n';
}
