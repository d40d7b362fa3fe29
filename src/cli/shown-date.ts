/**
 * The date a list shows for an article: its publication day, else the day it was crawled or dumped,
 * marked "جُمع" (collected) so that it is never read as the publication date, else "بلا تاريخ".
 */
export function shownDate(article: { publishedAt: string | null; referenceDate?: string | null }): string {
  if (article.publishedAt) return article.publishedAt.slice(0, 10);
  if (article.referenceDate) return `جُمع ${article.referenceDate.slice(0, 10)}`;
  return 'بلا تاريخ';
}
