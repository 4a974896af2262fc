/** The contract table entry of `<nw-tweet-embed>`, with the seed article’s posts. */
import { html } from 'lit';
import type { TweetEmbedData } from '../../src/tweet-embed/tweet-embed.js';
import { parseEnglishDate } from '../../src/tweet-embed/tweet-embed.parse.js';
import { BROKEN_EMBED, embedTemplate, nato, stoltenberg, type EmbedPost } from '../../content/posts.js';
import type { WidgetContract } from './contract.js';
import { listOf, oneOf, optional, shape, text } from './harness.js';

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

export const tweetEmbed: WidgetContract = {
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
