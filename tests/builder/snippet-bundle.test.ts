// Each generated snippet pasted into a fresh page that loads the built bundle
// (dist/, built by `npm run build`; npm test builds before testing), as a CMS
// page would: the widget upgrades, shows the content, and reports no error.
import { expect } from '@open-wc/testing';
import { seedInput } from '../../builder/seed.js';
import { WIDGET_TAGS, buildWidget, snippetOf, type WidgetKind } from '../../builder/snippet.js';

const BUNDLE = '/dist/newsroom-widgets.js';

// Test-only: records nw-error events and warnings before the library loads.
const RECORDER = `<script>
  window.__problems = [];
  addEventListener('nw-error', (event) => window.__problems.push('nw-error ' + JSON.stringify(event.detail)), true);
  const warn = console.warn;
  console.warn = (...args) => { window.__problems.push(args.join(' ')); warn(...args); };
</script>`;

type UpgradedElement = HTMLElement & { updateComplete: Promise<boolean> };

async function pasteIntoPage(snippet: string): Promise<{ frame: HTMLIFrameElement; win: Window & { __problems: string[] } }> {
  const frame = document.createElement('iframe');
  frame.title = 'CMS page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}</head><body><article>${snippet}</article></body></html>`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & { __problems: string[] } };
}

const EXPECTED: Record<WidgetKind, string> = {
  quote: '[Some of Putin’s demands] are simply non-starters.',
  post: 'serious exchange on Russia',
  demands: 'Ukraine must never be admitted to NATO.',
  facts: 'NATO allies at the table',
};

describe('a pasted snippet in a page that loads dist/newsroom-widgets.js', () => {
  it('the bundle has been built', async () => {
    expect((await fetch(BUNDLE)).ok, `${BUNDLE} exists (run npm run build)`).to.equal(true);
  });

  for (const kind of Object.keys(EXPECTED) as WidgetKind[]) {
    it(`${WIDGET_TAGS[kind]} upgrades and shows its content, with no nw-error`, async () => {
      const built = buildWidget(kind, seedInput());
      expect(built.problems).to.deep.equal({});
      const { frame, win } = await pasteIntoPage(snippetOf(built.node, BUNDLE));
      try {
        const el = win.document.querySelector(WIDGET_TAGS[kind]) as UpgradedElement;
        expect(win.customElements.get(WIDGET_TAGS[kind]), 'defined by the bundle').to.be.a('function');
        await el.updateComplete;
        expect(el.shadowRoot, 'upgraded').to.exist;
        // The content is rendered by the widget, not left in the slot as a fallback.
        const rendered = Array.from(el.shadowRoot!.querySelectorAll('*'))
          .filter((node) => node.localName !== 'slot' && node.localName !== 'style')
          .map((node) => Array.from(node.childNodes).filter((child) => child.nodeType === 3).map((child) => child.textContent).join(''))
          .join(' ');
        expect(rendered.replace(/\s+/g, ' ')).to.contain(EXPECTED[kind]);
        expect(win.__problems).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
