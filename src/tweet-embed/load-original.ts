/**
 * Loading a platform's own embed, only after a reader asked for it. The
 * script URLs are a fixed allowlist; nothing else can be loaded from here.
 */
import { ORIGINAL_SCRIPTS as ALLOWED, PLATFORM_TABLE, type Platform } from './platforms.js';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/**
 * The script URL as the page accepts it: a TrustedScriptURL from the
 * 'newsroom-widgets' policy when Trusted Types exist (created on first use,
 * never at import), else the string. Throws for a URL outside the allowlist.
 */
function trustedScriptUrl(url: string): string {
  if (!ALLOWED.has(url)) throw new TypeError(`${url} is not a platform embed script`);
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (tt && policy === undefined) {
    try {
      policy = tt.createPolicy('newsroom-widgets', {
        createScriptURL: (value) => {
          if (!ALLOWED.has(value)) throw new TypeError(`${value} is not a platform embed script`);
          return value;
        },
      });
    } catch {
      // The page's CSP does not allow this policy name (or another copy of
      // the library holds it): try the plain string, which works unless
      // Trusted Types are enforced.
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/**
 * Adds the platform's embed script to the page, or asks an already loaded one
 * to look again. Returns the script element it added, if any. Throws when the
 * page refuses the script (Trusted Types, CSP); the caller reports that.
 */
export function loadPlatformScript(
  platform: Platform,
  container: Element,
  onError: () => void,
): HTMLScriptElement | undefined {
  const src = PLATFORM_TABLE[platform].originalScript;
  if (!src) return undefined;
  const twttr = (globalThis as { twttr?: { widgets?: { load?: (el: Element) => void } } }).twttr;
  if (platform === 'x' && typeof twttr?.widgets?.load === 'function') {
    twttr.widgets.load(container);
    return undefined;
  }
  const doc = container.ownerDocument;
  const script = doc.createElement('script');
  script.async = true;
  script.charset = 'utf-8';
  script.addEventListener('error', onError, { once: true });
  script.src = trustedScriptUrl(src);
  (doc.head ?? doc.documentElement).append(script);
  return script;
}
