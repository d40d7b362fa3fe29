/**
 * "… على الجسر. رابط الخبر بصحيفة الوئام: تكدس السيارات بجسر الملك فهد": a "link to this story"
 * label that some sites print under the story, with their own name and the story's headline (the
 * link's text). Scrapes glue it to the last paragraph or keep it as a line of its own; 1,331
 * SaudiNewsNet articles carry one. It is no part of the story: it is cut off, and the name it gives
 * is the outlet's.
 */

/**
 * The label, at the start of a line or after a sentence's end: "رابط الخبر", "رابط المقال", "رابط
 * الموضوع", "الرابط المختصر", "رابط مختصر", "رابط دائم", optionally naming the site ("بصحيفة X",
 * "في موقع X", "على موقع X"), then a colon. Group 1: what ends the sentence before it; group 2: the site's name.
 */
const LINK_LABEL = new RegExp(
  String.raw`(^|[.!?؟»"”)]\s+)(?:رابط (?:الخبر|المقال|الموضوع|المادة|مختصر|دائم)|الرابط (?:المختصر|الدائم))` +
    String.raw`(?:\s+(?:ب|في |على )(?:صحيفة|جريدة|موقع|مجلة|شبكة)\s+([^:：\n.،]{2,30}?))?\s*[:：]`,
  'u',
);

export interface LinkLabelCut {
  /** The paragraph before the label, trimmed ('' when the label opened it). */
  text: string;
  /** The site the label names, or null. */
  site: string | null;
}

/** The paragraph without a story-link label and what follows it on its line; null when it has none. */
export function cutLinkLabel(paragraph: string): LinkLabelCut | null {
  const m = LINK_LABEL.exec(paragraph);
  if (!m) return null;
  const end = m.index + m[1]!.length;
  return { text: paragraph.slice(0, end).trim(), site: m[2]?.trim() || null };
}
