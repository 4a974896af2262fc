// One consumer build: the Eleventy 3 site in tests/apps/eleventy/, whose pages
// go through newsroom-widgets/ssr as a transform (imported by its package
// name), built into a temporary folder.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';

const SITE = 'tests/apps/eleventy';
const output = mkdtempSync(path.join(tmpdir(), 'nw-eleventy-'));
after(() => rmSync(output, { recursive: true, force: true }));

test('an Eleventy site renders the widgets of its pages on the server', async () => {
  const eleventy = new Eleventy(`${SITE}/src`, output, { configPath: `${SITE}/eleventy.config.mjs`, quietMode: true });
  await eleventy.write();
  const html = readFileSync(path.join(output, 'index.html'), 'utf8');

  // Each widget with its declarative shadow root, linked to the site's copy of its stylesheet.
  for (const tag of ['nw-quote-card', 'nw-tweet-embed', 'nw-fact-box']) {
    assert.match(html, new RegExp(`<${tag}[^>]*><template shadowrootmode="open"><link rel="stylesheet" href="/assets/newsroom-widgets/${tag}.css">`));
    assert.ok(existsSync(path.join(output, 'assets', 'newsroom-widgets', `${tag}.css`)), `${tag}.css copied to the site`);
  }
  assert.ok(existsSync(path.join(output, 'assets', 'newsroom-widgets-hydrate.js')));
  assert.ok(!/<style[\s>]/.test(html), 'no inline styles: the site’s CSP holds');

  // The content, rendered: the quote’s attribution and date, the archived X post as a card.
  assert.match(html, /<span part="speaker" class="speaker"><!--lit-part-->Wendy Sherman<!--\/lit-part--><\/span>/);
  assert.match(html, /<time part="date" datetime="2022-01-12"><!--lit-part-->January 12, 2022<!--\/lit-part--><\/time>/);
  assert.match(html, /<span part="author" class="author"><bdi><!--lit-part-->Jens Stoltenberg<!--\/lit-part--><\/bdi><\/span>/);
  assert.ok(!html.includes('platform.twitter.com/widgets.js'), 'the platform script is gone');
  assert.match(html, /<span part="value" class="value"><!--lit-part-->30<!--\/lit-part--><\/span>/);
  // Markdown around the widgets, and the page's structured data.
  assert.match(html, /<p>NATO and the United States turned down Moscow’s demand/);
  const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json" data-nw-ssr>([\s\S]*?)<\/script>/)[1]);
  assert.deepEqual(jsonLd['@graph'].map((node) => node['@type']), ['Quotation', 'SocialMediaPosting']);
});
