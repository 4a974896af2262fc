/**
 * schema.org structured data (JSON-LD) for what the widgets show: a
 * `Quotation` per quote card and a `SocialMediaPosting` per post. Written by
 * the server renderer only; no widget builds it in the browser.
 *
 * Typed with schema-dts, so a property schema.org does not define for the
 * type fails the type check (a type-only import: nothing of it ships).
 */
import type {
  CreativeWork,
  CreativeWorkLeaf,
  Graph,
  Person,
  PersonLeaf,
  Quotation,
  QuotationLeaf,
  SocialMediaPosting,
  SocialMediaPostingLeaf,
  Thing,
} from 'schema-dts';
import type { QuoteData } from '../quote-card/quote-card.parse.js';
import { PLATFORM_TABLE } from '../tweet-embed/platforms.js';
import { isReadable, type TweetEmbedData } from '../tweet-embed/tweet-embed.parse.js';

/** A JSON-LD node, as plain data. */
export type JsonLdNode = Record<string, unknown>;

/** The schema.org properties of a type, as schema-dts declares them. */
type PropertiesOf<T> = Exclude<keyof T, `@${string}`>;

/**
 * The types this module writes and the properties it uses on each. The type
 * check holds the list to schema-dts; tests/node/ssr-schema.test.mjs holds
 * every property written to this list, and the list to schema.org's
 * vocabulary as schema-dts ships it.
 */
export const SCHEMA_PROPERTIES = {
  Quotation: ['text', 'inLanguage', 'spokenByCharacter', 'creator', 'dateCreated', 'isBasedOn', 'citation'],
  SocialMediaPosting: ['url', 'text', 'inLanguage', 'datePublished', 'author', 'sharedContent'],
  Person: ['name', 'alternateName', 'jobTitle', 'url'],
  CreativeWork: ['name', 'url'],
} as const satisfies {
  Quotation: readonly PropertiesOf<QuotationLeaf>[];
  SocialMediaPosting: readonly PropertiesOf<SocialMediaPostingLeaf>[];
  Person: readonly PropertiesOf<PersonLeaf>[];
  CreativeWork: readonly PropertiesOf<CreativeWorkLeaf>[];
};

function person(name: string | undefined, details: Omit<Person, '@type' | 'name'> = {}): Person | undefined {
  if (!name) return undefined;
  return { '@type': 'Person', name, ...details };
}

function quotation(data: QuoteData, lang: string): Quotation | undefined {
  if (!data.quote.length) return undefined;
  const speaker = person(data.speaker, { jobTitle: data.speakerRole });
  const source: CreativeWork | undefined =
    data.source || data.cite ? { '@type': 'CreativeWork', name: data.source, url: data.cite } : undefined;
  return {
    '@type': 'Quotation',
    text: data.quote.join('\n\n'),
    inLanguage: lang,
    spokenByCharacter: speaker,
    creator: speaker,
    dateCreated: data.date,
    isBasedOn: data.cite,
    citation: source,
  };
}

/** The author's profile address on the post's platform, when the platform has one. */
function profileUrl(post: TweetEmbedData): string | undefined {
  if (!post.platform || !post.handle) return undefined;
  const [user, instance] = post.handle.split('@') as [string, string | undefined];
  return PLATFORM_TABLE[post.platform].entityUrl('mention', post.platform === 'mastodon' ? user : post.handle, instance);
}

function posting(post: TweetEmbedData): SocialMediaPosting | undefined {
  if (!isReadable(post)) return undefined;
  const handle = post.handle ? `@${post.handle}` : undefined;
  const shared: CreativeWork[] = post.media.map((url) => ({ '@type': 'CreativeWork', url }));
  return {
    '@type': 'SocialMediaPosting',
    url: post.url,
    text: post.text || undefined,
    inLanguage: post.lang,
    datePublished: post.date,
    author: person(post.author ?? handle, { alternateName: post.author ? handle : undefined, url: profileUrl(post) }),
    sharedContent: shared.length ? shared : undefined,
  };
}

/**
 * The structured data for one widget: `tag`, the model it shows (its `data`)
 * and the language it shows it in. `undefined` for a widget without a
 * schema.org counterpart, or with nothing readable to describe.
 */
export function structuredData(tag: string, data: unknown, lang: string): JsonLdNode | undefined {
  let node: Thing | undefined;
  if (tag === 'nw-quote-card') node = quotation(data as QuoteData, lang);
  else if (tag === 'nw-tweet-embed') node = posting(data as TweetEmbedData);
  // Through JSON: drops the properties a widget left undefined.
  return node ? (JSON.parse(JSON.stringify(node)) as JsonLdNode) : undefined;
}

/** One JSON-LD document for all of a page's nodes. */
export function schemaGraph(nodes: JsonLdNode[]): JsonLdNode {
  const graph: Graph = { '@context': 'https://schema.org', '@graph': nodes as unknown as Thing[] };
  return graph as unknown as JsonLdNode;
}
