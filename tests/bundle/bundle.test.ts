// The script-tag bundle as a producer uses it: built by `npm run build` (npm test
// builds before testing), loaded from dist/ like a CMS page would.
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';

const BUNDLE = '/dist/newsroom-widgets.js';
const TAGS = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'];
/**
 * What the whole library, four widgets and Lit included, may cost a reader
 * (gzip, as this browser compresses). It is 38.0 KB today (Lit ~6 KB, UI
 * strings in twelve languages ~3.5 KB); the budget leaves little room, so any
 * real increase is a decision.
 */
const BUDGET_GZIP_BYTES = 38.5 * 1024;

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  expect(response.ok, `${url} exists (run npm run build)`).to.equal(true);
  const stream = response.body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('dist/newsroom-widgets.js', () => {
  it('defines every widget and exports the classes and upgradeEmbeds', async () => {
    const bundle = (await import(/* @vite-ignore */ BUNDLE)) as Record<string, unknown>;
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    for (const name of ['NwQuoteCard', 'NwTweetEmbed', 'NwDemandTable', 'NwFactBox', 'upgradeEmbeds', 'VERSION']) {
      expect(bundle[name], name).to.exist;
    }
    expect(bundle.NwQuoteCard).to.equal(customElements.get('nw-quote-card'));
  });

  it('loading it a second time from another URL is harmless and silent', async () => {
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    });
    expect(warnings).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders a pasted widget with no further requests', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const before = performance.getEntriesByType('resource').length;
    const host = document.createElement('div');
    host.innerHTML = `<nw-quote-card speaker="Wendy Sherman"><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card>`;
    document.body.append(host);
    await (host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(host.firstElementChild!.shadowRoot!.querySelector('blockquote')!.textContent).to.contain('Simply non-starters.');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    host.remove();
  });

  it(`stays within the size budget (${BUDGET_GZIP_BYTES / 1024} KB gzip, Lit included)`, async () => {
    const size = await gzipSize(BUNDLE);
    expect(size).to.be.below(BUDGET_GZIP_BYTES);
  });

  describe('one-widget bundles', () => {
    /** gzip budgets: Lit and the core (~10 KB), the twelve languages' strings (~3.5 KB) unless the widget shows none, plus the widget. */
    const BUDGETS: Record<string, number> = {
      'nw-quote-card': 13 * 1024,
      'nw-tweet-embed': 26 * 1024,
      'nw-demand-table': 23.5 * 1024,
      'nw-fact-box': 22.5 * 1024,
    };
    for (const [tag, budget] of Object.entries(BUDGETS)) {
      it(`dist/${tag}.js defines only <${tag}> and stays under ${budget / 1024} KB gzip`, async () => {
        expect(await gzipSize(`/dist/${tag}.js`)).to.be.below(budget);
        const frame = document.createElement('iframe');
        frame.title = tag;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = `<!doctype html><script type="module" src="/dist/${tag}.js"></script>`;
        document.body.append(frame);
        await loaded;
        const registry = frame.contentWindow!.customElements;
        await registry.whenDefined(tag);
        for (const other of TAGS) expect(Boolean(registry.get(other)), other).to.equal(other === tag);
        frame.remove();
      });
    }
  });
});
