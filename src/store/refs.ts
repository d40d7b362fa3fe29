/**
 * How `marsad article <ref>` finds an article: the ref as given (an id, a URL, a stored source),
 * then as a path — relative, through symlinks, or a record inside a collection
 * (`dump.jsonl#12`, `day.zip!/day.json#3`) — resolved the way ingest resolved it.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The candidate sources for a ref, most literal first, without duplicates. */
export function sourceCandidates(ref: string, cwd: string = process.cwd()): string[] {
  const out = [ref];
  if (/^https?:\/\//iu.test(ref)) return out;
  // Split off the part inside a collection: "!/entry" for zips, "#n" for records.
  const match = /^(.*?)((?:!\/[^#]*)?(?:#\d+)?)$/u.exec(ref);
  const filePart = match?.[1] ?? ref;
  const inner = match?.[2] ?? '';
  if (!filePart) return out;
  const absolute = path.resolve(cwd, filePart);
  out.push(absolute + inner);
  try {
    out.push(realpathSync(absolute) + inner);
  } catch {
    // Not a file here (any more): the stored absolute path may still match.
  }
  return [...new Set(out)];
}
