/**
 * Reading SaudiNewsNet (../shared/corpus/saudinewsnet/dataset/YYYY-MM-DD.zip): each zip holds one
 * JSON file with an array of articles. yauzl streams the entry; the array is parsed whole (about
 * 12 MB for the largest day), which is fine for evaluation and benchmarking.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';

export interface SaudiNewsNetArticle {
  source: string;
  url: string;
  /** `YYYY-MM-DD hh:mm:ss`: when it was crawled, not necessarily when it was published. */
  date_extracted: string;
  title: string;
  author: string;
  /** Plain article text, paragraphs separated by newlines. */
  content: string;
}

export function saudiNewsNetDir(corpusDir: string): string {
  return path.join(corpusDir, 'saudinewsnet', 'dataset');
}

/** The daily zips in date order (their names sort chronologically). */
export async function listSaudiNewsNetZips(corpusDir: string): Promise<string[]> {
  const dir = saudiNewsNetDir(corpusDir);
  return (await readdir(dir)).filter((f) => f.endsWith('.zip')).sort().map((f) => path.join(dir, f));
}

function field(record: Record<string, unknown>, name: string): string {
  const value = record[name];
  return typeof value === 'string' ? value : '';
}

/** Records that are not objects are dropped; missing fields become ''. */
export function toArticles(parsed: unknown): SaudiNewsNetArticle[] {
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((record) => ({
      source: field(record, 'source'),
      url: field(record, 'url'),
      date_extracted: field(record, 'date_extracted'),
      title: field(record, 'title'),
      author: field(record, 'author'),
      content: field(record, 'content'),
    }));
}

/** Every article of every `.json` entry in one zip. */
export function readSaudiNewsNetZip(zipPath: string): Promise<SaudiNewsNetArticle[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error(`cannot open ${zipPath}`));
      const articles: SaudiNewsNetArticle[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(articles));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('.json')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            try {
              articles.push(...toArticles(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
            } catch (error) {
              return reject(new Error(`${zipPath}: ${entry.fileName}: ${(error as Error).message}`));
            }
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The first `limit` articles in date order, reading only as many zips as needed. */
export async function loadSaudiNewsNet(corpusDir: string, limit = Infinity): Promise<SaudiNewsNetArticle[]> {
  const articles: SaudiNewsNetArticle[] = [];
  for (const zip of await listSaudiNewsNetZips(corpusDir)) {
    if (articles.length >= limit) break;
    articles.push(...(await readSaudiNewsNetZip(zip)));
  }
  return articles.slice(0, limit);
}
