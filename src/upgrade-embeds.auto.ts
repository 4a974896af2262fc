/**
 * Drop-in for archives: defines <nw-tweet-embed> and turns every official
 * X, Bluesky and Mastodon embed on the page into a private post, now and
 * whenever content is added later (infinite scroll, live blogs).
 *
 *   <script type="module" src=".../newsroom-widgets-upgrade.js"></script>
 */
import { upgradeEmbeds } from './tweet-embed/tweet-embed.js';

function start(): void {
  upgradeEmbeds(document);
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && (node as Element).localName !== 'nw-tweet-embed') upgradeEmbeds(node as Element);
      });
    }
  }).observe(document.body, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
