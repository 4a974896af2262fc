// Server rendering (newsroom-widgets/ssr, on the built modules in dist/; npm
// test builds first): every widget's declarative shadow root carries what the
// browser shows (speaker, title, formatted date, post author and text, table
// rows, facts), from the element's own attributes and content, which stay in
// place for readers without JavaScript; language and direction come from the
// page; hostile input stays text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderToString, renderWidget, widgetStylesheets, WIDGET_TAGS } from '../../dist/ssr/index.js';

const X_POST = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr"><a href="https://twitter.com/hashtag/ICYMI?src=hash&amp;ref_src=twsrc%5Etfw">#ICYMI</a>: The NATO-Russia Council, which brings together all 30 <a href="https://twitter.com/hashtag/NATO?src=hash&amp;ref_src=twsrc%5Etfw">#NATO</a> Allies and <a href="https://twitter.com/hashtag/Russia?src=hash&amp;ref_src=twsrc%5Etfw">#Russia</a>, met in Brussels</p>&mdash; NATO (@NATO) <a href="https://twitter.com/NATO/status/1481637470556450818?ref_src=twsrc%5Etfw">January 13, 2022</a></blockquote>`;
const X_SCRIPT = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

const QUOTE = `<nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" cite="https://www.state.gov/" source="After the NATO–Russia Council">
  <blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote>
</nw-quote-card>`;
const POST = `<nw-tweet-embed>${X_POST}</nw-tweet-embed>`;
const TABLE = `<nw-demand-table><table><caption>Russia’s demands and the NATO answer</caption>
  <thead><tr><th>Russia</th><th>NATO and the U.S.</th><th>Status</th></tr></thead>
  <tbody><tr><td>Ukraine must never be admitted to NATO.</td><td>Ukraine alone decides.</td><td>Rejected</td></tr>
  <tr><td>NATO should pull its troops and missiles back.</td><td>Willing to talk about arms control.</td><td>Open</td></tr></tbody></table>
  <p>Source: <a href="https://www.nato.int/">NATO</a> <time datetime="2022-01-13">January 13, 2022</time></p></nw-demand-table>`;
const FACTS = `<nw-fact-box><h2>Key facts: NATO, Russia and Ukraine</h2><dl>
  <dt>NATO allies at the table</dt><dd>30</dd><dt>Russia annexed Crimea</dt><dd>2014</dd>
  <dt>people killed in the fighting in eastern Ukraine</dt><dd>14,000+</dd></dl></nw-fact-box>`;

const page = (body, lang = 'en', dir) =>
  `<!doctype html><html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>Article</title></head><body>${body}</body></html>`;

/** The `index`th `<tag>` of `html`: its declarative shadow root's markup, the text it shows, and its light DOM. */
function widget(html, tag, index = 0) {
  let start = -1;
  for (let i = 0; i <= index; i++) start = html.indexOf(`<${tag}`, start + 1);
  assert.ok(start >= 0, `<${tag}> #${index + 1} in the output`);
  const end = html.indexOf(`</${tag}>`, start);
  const element = html.slice(start, end);
  const open = element.indexOf('<template shadowrootmode="open">');
  assert.ok(open > 0 && element[open - 1] === '>', `<${tag}> starts with its declarative shadow root`);
  const close = element.indexOf('</template>', open);
  const shadow = element.slice(open, close + '</template>'.length);
  const text = shadow
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return { tag: element.slice(0, open), shadow, text, light: element.slice(close + '</template>'.length) };
}

test('every module imports on the server, and the package entry too', async () => {
  for (const name of ['quote-card', 'tweet-embed', 'demand-table', 'fact-box']) await import(`../../dist/${name}/${name}.js`);
  const lib = await import('../../dist/index.js');
  assert.equal(typeof lib.VERSION, 'string');
});

test('renderToString: each widget of a page carries its content in its declarative shadow root', async () => {
  const html = await renderToString(page(`${QUOTE}<p>Text between.</p>${POST}${TABLE}${FACTS}`));
  const quote = widget(html, 'nw-quote-card');
  for (const shown of ['[Some of Putin’s demands] are simply non-starters.', 'Wendy Sherman', 'U.S. Deputy Secretary of State', 'After the NATO–Russia Council', 'January 12, 2022']) {
    assert.ok(quote.text.includes(shown), `quote card shows ${shown}: ${quote.text}`);
  }
  assert.match(quote.shadow, /<time part="date" datetime="2022-01-12">/);
  assert.match(quote.shadow, /<a href="https:\/\/www.state.gov\/" rel="noopener">/);

  const post = widget(html, 'nw-tweet-embed');
  for (const shown of ['NATO', '@NATO', '#ICYMI', 'The NATO-Russia Council, which brings together all 30', 'January 13, 2022', 'View on X']) {
    assert.ok(post.text.includes(shown), `post shows ${shown}: ${post.text}`);
  }
  assert.match(post.shadow, /href="https:\/\/twitter.com\/NATO\/status\/1481637470556450818"/);

  const table = widget(html, 'nw-demand-table');
  assert.equal(table.shadow.match(/<tr role="row" part="row"/g)?.length, 2);
  for (const shown of ['Ukraine must never be admitted to NATO.', 'Ukraine alone decides.', 'Willing to talk about arms control.', '1 rejected', 'Rejected', 'Open to talks', 'January 13, 2022']) {
    assert.ok(table.text.includes(shown), `table shows ${shown}: ${table.text}`);
  }

  const facts = widget(html, 'nw-fact-box');
  for (const shown of ['Key facts: NATO, Russia and Ukraine', '30', 'NATO allies at the table', '2014', '14,000+']) {
    assert.ok(facts.text.includes(shown), `fact box shows ${shown}: ${facts.text}`);
  }
  assert.match(facts.shadow, /<aside part="box"/);

  // Lit's hydration markers, and the styles inline by default.
  for (const { shadow } of [quote, post, table, facts]) {
    assert.match(shadow, /^<template shadowrootmode="open"><style>[\s\S]+?<\/style><!--lit-part [\w+/=]+-->/);
  }
  assert.ok(html.includes('<p>Text between.</p>'));
});

test('the light DOM stays as the author wrote it (embed code only put out of the platform script’s reach)', async () => {
  const html = await renderToString(page(`${QUOTE}${TABLE}${FACTS}${POST}`));
  assert.equal(widget(html, 'nw-quote-card').light.trim(), '<blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote>');
  assert.match(widget(html, 'nw-demand-table').light, /^<table><caption>Russia’s demands and the NATO answer<\/caption>/);
  assert.match(widget(html, 'nw-fact-box').light, /^<h2>Key facts: NATO, Russia and Ukraine<\/h2><dl>/);
  // As in the browser: the card shows the post, so X's script must not turn the blockquote into its iframe.
  assert.match(widget(html, 'nw-tweet-embed').light, /^<blockquote data-nw-embed="twitter-tweet"><p lang="en" dir="ltr">/);
  // As in the browser: defaults are not written onto the element.
  assert.doesNotMatch(widget(html, 'nw-quote-card').tag, /\b(variant|theme)=/);
});

test('language and direction come from the page: German dates and strings, Arabic right to left', async () => {
  const german = await renderToString(page(`${QUOTE}${POST}${FACTS.replace(/<h2>.*?<\/h2>/, '')}`, 'de'));
  assert.ok(widget(german, 'nw-quote-card').text.includes('12. Januar 2022'));
  assert.ok(widget(german, 'nw-tweet-embed').text.includes('Auf X ansehen'));
  assert.ok(widget(german, 'nw-fact-box').text.includes('Die wichtigsten Fakten'));

  const arabic = await renderToString(page(TABLE, 'ar'));
  assert.match(widget(arabic, 'nw-demand-table').shadow, /<div part="base" class="frame" dir="rtl">/);
  const nested = await renderToString(page(`<section lang="ar">${TABLE}</section>`, 'en', 'ltr'));
  assert.match(widget(nested, 'nw-demand-table').shadow, /dir="ltr"/, 'an explicit dir on <html> wins over the language');

  // A fragment takes the page's language from the options.
  const fragment = await renderToString(QUOTE, { lang: 'fr' });
  assert.ok(widget(fragment, 'nw-quote-card').text.includes('12 janvier 2022'));
  assert.ok(!fragment.includes('<html'), 'a fragment stays a fragment');
});

test('renderWidget: one element with its shadow root and content, attributes escaped', async () => {
  const html = await renderWidget('nw-quote-card', {
    attributes: { speaker: 'Wendy "W." Sherman <script>', date: '2022-01-12', 'speaker-role': 'Deputy Secretary', hidden: false, cite: undefined },
    content: '<blockquote><p>Simply non-starters.</p></blockquote>',
  });
  assert.ok(html.startsWith('<nw-quote-card ') && html.includes(' speaker="Wendy &quot;W.&quot; Sherman <script>"'), 'the value stays inside its quotes');
  assert.ok(!/\bhidden\b|\bcite=/.test(widget(html, 'nw-quote-card').tag));
  const { text, light } = widget(html, 'nw-quote-card');
  assert.ok(text.includes('Wendy "W." Sherman <script>') && text.includes('Simply non-starters.') && text.includes('January 12, 2022'));
  assert.equal(light, '<blockquote><p>Simply non-starters.</p></blockquote>');
  assert.ok(html.endsWith('</nw-quote-card>'), 'no JSON-LD unless asked for');

  const post = await renderWidget('nw-tweet-embed', { attributes: { 'allow-original': true }, content: X_POST });
  assert.match(post, /^<nw-tweet-embed [^>]*allow-original/);
  assert.ok(widget(post, 'nw-tweet-embed').text.includes('Load original post'));

  await assert.rejects(renderWidget('nw-unknown', {}), /not one of nw-quote-card/);
  await assert.rejects(renderWidget('nw-quote-card', { attributes: { 'on"click': 'x' } }), /not an attribute name/);
});

test('styles: inline by default; linked stylesheets (and their preloads) for a strict CSP', async () => {
  const inline = await renderToString(page(QUOTE));
  assert.match(inline, /<template shadowrootmode="open"><style>/);
  const linked = await renderToString(page(`${QUOTE}${POST}${QUOTE}`), { styles: { href: 'https://static.example.org/nw/ssr' } });
  assert.ok(!/<style[\s>]/.test(linked), 'no <style> anywhere');
  assert.match(widget(linked, 'nw-quote-card').shadow, /^<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/static.example.org\/nw\/ssr\/nw-quote-card.css"><!--lit-part/);
  assert.match(widget(linked, 'nw-tweet-embed').shadow, /href="https:\/\/static.example.org\/nw\/ssr\/nw-tweet-embed.css"/);
  const head = linked.slice(0, linked.indexOf('</head>'));
  assert.equal(head.match(/<link rel="preload" as="style"/g)?.length, 2, 'one preload per kind of widget');

  // The shipped stylesheets are the classes' own styles.
  const files = widgetStylesheets(WIDGET_TAGS);
  for (const tag of WIDGET_TAGS) assert.equal(readFileSync(`dist/ssr/${tag}.css`, 'utf8'), files[`${tag}.css`], `dist/ssr/${tag}.css is up to date`);
  assert.match(files['nw-quote-card.css'], /:host/);
});

test('upgradeEmbeds: raw embed code becomes a rendered post, and the platform script goes', async () => {
  const html = await renderToString(page(`<p>NATO tweeted:</p>${X_POST} ${X_SCRIPT}`), { upgradeEmbeds: true });
  assert.ok(!html.includes('platform.twitter.com/widgets.js'));
  const post = widget(html, 'nw-tweet-embed');
  assert.ok(post.text.includes('@NATO') && post.text.includes('January 13, 2022'));
  const without = await renderToString(page(`${X_POST} ${X_SCRIPT}`));
  assert.ok(!without.includes('<nw-tweet-embed') && without.includes('widgets.js'), 'only when asked for');
});

test('rendering its own output again gives the same page', async () => {
  // (A fact box's ids number the boxes the process rendered; only their uniqueness matters.)
  const ids = (html) => html.replace(/nw-fact-box-\d+/g, 'nw-fact-box-N');
  const once = await renderToString(page(`${QUOTE}${POST}${TABLE}${FACTS}`), { styles: { href: '/nw/' } });
  assert.equal(ids(await renderToString(once, { styles: { href: '/nw/' } })), ids(once));
});

test('bad and hostile input: the author’s content stays, text stays text, nothing throws', async () => {
  const empty = await renderToString(page('<nw-quote-card speaker="Nobody"></nw-quote-card><nw-fact-box><p>No facts.</p></nw-fact-box>'));
  assert.match(widget(empty, 'nw-quote-card').shadow, /<slot><\/slot>/);
  assert.match(widget(empty, 'nw-fact-box').shadow, /<slot><\/slot>/);

  const hostile = await renderToString(
    page(`<nw-quote-card speaker="&lt;img src=x onerror=alert(1)&gt;" cite="javascript:alert(1)"><p>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p></nw-quote-card>`),
  );
  const quote = widget(hostile, 'nw-quote-card');
  assert.ok(!/<img src=x/.test(quote.shadow), 'no markup from attributes');
  assert.ok(quote.shadow.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!quote.shadow.includes('javascript:'), 'the URL policy applies');
  const jsonLd = hostile.slice(hostile.indexOf('<script type="application/ld+json"'), hostile.indexOf('</script>', hostile.indexOf('application/ld+json')));
  assert.ok(!jsonLd.slice(1).includes('<'), 'no "<" inside the JSON-LD block');
  assert.match(jsonLd, /\\u003c\/script>/);
});

test('fact boxes that share a heading are numbered, as in the browser', async () => {
  const html = await renderToString(page(`${FACTS}<p>Between.</p>${FACTS}`));
  assert.match(widget(html, 'nw-fact-box', 0).text, /, 1 of 2/);
  assert.match(widget(html, 'nw-fact-box', 1).text, /, 2 of 2/);
});

test('a page without widgets comes back without additions', async () => {
  const html = await renderToString(page('<p>Just text.</p>'));
  assert.ok(!html.includes('<template') && !html.includes('ld+json') && html.includes('<p>Just text.</p>'));
});

test('the hydration bundle keeps the templates as the server renders them', () => {
  // Hydration compares templates: minifying the bundle's HTML would make every widget render again.
  const bundle = readFileSync('dist/newsroom-widgets-hydrate.js', 'utf8');
  const module = readFileSync('dist/quote-card/quote-card.component.js', 'utf8');
  const template = module.match(/html\s*`(\s*<figure[^$]*)\$\{/)[1];
  assert.ok(template.includes('\n'), 'a multi-line template');
  assert.ok(bundle.includes(template), 'the quote card’s template is in the bundle as in dist/quote-card/');
  assert.ok(bundle.includes('litElementHydrateSupport'), 'Lit’s hydration support is in the bundle');
});
