/**
 * The one URL policy. Every link and image a widget renders goes through it.
 *
 * - Links must be absolute `http:` or `https:` URLs.
 * - Images may also be relative (resolved against the page), still only over
 *   `http:`/`https:`.
 * - Anything else (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:`,
 *   protocol tricks with case, whitespace, control characters or leftover
 *   HTML entities) is dropped: the function returns `null`.
 *
 * The WHATWG URL parser does the normalising (it strips leading/trailing
 * controls and spaces, removes tabs and newlines, lower-cases the scheme), so
 * what we check is exactly what the browser would follow.
 */

const ALLOWED = new Set(['http:', 'https:']);
// A base that never matches a real page, used where there is no document.
const FALLBACK_BASE = 'https://nw.invalid/';

function pageBase(): string {
  return typeof document !== 'undefined' && document.baseURI ? document.baseURI : FALLBACK_BASE;
}

/**
 * Parses `raw` (against `base` when given) and returns it when it is an
 * http(s) URL with a host, otherwise null.
 */
function httpUrl(raw: unknown, base?: string): URL | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (!value) return null;
  // Encoded schemes (`javascript&colon;`, `&#106;avascript:`) come from
  // text that was never decoded; refuse them rather than guess.
  if (/&(#x?[0-9a-f]+|[a-z]+);?/i.test(value.split(/[/?#]/)[0] ?? '')) return null;
  try {
    const url = new URL(value, base);
    return ALLOWED.has(url.protocol) && url.hostname ? url : null;
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) link, parsed, or null: for code that reads its parts
 * (host, path, query), so that the address is parsed once.
 */
export function linkUrl(raw: string | null | undefined): URL | null {
  return httpUrl(raw);
}

/** Returns the normalised href of an absolute http(s) link, or null. */
export function safeLinkUrl(raw: string | null | undefined): string | null {
  return httpUrl(raw)?.href ?? null;
}

/** Returns an http(s) image URL, absolute or resolved against the page, or null. */
export function safeImageUrl(raw: string | null | undefined): string | null {
  return httpUrl(raw, pageBase())?.href ?? null;
}

/** The host of a safe link without `www.`, for display; '' when unsafe. */
export function displayHost(href: string | null | undefined): string {
  return linkUrl(href)?.hostname.replace(/^www\./, '') ?? '';
}
