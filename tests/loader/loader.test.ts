/**
 * The script-tag loader (dist/autoload.js, built by `npm run build`) in a page
 * of its own: it loads only the chunks the page's widgets and languages need,
 * defines widgets after their strings arrived, and serves content added later.
 */
import { expect } from '@open-wc/testing';

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  remove(): void;
}

/** A same-origin page with `body` and the loader, ready when its first widgets rendered. */
async function pageWith(body: string, lang = 'en'): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '760px';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><script type="module" src="/dist/autoload.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { win: iframe.contentWindow as Window & typeof globalThis, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}

/** Waits until every nw-* element in the frame is defined and rendered. */
async function rendered(frame: Frame, timeout = 8000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const widgets = Array.from(frame.doc.querySelectorAll('nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box'));
    const done = widgets.length > 0 && widgets.every((el) => frame.win.customElements.get(el.localName) && (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated);
    if (done) return;
    if (Date.now() - start > timeout) throw new Error(`widgets not rendered: ${widgets.map((el) => el.localName).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The chunk files the frame fetched, by name without hash (`quote-card`, `de`, …). */
function chunksFetched(frame: Frame): string[] {
  return frame.win.performance
    .getEntriesByType('resource')
    .map((entry) => /\/chunks\/([\w-]+?)-[\w-]{8}\.js$/.exec(new URL(entry.name).pathname)?.[1])
    .filter((name): name is string => Boolean(name));
}

const QUOTE = '<nw-quote-card speaker="Wendy Sherman"><p>Some demands are simply non-starters.</p></nw-quote-card>';
const FACTS = '<nw-fact-box max-visible="2"><h2>Key facts</h2><dl><dt>Allies</dt><dd>30</dd><dt>Crimea annexed</dt><dd>2014</dd><dt>Killed</dt><dd>14,000+</dd></dl></nw-fact-box>';
const TABLE = '<nw-demand-table><table><tr><th>Russia</th><th>NATO</th><th>Status</th></tr><tr><td>No enlargement.</td><td>Ukraine decides.</td><td>Rejected</td></tr></table></nw-demand-table>';
const X_EMBED =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The NATO-Russia Council met today.</p>&mdash; NATO (@NATO) <a href="https://twitter.com/NATO/status/1481637470556450818">January 13, 2022</a></blockquote>';

describe('the script-tag loader (dist/autoload.js)', () => {
  it('a page with one quote card loads the quote card and nothing of the other widgets or other languages', async () => {
    const frame = await pageWith(QUOTE);
    await rendered(frame);
    const chunks = chunksFetched(frame);
    expect(chunks).to.include('quote-card');
    for (const other of ['tweet-embed', 'demand-table', 'fact-box', 'de', 'fr', 'ar']) expect(chunks).not.to.include(other);
    expect(frame.doc.querySelector('nw-quote-card')!.shadowRoot!.textContent).to.contain('Wendy Sherman');
    frame.remove();
  });

  it('requests the chunks a widget chunk imports together with it, not one round trip later', async () => {
    const frame = await pageWith(TABLE);
    await rendered(frame);
    const timing = (name: string) =>
      frame.win.performance.getEntriesByType('resource').find((entry) => new RegExp(`/chunks/${name}-[\\w-]{8}\\.js$`).test(new URL(entry.name).pathname)) as PerformanceResourceTiming;
    const table = timing('demand-table');
    // Found only by reading the table's chunk, they would be requested after it arrived.
    for (const imported of ['shared', 'lists']) expect(timing(imported).startTime, imported).to.be.at.most(table.responseEnd);
    frame.remove();
  });

  it('loads the strings of the page language before the widget renders, so it renders once, in that language', async () => {
    const frame = await pageWith(FACTS, 'de');
    await rendered(frame);
    expect(chunksFetched(frame)).to.include.members(['fact-box', 'de']);
    const toggle = frame.doc.querySelector('nw-fact-box')!.shadowRoot!.querySelector('.toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Alle 3 Fakten zeigen');
    frame.remove();
  });

  it('serves widgets and languages added to the page later', async () => {
    const frame = await pageWith(QUOTE);
    await rendered(frame);
    expect(chunksFetched(frame)).not.to.include('demand-table');
    const section = frame.doc.createElement('section');
    section.lang = 'fr';
    section.innerHTML = TABLE; // test fixture markup only
    frame.doc.body.append(section);
    await rendered(frame);
    expect(chunksFetched(frame)).to.include.members(['demand-table', 'fr']);
    expect(frame.doc.querySelector('nw-demand-table')!.shadowRoot!.textContent).to.contain('Rejeté');
    frame.remove();
  });

  it('starts once when the page loads it with a query string, as a CMS adds ?ver=, though the post chunk imports it again without one', async () => {
    const iframe = document.createElement('iframe');
    // Counts the observers watching the whole document for added content: the loader's way of serving content added later.
    iframe.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.pageWatchers = 0;
      const observe = MutationObserver.prototype.observe;
      MutationObserver.prototype.observe = function (target, options) {
        if (target === document.documentElement && options && options.subtree && options.childList) window.pageWatchers++;
        return observe.call(this, target, options);
      };
    </script><script type="module" src="/dist/autoload.js?ver=6.1"></script></head><body>${X_EMBED}${QUOTE}</body></html>`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    const frame: Frame = { win: iframe.contentWindow as Window & typeof globalThis, doc: iframe.contentDocument!, remove: () => iframe.remove() };
    // The post chunk (which imports the loader again) has run once the bare embed code is a defined card.
    const start = Date.now();
    while (!frame.win.customElements.get('nw-tweet-embed') || !frame.doc.querySelector('nw-tweet-embed')) {
      if (Date.now() - start > 8000) throw new Error('the post chunk did not load');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await rendered(frame);
    expect((frame.win as unknown as { pageWatchers: number }).pageWatchers).to.equal(1);
    frame.remove();
  });

  it('turns bare X embed code into a private post card, with no request to the platform', async () => {
    const frame = await pageWith(X_EMBED);
    await rendered(frame);
    const card = frame.doc.querySelector('nw-tweet-embed')!;
    expect(card.querySelector('blockquote')).to.exist;
    expect(card.shadowRoot!.textContent).to.contain('The NATO-Russia Council met today.');
    const hosts = frame.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).host);
    expect(hosts.every((host) => host === location.host)).to.equal(true);
    frame.remove();
  });
});
