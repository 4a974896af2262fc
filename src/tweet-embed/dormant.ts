/**
 * The two changes the library makes to an author's embed code, as explicit
 * steps: hiding an official blockquote from its platform's script while the
 * private card shows (when `upgradeEmbeds` wraps it, or a widget connects
 * around it), and handing it back when a reader loads the original or the
 * widget leaves the page. Parsers never call these.
 */
import { DORMANT_ATTRIBUTE, PLATFORM_TABLE, embedPlatformOf } from './platforms.js';

/** Hides an embed blockquote from its platform's script (see DORMANT_ATTRIBUTE). */
export function makeDormant(bq: Element): void {
  const platform = embedPlatformOf(bq);
  if (!platform) return;
  const name = PLATFORM_TABLE[platform].embedClass;
  if (!bq.classList.contains(name)) return;
  bq.setAttribute(DORMANT_ATTRIBUTE, name);
  bq.classList.remove(name);
}

/** Gives a dormant embed blockquote its platform class back, for the platform's script. */
export function wake(bq: Element): void {
  const name = bq.getAttribute(DORMANT_ATTRIBUTE);
  if (!name) return;
  bq.classList.add(name);
  bq.removeAttribute(DORMANT_ATTRIBUTE);
}
