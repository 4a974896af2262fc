/**
 * The `data` property of every widget is typed as documented: reading it
 * gives the content type its module exports, the tag maps to the class, and
 * setting it takes that type (partly filled, or null) and nothing else.
 * These are compile-time checks (`tsc -p tsconfig.test.json`); the runtime
 * shape of `data` is checked by widget-contract.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { DemandTableData, NwDemandTable } from '../../src/demand-table/demand-table.js';
import type { FactBoxData, NwFactBox } from '../../src/fact-box/fact-box.js';
import type { NwQuoteCard, QuoteData } from '../../src/quote-card/quote-card.js';
import type { NwTweetEmbed, TweetEmbedData } from '../../src/tweet-embed/tweet-embed.js';
import { natoRussia } from '../../content/demands.js';
import { natoFacts } from '../../content/facts.js';
import { nato } from '../../content/posts.js';
import { sherman } from '../../content/quotes.js';
import { postData } from './widgets.js';

/** `true` only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const documented: {
  quoteCard: [Same<NwQuoteCard['data'], QuoteData>, Same<HTMLElementTagNameMap['nw-quote-card'], NwQuoteCard>];
  tweetEmbed: [Same<NwTweetEmbed['data'], TweetEmbedData>, Same<HTMLElementTagNameMap['nw-tweet-embed'], NwTweetEmbed>];
  demandTable: [Same<NwDemandTable['data'], DemandTableData>, Same<HTMLElementTagNameMap['nw-demand-table'], NwDemandTable>];
  factBox: [Same<NwFactBox['data'], FactBoxData>, Same<HTMLElementTagNameMap['nw-fact-box'], NwFactBox>];
} = {
  quoteCard: [true, true],
  tweetEmbed: [true, true],
  demandTable: [true, true],
  factBox: [true, true],
};

/** Compiles only while each setter takes its documented type, a part of it or null, and refuses other fields. */
export function setsDocumentedData(quote: NwQuoteCard, post: NwTweetEmbed, table: NwDemandTable, box: NwFactBox): void {
  quote.data = sherman;
  quote.data = { quote: ['Only the quote.'] };
  quote.data = null;
  // @ts-expect-error: not a field of QuoteData
  quote.data = { quote: ['Quote.'], said: 'yesterday' };
  post.data = postData(nato);
  post.data = { text: 'Only the text.' };
  post.data = null;
  // @ts-expect-error: not a field of TweetEmbedData
  post.data = { text: 'Text.', retweets: 3 };
  table.data = natoRussia;
  table.data = { heading: 'Only the heading' };
  table.data = null;
  // @ts-expect-error: a status that is not one of the six
  table.data = { rows: [{ demand: 'More pay', response: 'Agreed', status: 'agreed' }] };
  box.data = natoFacts;
  box.data = { facts: [{ label: 'allies', value: 30 }] };
  box.data = null;
  // @ts-expect-error: a value must be text or a number
  box.data = { facts: [{ label: 'allies', value: [30] }] };
}

describe('contract: data property types', () => {
  it('every widget types data with the content type its module documents', () => {
    expect(Object.values(documented).flat().every(Boolean)).to.equal(true);
  });
});
