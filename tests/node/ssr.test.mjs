// Server rendering: no module may touch window/document at import time, and
// every widget renders on the server (@lit-labs/ssr) without throwing. Runs on
// the built modules in dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const WIDGETS = [
  ['quote-card', html`<nw-quote-card speaker="Wendy Sherman" date="2022-01-12"><p>Simply non-starters.</p></nw-quote-card>`],
  ['tweet-embed', html`<nw-tweet-embed author="NATO" handle="NATO" url="https://twitter.com/NATO/status/1481637470556450818">Text</nw-tweet-embed>`],
  ['demand-table', html`<nw-demand-table heading="Demands"></nw-demand-table>`],
  ['fact-box', html`<nw-fact-box heading="Key facts"></nw-fact-box>`],
];

for (const [name, template] of WIDGETS) {
  test(`<nw-${name}> imports and renders on the server`, async () => {
    await import(`../../dist/${name}/${name}.js`);
    const output = collectResultSync(render(template));
    assert.match(output, new RegExp(`<nw-${name}`));
    assert.match(output, /<template shadowroot(mode)?="open"/);
  });
}

test('the package entry imports on the server', async () => {
  const lib = await import('../../dist/index.js');
  assert.equal(typeof lib.VERSION, 'string');
});
