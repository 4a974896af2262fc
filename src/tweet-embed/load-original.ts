/**
 * Loading a platform's own embed, only after a reader asked for it. The
 * script URLs are a fixed allowlist; nothing else can be loaded from here.
 */
import { wake } from './dormant.js';
import { ORIGINAL_SCRIPTS as ALLOWED, PLATFORM_TABLE, type Platform } from './platforms.js';
import { describePostUrl, type ParsedEmbed, type TweetEmbedData } from './tweet-embed.parse.js';

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

/**
 * Readies the official blockquote the platform's script turns into its embed:
 * the author's own, woken from its dormant state, or one made from the post
 * when the widget was given `data` or plain text. X's gets `data-dnt`
 * (the platform's "do not track" switch).
 */
export function originalBlockquote(host: Element, post: TweetEmbedData, parsed: Pick<ParsedEmbed, 'source' | 'atUri'>): HTMLQuoteElement {
  const platform = post.platform!;
  const existing = parsed.source;
  if (existing && host.contains(existing)) {
    wake(existing);
    if (platform === 'x') existing.setAttribute('data-dnt', 'true');
    return existing;
  }
  const doc = host.ownerDocument;
  const bq = doc.createElement('blockquote');
  bq.className = PLATFORM_TABLE[platform].embedClass;
  const p = doc.createElement('p');
  p.textContent = post.text;
  if (post.lang) p.lang = post.lang;
  const link = doc.createElement('a');
  link.href = post.url!;
  link.textContent = post.date ?? post.url!;
  if (platform === 'x') {
    bq.setAttribute('data-dnt', 'true');
  } else if (platform === 'bluesky') {
    const { handle, id } = describePostUrl(post.url);
    const profile = /\/profile\/([^/]+)/.exec(post.url!)?.[1] ?? handle;
    bq.setAttribute('data-bluesky-uri', parsed.atUri ?? `at://${profile}/app.bsky.feed.post/${id}`);
  }
  bq.append(p, `— ${post.author ?? ''} (@${post.handle ?? ''}) `, link);
  host.append(bq);
  return bq;
}
