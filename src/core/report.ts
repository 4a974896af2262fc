import { emit, type NwErrorCode } from './events.js';

const reported = new WeakMap<Element, Set<string>>();

/**
 * The one way a widget reports bad input: one console warning naming the
 * widget and the problem (once per element, code and message), and an
 * `nw-error` event with a stable code. It never throws; the widget keeps
 * showing what it can, or the author's light-DOM content.
 */
export function reportError(el: Element, code: NwErrorCode, message: string): void {
  let seen = reported.get(el);
  if (!seen) reported.set(el, (seen = new Set()));
  const key = `${code}\u0000${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${el.localName}>: ${message}`);
  emit(el, 'nw-error', { code, message });
}
