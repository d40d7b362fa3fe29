/**
 * An `--outlet` that names no outlet of the store gives an empty answer a user could take for "no
 * such article" or "no evidence". When a filtered command finds nothing, this says instead that
 * the outlet is unknown here and which outlets there are (a dump may store codes, "okaz", where
 * the user typed a name, "عكاظ").
 */
import { InputError } from '../core/errors.js';
import { nameKey } from '../store/names.js';
import type { Store } from '../store/store.js';

/** Outlets named in the message, most articles first. */
const LISTED = 12;

export async function checkOutletKnown(store: Store, outlet: string): Promise<void> {
  const outlets = await store.outlets();
  const key = nameKey(outlet);
  if (outlets.some((o) => o.key === key)) return;
  const listed = outlets.slice(0, LISTED).map((o) => `${o.outlet} (${o.articles})`);
  const more = outlets.length > LISTED ? `, and ${outlets.length - LISTED} more` : '';
  const known = outlets.length === 0 ? 'no article here names its outlet' : `outlets here: ${listed.join(', ')}${more}`;
  throw new InputError('--outlet', `no article of "${outlet}" in this database; ${known}`, 'usage');
}
