/**
 * The date a timeline shows for a statement: the day it was said or its article's publication day
 * (`date`), else the day its article was collected (`sortDate` then comes from the reference date),
 * marked so, as for articles.
 */
export function shownStatementDate(entry: { date: string | null; sortDate: string | null }): string {
  if (entry.date) return entry.date.slice(0, 10);
  if (entry.sortDate) return `جُمع ${entry.sortDate.slice(0, 10)}`;
  return '—';
}

/**
 * The date a list shows for an article: its publication day, else the day it was crawled or dumped,
 * marked "جُمع" (collected) so that it is never read as the publication date, else "بلا تاريخ".
 */
export function shownDate(article: { publishedAt: string | null; referenceDate?: string | null }): string {
  if (article.publishedAt) return article.publishedAt.slice(0, 10);
  if (article.referenceDate) return `جُمع ${article.referenceDate.slice(0, 10)}`;
  return 'بلا تاريخ';
}
