/**
 * The day a page's address carries ("/2017/12/27/some-slug", "/news/2015-10-16/…"): content
 * management systems put the day an item was created into its path. That day is no publication
 * date of its own (the page may have been published or updated later, and the gold takes dates
 * from the text only), but it bounds one: an article is not first published weeks after the day
 * its address was minted. A date in the text that falls well after it is a site clock showing the
 * day of the crawl, or another item's date.
 */

/** Year, month and day with the same separator between them, as one stretch of the path. */
const PATH_DAY = /(?:^|[/_-])((?:19|20)\d{2})([/_-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;

/** 'YYYY-MM-DD' from the address's path, or null when it carries no full day. */
export function addressDay(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = PATH_DAY.exec(path);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

/**
 * How many days after the address's day a page's date may still fall. Measured on all Baly pages
 * (session 27): the text's date follows the address's day by 0–3 days on articles (a story filed one
 * day and published three days later, R-397#10), and by 25 days to years where it is a crawl-day
 * clock or an old page's sidebar; a week separates the two.
 */
export const ADDRESS_DAY_SLACK_DAYS = 7;

const DAY_MS = 86_400_000;

/** Does `iso` fall more than the slack after the address's day? */
export function laterThanAddress(iso: string, day: string | null): boolean {
  if (day === null) return false;
  return Date.parse(iso.slice(0, 10)) - Date.parse(day) > ADDRESS_DAY_SLACK_DAYS * DAY_MS;
}
