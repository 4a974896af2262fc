// The posts the CMS test publishes, and what a reader must then see. The
// quotes, X posts, demands and facts are the seed article's (content/), the
// Bluesky and Mastodon accounts the made-up ones of content/posts.ts.
import { readFileSync } from 'node:fs';

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/oembed.json', import.meta.url), 'utf8'));
const oembed = (key) => fixtures.oembed[key];

export const URLS = {
  nato: 'https://x.com/NATO/status/1481637470556450818',
  stoltenberg: 'https://twitter.com/jensstoltenberg/status/1481291296914567175',
  bluesky: 'https://bsky.app/profile/examplenewsroom.bsky.social/post/3lbbt6ofsqk2o',
  mastodon: 'https://mastodon.social/@examplenews/113485134588553233',
};

const SHERMAN = '[Some of Putin’s demands] are simply non-starters.';
const GRUSHKO =
  'It’s absolutely imperative to end the policy of open doors and offer Russia legally binding guarantees precluding further NATO’s expansion eastward.';
const DEMANDS = [
  ['Ukraine must never be admitted to NATO.', 'Ukraine alone has the right to decide its future security arrangements.', 'rejected'],
  ['NATO should pull its troops and missiles out of Ukraine and Eastern Europe.', 'Willing to talk about arms control and where missiles are deployed.', 'open'],
  ['No other new country is to be admitted to the alliance.', 'The alliance may invite any European country willing to join.', 'rejected'],
];
const FACTS = [
  ['NATO allies at the table', '30'],
  ['Russia annexed Crimea', '2014'],
  ['people killed in the fighting in eastern Ukraine', '14,000+'],
  ['The Donbas, Ukraine’s industrial heartland, has been devastated.'],
];
const NATO_TEXT = 'The NATO-Russia Council, which brings together all 30';
// The end of the oEmbed text, emoji included (WordPress's emoji script would turn it into an image from s.w.org).
const NATO_END = 'the implications for European security ⤵️';
const STOLTENBERG_TEXT = 'The NATO–Russia Council had a serious exchange';

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const block = (name, html, attrs) => `<!-- wp:${name}${attrs ? ` ${JSON.stringify(attrs)}` : ''} -->\n${html}\n<!-- /wp:${name} -->`;
const paragraph = (text) => block('paragraph', `<p>${text}</p>`);
const embedBlock = (url, provider) =>
  block(
    'embed',
    `<figure class="wp-block-embed is-type-rich is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>`,
    { url, type: 'rich', providerNameSlug: provider, responsive: true },
  );

// What a reader must find in each widget (light DOM without JavaScript, shadow root with it).
const expectQuote = (speaker, text) => ({ tag: 'nw-quote-card', light: [text], shadow: [speaker, text] });
const expectPost = (author, handle, text, light = [text]) => ({ tag: 'nw-tweet-embed', light, shadow: [author, `@${handle}`, text] });
const expectTable = (rows = DEMANDS) => ({ tag: 'nw-demand-table', light: rows.map((row) => row[0]), shadow: rows.flatMap((row) => [row[0], row[1]]), rows: rows.length });
const expectFacts = (facts = FACTS) => ({ tag: 'nw-fact-box', light: facts.map((fact) => fact[0]), shadow: facts.flat(), facts: facts.length });

const shermanTag = `<nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" source="After the NATO–Russia Council" cite="https://www.state.gov/">
  <blockquote cite="https://www.state.gov/"><p>${SHERMAN}</p></blockquote>
</nw-quote-card>`;
const tableTag = `<nw-demand-table>
  <table>
    <caption>Russia’s demands and the NATO answer</caption>
    <thead><tr><th>Russia</th><th>NATO and the U.S.</th><th>Status</th></tr></thead>
    <tbody>
${DEMANDS.map(([demand, response, status]) => `      <tr><td>${demand}</td><td>${response}</td><td>${status}</td></tr>`).join('\n')}
    </tbody>
  </table>
</nw-demand-table>`;
const factsTag = `<nw-fact-box>
  <h2>Key facts: NATO, Russia and Ukraine</h2>
  <dl>
${FACTS.map(([label, value]) => `    <dt>${label}</dt>${value ? `<dd>${value}</dd>` : ''}`).join('\n')}
  </dl>
  <p>Source: <a href="https://www.nato.int/cps/en/natohq/topics_50091.htm">NATO–Russia Council</a> <time datetime="2022-01-13">January 13, 2022</time></p>
</nw-fact-box>`;

/** (a) An Administrator pastes the four widgets into a Custom HTML block (the table in its JSON form), and X's embed code into another. */
export const adminPost = {
  key: 'admin-html',
  role: 'editor-in-chief',
  title: 'NATO and Russia talk, and stay apart (Custom HTML)',
  content: [
    paragraph('NATO and Russia met in Brussels for their first council in two years. Both sides left without a deal.'),
    block(
      'html',
      `${shermanTag}
<nw-tweet-embed>${oembed(`https://publish.twitter.com/oembed ${URLS.nato}`).html}</nw-tweet-embed>
<nw-demand-table>
  <script type="application/json">${JSON.stringify({
    heading: 'Russia’s demands and the NATO answer',
    demandBy: 'Russia',
    responseBy: 'NATO and the U.S.',
    rows: DEMANDS.map(([demand, response, status]) => ({ demand, response, status })),
  })}</script>
</nw-demand-table>
${factsTag}`,
    ),
    paragraph('NATO’s secretary general summed up the meeting:'),
    block('html', oembed(`https://publish.twitter.com/oembed ${URLS.stoltenberg}`).html),
  ].join('\n\n'),
  expect: [
    expectQuote('Wendy Sherman', SHERMAN),
    { ...expectPost('NATO', 'NATO', NATO_TEXT), shadow: ['NATO', '@NATO', NATO_TEXT, NATO_END] },
    // The JSON form has no HTML for readers without JavaScript.
    { ...expectTable(), light: [] },
    expectFacts(),
    // Pasted embed code: the server wraps it and drops its script.
    expectPost('Jens Stoltenberg', 'jensstoltenberg', STOLTENBERG_TEXT),
  ],
};

/** (b) The same kind of tags as an Author pastes them; before the plugin is active, kses reduces them to text. */
export const authorTagsContent = block('html', `${shermanTag}\n${tableTag}`);

/** What kses must keep and remove for an Author, once the plugin allows the tags: every documented attribute, no script or handler. */
export function allowlistProbe(manifestTags) {
  const VALUES = {
    speaker: 'Wendy Sherman',
    'speaker-role': 'U.S. Deputy Secretary of State',
    date: '2022-01-12',
    cite: 'https://www.state.gov/',
    source: 'After the NATO–Russia Council',
    avatar: 'https://example.org/portrait.jpg',
    variant: 'pull',
    theme: 'dark',
    url: URLS.nato,
    author: 'NATO',
    handle: 'NATO',
    platform: 'x',
    'allow-original': true,
    heading: 'Russia’s demands',
    'demand-by': 'Russia',
    'response-by': 'NATO and the U.S.',
    updated: '2022-01-13',
    'max-visible': '4',
  };
  const valueOf = (name) => VALUES[name] ?? `value of ${name}`;
  const tags = manifestTags.map(({ tag, attributes }) => {
    const attrs = attributes.map((name) => (valueOf(name) === true ? ` ${name}` : ` ${name}="${esc(valueOf(name))}"`)).join('');
    const hostile = ' class="wide" id="widget-' + tag + '" data-layout="x" aria-label="A widget" onclick="alert(1)" style="color:red"';
    return `<${tag}${attrs}${hostile}><p>Content of ${tag}</p></${tag}>`;
  });
  const content = block(
    'html',
    `${tags.join('\n')}
<nw-demand-table><script type="application/json">{"rows":[{"demand":"JSON demand","response":"JSON response"}]}</script></nw-demand-table>
<nw-tweet-embed url="javascript:alert(1)" avatar="javascript:alert(2)">Bad addresses</nw-tweet-embed>
<nw-quote-card cite="javascript:alert(3)"><script>alert(4)</script>Quote</nw-quote-card>`,
  );
  return { content, manifestTags, valueOf };
}

/** (b) An Author's published post with the widget tags, allowed by the plugin: a table and a list instead of JSON. */
export const authorTagsPost = {
  key: 'author-html',
  role: 'reporter',
  title: 'What Moscow asked for (Author, Custom HTML)',
  content: [
    paragraph('Russia’s deputy foreign minister set out what Moscow wants.'),
    block(
      'html',
      `<nw-quote-card speaker="Alexander Grushko" speaker-role="Deputy Foreign Minister of Russia" date="2022-01-12" source="NATO–Russia Council, Brussels">
  <blockquote><p>${GRUSHKO}</p></blockquote>
</nw-quote-card>
<nw-tweet-embed url="${URLS.nato}" author="NATO" handle="NATO" date="2022-01-13"><p>#ICYMI: ${NATO_TEXT} #NATO Allies and #Russia, met in Brussels.</p></nw-tweet-embed>
${tableTag}
<nw-fact-box>
  <h2>Key facts</h2>
  <ul>
${FACTS.filter((fact) => fact[1]).map(([label, value]) => `    <li><strong>${value}</strong> ${label}</li>`).join('\n')}
  </ul>
</nw-fact-box>`,
    ),
  ].join('\n\n'),
  expect: [
    expectQuote('Alexander Grushko', GRUSHKO),
    expectPost('NATO', 'NATO', NATO_TEXT),
    expectTable(),
    expectFacts(FACTS.filter((fact) => fact[1])),
  ],
};

const demandsShortcode = `[nw_demands heading="Russia’s demands and the NATO answer" demand_by="Russia" response_by="NATO and the U.S." source="NATO–Russia Council" source_url="https://www.nato.int/" updated="2022-01-13"]
${DEMANDS.map((row) => row.join(' | ')).join('\n')}
[/nw_demands]`;
const factsShortcode = `[nw_facts heading="Key facts: NATO, Russia and Ukraine" source="NATO–Russia Council" source_url="https://www.nato.int/cps/en/natohq/topics_50091.htm" updated="2022-01-13"]
${FACTS.map((fact, i) => (i === 0 ? [...fact].reverse() : fact).join(' | ')).join('\n')}
[/nw_facts]`;
const shermanShortcode = `[nw_quote speaker="Wendy Sherman" speaker_role="U.S. Deputy Secretary of State" date="2022-01-12" source="After the NATO–Russia Council" cite="https://www.state.gov/"]
${SHERMAN}
[/nw_quote]`;
const postShortcode = `[nw_post url="${URLS.nato}" author="NATO" handle="NATO" date="2022-01-13" lang="en"]
#ICYMI: ${NATO_TEXT} #NATO Allies and #Russia, met in Brussels to discuss the situation in and around #Ukraine.

https://t.co/epDFlon3pd
[/nw_post]`;

/** (b) An Author's post with the four shortcodes, each in a Shortcode block. */
export const authorShortcodeBlocksPost = {
  key: 'author-shortcode-blocks',
  role: 'reporter',
  title: 'The council in four widgets (Author, Shortcode blocks)',
  content: [
    paragraph('The meeting, in quotes, posts and numbers.'),
    block('shortcode', shermanShortcode),
    block('shortcode', postShortcode),
    block('shortcode', demandsShortcode),
    block('shortcode', factsShortcode),
  ].join('\n\n'),
  expect: [expectQuote('Wendy Sherman', SHERMAN), expectPost('NATO', 'NATO', NATO_TEXT), expectTable(), expectFacts()],
};

/**
 * (b) An Author's classic post (no blocks): wpautop wraps its paragraphs, a
 * shortcode stands amid a paragraph's text, and an X address on its own line
 * becomes an embed there.
 */
export const authorClassicPost = {
  key: 'author-classic',
  role: 'reporter',
  title: 'Brussels, January 12 (Author, classic editor)',
  content: `The council met for about four hours.

${shermanShortcode}

Moscow's envoy did not hide what he wanted: [nw_quote speaker="Alexander Grushko" speaker_role="Deputy Foreign Minister of Russia"]${GRUSHKO}[/nw_quote] NATO's answer came the next day.

${URLS.stoltenberg}

${demandsShortcode}

${factsShortcode}

${postShortcode}`,
  expect: [
    expectQuote('Wendy Sherman', SHERMAN),
    expectQuote('Alexander Grushko', GRUSHKO),
    expectPost('Jens Stoltenberg', 'jensstoltenberg', STOLTENBERG_TEXT),
    expectTable(),
    expectFacts(),
    expectPost('NATO', 'NATO', NATO_TEXT),
  ],
};

/** (c) Bare post addresses as Embed blocks: X (x.com), Bluesky and Mastodon, answered from the fixtures. */
export const embedsPost = {
  key: 'embeds',
  role: 'reporter',
  title: 'What they posted (Embed blocks)',
  content: [
    paragraph('NATO summed up the meeting on X:'),
    embedBlock(URLS.nato, 'twitter'),
    paragraph('Our newsroom’s accounts shared it too:'),
    embedBlock(URLS.bluesky, 'bluesky'),
    embedBlock(URLS.mastodon, 'mastodon'),
  ].join('\n\n'),
  expect: [
    { ...expectPost('NATO', 'NATO', NATO_TEXT), shadow: ['NATO', '@NATO', NATO_TEXT, NATO_END] },
    expectPost('Example Newsroom', 'examplenewsroom.bsky.social', 'From our archive'),
    { tag: 'nw-tweet-embed', light: ['Post by @examplenews@mastodon.social'], shadow: ['@examplenews@mastodon.social', 'Mastodon'] },
  ],
  oembed: [URLS.nato, URLS.bluesky, URLS.mastodon],
};

export const PUBLISHED = [adminPost, authorTagsPost, authorShortcodeBlocksPost, authorClassicPost, embedsPost];
export const TEXT = { SHERMAN, GRUSHKO, DEMANDS, FACTS };
