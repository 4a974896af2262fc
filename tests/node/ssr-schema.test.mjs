// schema.org JSON-LD from server rendering: a Quotation per quote card and a
// SocialMediaPosting per post, with schema.org's own property names. The
// type check holds src/ssr/schema.ts to schema-dts; this test holds every
// property the server writes to schema.org's vocabulary as schema-dts ships
// it (node_modules/schema-dts/dist/schema.d.ts), and checks that no browser
// bundle carries any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderToString, renderWidget } from '../../dist/ssr/index.js';
import { SCHEMA_PROPERTIES } from '../../dist/ssr/schema.js';

/** Every property schema.org defines for `type`, its own and inherited, read from schema-dts's declarations. */
const vocabulary = (() => {
  const file = createRequire(import.meta.url).resolve('schema-dts').replace(/schema\.js$/, 'schema.d.ts');
  const source = readFileSync(file, 'utf8');
  const interfaces = new Map();
  for (const match of source.matchAll(/^interface (\w+)Base(?: extends ([^{]+))? \{\n([\s\S]*?)^\}/gm)) {
    const [, name, parents = '', body] = match;
    const properties = Array.from(body.matchAll(/^ {4}"(\w+)"\??:/gm), ([, property]) => property);
    // Parents are other types' …Base interfaces (ThingBase also extends Partial<IdReference>: no properties).
    const bases = Array.from(parents.matchAll(/\b(\w+)Base\b/g), ([, parent]) => parent);
    interfaces.set(name, { parents: bases, properties });
  }
  const of = (type) => {
    const found = interfaces.get(type);
    assert.ok(found, `schema.org type ${type} in schema-dts`);
    return new Set([...found.properties, ...found.parents.flatMap((parent) => [...of(parent)])]);
  };
  return of;
})();

const SEED = `<!doctype html><html lang="en"><head><title>Article</title></head><body>
<nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" cite="https://www.state.gov/" source="After the NATO–Russia Council">
  <blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote></nw-quote-card>
<nw-quote-card variant="pull" speaker="Alexander Grushko" speaker-role="Deputy Foreign Minister of Russia">
  <blockquote><p>It’s absolutely imperative to end the policy of open doors and offer Russia legally binding guarantees precluding further NATO’s expansion eastward.</p></blockquote></nw-quote-card>
<nw-tweet-embed><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The NATO–Russia Council had a serious exchange on Russia&#39;s military build-up in &amp; around <a href="https://twitter.com/hashtag/Ukraine?src=hash&amp;ref_src=twsrc%5Etfw">#Ukraine</a> &amp; implications for European security. <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175/photo/1">pic.twitter.com/dszyECAfGe</a></p>&mdash; Jens Stoltenberg (@jensstoltenberg) <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175?ref_src=twsrc%5Etfw">January 12, 2022</a></blockquote></nw-tweet-embed>
<nw-tweet-embed><blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@newsroom/113516214541337212/embed"><a href="https://mastodon.social/@newsroom/113516214541337212"><div>Post by @newsroom@mastodon.social</div><div>View on Mastodon</div></a></blockquote></nw-tweet-embed>
<nw-fact-box><h2>Key facts</h2><dl><dt>NATO allies</dt><dd>30</dd></dl></nw-fact-box>
</body></html>`;

/** The JSON-LD blocks of `html`, parsed. */
const jsonLd = (html) =>
  Array.from(html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g), ([, json]) => JSON.parse(json));

/** Every node of a JSON-LD value, with the property path that leads to it. */
function* nodesOf(value, path = '') {
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* nodesOf(item, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    if (value['@type']) yield [value, path || 'root'];
    for (const [key, item] of Object.entries(value)) yield* nodesOf(item, `${path}.${key}`);
  }
}

test('the list of properties the server may write is schema.org’s', () => {
  for (const [type, properties] of Object.entries(SCHEMA_PROPERTIES)) {
    const known = vocabulary(type);
    for (const property of properties) assert.ok(known.has(property), `${type}.${property} is a schema.org property`);
  }
  // The check itself knows what is not schema.org.
  assert.ok(!vocabulary('Quotation').has('speaker') && vocabulary('Quotation').has('spokenByCharacter'));
});

test('the seed article’s quotes and posts as Quotation and SocialMediaPosting, with schema.org properties only', async () => {
  const blocks = jsonLd(await renderToString(SEED));
  assert.equal(blocks.length, 1, 'one JSON-LD block per page');
  const [graph] = blocks;
  assert.equal(graph['@context'], 'https://schema.org');
  assert.deepEqual(graph['@graph'].map((node) => node['@type']), ['Quotation', 'Quotation', 'SocialMediaPosting', 'SocialMediaPosting']);

  for (const [node, path] of nodesOf(graph['@graph'])) {
    const type = node['@type'];
    assert.ok(Object.hasOwn(SCHEMA_PROPERTIES, type), `${path}: ${type} is a type the server writes`);
    for (const property of Object.keys(node).filter((key) => !key.startsWith('@'))) {
      assert.ok(SCHEMA_PROPERTIES[type].includes(property), `${path}: ${type}.${property} is in SCHEMA_PROPERTIES`);
      assert.ok(vocabulary(type).has(property), `${path}: ${type}.${property} is a schema.org property`);
    }
  }

  const [sherman, grushko, stoltenberg, mastodon] = graph['@graph'];
  const wendy = { '@type': 'Person', name: 'Wendy Sherman', jobTitle: 'U.S. Deputy Secretary of State' };
  assert.deepEqual(sherman, {
    '@type': 'Quotation',
    text: '[Some of Putin’s demands] are simply non-starters.',
    inLanguage: 'en',
    spokenByCharacter: wendy,
    creator: wendy,
    dateCreated: '2022-01-12',
    isBasedOn: 'https://www.state.gov/',
    citation: { '@type': 'CreativeWork', name: 'After the NATO–Russia Council', url: 'https://www.state.gov/' },
  });
  assert.equal(grushko.spokenByCharacter.jobTitle, 'Deputy Foreign Minister of Russia');
  assert.ok(!('isBasedOn' in grushko) && !('dateCreated' in grushko), 'only what the card shows');
  assert.deepEqual(stoltenberg.author, { '@type': 'Person', name: 'Jens Stoltenberg', alternateName: '@jensstoltenberg', url: 'https://x.com/jensstoltenberg' });
  assert.equal(stoltenberg.url, 'https://twitter.com/jensstoltenberg/status/1481291296914567175');
  assert.equal(stoltenberg.datePublished, '2022-01-12');
  assert.match(stoltenberg.text, /^The NATO–Russia Council had a serious exchange/);
  assert.deepEqual(stoltenberg.sharedContent, [{ '@type': 'CreativeWork', url: 'https://twitter.com/jensstoltenberg/status/1481291296914567175/photo/1' }]);
  assert.equal(mastodon.author.url, 'https://mastodon.social/@newsroom', 'a Mastodon profile on the account’s own instance');
});

test('JSON-LD is on by default for pages, off on request, and after the element for renderWidget when asked for', async () => {
  assert.equal(jsonLd(await renderToString(SEED, { schema: false })).length, 0);
  const fragment = await renderToString('<nw-quote-card speaker="A B"><p>Quote.</p></nw-quote-card><p>After.</p>');
  assert.match(fragment, /<p>After\.<\/p><script type="application\/ld\+json" data-nw-ssr>/, 'a fragment’s block comes last');
  const widget = await renderWidget('nw-quote-card', { attributes: { speaker: 'A B' }, content: '<p>Quote.</p>' }, { schema: true });
  assert.match(widget, /<\/nw-quote-card><script type="application\/ld\+json" data-nw-ssr>/);
  assert.equal(jsonLd(widget)[0]['@graph'][0].text, 'Quote.');
  // Nothing to describe: a quote card without a quote, a fact box (no schema.org counterpart here).
  assert.equal(jsonLd(await renderToString('<nw-quote-card></nw-quote-card><nw-fact-box><dl><dt>a</dt><dd>1</dd></dl></nw-fact-box>')).length, 0);
});

test('no browser bundle or widget module carries structured data', () => {
  const files = [
    ...readdirSync('dist').filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`),
    ...['quote-card', 'tweet-embed', 'demand-table', 'fact-box'].map((name) => `dist/${name}/${name}.component.js`),
  ];
  assert.ok(files.includes('dist/newsroom-widgets.js') && files.includes('dist/newsroom-widgets-hydrate.js'));
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.ok(!/schema\.org|SocialMediaPosting|spokenByCharacter/.test(code), `${file} has no JSON-LD`);
  }
});
