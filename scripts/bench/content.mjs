// The benchmark's content: the seed article (NATO–Russia Council, January
// 2022) as static HTML, the way a CMS publishes it. Quotes and posts are
// verbatim (the same as stories/content/); the posts are X's official embed
// code without its <script> tag (that script would fetch from X before any of
// ours runs). The surrounding text is written for this page. A fixed copy
// rather than an import of the stories, so numbers stay comparable over time.

export const NATO_POST = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr"><a href="https://twitter.com/hashtag/ICYMI?src=hash&amp;ref_src=twsrc%5Etfw">#ICYMI</a>: The NATO-Russia Council, which brings together all 30 <a href="https://twitter.com/hashtag/NATO?src=hash&amp;ref_src=twsrc%5Etfw">#NATO</a> Allies and <a href="https://twitter.com/hashtag/Russia?src=hash&amp;ref_src=twsrc%5Etfw">#Russia</a>, met in Brussels to discuss the situation in and around <a href="https://twitter.com/hashtag/Ukraine?src=hash&amp;ref_src=twsrc%5Etfw">#Ukraine</a>, and the implications for European security ⤵️<a href="https://t.co/epDFlon3pd">https://t.co/epDFlon3pd</a></p>&mdash; NATO (@NATO) <a href="https://twitter.com/NATO/status/1481637470556450818?ref_src=twsrc%5Etfw">January 13, 2022</a></blockquote>`;

export const STOLTENBERG_POST = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The NATO–Russia Council had a serious exchange on Russia&#39;s military build-up in &amp; around <a href="https://twitter.com/hashtag/Ukraine?src=hash&amp;ref_src=twsrc%5Etfw">#Ukraine</a> &amp; implications for European security. <a href="https://twitter.com/hashtag/NATO?src=hash&amp;ref_src=twsrc%5Etfw">#NATO</a> Allies &amp; <a href="https://twitter.com/hashtag/Russia?src=hash&amp;ref_src=twsrc%5Etfw">#Russia</a> agreed to explore a schedule of future meetings. Allies are ready to table proposals &amp; seek constructive outcomes. <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175/photo/1">pic.twitter.com/dszyECAfGe</a></p>&mdash; Jens Stoltenberg (@jensstoltenberg) <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175?ref_src=twsrc%5Etfw">January 12, 2022</a></blockquote>`;

export const SHERMAN_QUOTE = `<nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" source="After the NATO–Russia Council">
  <blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote>
</nw-quote-card>`;

export const GRUSHKO_QUOTE = `<nw-quote-card variant="pull" speaker="Alexander Grushko" speaker-role="Deputy Foreign Minister of Russia" date="2022-01-12" source="NATO–Russia Council, Brussels">
  <blockquote><p>It’s absolutely imperative to end the policy of open doors and offer Russia legally binding guarantees precluding further NATO’s expansion eastward.</p></blockquote>
</nw-quote-card>`;

/** The seed's demands and answers: [demand, response, status]. */
export const DEMANDS = [
  ['Ukraine must never be admitted to NATO.', 'Ukraine alone has the right to decide its future security arrangements.', 'Rejected'],
  ['NATO should pull its troops and missiles out of Ukraine and Eastern Europe.', 'Willing to talk about arms control and where missiles are deployed.', 'Open'],
  [
    'End the open-door policy and give Russia legally binding guarantees against any further eastward expansion.',
    'NATO’s door stays open to new members.',
    'Rejected',
  ],
  ['No other new country is to be admitted to the alliance.', 'The alliance may invite any European country willing to join.', 'Rejected'],
  [
    'In return, Russia offers to limit its war games and end low-level hostilities such as aircraft-buzzing incidents.',
    'Ready to discuss ways to prevent military incidents between Russia and the West.',
    'Open',
  ],
];

/** A demand table of `rows` rows (the seed's five, repeated and numbered beyond five). */
export function demandTable(rows = DEMANDS.length) {
  const body = Array.from({ length: rows }, (_, i) => {
    const [demand, response, status] = DEMANDS[i % DEMANDS.length];
    const n = rows > DEMANDS.length ? `${i + 1}. ` : '';
    return `<tr><th scope="row">${n}${demand}</th><td>${response}</td><td>${status}</td></tr>`;
  }).join('\n');
  return `<nw-demand-table>
  <table>
    <caption>Russia’s demands and the NATO answer</caption>
    <thead><tr><th scope="col">Russia</th><th scope="col">NATO and the U.S.</th><th scope="col">Status</th></tr></thead>
    <tbody>
${body}
    </tbody>
  </table>
  <p>Source: <a href="https://www.nato.int/">NATO–Russia Council, Brussels, 12 January 2022</a></p>
</nw-demand-table>`;
}

/** The seed's key figures: [label, value?]. */
export const FACTS = [
  ['NATO allies at the table', '30'],
  ['years since the council last met', '2'],
  ['Russia annexed Crimea', '2014'],
  ['people killed in the fighting in eastern Ukraine', '14,000+'],
  ['The Donbas, Ukraine’s industrial heartland, has been devastated.'],
  ['All 30 allies and Russia met in Brussels, the first NATO–Russia Council in two years.'],
];

/** A fact box of `count` facts (the seed's six, repeated and numbered beyond six). */
export function factBox(count = FACTS.length) {
  const items = Array.from({ length: count }, (_, i) => {
    const [label, value] = FACTS[i % FACTS.length];
    const n = count > FACTS.length ? ` (${i + 1})` : '';
    return value === undefined ? `<dt>${label}${n}</dt>` : `<dt>${label}${n}</dt><dd>${value}</dd>`;
  }).join('\n');
  return `<nw-fact-box>
  <h2>Key facts: NATO, Russia and Ukraine</h2>
  <dl>
${items}
  </dl>
  <p>Source: <a href="https://www.nato.int/cps/en/natohq/topics_50091.htm">NATO–Russia Council</a> <time datetime="2022-01-13">January 13, 2022</time></p>
</nw-fact-box>`;
}

export const post = (embedCode) => `<nw-tweet-embed>${embedCode}</nw-tweet-embed>`;

/** The seed article with one widget of each kind: two quotes, two posts, the table, the fact box. */
export const ARTICLE = `<article>
<header>
  <p>World · Security</p>
  <h1>NATO turns down Moscow’s core demands, but both sides agree to keep meeting</h1>
  <p>The first session of the NATO–Russia Council in two years ended without a deal on Ukraine. Arms control and
  military incidents stay on the table.</p>
  <p>By the foreign desk · <time datetime="2022-01-13">13 January 2022</time></p>
</header>
<p>BRUSSELS — The alliance and Washington said no on Wednesday to the demand at the centre of the Kremlin’s
proposals: a promise that Ukraine will never become a member.</p>
<p>Allied ambassadors told the Russian delegation that only Kyiv can choose how it guarantees its security, and
that membership remains open to any European country that wants it. What they offered instead were talks on
limiting weapons, on where missiles may be based and on avoiding accidents between the two sides’ forces.</p>
${demandTable()}
<p>The council had not met for two years. Moscow wants allied troops and missiles moved back from Ukraine and
from the alliance’s eastern members. The alliance’s own account of the day:</p>
${post(NATO_POST)}
<p>Secretary General Jens Stoltenberg, who chaired the session, said both delegations had spoken of resuming
dialogue and would look at dates for further meetings.</p>
${post(STOLTENBERG_POST)}
<p>He added that talks about Ukraine would be hard. Russia took Crimea in 2014 and has supported armed
separatists in the east of the country ever since.</p>
${factBox()}
<p>The American delegation was blunt about the membership question.</p>
${SHERMAN_QUOTE}
<p>Russia’s chief negotiator put the alliance’s open door at the heart of the dispute.</p>
${GRUSHKO_QUOTE}
<p>He warned that Moscow would answer with military means if diplomacy did not settle the matter.</p>
<p>The alliance also refused a Russian proposal to admit no new members at all. Moscow had offered, in return, to
cut back its exercises and stop provocations such as flying close to other countries’ aircraft. Allies said that
accepting would give up the principle that any willing European country may be invited to join.</p>
</article>`;

/** Live-blog updates between the widgets (written for this page). */
const UPDATES = [
  'Delegations are back at the table after a short break.',
  'The session is running longer than planned, officials say.',
  'Here is what the two sides said on the way in.',
  'Reporters are waiting outside the alliance headquarters for statements.',
  'A summary of where each demand stands at this point.',
  'The figures behind the talks.',
];

/**
 * A live blog of `count` updates, each with one widget: quotes, posts, demand
 * tables and fact boxes in turn (a quarter of each kind).
 */
export function liveBlog(count) {
  const widgets = [
    (i) => (i % 8 < 4 ? SHERMAN_QUOTE : GRUSHKO_QUOTE),
    (i) => post(i % 8 < 4 ? NATO_POST : STOLTENBERG_POST),
    () => demandTable(),
    () => factBox(),
  ];
  const entries = Array.from({ length: count }, (_, i) => {
    const minute = (count - i) * 3;
    const time = `${String(9 + Math.floor(minute / 60) % 12).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return `<section><h2><time>${time}</time></h2>\n<p>${UPDATES[i % UPDATES.length]}</p>\n${widgets[i % 4](i)}\n</section>`;
  });
  return `<h1>Live: NATO and Russia meet in Brussels</h1>\n${entries.join('\n')}`;
}

/** An archive page of `count` bare X embeds, as old articles hold them (for upgradeEmbeds). */
export function postArchive(count) {
  const items = Array.from({ length: count }, (_, i) => `<p>Post ${i + 1} of the day:</p>\n${i % 2 ? STOLTENBERG_POST : NATO_POST}`);
  return `<h1>The day in posts</h1>\n${items.join('\n')}`;
}

/**
 * One Bluesky post, written for this page (a made-up newsroom account), in two
 * markups: Bluesky's official embed code inside <nw-tweet-embed>, and
 * bluesky-post-embed's element with its documented fallback blockquote.
 */
function blueskyPost(i) {
  const rkey = `3lbbt6ofsq${(100 + i).toString(36).padStart(3, '0')}`;
  const did = 'did:plc:examplenewsroom01';
  const uri = `at://${did}/app.bsky.feed.post/${rkey}`;
  const url = `https://bsky.app/profile/${did}/post/${rkey}`;
  const text = `From our archive, part ${i + 1}: how the first NATO–Russia Council in two years unfolded in January 2022, and what each side asked for.`;
  return {
    ours: `<nw-tweet-embed><blockquote class="bluesky-embed" data-bluesky-uri="${uri}" data-bluesky-cid="bafyreiexampleexampleexampleexampleexample${i}" data-bluesky-embed-color-mode="system"><p lang="en">${text}</p>&mdash; Example Newsroom (<a href="https://bsky.app/profile/${did}?ref_src=embed">@examplenewsroom.bsky.social</a>) <a href="${url}?ref_src=embed">November 20, 2024 at 5:02 PM</a></blockquote></nw-tweet-embed>`,
    peer: `<bluesky-post src="${uri}"><blockquote class="bluesky-post-fallback"><p dir="auto">${text}</p>— Example Newsroom (@examplenewsroom.bsky.social) <a href="${url}">November 20, 2024 at 5:02 PM</a></blockquote></bluesky-post>`,
  };
}

export function blueskyPosts(count, markup) {
  const items = Array.from({ length: count }, (_, i) => `<p>Post ${i + 1}:</p>\n${blueskyPost(i)[markup]}`);
  return `<h1>The day on Bluesky</h1>\n${items.join('\n')}`;
}
