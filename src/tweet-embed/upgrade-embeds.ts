import { makeDormant } from './dormant.js';
import { EMBED_SELECTOR, PASTED_SCRIPT_SELECTOR } from './platforms.js';

const TAG = 'nw-tweet-embed';

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
  const found = Array.from(root.querySelectorAll(`${EMBED_SELECTOR}, ${PASTED_SCRIPT_SELECTOR}`));
  if ((root as Node).nodeType === 1 && (root as Element).matches(EMBED_SELECTOR)) found.unshift(root as Element);
  for (const el of found) {
    if (el.localName === 'script') {
      el.remove();
      continue;
    }
    if (!el.parentNode || el.parentElement?.closest(TAG)) continue;
    const wrapper = el.ownerDocument.createElement(TAG);
    el.parentNode.insertBefore(wrapper, el);
    wrapper.append(el);
    // From here on the card shows it; the platform's script must not.
    makeDormant(el);
    created.push(wrapper);
  }
  return created;
}
