import { EMBED_SELECTOR } from './tweet-embed.parse.js';

const TAG = 'nw-tweet-embed';

/**
 * The platforms' own embed scripts as producers paste them after each post
 * (X, Bluesky, and Mastodon's `<script data-allowed-prefixes src=".../embed.js">`).
 */
const PLATFORM_SCRIPT_SELECTOR = [
  'script[src*="platform.twitter.com/widgets.js"]',
  'script[src*="platform.x.com/widgets.js"]',
  'script[src*="embed.bsky.app/static/embed.js"]',
  'script[data-allowed-prefixes][src$="/embed.js"]',
].join(', ');

/**
 * Wraps every bare official embed blockquote (X `twitter-tweet`, Bluesky
 * `bluesky-embed`, Mastodon `mastodon-embed`) under `root` in
 * `<nw-tweet-embed>`, so archives full of old embed code become private, fast
 * posts, and removes the platforms' embed scripts pasted next to them.
 *
 * Idempotent (blockquotes already inside `<nw-tweet-embed>` are skipped) and
 * cheap on pages with hundreds of posts: one `querySelectorAll`, no layout
 * reads. `root` itself is wrapped when it is such a blockquote. Returns the
 * elements it created.
 *
 * A platform script that already ran has replaced its blockquotes with
 * iframes; those cannot be taken back.
 */
export function upgradeEmbeds(root: ParentNode = document): HTMLElement[] {
  const created: HTMLElement[] = [];
  if (!root || typeof (root as Element).querySelectorAll !== 'function') return created;
  const found = Array.from(root.querySelectorAll(`${EMBED_SELECTOR}, ${PLATFORM_SCRIPT_SELECTOR}`));
  if (root instanceof Element && root.matches(EMBED_SELECTOR)) found.unshift(root);
  for (const el of found) {
    if (el.localName === 'script') {
      el.remove();
      continue;
    }
    if (!el.parentNode || el.parentElement?.closest(TAG)) continue;
    const wrapper = el.ownerDocument.createElement(TAG);
    el.parentNode.insertBefore(wrapper, el);
    wrapper.append(el);
    created.push(wrapper);
  }
  return created;
}
