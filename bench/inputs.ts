/**
 * Benchmark inputs: SaudiNewsNet articles from the shared corpus when it is here (the first N in
 * date order), else the demo corpus repeated to N. Each input has its plain text (for text mode)
 * and a generated HTML page (for HTML mode, see page-template.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSaudiNewsNet, type SaudiNewsNetArticle } from '../eval/lib/saudinewsnet.js';
import { articlePage, type PageArticle } from './page-template.js';

export interface BenchInput {
  text: string;
  textBytes: number;
  html: Uint8Array;
}

export interface BenchInputs {
  source: string;
  inputs: BenchInput[];
}

/** SaudiNewsNet source ids → outlet name and site, for the generated pages. */
const OUTLETS: Record<string, { name: string; site: string }> = {
  aawsat: { name: 'الشرق الأوسط', site: 'aawsat.com' },
  aleqtisadiya: { name: 'الاقتصادية', site: 'aleqt.com' },
  aljazirah: { name: 'الجزيرة', site: 'al-jazirah.com' },
  almadina: { name: 'المدينة', site: 'al-madina.com' },
  alriyadh: { name: 'الرياض', site: 'alriyadh.com' },
  alwatan: { name: 'الوطن', site: 'alwatan.com.sa' },
  alweeam: { name: 'الوئام', site: 'alweeam.com.sa' },
  alyaum: { name: 'اليوم', site: 'alyaum.com' },
  arreyadi: { name: 'الرياضي', site: 'arreyadi.com.sa' },
  arreyadiyah: { name: 'الرياضية', site: 'arreyadiyah.com' },
  okaz: { name: 'عكاظ', site: 'okaz.com.sa' },
  sabq: { name: 'سبق', site: 'sabq.org' },
  was: { name: 'وكالة الأنباء السعودية', site: 'spa.gov.sa' },
  '3alyoum': { name: 'عين اليوم', site: '3alyoum.com' },
};
const SECTIONS = ['محليات', 'اقتصاد', 'رياضة', 'دوليات', 'ثقافة وفنون'];
/** How many other headlines each page shows (read-also, most-read, ticker). */
const RELATED_HEADLINES = 14;

const encoder = new TextEncoder();

function paragraphsOf(content: string): string[] {
  return content
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** `2015-07-21 02:51:32` → `2015-07-21T02:51:32+03:00` (the outlets are in Saudi time). */
function isoDate(extracted: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/u.exec(extracted);
  return match ? `${match[1]}T${match[2]}+03:00` : null;
}

function pageFor(article: SaudiNewsNetArticle, index: number, titles: readonly string[]): string {
  const outlet = OUTLETS[article.source] ?? { name: article.source || 'صحيفة', site: 'example.com' };
  const paragraphs = paragraphsOf(article.content);
  const page: PageArticle = {
    title: article.title || (paragraphs[0] ?? '').slice(0, 90),
    paragraphs,
    outlet: outlet.name,
    site: outlet.site,
    url: article.url || `https://${outlet.site}/article/${index}`,
    publishedAt: isoDate(article.date_extracted),
    author: article.author || null,
    section: SECTIONS[index % SECTIONS.length]!,
  };
  // Other articles' headlines, as a real sidebar would show them.
  const related = Array.from({ length: RELATED_HEADLINES }, (_, k) => titles[(index + 1 + k * 7) % titles.length]!).filter(Boolean);
  return articlePage(page, related);
}

export async function saudiNewsNetInputs(corpusDir: string, n: number): Promise<BenchInputs> {
  const articles = (await loadSaudiNewsNet(corpusDir, n)).filter((a) => a.content.trim().length > 0);
  const titles = articles.map((a) => a.title).filter((t) => t.length > 0);
  return {
    source: `SaudiNewsNet, first ${articles.length} articles with content`,
    inputs: articles.map((article, index) => ({
      text: article.content,
      textBytes: Buffer.byteLength(article.content, 'utf8'),
      html: encoder.encode(pageFor(article, index, titles)),
    })),
  };
}

/** The demo corpus: text files are used as they are and wrapped in the page; HTML files only in HTML mode. */
export async function demoInputs(repoDir: string, n: number): Promise<BenchInputs> {
  const dir = path.join(repoDir, 'demo', 'corpus');
  const names = existsSync(dir) ? (await readdir(dir)).sort() : [];
  const texts: string[] = [];
  const pages: Uint8Array[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(dir, name));
    if (/\.html?$/iu.test(name)) pages.push(new Uint8Array(bytes));
    else if (/\.txt$/iu.test(name)) texts.push(bytes.toString('utf8'));
  }
  if (texts.length === 0) throw new Error('no benchmark input: neither ../shared/corpus/saudinewsnet nor demo/corpus/*.txt is here');
  const titles = texts.map((t) => (paragraphsOf(t)[0] ?? '').slice(0, 90));
  const wrapped = texts.map((text, index) =>
    pageFor({ source: '', url: '', date_extracted: '', title: titles[index]!, author: '', content: text }, index, titles),
  );
  const allPages = [...wrapped.map((p) => encoder.encode(p)), ...pages];
  return {
    source: `demo corpus (${texts.length} text, ${pages.length} HTML files) repeated to ${n}`,
    inputs: Array.from({ length: n }, (_, i) => {
      const text = texts[i % texts.length]!;
      return { text, textBytes: Buffer.byteLength(text, 'utf8'), html: allPages[i % allPages.length]! };
    }),
  };
}
