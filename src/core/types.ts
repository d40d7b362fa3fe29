/**
 * The typed records that flow between Marsad's stages. No dependencies: every other module
 * imports from here, never the other way round.
 */

/** `YYYY-MM-DD` when only the day is known, `YYYY-MM-DDTHH:MM[:SS]` when the time is stated. */
export type IsoDateString = string;

export type InputFormat = 'auto' | 'text' | 'html';

/** What ingest hands to extraction: bytes or text, and what is known about where they came from. */
export interface RawDoc {
  content: Uint8Array | string;
  format: InputFormat;
  /** Canonical URL when known (from the crawler or `--url`). */
  url?: string | null;
  /** HTTP Content-Type, when the document came over HTTP (may carry a charset). */
  contentType?: string | null;
  /** Where it came from, for error messages: a path or a URL. */
  origin?: string;
  /**
   * The content is an article body taken from a structured record (a JSON field), not a scraped
   * page: page-level judgements such as "this is a listing of teasers" do not apply.
   */
  record?: boolean;
  /**
   * The outlet the source names (a record's own field): the article's outlet as given, so the
   * extraction does not look for the site's name on the page.
   */
  outlet?: string | null;
}

export type EntityType = 'person' | 'organization' | 'location' | 'country' | 'other';

export interface Entity {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export interface Speaker {
  name: string | null;
  role: string | null;
}

export interface Statement {
  speaker: Speaker;
  cue: string;
  text: string;
  direct: boolean;
  negated: boolean;
  date: IsoDateString | null;
  /** Index of the sentence in the body (0-based, sentences of all paragraphs in order). */
  sentence: number;
}

/** The clean article produced by extraction. */
export interface ExtractedArticle {
  title: string;
  publishedAt: IsoDateString | null;
  outlet: string | null;
  section: string | null;
  hashtags: string[];
  url: string | null;
  /** Body paragraphs in reading order (crossheads included). */
  paragraphs: string[];
  /** Photo captions, set apart from the body. */
  captions: string[];
  /** Agency or author credit line when one was found ("(رويترز)", "إعداد: …"). */
  credit: string | null;
  /** Where the place of the report was named in a dateline ("بيروت - "), if any. */
  dateline: string | null;
  /**
   * Present only for a listing page (a tag, archive or front page of teasers): its lines of text.
   * Such a page has no body; these let a caller still judge the page as a whole (stance).
   */
  listingItems?: string[];
  warnings: string[];
}

/** `marsad analyze` output: see DESIGN.md §3. `body` is the paragraphs joined by newlines. */
export interface AnalyzeResult {
  title: string;
  publishedAt: IsoDateString | null;
  outlet: string | null;
  section: string | null;
  hashtags: string[];
  url: string | null;
  body: string;
  captions: string[];
  entities: Entity[];
  statements: Statement[];
  /** Only for a listing page: its lines of text (see ExtractedArticle.listingItems). */
  listingItems?: string[];
  warnings: string[];
}

/** Expected failures are values, not exceptions (DESIGN.md §4). */
export type Result<T, Reason extends string = string> =
  | { ok: true; value: T }
  | { ok: false; reason: Reason; message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <Reason extends string>(reason: Reason, message: string): { ok: false; reason: Reason; message: string } => ({
  ok: false,
  reason,
  message,
});
