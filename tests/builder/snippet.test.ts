import { expect } from '@open-wc/testing';
import { parseTable } from '../../src/demand-table/demand-table.parse.js';
import { parseFactBox } from '../../src/fact-box/fact-box.parse.js';
import { parseQuote } from '../../src/quote-card/quote-card.parse.js';
import { parseBlockquote } from '../../src/tweet-embed/tweet-embed.parse.js';
import { BLUESKY_EMBED, MASTODON_EMBED, STOLTENBERG_EMBED } from '../../content/posts.js';
import { DEMANDS_TSV, seedInput } from '../../builder/seed.js';
import {
  DEFAULT_SCRIPT_URL,
  MESSAGES,
  buildDemands,
  buildFacts,
  buildPost,
  buildQuote,
  checkScriptUrl,
  escapeHtml,
  parseFactLine,
  serialize,
  snippetOf,
  type QuoteInput,
} from '../../builder/snippet.js';
import { el, toDom } from '../../builder/markup.js';

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>'`;

/** The snippet as a browser would read it (reading only; nothing here is inserted into the page). */
function parse(snippet: string): Document {
  return new DOMParser().parseFromString(snippet, 'text/html');
}

/** Asserts the snippet holds nothing that runs but the library's own module script. */
function expectInert(snippet: string) {
  const doc = parse(snippet);
  const scripts = Array.from(doc.querySelectorAll('script'));
  expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([DEFAULT_SCRIPT_URL]);
  expect(doc.querySelectorAll('img, iframe, svg, style').length).to.equal(0);
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(element.attributes)) {
      expect(attr.name, `<${element.localName} ${attr.name}>`).not.to.match(/^on/);
      expect(attr.value, `<${element.localName} ${attr.name}>`).not.to.match(/^\s*javascript:/i);
    }
  }
  return doc;
}

const quote = (over: Partial<QuoteInput> = {}): QuoteInput => ({ ...seedInput().quote, ...over });

describe('escapeHtml', () => {
  it('escapes & < > " and \' and leaves other text alone', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).to.equal('a &amp; b &lt; c &gt; d &quot; e &#39; f');
    expect(escapeHtml('Grushko — “imperative” ’')).to.equal('Grushko — “imperative” ’');
    expect(escapeHtml('&amp;')).to.equal('&amp;amp;');
  });

  it('makes hostile text read back as the same text, in content and in attributes', () => {
    const doc = parse(serialize(el('div', { title: HOSTILE }, [HOSTILE])));
    const div = doc.querySelector('div')!;
    expect(div.getAttribute('title')).to.equal(HOSTILE);
    expect(div.textContent).to.equal(HOSTILE);
    expect(div.children.length).to.equal(0);
  });

  it('writes boolean attributes bare and leaves out empty ones', () => {
    expect(serialize(el('nw-tweet-embed', { 'allow-original': true, url: '', author: undefined }))).to.equal('<nw-tweet-embed allow-original></nw-tweet-embed>');
  });
});

describe('quote card snippet', () => {
  it('is the script tag plus attributes and the quote as figure > blockquote > p', () => {
    const { node, problems } = buildQuote(quote({ quote: 'First paragraph.\n\nSecond\nparagraph.' }));
    expect(problems).to.deep.equal({});
    const snippet = snippetOf(node);
    expect(snippet.startsWith(`<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>\n<nw-quote-card`)).to.equal(true);
    const card = parse(snippet).querySelector('nw-quote-card')!;
    expect(card.getAttribute('speaker')).to.equal('Wendy Sherman');
    expect(card.getAttribute('speaker-role')).to.equal('U.S. Deputy Secretary of State');
    expect(card.getAttribute('date')).to.equal('2022-01-12');
    expect(card.getAttribute('cite')).to.equal('https://www.state.gov/');
    expect(card.hasAttribute('variant')).to.equal(false);
    expect(Array.from(card.querySelectorAll('figure > blockquote > p')).map((p) => p.textContent)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    // What the widget reads back, and what a reader without JavaScript sees.
    expect(parseQuote(card)).to.deep.include({ quote: ['First paragraph.', 'Second paragraph.'], speaker: 'Wendy Sherman' });
    expect(card.querySelector('figcaption')!.textContent).to.equal('— Wendy Sherman, U.S. Deputy Secretary of State · After the NATO–Russia Council');
  });

  it('writes variant="pull" and a relative portrait as given', () => {
    const card = parse(snippetOf(buildQuote(quote({ variant: 'pull', avatar: '/img/sherman.jpg' })).node)).querySelector('nw-quote-card')!;
    expect(card.getAttribute('variant')).to.equal('pull');
    expect(card.getAttribute('avatar')).to.equal('/img/sherman.jpg');
  });

  it('explains a bad date, link or image in plain words and leaves them out', () => {
    const { node, problems } = buildQuote(quote({ date: '12 January 2022', cite: 'javascript:alert(1)', avatar: 'data:image/png;base64,AAAA' }));
    expect(problems).to.deep.equal({ date: MESSAGES.date, cite: MESSAGES.link, avatar: MESSAGES.image });
    const card = parse(snippetOf(node)).querySelector('nw-quote-card')!;
    for (const name of ['date', 'cite', 'avatar']) expect(card.hasAttribute(name), name).to.equal(false);
    expect(card.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    expect(buildQuote(quote({ date: '2022-02-30' })).problems.date).to.equal(MESSAGES.date);
  });

  it('asks for the quote when it is empty', () => {
    expect(buildQuote(quote({ quote: '  \n ' })).problems.quote).to.be.a('string');
  });

  it('keeps hostile text inert in every field', () => {
    const { node } = buildQuote(quote({ quote: HOSTILE, speaker: HOSTILE, speakerRole: HOSTILE, source: HOSTILE, cite: `https://a.example/"><script>alert(1)</script>` }));
    const doc = expectInert(snippetOf(node));
    const card = doc.querySelector('nw-quote-card')!;
    expect(card.getAttribute('speaker')).to.equal(HOSTILE);
    expect(card.querySelector('blockquote p')!.textContent).to.equal(HOSTILE);
    // The URL parser percent-encodes what could break out of the attribute.
    expect(card.getAttribute('cite')).to.equal('https://a.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  });
});

describe('fact box snippet', () => {
  it('reads "label: value" lines (the last ": " splits) and statements', () => {
    expect(parseFactLine('NATO allies at the table: 30')).to.deep.equal({ label: 'NATO allies at the table', value: '30' });
    expect(parseFactLine('Key facts: the meeting: 4 hours')).to.deep.equal({ label: 'Key facts: the meeting', value: '4 hours' });
    expect(parseFactLine('The Donbas has been devastated.')).to.deep.equal({ label: 'The Donbas has been devastated.' });
    expect(parseFactLine('Started at 10:30')).to.deep.equal({ label: 'Started at 10:30' });
  });

  it('is an h2, a dl, source links and a time the widget reads back', () => {
    const { node, problems } = buildFacts(seedInput().facts);
    expect(problems).to.deep.equal({});
    const box = expectInert(snippetOf(node)).querySelector('nw-fact-box')!;
    expect(box.querySelector('h2')!.textContent).to.equal('Key facts: NATO, Russia and Ukraine');
    expect(box.querySelector('dl > dt')!.textContent).to.equal('NATO allies at the table');
    expect(box.querySelector('dl > dd')!.textContent).to.equal('30');
    expect(box.querySelector('time')!.getAttribute('datetime')).to.equal('2022-01-13');
    const parsed = parseFactBox(box);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.heading).to.equal('Key facts: NATO, Russia and Ukraine');
    expect(parsed.facts).to.have.length(6);
    expect(parsed.facts![0]).to.deep.equal({ label: 'NATO allies at the table', value: '30' });
    expect(parsed.facts![4]).to.deep.equal({ label: 'The Donbas, Ukraine’s industrial heartland, has been devastated.' });
    expect(parsed.sources).to.deep.equal([{ label: 'NATO–Russia Council', url: 'https://www.nato.int/cps/en/natohq/topics_50091.htm' }]);
    expect(parsed.updated).to.equal('2022-01-13');
  });

  it('names the bad source line and the bad date', () => {
    const { node, problems } = buildFacts({ heading: '', facts: 'A: 1', sources: 'Good | https://a.example/\nBad | javascript:alert(1)', updated: 'yesterday' });
    expect(problems.sources).to.contain('not an http(s) link').and.to.contain('line 2');
    expect(problems.updated).to.equal(MESSAGES.date);
    const doc = expectInert(snippetOf(node));
    expect(Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['https://a.example/']);
  });

  it('keeps hostile facts inert', () => {
    const doc = expectInert(snippetOf(buildFacts({ heading: HOSTILE, facts: `${HOSTILE}: <b>9</b>`, sources: '', updated: '' }).node));
    expect(doc.querySelector('h2')!.textContent).to.equal(HOSTILE);
    expect(doc.querySelector('dd')!.textContent).to.equal('<b>9</b>');
  });
});

describe('demand table snippet', () => {
  it('turns spreadsheet rows (TSV with a header) into a table with caption and header cells', () => {
    const { node, problems, rows } = buildDemands(seedInput().demands);
    expect(problems).to.deep.equal({});
    expect(rows).to.have.length(5);
    const table = expectInert(snippetOf(node)).querySelector<HTMLTableElement>('nw-demand-table > table')!;
    expect(table.caption!.textContent).to.equal('Russia’s demands and the NATO answer');
    expect(Array.from(table.tHead!.rows[0]!.cells).map((th) => [th.localName, th.getAttribute('scope'), th.textContent])).to.deep.equal([
      ['th', 'col', 'Russia'],
      ['th', 'col', 'NATO and the U.S.'],
      ['th', 'col', 'Status'],
      ['th', 'col', 'Note'],
    ]);
    const first = table.tBodies[0]!.rows[0]!;
    expect(first.cells[0]!.localName).to.equal('th');
    expect(first.cells[0]!.getAttribute('scope')).to.equal('row');
    expect(first.cells[2]!.textContent).to.equal('Rejected');
    // The widget reads the same rows and statuses back.
    const parsed = parseTable(table);
    expect(parsed).to.deep.include({ heading: 'Russia’s demands and the NATO answer', demandBy: 'Russia', responseBy: 'NATO and the U.S.' });
    expect(parsed.rows!.map((row) => row.status)).to.deep.equal(['rejected', 'open', 'rejected', 'rejected', 'open']);
    expect(parsed.unknownStatuses).to.deep.equal([]);
  });

  it('uses party names from a pasted header row when the fields are empty', () => {
    const { node, header } = buildDemands({ heading: '', demandBy: '', responseBy: '', rows: 'Union\tEmployer\tStatus\nMore pay for night shifts\tOffered 2 per cent\tPartly accepted' });
    expect(header).to.deep.equal({ demandBy: 'Union', responseBy: 'Employer' });
    const table = parse(snippetOf(node)).querySelector('table')!;
    expect(table.caption).to.equal(null);
    expect(table.tHead!.rows[0]!.cells[0]!.textContent).to.equal('Union');
    expect(table.tBodies[0]!.rows[0]!.cells[2]!.textContent).to.equal('Partly accepted');
  });

  it('reads rows typed with " | " between cells', () => {
    const { rows, problems } = buildDemands({ heading: '', demandBy: '', responseBy: '', rows: 'End the open-door policy | The door stays open | rejected\nLimit war games | Ready to discuss | open' });
    expect(problems).to.deep.equal({});
    expect(rows.map((row) => [row.demand, row.status])).to.deep.equal([
      ['End the open-door policy', 'rejected'],
      ['Limit war games', 'open'],
    ]);
  });

  it('explains rows without a response, and unknown statuses', () => {
    expect(buildDemands({ heading: '', demandBy: '', responseBy: '', rows: 'A demand\tAn answer\nOnly a demand' }).problems.rows).to.contain(MESSAGES.rows).and.to.contain('Row 2');
    expect(buildDemands({ heading: '', demandBy: '', responseBy: '', rows: '' }).problems.rows).to.contain(MESSAGES.rows);
    expect(buildDemands({ heading: '', demandBy: '', responseBy: '', rows: 'A\tB\tmaybe later' }).problems.rows).to.contain('“maybe later” is not known');
  });

  it('keeps hostile cells inert', () => {
    // (A cell starting with " is a quoted cell in TSV, so the pasted row starts differently.)
    const cell = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const doc = expectInert(snippetOf(buildDemands({ heading: HOSTILE, demandBy: HOSTILE, responseBy: '', rows: `${cell}\t<i>answer</i>\trejected` }).node));
    expect(doc.querySelector('caption')!.textContent).to.equal(HOSTILE);
    expect(doc.querySelector('tbody th')!.textContent).to.equal(cell);
    expect(doc.querySelector('tbody td')!.textContent).to.equal('<i>answer</i>');
  });

  it('the seed TSV has a header row and one line per demand', () => {
    expect(DEMANDS_TSV.split('\n')).to.have.length(6);
  });
});

describe('social post snippet', () => {
  it('keeps the X embed blockquote, drops the platform script, and says what it recognised', () => {
    const { node, problems, recognised } = buildPost({ code: STOLTENBERG_EMBED, allowOriginal: false });
    expect(problems).to.deep.equal({});
    expect(recognised).to.deep.include({ platform: 'x', platformName: 'X', author: 'Jens Stoltenberg', handle: 'jensstoltenberg', date: '2022-01-12' });
    const snippet = snippetOf(node);
    expect(snippet).not.to.contain('platform.twitter.com');
    const doc = expectInert(snippet);
    const embed = doc.querySelector('nw-tweet-embed')!;
    expect(embed.hasAttribute('allow-original')).to.equal(false);
    const bq = embed.querySelector('blockquote.twitter-tweet') as HTMLQuoteElement;
    expect(bq.querySelector('p')!.textContent).to.contain('serious exchange on Russia');
    expect(parseBlockquote(bq)).to.deep.include({ author: 'Jens Stoltenberg', handle: 'jensstoltenberg', date: '2022-01-12' });
  });

  it('adds allow-original when asked', () => {
    const embed = parse(snippetOf(buildPost({ code: STOLTENBERG_EMBED, allowOriginal: true }).node)).querySelector('nw-tweet-embed')!;
    expect(embed.hasAttribute('allow-original')).to.equal(true);
  });

  it('recognises Bluesky and Mastodon embed code, without their styles and scripts', () => {
    const bluesky = buildPost({ code: BLUESKY_EMBED, allowOriginal: false });
    expect(bluesky.recognised).to.deep.include({ platform: 'bluesky', author: 'Example Newsroom', handle: 'examplenewsroom.bsky.social', date: '2024-11-20T17:02' });
    expect(snippetOf(bluesky.node)).to.contain('data-bluesky-uri="at://did:plc:examplenewsroom01/app.bsky.feed.post/3lbbt6ofsqk2o"');
    const mastodon = buildPost({ code: MASTODON_EMBED, allowOriginal: false });
    expect(mastodon.recognised).to.deep.include({ platform: 'mastodon', handle: 'examplenews@mastodon.social' });
    const snippet = snippetOf(mastodon.node);
    expect(snippet).not.to.contain('style=');
    expect(snippet).not.to.contain('embed.js');
    expectInert(snippet);
  });

  it('says so when the code is not embed code from X, Bluesky or Mastodon', () => {
    expect(buildPost({ code: '<blockquote><p>Just a quote</p></blockquote>', allowOriginal: false }).problems.code).to.equal(MESSAGES.embed);
    expect(buildPost({ code: 'https://x.com/NATO/status/1481637470556450818', allowOriginal: false }).problems.code).to.equal(MESSAGES.embed);
    expect(buildPost({ code: ' ', allowOriginal: false }).problems.code).to.be.a('string');
  });

  it('strips handlers, scripts, images, styles and unsafe links from hostile embed code', () => {
    const code = `<blockquote class="twitter-tweet evil" onclick="alert(1)" style="color:red" data-theme="dark"><p lang="en" onmouseover="alert(2)">Hi <img src=x onerror="alert(3)"><script>alert(4)</script><a href="javascript:alert(5)">#tag</a> ${'&lt;b&gt;'}</p>&mdash; A (@a) <a href="https://x.com/a/status/1481637470556450818">January 1, 2022</a></blockquote><iframe src="https://evil.example/"></iframe><script src="https://platform.twitter.com/widgets.js"></script>`;
    const { node, recognised } = buildPost({ code, allowOriginal: false });
    expect(recognised).to.deep.include({ platform: 'x', author: 'A', handle: 'a' });
    const doc = expectInert(snippetOf(node));
    const bq = doc.querySelector('blockquote')!;
    expect(bq.getAttribute('class')).to.equal('twitter-tweet');
    expect(bq.getAttribute('data-theme')).to.equal('dark');
    expect(bq.hasAttribute('style')).to.equal(false);
    expect(bq.querySelector('p')!.textContent).to.equal('Hi #tag <b>');
    expect(bq.querySelector('p a')!.hasAttribute('href')).to.equal(false);
  });
});

describe('pasted embed code, cleaned by DOMPurify', () => {
  const blockquoteOf = (code: string) => parse(snippetOf(buildPost({ code, allowOriginal: false }).node)).querySelector('nw-tweet-embed > blockquote')!;
  const link = '&mdash; A (@a) <a href="https://x.com/a/status/1481637470556450818">January 1, 2022</a>';

  it('keeps only the platform classes of the library’s platform table', () => {
    expect(blockquoteOf(`<blockquote class="tw-align-center twitter-tweet x-promo"><p>Hi</p>${link}</blockquote>`).className).to.equal('twitter-tweet');
  });

  it('drops scripts, styles, frames, media and forms with their content, and unwraps other elements', () => {
    const bq = blockquoteOf(
      `<blockquote class="twitter-tweet"><p>One <u>two</u> <mark>three</mark><noscript>NO</noscript><svg><text>NO</text></svg><form><button>NO</button></form><video>NO</video><template>NO</template><!-- NO --></p>${link}</blockquote>`,
    );
    expect(bq.querySelector('p')!.innerHTML).to.equal('One two three');
  });

  it('keeps the data the widget reads, checked: language, direction, colour mode, Bluesky URI, Mastodon URL', () => {
    const bluesky = blockquoteOf(
      `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/1" data-bluesky-cid="ab-c1" data-bluesky-embed-color-mode="dark" data-evil="1" id="x" lang="e n" dir="sideways"><p lang="de" dir="RTL" title="t">Hallo</p>&mdash; A (<a href="https://bsky.app/profile/a.bsky.social">@a.bsky.social</a>) <a href="https://bsky.app/profile/a.bsky.social/post/1">Nov 20, 2024 at 5:02 PM</a></blockquote>`,
    );
    const attributes = (element: Element) => Object.fromEntries(Array.from(element.attributes, (attr) => [attr.name, attr.value]));
    expect(attributes(bluesky)).to.deep.equal({
      class: 'bluesky-embed',
      'data-bluesky-uri': 'at://did:plc:x/app.bsky.feed.post/1',
      'data-bluesky-cid': 'abc1',
      'data-bluesky-embed-color-mode': 'dark',
      lang: 'en',
    });
    expect(attributes(bluesky.querySelector('p')!)).to.deep.equal({ lang: 'de', dir: 'rtl' });
    expect(blockquoteOf('<blockquote class="bluesky-embed" data-bluesky-uri="javascript:alert(1)"><p>x</p></blockquote>').hasAttribute('data-bluesky-uri')).to.equal(false);
    const mastodon = (url: string) => blockquoteOf(`<blockquote class="mastodon-embed" data-embed-url="${url}"><a href="https://mastodon.social/@a/1">x</a></blockquote>`);
    expect(mastodon('https://mastodon.social/@a/1/embed').getAttribute('data-embed-url')).to.equal('https://mastodon.social/@a/1/embed');
    expect(mastodon('javascript:alert(1)').hasAttribute('data-embed-url')).to.equal(false);
    expect(mastodon('data:text/html,x').hasAttribute('data-embed-url')).to.equal(false);
  });
});

describe('snippet settings', () => {
  it('uses the given script address, escaped, and checks it is an http(s) link', () => {
    expect(snippetOf(el('nw-fact-box'), '/dist/newsroom-widgets.js')).to.equal('<script type="module" src="/dist/newsroom-widgets.js"></script>\n<nw-fact-box></nw-fact-box>\n');
    expect(snippetOf(el('nw-fact-box'), 'https://a.example/x.js?a=1&b="2"')).to.contain('src="https://a.example/x.js?a=1&amp;b=&quot;2&quot;"');
    expect(DEFAULT_SCRIPT_URL).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/newsroom-widgets@\d+\.\d+\.\d+\/dist\/autoload\.js$/);
    expect(checkScriptUrl(DEFAULT_SCRIPT_URL)).to.equal(undefined);
    expect(checkScriptUrl('javascript:alert(1)')).to.equal(MESSAGES.link);
  });

  it('builds the preview from the same markup as the snippet', () => {
    const { node } = buildQuote(quote({ quote: HOSTILE }));
    const preview = toDom(node) as HTMLElement;
    expect(preview.localName).to.equal('nw-quote-card');
    expect(preview.querySelector('script, img')).to.equal(null);
    expect(preview.querySelector('blockquote p')!.textContent).to.equal(HOSTILE);
    // The pasted snippet parses to the same nodes, but for the indentation between elements.
    const pasted = parse(serialize(node)).querySelector('nw-quote-card')!;
    const dropIndentation = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const blank: Node[] = [];
      while (walker.nextNode()) if (!walker.currentNode.textContent!.trim()) blank.push(walker.currentNode);
      blank.forEach((text) => text.parentNode!.removeChild(text));
      root.normalize();
      return root;
    };
    expect(dropIndentation(pasted).isEqualNode(dropIndentation(preview))).to.equal(true);
  });
});
