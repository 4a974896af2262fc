/**
 * The contract table: one entry per widget, saying how to give it content in
 * each input form it accepts, what a reader must then see, which bad inputs
 * it must survive and with which stable `nw-error` code, and what a change
 * must re-render. The suites in this folder run the same tests over every
 * entry. Content is the seed article's (stories/content).
 *
 * This module defines no element: each entry's `load` imports its defining
 * module, so a suite decides when the tags get defined.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NwErrorCode } from '../../src/core/events.js';
import type { DemandStatus, DemandTableData } from '../../src/demand-table/demand-table.js';
import type { FactBoxData } from '../../src/fact-box/fact-box.js';
import type { QuoteData } from '../../src/quote-card/quote-card.js';
import type { TweetEmbedData } from '../../src/tweet-embed/tweet-embed.js';
import { parseEnglishDate } from '../../src/tweet-embed/tweet-embed.parse.js';
import { natoRussia, natoRussiaGerman } from '../../content/demands.js';
import { natoFacts, natoFactsGerman, natoFactsJson } from '../../content/facts.js';
import { BROKEN_EMBED, embedTemplate, nato, stoltenberg, type EmbedPost } from '../../content/posts.js';
import { grushko, sherman } from '../../content/quotes.js';
import { listOf, oneOf, optional, shape, text, textOrNumber, type Check } from './harness.js';

export type WidgetTag = 'nw-quote-card' | 'nw-tweet-embed' | 'nw-demand-table' | 'nw-fact-box';

/** One way to give a widget its content, and what that must show. */
export interface InputForm {
  name: 'attributes' | 'light DOM' | 'JSON child' | 'data';
  /** The element as a page writes it. */
  template: () => TemplateResult;
  /** Set as the `data` property before the element connects. */
  data?: unknown;
  /** Text a reader must see in the shadow root. */
  shows: readonly string[];
  /** What `data` must then hold (compared as JSON, so without `undefined` fields). */
  normalised: object;
}

/** Invalid input of one problem class, and what the widget must still do. */
export interface BadInput {
  problem: string;
  code: NwErrorCode;
  template: () => TemplateResult;
  /** Set as `data` after the element has rendered. */
  setData?: unknown;
  /** The warning names the problem: the bad value, or the field. */
  mentions: string;
  /** The rest of the content still renders (text in the shadow root) ... */
  shows?: readonly string[];
  /** ... and what the bad input would have shown is not there. */
  absent?: readonly string[];
  /** ... or the widget falls back to the author's content, which stays visible through the slot ('' when there is none). */
  fallback?: string;
}

/** A way an unsafe URL can reach the widget. */
export interface UrlInput {
  via: string;
  template: (url: string) => TemplateResult;
  data?: (url: string) => unknown;
  /** What must still render around the refused URL. */
  shows: readonly string[];
}

export interface WidgetContract {
  tag: WidgetTag;
  /** Imports the defining module (which defines the tag) and returns the class it defined. */
  load: () => Promise<CustomElementConstructor>;
  /** The defining module's address, to load it again from another URL. */
  moduleUrl: string;
  /** The element as a producer pastes it into an article. */
  seed: () => TemplateResult;
  /** What a reader must see of the seed. */
  seedShows: readonly string[];
  /** A selector matching the outermost rendered element, to read the direction from. */
  frame: string;
  forms: readonly InputForm[];
  /** The documented shape of `data`. */
  schema: Check;
  /** Messy `data` and its normalised form. */
  normalises: { data: unknown; normalised: object; shows: readonly string[] };
  /** A field that an attribute, `data` and the light DOM can all give. */
  precedence: {
    attribute: string;
    field: string;
    /** The rendered element that shows the field. */
    selector: string;
    /** The element with the field given in its light DOM as `value`. */
    light: (value: string) => TemplateResult;
    /** What else the light DOM gives, shown whichever input wins the field. */
    keeps: readonly string[];
  };
  badInputs: readonly BadInput[];
  urlInputs: readonly UrlInput[];
  /** `data` whose text fields all hold `markup`. */
  markupData: (markup: string) => unknown;
  /** Content wrapped in HTML comments, as CMS editors write them (`<!-- wp:html -->`), and what it must show. */
  commented: { template: () => TemplateResult; shows: readonly string[] };
  /**
   * Contract tests this widget fails today because of a bug in src, by test
   * name, with the bug. They run as skipped tests until the bug is fixed.
   */
  knownBugs?: Readonly<Record<string, string>>;
  /** Changes to the seed that must re-render. */
  changes: {
    /** A light-DOM text change: `from` becomes `to`. */
    edit: { from: string; to: string; shows: readonly string[]; absent?: readonly string[] };
    /** New light-DOM children in place of the old ones. */
    replaceWith: { template: () => TemplateResult; shows: readonly string[]; absent: readonly string[] };
    /** Attributes set one after the other. */
    attributes: { values: Readonly<Record<string, string>>; shows: readonly string[]; links?: readonly string[] };
    data: { data: unknown; shows: readonly string[]; absent: readonly string[] };
    /** Text that is English under `lang="en"` and German under `lang="de"`. */
    lang: { en: readonly string[]; de: readonly string[] };
  };
}

/** `<p>` plus a link in a widget's light DOM, pointing at `url`. */
const sourceLink = (url: string, label = 'Council statement') => html`<p>Source: <a href=${url}>${label}</a></p>`;

/* ---------------------------------------------------------------- quote card */

const SHERMAN_QUOTE = sherman.quote[0]!;

const quoteMarkup = (quote: readonly string[], cite?: string) =>
  html`<blockquote cite=${cite ?? nothing}>${quote.map((paragraph) => html`<p>${paragraph}</p>`)}</blockquote>`;

const quoteWithAttributes = (quote: typeof sherman) => html`<nw-quote-card
  speaker=${quote.speaker}
  speaker-role=${quote.speakerRole}
  date=${quote.date}
  cite=${quote.cite}
  source=${quote.source}
  >${quoteMarkup(quote.quote)}</nw-quote-card
>`;

const quoteCard: WidgetContract = {
  tag: 'nw-quote-card',
  load: async () => (await import('../../src/quote-card/quote-card.js')).NwQuoteCard,
  moduleUrl: new URL('../../src/quote-card/quote-card.ts', import.meta.url).href,
  seed: () => html`<nw-quote-card date=${sherman.date} source=${sherman.source}
    >${quoteMarkup(sherman.quote, sherman.cite)}<cite>${sherman.speaker}</cite></nw-quote-card
  >`,
  seedShows: [SHERMAN_QUOTE, sherman.speaker, sherman.source, 'January 12, 2022'],
  frame: 'figure',
  forms: [
    {
      name: 'attributes',
      template: () => quoteWithAttributes(sherman),
      shows: [SHERMAN_QUOTE, sherman.speaker, sherman.speakerRole, sherman.source, 'January 12, 2022'],
      normalised: sherman,
    },
    {
      name: 'light DOM',
      template: () => html`<nw-quote-card>${quoteMarkup(sherman.quote, sherman.cite)}<cite>${sherman.speaker}</cite></nw-quote-card>`,
      // Without a source label, the source is the cited site.
      shows: [SHERMAN_QUOTE, sherman.speaker, 'state.gov'],
      normalised: { quote: sherman.quote, speaker: sherman.speaker, cite: sherman.cite },
    },
    {
      name: 'data',
      template: () => html`<nw-quote-card></nw-quote-card>`,
      data: sherman satisfies QuoteData,
      shows: [SHERMAN_QUOTE, sherman.speaker, sherman.speakerRole, sherman.source, 'January 12, 2022'],
      normalised: sherman,
    },
  ],
  schema: shape({
    quote: listOf(text),
    speaker: optional(text),
    speakerRole: optional(text),
    date: optional(text),
    cite: optional(text),
    source: optional(text),
    avatar: optional(text),
  }),
  normalises: {
    data: {
      quote: ['  It’s absolutely\n imperative …  ', '', ' Second paragraph. '],
      speaker: '  Alexander   Grushko ',
      date: '2022-02-30',
      cite: 'javascript:alert(1)',
      avatar: 'data:image/png;base64,AAAA',
    },
    normalised: { quote: ['It’s absolutely imperative …', 'Second paragraph.'], speaker: 'Alexander Grushko' },
    shows: ['It’s absolutely imperative …', 'Second paragraph.', 'Alexander Grushko'],
  },
  precedence: {
    attribute: 'speaker',
    field: 'speaker',
    selector: '[part=speaker]',
    light: (value) => html`<nw-quote-card>${quoteMarkup(sherman.quote)}<cite>${value}</cite></nw-quote-card>`,
    keeps: [SHERMAN_QUOTE],
  },
  badInputs: [
    {
      problem: 'an invalid URL',
      code: 'invalid-url',
      template: () => html`<nw-quote-card cite="javascript:alert(1)" source=${sherman.source}>${quoteMarkup(sherman.quote)}</nw-quote-card>`,
      mentions: 'javascript:alert(1)',
      shows: [SHERMAN_QUOTE, sherman.source],
    },
    {
      problem: 'an invalid date',
      code: 'invalid-date',
      template: () => html`<nw-quote-card speaker=${sherman.speaker} date="12/01/2022">${quoteMarkup(sherman.quote)}</nw-quote-card>`,
      mentions: '12/01/2022',
      shows: [SHERMAN_QUOTE, sherman.speaker],
      absent: ['12/01/2022'],
    },
    {
      problem: 'invalid data',
      code: 'invalid-data',
      template: () => quoteWithAttributes(sherman),
      setData: 42,
      mentions: 'data',
      shows: [SHERMAN_QUOTE, sherman.speaker],
    },
    {
      problem: 'empty content',
      code: 'empty-content',
      template: () => html`<nw-quote-card><cite>${sherman.speaker}</cite></nw-quote-card>`,
      mentions: 'quote',
      fallback: sherman.speaker,
    },
    {
      problem: 'a bad attribute value',
      code: 'invalid-attribute',
      template: () => html`<nw-quote-card variant="banner" speaker=${sherman.speaker}>${quoteMarkup(sherman.quote)}</nw-quote-card>`,
      mentions: 'banner',
      shows: [SHERMAN_QUOTE, sherman.speaker],
    },
  ],
  urlInputs: [
    {
      via: 'the cite and avatar attributes',
      template: (url) => html`<nw-quote-card cite=${url} avatar=${url} speaker=${sherman.speaker}>${quoteMarkup(sherman.quote)}</nw-quote-card>`,
      shows: [SHERMAN_QUOTE, sherman.speaker],
    },
    {
      via: 'the cite of the author’s blockquote',
      template: (url) => html`<nw-quote-card speaker=${sherman.speaker}>${quoteMarkup(sherman.quote, url)}</nw-quote-card>`,
      shows: [SHERMAN_QUOTE, sherman.speaker],
    },
    {
      via: 'data',
      template: () => html`<nw-quote-card></nw-quote-card>`,
      data: (url) => ({ ...sherman, cite: url, avatar: url }),
      shows: [SHERMAN_QUOTE, sherman.speaker],
    },
  ],
  markupData: (markup) => ({ quote: [markup], speaker: markup, speakerRole: markup, source: markup }),
  commented: {
    template: () => html`<nw-quote-card speaker=${sherman.speaker}><!-- wp:html -->${SHERMAN_QUOTE}<!-- /wp:html --></nw-quote-card>`,
    shows: [SHERMAN_QUOTE, sherman.speaker],
  },
  knownBugs: {
    'comments in the light DOM':
      'parseQuote reads bare text with node.textContent over all child nodes, so comment nodes become quote text ("wp:html … /wp:html")',
    'data: every field a list of objects without a prototype': 'buildQuote turns data.quote into text with quote.map(String), which throws for an object without a prototype',
  },
  changes: {
    edit: { from: 'Wendy Sherman', to: 'Wendy R. Sherman', shows: ['Wendy R. Sherman'] },
    replaceWith: {
      template: () => html`${quoteMarkup(grushko.quote)}<cite>${grushko.speaker}</cite>`,
      shows: [grushko.quote[0]!, grushko.speaker],
      absent: [SHERMAN_QUOTE, sherman.speaker],
    },
    attributes: {
      values: { speaker: grushko.speaker, 'speaker-role': grushko.speakerRole, date: '2022-01-13', source: grushko.source, cite: 'https://example.org/interview' },
      shows: [grushko.speaker, grushko.speakerRole, 'January 13, 2022', grushko.source],
      links: ['https://example.org/interview'],
    },
    data: { data: grushko, shows: [grushko.quote[0]!, grushko.speaker], absent: [SHERMAN_QUOTE] },
    lang: { en: ['January 12, 2022'], de: ['12. Januar 2022'] },
  },
};

/* ----------------------------------------------------------------- post embed */

/** A seed post in the shape of `data`. */
export function postData(post: EmbedPost): TweetEmbedData {
  return {
    platform: post.platform,
    url: post.url,
    author: post.author,
    handle: post.handle,
    date: parseEnglishDate(post.dateText),
    text: post.text ?? '',
    lang: post.lang,
    dir: post.dir,
    links: Object.entries<string>(post.links ?? {}).map(([shown, href]) => ({ text: shown, href })),
    media: [],
  };
}

const NATO_ID = '1481637470556450818';
const natoShown = { ...postData(nato), id: NATO_ID };
const NATO_TEXT = 'met in Brussels to discuss the situation in and around';

const tweetEmbed: WidgetContract = {
  tag: 'nw-tweet-embed',
  load: async () => (await import('../../src/tweet-embed/tweet-embed.js')).NwTweetEmbed,
  moduleUrl: new URL('../../src/tweet-embed/tweet-embed.ts', import.meta.url).href,
  seed: () => html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`,
  seedShows: [nato.author, `@${nato.handle}`, NATO_TEXT, 'January 13, 2022', 'View on X'],
  frame: '[part=frame]',
  forms: [
    {
      name: 'attributes',
      template: () => html`<nw-tweet-embed url=${nato.url} author=${nato.author} handle=${nato.handle} date="2022-01-13">${nato.text}</nw-tweet-embed>`,
      shows: [nato.author, `@${nato.handle}`, NATO_TEXT, 'January 13, 2022', 'View on X'],
      normalised: { ...natoShown, lang: undefined, dir: undefined, links: [] },
    },
    {
      name: 'light DOM',
      template: () => html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`,
      shows: [nato.author, `@${nato.handle}`, NATO_TEXT, 'January 13, 2022', 'View on X'],
      normalised: natoShown,
    },
    {
      name: 'data',
      template: () => html`<nw-tweet-embed></nw-tweet-embed>`,
      data: postData(nato),
      shows: [nato.author, `@${nato.handle}`, NATO_TEXT, 'January 13, 2022', 'View on X'],
      normalised: natoShown,
    },
  ],
  schema: shape({
    platform: optional(oneOf('x', 'bluesky', 'mastodon')),
    url: optional(text),
    id: optional(text),
    author: optional(text),
    handle: optional(text),
    date: optional(text),
    text,
    lang: optional(text),
    dir: optional(oneOf('ltr', 'rtl', 'auto')),
    links: listOf(shape({ text, href: text })),
    media: listOf(text),
    avatar: optional(text),
  }),
  normalises: {
    data: {
      text: '  Allies are ready to table proposals.  ',
      author: '  Jens   Stoltenberg ',
      handle: '@jensstoltenberg',
      url: 'https://twitter.com/jensstoltenberg/status/1481291296914567175?ref_src=twsrc%5Etfw',
      links: [],
      media: [],
    },
    normalised: {
      platform: 'x',
      url: 'https://twitter.com/jensstoltenberg/status/1481291296914567175',
      id: '1481291296914567175',
      author: 'Jens Stoltenberg',
      handle: 'jensstoltenberg',
      // No date given: the one in the status id.
      date: '2022-01-12T15:45:40Z',
      text: 'Allies are ready to table proposals.',
      links: [],
      media: [],
    },
    shows: ['Jens Stoltenberg', '@jensstoltenberg', 'Allies are ready to table proposals.'],
  },
  precedence: {
    attribute: 'author',
    field: 'author',
    selector: '[part=author]',
    light: (value) => html`<nw-tweet-embed>${embedTemplate({ ...nato, author: value })}</nw-tweet-embed>`,
    keeps: [NATO_TEXT, `@${nato.handle}`],
  },
  badInputs: [
    {
      problem: 'an invalid URL',
      code: 'invalid-url',
      template: () => html`<nw-tweet-embed url="javascript:alert(1)" author=${nato.author} handle=${nato.handle}>${nato.text}</nw-tweet-embed>`,
      mentions: 'javascript:alert(1)',
      shows: [nato.author, NATO_TEXT],
      absent: ['View on X'],
    },
    {
      problem: 'an invalid date',
      code: 'invalid-date',
      template: () => html`<nw-tweet-embed date="13/01/2022">${embedTemplate(nato)}</nw-tweet-embed>`,
      mentions: '13/01/2022',
      // The date written in the embed code is shown instead.
      shows: [nato.author, NATO_TEXT, 'January 13, 2022'],
      absent: ['13/01/2022'],
    },
    {
      problem: 'invalid data',
      code: 'invalid-data',
      template: () => html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`,
      setData: 42,
      mentions: 'data',
      shows: [nato.author, NATO_TEXT],
    },
    {
      problem: 'empty content',
      code: 'empty-content',
      template: () => html`<nw-tweet-embed> <!-- the post was removed --> </nw-tweet-embed>`,
      mentions: 'no post',
      fallback: '',
    },
    {
      problem: 'embed code it cannot read',
      code: 'unparseable-embed',
      template: () => html`<nw-tweet-embed .innerHTML=${BROKEN_EMBED}></nw-tweet-embed>`,
      mentions: 'embed code',
      fallback: 'Allies are ready to table',
    },
    {
      problem: 'a bad attribute value',
      code: 'invalid-attribute',
      template: () => html`<nw-tweet-embed platform="myspace">${embedTemplate(nato)}</nw-tweet-embed>`,
      mentions: 'myspace',
      shows: [nato.author, NATO_TEXT, 'View on X'],
    },
  ],
  urlInputs: [
    {
      via: 'the url and avatar attributes',
      template: (url) => html`<nw-tweet-embed url=${url} avatar=${url} author=${nato.author} handle=${nato.handle} platform="x">${nato.text}</nw-tweet-embed>`,
      shows: [nato.author, NATO_TEXT],
    },
    {
      via: 'the links of the embed code',
      template: (url) => html`<nw-tweet-embed>${embedTemplate({ ...nato, url, links: { 'https://t.co/epDFlon3pd': url } })}</nw-tweet-embed>`,
      shows: [nato.author, NATO_TEXT],
    },
    {
      via: 'data',
      template: () => html`<nw-tweet-embed></nw-tweet-embed>`,
      data: (url) => ({ ...postData(nato), url, avatar: url, links: [{ text: 'https://t.co/epDFlon3pd', href: url }], media: [url] }),
      shows: [nato.author, NATO_TEXT],
    },
  ],
  markupData: (markup) => ({ text: markup, author: markup, handle: 'someone', platform: 'x', links: [], media: [] }),
  commented: {
    template: () => html`<nw-tweet-embed url=${nato.url} author=${nato.author} handle=${nato.handle}
      ><!-- wp:html -->${nato.text}<!-- /wp:html --></nw-tweet-embed
    >`,
    shows: [nato.author, NATO_TEXT],
  },
  changes: {
    edit: { from: 'January 13, 2022', to: 'January 14, 2022', shows: ['January 14, 2022'], absent: ['January 13, 2022'] },
    replaceWith: {
      template: () => embedTemplate(stoltenberg),
      shows: [stoltenberg.author, `@${stoltenberg.handle}`, 'Allies are ready to table proposals'],
      absent: [`@${nato.handle}`, NATO_TEXT],
    },
    attributes: {
      values: { author: 'North Atlantic Treaty Organization', date: '2022-01-14' },
      shows: ['North Atlantic Treaty Organization', 'January 14, 2022'],
    },
    data: { data: postData(stoltenberg), shows: [stoltenberg.author, 'Allies are ready to table proposals'], absent: [NATO_TEXT] },
    lang: { en: ['View on X', 'January 13, 2022'], de: ['Auf X ansehen', '13. Januar 2022'] },
  },
};

/* --------------------------------------------------------------- demand table */

const STATUS_WORDS: Record<DemandStatus, string> = {
  rejected: 'Rejected',
  accepted: 'Accepted',
  partial: 'Partly accepted',
  open: 'Open to talks',
  pending: 'No answer yet',
  unknown: 'Unclear',
};

/** A demand table as an author writes it; `withHeader: false` leaves out caption and header cells (attributes give them). */
export function demandTableMarkup(data: DemandTableData, options: { withHeader?: boolean } = {}): TemplateResult {
  const withHeader = options.withHeader !== false;
  const withNotes = data.rows.some((row) => row.note);
  return html`<table>
      ${withHeader && data.heading ? html`<caption>${data.heading}</caption>` : nothing}
      ${withHeader
        ? html`<thead>
            <tr>
              <th>${data.demandBy}</th>
              <th>${data.responseBy}</th>
              <th>Status</th>
              ${withNotes ? html`<th>Note</th>` : nothing}
            </tr>
          </thead>`
        : nothing}
      <tbody>
        ${data.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.demand}</th>
            <td>${row.response}</td>
            <td>${STATUS_WORDS[row.status]}</td>
            ${withNotes ? html`<td>${row.note ?? ''}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
    ${withHeader && data.sources?.length ? html`<p>Sources: ${data.sources.map((source) => html`<a href=${source.url ?? nothing}>${source.label}</a> `)}</p>` : nothing}
    ${withHeader && data.updated ? html`<p>Updated <time datetime=${data.updated}>${data.updated}</time></p>` : nothing}`;
}

const FIRST_DEMAND = natoRussia.rows[0]!.demand;
const FIRST_RESPONSE = natoRussia.rows[0]!.response;
const json = (value: unknown) => html`<script type="application/json">${JSON.stringify(value)}</script>`;

const demandTable: WidgetContract = {
  tag: 'nw-demand-table',
  load: async () => (await import('../../src/demand-table/demand-table.js')).NwDemandTable,
  moduleUrl: new URL('../../src/demand-table/demand-table.ts', import.meta.url).href,
  seed: () => html`<nw-demand-table>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
  seedShows: [natoRussia.heading!, natoRussia.demandBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', '3 rejected · 2 open to talks'],
  frame: '[part=base]',
  forms: [
    {
      name: 'attributes',
      template: () => html`<nw-demand-table heading=${natoRussia.heading!} demand-by=${natoRussia.demandBy!} response-by=${natoRussia.responseBy!}
        >${demandTableMarkup(natoRussia, { withHeader: false })}</nw-demand-table
      >`,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected'],
      normalised: { ...natoRussia, sources: undefined, updated: undefined },
    },
    {
      name: 'light DOM',
      template: () => html`<nw-demand-table>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', 'Updated January 13, 2022'],
      normalised: natoRussia,
    },
    {
      name: 'JSON child',
      template: () => html`<nw-demand-table>${json(natoRussia)}</nw-demand-table>`,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', 'Updated January 13, 2022'],
      normalised: natoRussia,
    },
    {
      name: 'data',
      template: () => html`<nw-demand-table></nw-demand-table>`,
      data: natoRussia satisfies DemandTableData,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', 'Updated January 13, 2022'],
      normalised: natoRussia,
    },
  ],
  schema: shape({
    heading: optional(text),
    demandBy: optional(text),
    responseBy: optional(text),
    rows: listOf(shape({ demand: text, response: text, status: oneOf('rejected', 'accepted', 'partial', 'open', 'pending', 'unknown'), note: optional(text) })),
    sources: optional(listOf(shape({ label: text, url: optional(text) }))),
    updated: optional(text),
  }),
  normalises: {
    data: {
      heading: '  Depot   strike ',
      rows: [
        { demand: ' More  pay ', response: 'Agreed in full.', status: 'Accepted' },
        { demand: '', response: ' ' },
        { demand: 'Shorter shifts', response: 'Will talk about it.', status: ' OPEN ' },
      ],
      sources: [{ label: 'Union leaflet', url: 'javascript:alert(1)' }],
      updated: 'yesterday',
    },
    normalised: {
      heading: 'Depot strike',
      rows: [
        { demand: 'More pay', response: 'Agreed in full.', status: 'accepted' },
        { demand: 'Shorter shifts', response: 'Will talk about it.', status: 'open' },
      ],
      sources: [{ label: 'Union leaflet' }],
    },
    shows: ['Depot strike', 'More pay', 'Shorter shifts', 'Union leaflet', '1 accepted · 1 open to talks'],
  },
  precedence: {
    attribute: 'heading',
    field: 'heading',
    selector: '[part=heading]',
    light: (value) => html`<nw-demand-table>${demandTableMarkup({ ...natoRussia, heading: value })}</nw-demand-table>`,
    keeps: [FIRST_DEMAND, natoRussia.demandBy!],
  },
  badInputs: [
    {
      problem: 'an invalid URL',
      code: 'invalid-url',
      template: () => html`<nw-demand-table>${demandTableMarkup(natoRussia, { withHeader: false })}${sourceLink('javascript:alert(1)')}</nw-demand-table>`,
      mentions: 'javascript:alert(1)',
      shows: [FIRST_DEMAND, 'Council statement'],
    },
    {
      problem: 'an invalid date',
      code: 'invalid-date',
      template: () => html`<nw-demand-table updated="soon">${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      mentions: 'soon',
      shows: [FIRST_DEMAND, natoRussia.heading!],
      absent: ['Updated'],
    },
    {
      problem: 'invalid JSON',
      code: 'invalid-json',
      template: () => html`<nw-demand-table><script type="application/json">{"rows": [</script>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      mentions: 'JSON',
      fallback: FIRST_DEMAND,
    },
    {
      problem: 'invalid data',
      code: 'invalid-data',
      template: () => html`<nw-demand-table>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      setData: 'rows',
      mentions: 'data',
      shows: [FIRST_DEMAND, natoRussia.heading!],
    },
    {
      problem: 'empty content',
      code: 'empty-content',
      template: () => html`<nw-demand-table><p>The demands will be listed here.</p></nw-demand-table>`,
      mentions: 'no demands',
      fallback: 'The demands will be listed here.',
    },
    {
      problem: 'an unknown status',
      code: 'unknown-status',
      template: () => html`<nw-demand-table
        ><table>
          <tr><th>Union</th><th>Board</th><th>Status</th></tr>
          <tr><td>More pay</td><td>Agreed in full.</td><td>Accepted</td></tr>
          <tr><td></td><td> </td><td>Rejected</td></tr>
          <tr><td>Shorter shifts</td><td>Thinking about it.</td><td>sideways</td></tr>
        </table></nw-demand-table
      >`,
      mentions: 'sideways',
      // The unknown word is "unclear"; the empty row is left out.
      shows: ['More pay', 'Shorter shifts', 'Unclear', '1 accepted · 1 unclear'],
      absent: ['sideways', 'Rejected'],
    },
  ],
  urlInputs: [
    {
      via: 'a source link in the light DOM',
      template: (url) => html`<nw-demand-table>${demandTableMarkup(natoRussia, { withHeader: false })}${sourceLink(url)}</nw-demand-table>`,
      shows: [FIRST_DEMAND, 'Council statement'],
    },
    {
      via: 'the JSON child',
      template: (url) => html`<nw-demand-table>${json({ ...natoRussia, sources: [{ label: 'Council statement', url }] })}</nw-demand-table>`,
      shows: [FIRST_DEMAND, 'Council statement'],
    },
    {
      via: 'data',
      template: () => html`<nw-demand-table></nw-demand-table>`,
      data: (url) => ({ ...natoRussia, sources: [{ label: 'Council statement', url }] }),
      shows: [FIRST_DEMAND, 'Council statement'],
    },
  ],
  markupData: (markup) => ({ heading: markup, demandBy: markup, rows: [{ demand: markup, response: markup, status: 'open', note: markup }] }),
  commented: {
    template: () => html`<nw-demand-table><!-- wp:table -->${demandTableMarkup(natoRussia)}<!-- /wp:table --></nw-demand-table>`,
    shows: [natoRussia.heading!, FIRST_DEMAND, FIRST_RESPONSE],
  },
  changes: {
    edit: { from: 'Rejected', to: 'Accepted', shows: ['Accepted', '2 rejected · 1 accepted · 2 open to talks'], absent: ['3 rejected'] },
    replaceWith: {
      template: () => demandTableMarkup(natoRussiaGerman),
      shows: [natoRussiaGerman.heading!, natoRussiaGerman.rows[0]!.demand],
      absent: [FIRST_DEMAND],
    },
    attributes: {
      values: { heading: 'What Moscow asked for', 'demand-by': 'Moscow', 'response-by': 'Brussels and Washington' },
      shows: ['What Moscow asked for', 'Moscow', 'Brussels and Washington'],
    },
    data: { data: natoRussiaGerman, shows: [natoRussiaGerman.heading!, natoRussiaGerman.rows[0]!.demand], absent: [FIRST_DEMAND] },
    lang: {
      en: ['3 rejected · 2 open to talks', 'Rejected', 'Updated January 13, 2022'],
      de: ['3 abgelehnt · 2 gesprächsbereit', 'Abgelehnt', 'Aktualisiert am 13. Januar 2022'],
    },
  },
};

/* ------------------------------------------------------------------- fact box */

/** A fact box's content as an author writes it: heading, a list of facts, sources and date. */
export function factMarkup(data: FactBoxData, options: { withHeading?: boolean } = {}): TemplateResult {
  return html`${options.withHeading !== false && data.heading ? html`<h3>${data.heading}</h3>` : nothing}
    <ul>
      ${data.facts.map((fact) => {
        const note = fact.note ? html` <small>${fact.note}</small>` : nothing;
        return fact.value === undefined ? html`<li>${fact.label}${note}</li>` : html`<li><strong>${fact.value}</strong> ${fact.label}${note}</li>`;
      })}
    </ul>
    ${data.sources?.length || data.updated
      ? html`<footer>
          ${data.sources?.map((source) => html`<a href=${source.url}>${source.label}</a> `)}
          ${data.updated ? html`<time datetime=${data.updated}>${data.updated}</time>` : nothing}
        </footer>`
      : nothing}`;
}

const FIRST_FACT = natoFacts.facts[0]!;
const PROSE_FACT = natoFacts.facts[4]!.label;

const factBox: WidgetContract = {
  tag: 'nw-fact-box',
  load: async () => (await import('../../src/fact-box/fact-box.js')).NwFactBox,
  moduleUrl: new URL('../../src/fact-box/fact-box.ts', import.meta.url).href,
  seed: () => html`<nw-fact-box>${factMarkup(natoFacts)}</nw-fact-box>`,
  seedShows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'NATO–Russia Council', 'Updated January 13, 2022'],
  frame: 'aside',
  forms: [
    {
      name: 'attributes',
      template: () => html`<nw-fact-box heading=${natoFacts.heading!} updated=${natoFacts.updated!}
        >${factMarkup({ facts: natoFacts.facts })}</nw-fact-box
      >`,
      shows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'Updated January 13, 2022'],
      normalised: { ...natoFacts, sources: undefined },
    },
    {
      name: 'light DOM',
      template: () => html`<nw-fact-box>${factMarkup(natoFacts)}</nw-fact-box>`,
      shows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'NATO–Russia Council', 'Updated January 13, 2022'],
      normalised: natoFacts,
    },
    {
      name: 'JSON child',
      template: () => html`<nw-fact-box>${json(natoFactsJson)}</nw-fact-box>`,
      // Numbers given as numbers are formatted for the page's language.
      shows: [natoFactsJson.heading, '30', '14,000', natoFactsJson.facts[3]!.note!, PROSE_FACT, 'Updated January 13, 2022'],
      normalised: natoFactsJson,
    },
    {
      name: 'data',
      template: () => html`<nw-fact-box></nw-fact-box>`,
      data: natoFacts satisfies FactBoxData,
      shows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'NATO–Russia Council', 'Updated January 13, 2022'],
      normalised: natoFacts,
    },
  ],
  schema: shape({
    heading: optional(text),
    facts: listOf(shape({ label: text, value: optional(textOrNumber), note: optional(text) })),
    sources: optional(listOf(shape({ label: text, url: text }))),
    updated: optional(text),
  }),
  normalises: {
    data: {
      heading: '  In   brief ',
      facts: [{ label: ' NATO allies ', value: 30 }, { label: '' }, { label: 'Met in Brussels.', note: '  12 January 2022 ' }],
      sources: [
        { label: 'Bad', url: 'javascript:alert(1)' },
        { label: ' NATO ', url: 'https://www.nato.int/' },
      ],
      updated: 'soon',
    },
    normalised: {
      heading: 'In brief',
      facts: [{ label: 'NATO allies', value: 30 }, { label: 'Met in Brussels.', note: '12 January 2022' }],
      sources: [{ label: 'NATO', url: 'https://www.nato.int/' }],
    },
    shows: ['In brief', '30', 'NATO allies', 'Met in Brussels.', '12 January 2022', 'NATO'],
  },
  precedence: {
    attribute: 'heading',
    field: 'heading',
    selector: '[part=heading]',
    light: (value) => html`<nw-fact-box>${factMarkup({ ...natoFacts, heading: value })}</nw-fact-box>`,
    keeps: [FIRST_FACT.label, PROSE_FACT],
  },
  badInputs: [
    {
      problem: 'an invalid URL',
      code: 'invalid-url',
      template: () => html`<nw-fact-box>${factMarkup({ facts: natoFacts.facts })}${sourceLink('javascript:alert(1)')}</nw-fact-box>`,
      mentions: 'javascript:alert(1)',
      shows: [FIRST_FACT.label, PROSE_FACT],
      absent: ['Council statement'],
    },
    {
      problem: 'an invalid date',
      code: 'invalid-date',
      template: () => html`<nw-fact-box updated="soon">${factMarkup({ ...natoFacts, updated: undefined })}</nw-fact-box>`,
      mentions: 'soon',
      shows: [FIRST_FACT.label, PROSE_FACT],
      absent: ['Updated'],
    },
    {
      problem: 'invalid JSON',
      code: 'invalid-json',
      template: () => html`<nw-fact-box><script type="application/json">{ "facts": [ </script>${factMarkup(natoFacts)}</nw-fact-box>`,
      mentions: 'JSON',
      fallback: FIRST_FACT.label,
    },
    {
      problem: 'invalid data',
      code: 'invalid-data',
      template: () => html`<nw-fact-box>${factMarkup(natoFacts)}</nw-fact-box>`,
      setData: 'not an object',
      mentions: 'data',
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      problem: 'empty content',
      code: 'empty-content',
      template: () => html`<nw-fact-box><p>The key facts will follow.</p></nw-fact-box>`,
      mentions: 'no facts',
      fallback: 'The key facts will follow.',
    },
    {
      problem: 'a bad max-visible value',
      code: 'invalid-attribute',
      template: () => html`<nw-fact-box max-visible="-2">${factMarkup(natoFacts)}</nw-fact-box>`,
      mentions: 'max-visible',
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      problem: 'a bad variant value',
      code: 'invalid-attribute',
      template: () => html`<nw-fact-box variant="huge">${factMarkup(natoFacts)}</nw-fact-box>`,
      mentions: 'huge',
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
  ],
  urlInputs: [
    {
      via: 'a source link in the light DOM',
      template: (url) => html`<nw-fact-box>${factMarkup({ facts: natoFacts.facts })}${sourceLink(url)}</nw-fact-box>`,
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      via: 'the JSON child',
      template: (url) => html`<nw-fact-box>${json({ ...natoFactsJson, sources: [{ label: 'Council statement', url }] })}</nw-fact-box>`,
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      via: 'data',
      template: () => html`<nw-fact-box></nw-fact-box>`,
      data: (url) => ({ ...natoFacts, sources: [{ label: 'Council statement', url }] }),
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
  ],
  markupData: (markup) => ({ heading: markup, facts: [{ label: markup, value: markup, note: markup }], sources: [{ label: markup, url: 'https://www.nato.int/' }] }),
  commented: {
    template: () => html`<nw-fact-box><!-- wp:list -->${factMarkup(natoFacts)}<!-- /wp:list --></nw-fact-box>`,
    shows: [natoFacts.heading!, FIRST_FACT.label, PROSE_FACT],
  },
  knownBugs: {
    'data: every field an object without a prototype':
      'readUpdated (fact-box.parse) writes its message with String(raw), which throws for an object without a prototype',
    'data: every field a list of objects without a prototype':
      'readUpdated (fact-box.parse) writes its message with String(raw), which throws for a list holding an object without a prototype',
  },
  changes: {
    edit: { from: 'Key facts:', to: 'In brief:', shows: ['In brief: NATO, Russia and Ukraine'], absent: ['Key facts:'] },
    replaceWith: {
      template: () => factMarkup(natoFactsGerman),
      shows: [natoFactsGerman.heading!, natoFactsGerman.facts[0]!.label],
      absent: [FIRST_FACT.label],
    },
    attributes: {
      values: { heading: 'NATO and Russia in figures', updated: '2022-01-14' },
      shows: ['NATO and Russia in figures', 'Updated January 14, 2022'],
    },
    data: { data: natoFactsGerman, shows: [natoFactsGerman.heading!, natoFactsGerman.facts[0]!.label], absent: [FIRST_FACT.label] },
    lang: { en: ['Source:', 'Updated January 13, 2022'], de: ['Quelle:', 'Aktualisiert am 13. Januar 2022'] },
  },
};

export const WIDGETS: readonly WidgetContract[] = [quoteCard, tweetEmbed, demandTable, factBox];

/**
 * Declares a test that `widget` must pass, or, while a known src bug makes
 * it fail (see `knownBugs`), a skipped one that names the bug.
 */
export function contractIt(widget: WidgetContract, name: string, title: string, test: () => Promise<void>): void {
  const bug = widget.knownBugs?.[name];
  if (bug) it.skip(`${title} [skipped, src bug: ${bug}]`, test);
  else it(title, test);
}

/** The seed content as JSON with `__proto__` and `constructor.prototype` keys in every object. */
export function pollutingJson(widget: WidgetContract): string {
  const seedData = widget.forms.find((form) => form.name === 'data')!.data;
  return JSON.stringify(seedData).replace(/\{/g, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
}

/** Values of `data` that no one should set, but someone will. */
export function hostileData(widget: WidgetContract): Array<[string, unknown]> {
  const seedData = widget.forms.find((form) => form.name === 'data')!.data as Record<string, unknown>;
  const fieldsOf = (value: (key: string) => unknown) => Object.fromEntries(Object.keys(seedData).map((key) => [key, value(key)]));
  const weird = [42, {}, [null, 1, {}], true, null, Number.NaN];
  const keys = Object.keys(seedData);
  return [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['a string', 'a string'],
    ['an array', [seedData, 1]],
    ['an empty object', {}],
    ['an object without a prototype', Object.create(null) as unknown],
    ['a function', () => seedData],
    ['every field of the wrong type', fieldsOf((key) => weird[keys.indexOf(key) % weird.length])],
    ['every field an object without a prototype', fieldsOf(() => Object.create(null) as unknown)],
    ['every field a list of objects without a prototype', fieldsOf(() => [Object.create(null) as unknown])],
    ['prototype-pollution keys', JSON.parse(pollutingJson(widget)) as unknown],
  ];
}

/** URLs a link or an image must refuse. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(document.domain)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];
