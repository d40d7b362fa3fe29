// Consistency check for hand-written gold labels: every label must be findable in its page.
// Why: the gold files are typed by hand next to hand-written pages; a one-character slip (a different
// quote mark, a dropped hamza) would silently lower every extraction score. This script does not judge
// an extractor; it only proves that each label is attainable from the page it describes.
// Usage: node demo/tools/check-gold.mjs        (from the repository root; exit code 1 on any problem)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import iconv from 'iconv-lite';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/u;
const KEYS = ['file', 'format', 'title', 'publishedAt', 'outlet', 'section', 'hashtags', 'bodyLines', 'captions',
  'mustContain', 'mustNotContain', 'statements', 'persons', 'notes'];
const collapse = (s) => s.replace(/\s+/gu, ' ').trim();

/** Decodes a saved page with the charset its own <meta> declares (utf-8 when none). */
function decodePage(bytes) {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const m = /charset\s*=\s*["']?([\w-]+)/iu.exec(head);
  const charset = m ? m[1].toLowerCase() : 'utf-8';
  return iconv.decode(bytes, charset);
}

/** The page as lines a reader could see: text lines for dumps, block texts for HTML. */
function visibleText(path, format) {
  const bytes = readFileSync(path);
  if (format === 'text') return bytes.toString('utf8').split('\n').map(collapse);
  const { document } = parseHTML(decodePage(bytes));
  for (const el of document.querySelectorAll('script, style')) el.remove();
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, figcaption, span, div, a, time, title, td')];
  const meta = [...document.querySelectorAll('meta')].map((m) => m.getAttribute('content') ?? '');
  const jsonLd = [...parseHTML(decodePage(bytes)).document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent);
  return [...blocks.map((b) => collapse(b.textContent)), ...meta, ...jsonLd];
}

function checkOne(goldPath, pagePath, problems) {
  const say = (msg) => problems.push(`${goldPath}: ${msg}`);
  let gold;
  try { gold = JSON.parse(readFileSync(goldPath, 'utf8')); } catch (e) { say(`not JSON (${e.message})`); return; }
  for (const k of KEYS) if (!(k in gold)) say(`missing key "${k}"`);
  if (!existsSync(pagePath)) { say(`page not found: ${pagePath}`); return; }
  const expectFormat = pagePath.endsWith('.html') ? 'html' : 'text';
  if (gold.format !== expectFormat) say(`format "${gold.format}" but file is ${expectFormat}`);
  if (gold.publishedAt !== null && !ISO_DATE.test(gold.publishedAt)) say(`bad publishedAt ${gold.publishedAt}`);

  const page = visibleText(pagePath, expectFormat);
  const pageText = page.join('\n');
  const body = gold.bodyLines.map(collapse);
  const bodyText = body.join('\n');

  // Body lines: each one whole, in page order.
  let from = 0;
  for (const line of body) {
    const at = expectFormat === 'text' ? page.indexOf(line, from) : page.findIndex((l, i) => i >= from && l === line);
    if (at < 0) say(`body line not found (in order): ${line.slice(0, 60)}…`);
    else from = at + 1;
  }
  if (gold.title && !pageText.includes(gold.title)) say(`title not on page: ${gold.title}`);
  if (gold.outlet && !pageText.includes(gold.outlet)) say(`outlet not on page: ${gold.outlet}`);
  if (gold.section && !pageText.includes(gold.section)) say(`section not on page: ${gold.section}`);
  for (const t of gold.hashtags) if (!pageText.includes(t)) say(`hashtag not on page: ${t}`);
  for (const c of gold.captions) {
    if (!pageText.includes(c)) say(`caption not on page: ${c}`);
    if (body.includes(collapse(c))) say(`caption listed as a body line: ${c}`);
  }
  for (const s of gold.mustContain) if (!bodyText.includes(s)) say(`mustContain not in body: ${s}`);
  for (const s of gold.mustNotContain) {
    if (bodyText.includes(s)) say(`mustNotContain is in the body: ${s}`);
    if (!pageText.includes(s)) say(`mustNotContain is not on the page at all (typo?): ${s}`);
  }
  for (const st of gold.statements) {
    if (!bodyText.includes(st.anchor)) say(`statement anchor not in body: ${st.anchor}`);
    if (st.date !== null && !ISO_DATE.test(st.date)) say(`bad statement date ${st.date}`);
    if (typeof st.direct !== 'boolean' || typeof st.negated !== 'boolean') say(`statement flags not boolean: ${st.anchor}`);
  }
  for (const p of gold.persons) if (!bodyText.includes(p)) say(`person not named in body: ${p}`);
}

const root = process.cwd();
const problems = [];
let checked = 0;
const goldDir = join(root, 'demo/gold');
for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
  checkOne(join(goldDir, name), join(root, 'demo/corpus', gold.file), problems);
  checked++;
}
const fixDir = join(root, 'test/fixtures/extract');
if (existsSync(fixDir)) {
  for (const slug of readdirSync(fixDir).sort()) {
    const dir = join(fixDir, slug);
    const page = existsSync(join(dir, 'source.html')) ? join(dir, 'source.html') : join(dir, 'input.txt');
    checkOne(join(dir, 'expected.json'), page, problems);
    checked++;
  }
}
for (const p of problems) console.error(p);
console.log(`${checked} gold files checked, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
