import { emit, type NwErrorCode } from './events.js';

/** Per element, the problems already reported (a hash of code and message each), oldest first. */
const reported = new WeakMap<Element, Set<number>>();

/**
 * At most this many per element: an editor typing a date one character at a
 * time into a live widget produces a new invalid value per key stroke, and
 * what is kept for it must not grow for the page's life. A problem forgotten
 * this way is reported again if it comes back.
 */
const REMEMBERED = 1024;

/** FNV-1a, 32 bits: a number per problem instead of its whole text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The one way a widget reports bad input: one console warning naming the
 * widget and the problem (once per element, code and message), and an
 * `nw-error` event with a stable code. It never throws; the widget keeps
 * showing what it can, or the author's light-DOM content.
 */
export function reportError(el: Element, code: NwErrorCode, message: string): void {
  let seen = reported.get(el);
  if (!seen) reported.set(el, (seen = new Set()));
  const key = hash(`${code}\u0000${message}`);
  if (seen.has(key)) return;
  seen.add(key);
  if (seen.size > REMEMBERED) seen.delete(seen.values().next().value as number);
  console.warn(`<${el.localName}>: ${message}`);
  emit(el, 'nw-error', { code, message });
}
