/**
 * Items stamped one by one. A page of readers' questions, comments or posts opens each item with its
 * form header, a date label and the date ("الاسم <name> التاريخ 2014 - 01 - 02 09 : 42 <question>",
 * "تاريخ النشر : 3 / 5 / 2016 <comment>"). Each stamp dates its item; none of them is the page's date, and
 * none is a page header glued to the story's lead.
 */
import type { ClassifiedBlock } from './classify.js';
import { normalize } from '../../arabic/normalize.js';

/** A stamp sits at the item's head: its label starts within this many characters of the line. */
const STAMP_REACH = 60;
/** From this many body lines opening with a stamp, the stamps are the items', not the page's. */
const MIN_STAMPED_ITEMS = 3;

/**
 * The labels of a form's date field. Not "بتاريخ" alone: prose dates events with it ("اعتقل بتاريخ
 * 26 - 6 - 2012"), and numbered lists of events would read as stamped items.
 */
const STAMP_LABELS = ['التاريخ', 'تاريخ', 'تاريخ النشر', 'تاريخ الإضافة', 'نشر في', 'نشر بتاريخ', 'تم النشر', 'تم النشر بتاريخ', 'أضيف في'];
/**
 * A label, an optional colon, then a number: the date itself. On normalized text; the `u` flag
 * because the labels are Arabic.
 */
const STAMP = new RegExp(
  String.raw`(?:^|\s)(?:${STAMP_LABELS.map((l) => normalize(l)).sort((a, b) => b.length - a.length).join('|')})\s*[:：]?\s*[0-9\u0660-\u0669]`,
  'u',
);

/** Does the page stamp its body items one by one (so that a labelled date in the body is an item's)? */
export function stampsItems(blocks: readonly ClassifiedBlock[]): boolean {
  let n = 0;
  for (const c of blocks) {
    if (c.cls !== 'good') continue;
    const head = c.block.norm.slice(0, STAMP_REACH + 20);
    // Every label holds "تاريخ", "نشر" or "اضيف": most lines hold none in their head.
    if (!head.includes('تاريخ') && !head.includes('نشر') && !head.includes('اضيف')) continue;
    const m = STAMP.exec(head);
    if (m && m.index < STAMP_REACH && ++n >= MIN_STAMPED_ITEMS) return true;
  }
  return false;
}
