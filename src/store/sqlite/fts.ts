/**
 * FTS5 MATCH expressions from parsed query groups. Every stem is quoted, so that nothing a reader
 * types (AND, NEAR, *, :, -) is read as FTS5 syntax; a group of several stems is a phrase.
 */

/** One key as an FTS5 string: quoted, so that no key is read as FTS5 syntax. */
export const quote = (term: string): string => `"${term.replace(/"/gu, '""')}"`;

/** `[["حكوم"], ["رفع", "دعم"]]` → `"حكوم" AND "رفع" + "دعم"` (FTS5 joins phrase parts with +). */
export function ftsMatch(groups: readonly (readonly string[])[]): string | null {
  const parts = groups.filter((g) => g.length > 0).map((g) => (g.length === 1 ? quote(g[0]!) : g.map(quote).join(' + ')));
  return parts.length > 0 ? parts.join(' AND ') : null;
}
