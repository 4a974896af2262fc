/** The contract table entry of `<nw-quote-card>`, with the seed article’s quotes. */
import { html, nothing } from 'lit';
import type { QuoteData } from '../../src/quote-card/quote-card.js';
import { grushko, sherman } from '../../content/quotes.js';
import type { WidgetContract } from './contract.js';
import { listOf, optional, shape, text } from './harness.js';

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

export const quoteCard: WidgetContract = {
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
