// Opens a published post in headless Chromium, once without JavaScript (what
// feed readers, crawlers and readers without the script get: the light DOM)
// and once with it (the widgets' shadow roots), recording every request, every
// failed response and every console message.

export const WIDGET_SELECTOR = 'nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.bluesky-embed, blockquote.mastodon-embed';
const PLATFORM_SCRIPTS = 'script[src*="platform.twitter.com"], script[src*="platform.x.com"], script[src*="embed.bsky.app"], script[src$="/embed.js"]';

/** Text of a tree without <style> and <script>, whitespace collapsed. */
function readPage(selector, platformScripts, embedSelector) {
  // A plain walk: with JavaScript off, a TreeWalker filter callback cannot run.
  const textOf = (root) => {
    if (!root) return '';
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) parts.push(child.data);
        else if (child.nodeType === 1 && child.localName !== 'style' && child.localName !== 'script') walk(child);
      }
    };
    walk(root);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };
  return {
    widgets: Array.from(document.querySelectorAll(selector), (el) => ({
      tag: el.localName,
      light: textOf(el),
      shadow: el.shadowRoot ? textOf(el.shadowRoot) : null,
      insideParagraph: Boolean(el.parentElement?.closest('p')),
      children: Array.from(el.children, (child) => child.localName),
      rows: Array.isArray(el.data?.rows) ? el.data.rows.length : undefined,
      facts: Array.isArray(el.data?.facts) ? el.data.facts.length : undefined,
    })),
    bareEmbeds: Array.from(document.querySelectorAll(embedSelector)).filter(
      (quote) => !quote.closest('nw-tweet-embed'),
    ).length,
    platformScripts: Array.from(document.querySelectorAll(platformScripts), (s) => s.outerHTML),
    iframes: document.querySelectorAll('iframe').length,
    moduleScripts: Array.from(document.querySelectorAll('script[type="module"][src]'), (s) => s.getAttribute('src')),
    stylesheets: Array.from(document.querySelectorAll('link[rel="stylesheet"]'), (l) => l.getAttribute('href')),
  };
}

/**
 * Loads `url` and reports what the page holds and did. With JavaScript, waits
 * until every widget is defined and has rendered its shadow root.
 */
export async function inspectPage(browser, url, { javascript }) {
  const page = await browser.newPage();
  const log = { requests: [], outside: [], failed: [], errors: [], warnings: [] };
  try {
    await page.setJavaScriptEnabled(javascript);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const address = new URL(request.url());
      if (address.protocol === 'data:' || address.protocol === 'blob:') return request.continue();
      if (!LOCAL_HOSTS.has(address.hostname)) {
        log.outside.push(request.url());
        return request.abort('blockedbyclient');
      }
      log.requests.push(request.url());
      return request.continue();
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !new URL(response.url()).pathname.endsWith('/favicon.ico')) log.failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (LOCAL_HOSTS.has(new URL(request.url()).hostname)) log.failed.push(`${request.failure()?.errorText} ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(message.text());
      if (message.type() === 'warn' || message.type() === 'warning') log.warnings.push(message.text());
    });
    page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    if (javascript) {
      // Every widget defined and rendered, and no embed blockquote left for the loader to wrap.
      const ready = (selector, embeds) =>
        Array.from(document.querySelectorAll(embeds)).every((quote) => quote.closest('nw-tweet-embed')) &&
        Array.from(document.querySelectorAll(selector)).every(
          (el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.matches(':state(pending)'),
        );
      await page.waitForFunction(ready, { timeout: 20_000, polling: 50 }, WIDGET_SELECTOR, EMBED_SELECTOR).catch(async () => {
        const pending = await page.evaluate(
          (selector, embeds) => [
            ...Array.from(document.querySelectorAll(selector))
              .filter((el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childElementCount === 0)
              .map((el) => el.localName),
            ...Array.from(document.querySelectorAll(embeds)).filter((quote) => !quote.closest('nw-tweet-embed')).map(() => 'a bare embed blockquote'),
          ],
          WIDGET_SELECTOR,
          EMBED_SELECTOR,
        );
        throw new Error(`${url}: not rendered within 20 s: ${pending.join(', ')}`);
      });
      await page.evaluate((selector) => Promise.all(Array.from(document.querySelectorAll(selector), (el) => el.updateComplete)), WIDGET_SELECTOR);
    }
    const state = await page.evaluate(readPage, WIDGET_SELECTOR, PLATFORM_SCRIPTS, EMBED_SELECTOR);
    return { ...state, ...log };
  } finally {
    await page.close();
  }
}
