/**
 * The tweet embed's content pipeline: reads a social post out of the official
 * embed code newsrooms paste, builds the one model from attributes, `data`
 * and that markup, and splits its text into entities. Plain functions that
 * only read, no rendering: the widget runs them through the core's
 * ContentController, and tests and the server call them directly.
 *
 * Accepted markup:
 *   X/Twitter  <blockquote class="twitter-tweet"><p lang dir>text with <a>s</p>
 *              &mdash; Name (@handle) <a href=".../status/ID">January 13, 2022</a></blockquote>
 *   Bluesky    <blockquote class="bluesky-embed" data-bluesky-uri data-bluesky-cid><p lang>text</p>
 *              &mdash; Name (<a href="profile">@handle</a>) <a href="post">November 20, 2024 at 5:02 PM</a></blockquote>
 *   Mastodon   <blockquote class="mastodon-embed" data-embed-url=".../@user/ID/embed"> (no text:
 *              a "Post by @user@host" line and a link)
 *   any other  <blockquote> or bare text, with attributes giving author, handle and url
 */

import { firstOf, type Built, type ContentInputs, type Problem } from '../core/content.js';
import { ENGLISH_MONTHS, parseIsoDate } from '../core/i18n.js';
import { normaliseText, textOf } from '../core/text.js';
import { linkUrl, safeImageUrl, safeLinkUrl } from '../core/url.js';
import { DORMANT_SELECTOR, EMBED_SELECTOR, PLATFORM_TABLE, PLATFORMS, embedPlatformOf, isPlatform, type EntityKind, type Platform } from './platforms.js';

export { EMBED_SELECTOR, PLATFORM_NAMES, PLATFORMS, type Platform } from './platforms.js';

/** A link written in the post's text: what the reader sees, and where it goes. */
export interface PostLink {
  text: string;
  href: string;
}

/** The normalised post a tweet embed shows, whichever platform it comes from. */
export interface TweetEmbedData {
  platform?: Platform;
  /** The post's address (tracking parameters removed). */
  url?: string;
  /** The post's id on its platform (status id, record key). */
  id?: string;
  author?: string;
  /** Without the leading `@`; Mastodon handles keep their `@instance`. */
  handle?: string;
  /** ISO 8601: a date (`2022-01-13`) or a local date-time (`2024-11-20T17:02`). */
  date?: string;
  /** The text; `\n` separates lines. Media placeholders are moved to `media`. */
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Links in the text whose visible text differs from a URL (t.co, shortened). */
  links: PostLink[];
  /** Links to photos, videos or embeds that the post carries. */
  media: string[];
  avatar?: string;
}

/** What the light DOM yields, plus what only the embed code knows. */
/** @deprecated The same type under its earlier name: use `TweetEmbedData`. */
export type PostData = TweetEmbedData;

export interface ParsedEmbed extends TweetEmbedData {
  /** Colour mode the embed code asks for (`data-theme`, `data-bluesky-embed-color-mode`). */
  colorMode?: 'light' | 'dark';
  /** `data-bluesky-uri` (at://…), kept for loading the original. */
  atUri?: string;
  /** The official blockquote, when there is one. */
  source?: HTMLQuoteElement;
  /** The element holds no text at all. */
  empty?: boolean;
}

/** The attributes that feed a post's model. */
export interface TweetEmbedAttributes {
  url: string;
  author: string;
  handle: string;
  date: string;
  avatar: string;
  platform: string;
}

const MONTHS = ENGLISH_MONTHS.map((name) => name.slice(0, 3).toLowerCase());
const TRACKING_PARAMS = ['ref_src', 'ref_url', 'src', 's', 't', 'utm_source', 'utm_medium', 'utm_campaign'];
const MEDIA_PLACEHOLDER = '[image or embed]';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Parses the English dates the platforms write into embed code: "January 13,
 * 2022", "Jan 13, 2022", "13 January 2022", "November 20, 2024 at 5:02 PM".
 * Returns ISO 8601 (a date, or a date-time without offset: the time is the
 * producer's local time), or undefined.
 */
export function parseEnglishDate(text: string | null | undefined): string | undefined {
  const value = normaliseText(text);
  const monthFirst = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})/.exec(value);
  const dayFirst = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})/.exec(value);
  const match = monthFirst ?? dayFirst;
  if (!match) return undefined;
  const [monthName, dayText] = monthFirst ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const day = Number(dayText);
  const year = Number(match[3]);
  if (!month || !MONTHS[month - 1]!.startsWith(monthName.slice(0, 3).toLowerCase())) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = /(?:at|,)?\s*(\d{1,2}):(\d{2})\s*([AP])\.?M\.?/i.exec(value.slice(match[0].length));
  if (!time) return date;
  let hours = Number(time[1]) % 12;
  if (time[3]!.toUpperCase() === 'P') hours += 12;
  const minutes = Number(time[2]);
  if (Number(time[1]) > 12 || minutes > 59) return date;
  return `${date}T${pad(hours)}:${pad(minutes)}`;
}

/** The platform a post URL belongs to; Mastodon is recognised by its `/@user/ID` path. */
export function platformOfUrl(url: string | null | undefined): Platform | undefined {
  const parsed = linkUrl(url);
  return parsed ? platformOf(parsed) : undefined;
}

function platformOf(parsed: URL): Platform | undefined {
  const host = parsed.hostname.replace(/^(www|mobile)\./, '');
  const byHost = PLATFORMS.find((p) => PLATFORM_TABLE[p].hosts?.some((known) => host === known || host.endsWith(`.${known}`)));
  if (byHost) return byHost;
  if (/^\/@[^/]+\/\d+/.test(parsed.pathname)) return 'mastodon';
  return undefined;
}

/** The URL without the platforms' tracking parameters (`?ref_src=twsrc%5Etfw`) or Mastodon's `/embed`. */
export function cleanPostUrl(value: string | null | undefined): string | undefined {
  const url = linkUrl(value);
  if (!url) return value?.trim() || undefined;
  if (url.search) {
    // Each change of the parameters writes the address again: only those present.
    const params = url.searchParams;
    for (const name of TRACKING_PARAMS) if (params.has(name)) params.delete(name);
  }
  url.hash = '';
  if (platformOf(url) === 'mastodon') url.pathname = url.pathname.replace(/\/embed\/?$/, '');
  return url.href.replace(/\?$/, '');
}

/** What a post URL tells about the post: its id and its author's handle. */
export function describePostUrl(value: string | null | undefined): { id?: string; handle?: string } {
  const url = linkUrl(value);
  if (!url) return {};
  const parts = url.pathname.split('/').filter(Boolean);
  const platform = platformOf(url);
  if (platform === 'x') {
    const at = parts.indexOf('status');
    if (at < 0) return {};
    const user = parts[at - 1];
    return { id: parts[at + 1], handle: user && /^\w{1,15}$/.test(user) && user !== 'i' ? user : undefined };
  }
  if (platform === 'bluesky') {
    // /profile/<handle or did>/post/<rkey>
    const profile = parts[0] === 'profile' ? decodeURIComponent(parts[1] ?? '') : '';
    return { id: parts[2] === 'post' ? parts[3] : undefined, handle: profile && !profile.startsWith('did:') ? profile : undefined };
  }
  if (platform === 'mastodon') {
    const user = parts[0]!.slice(1);
    return { id: parts[1], handle: user.includes('@') ? user : `${user}@${url.hostname}` };
  }
  return {};
}

/** `at://did/app.bsky.feed.post/rkey` as a bsky.app address. */
export function blueskyUrlOfUri(uri: string | null | undefined): string | undefined {
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(uri?.trim() ?? '');
  return match ? `https://bsky.app/profile/${match[1]}/post/${match[2]}` : undefined;
}

/** The instance a Mastodon post lives on, from its URL or its `user@host` handle. */
export function mastodonInstance(post: Pick<TweetEmbedData, 'url' | 'handle'>): string | undefined {
  return linkUrl(post.url)?.hostname ?? post.handle?.split('@')[1];
}

/**
 * The time encoded in a post id, for posts whose embed code carries no date:
 * X status ids and Mastodon ids are "snowflakes" with a millisecond timestamp.
 */
export function dateOfId(platform: Platform | undefined, id: string | undefined): string | undefined {
  if (!id || !/^\d{15,20}$/.test(id)) return undefined;
  const timeOfId = platform && PLATFORM_TABLE[platform].timeOfId;
  if (!timeOfId) return undefined;
  let ms: bigint;
  try {
    ms = timeOfId(BigInt(id));
  } catch {
    return undefined;
  }
  const time = Number(ms);
  // Older, non-snowflake ids give dates before the scheme existed: ignore them.
  if (time < Date.UTC(2010, 10, 4) || time > Date.now() + 86_400_000) return undefined;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Trims every line and drops runs of blank lines beyond one. */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ENTITY_TEXT = /^[#@$]/;

function linksOf(container: Element): PostLink[] {
  return Array.from(container.querySelectorAll('a[href]'))
    .map((a) => ({ text: normaliseText(a.textContent), href: a.getAttribute('href')!.trim() }))
    .filter((link) => link.text && !ENTITY_TEXT.test(link.text));
}

/** "— Name (@handle)" → name and handle. */
export function parseAuthorLine(line: string): { author?: string; handle?: string } {
  const text = normaliseText(line);
  const match = /^[—–-]?\s*(.*?)\s*\(\s*@([^\s()]+)\s*\)\s*$/u.exec(text);
  if (!match) return {};
  return { author: match[1] || undefined, handle: match[2] };
}

function attr(el: Element, name: string): string | undefined {
  return el.getAttribute(name)?.trim() || undefined;
}

function dirOf(value: string | undefined): TweetEmbedData['dir'] {
  const dir = value?.toLowerCase();
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}

function colorModeOf(bq: Element): ParsedEmbed['colorMode'] {
  const mode = (attr(bq, 'data-theme') ?? attr(bq, 'data-bluesky-embed-color-mode'))?.toLowerCase();
  return mode === 'dark' || mode === 'light' ? mode : undefined;
}

/** Parses the official embed code of X, Bluesky or Mastodon. Never throws. */
export function parseBlockquote(bq: HTMLQuoteElement): ParsedEmbed {
  const platform = embedPlatformOf(bq);
  const result: ParsedEmbed = { platform, text: '', links: [], media: [], source: bq, colorMode: colorModeOf(bq) };

  if (platform === 'mastodon') {
    const link = bq.querySelector('a[href]');
    result.url = cleanPostUrl(attr(bq, 'data-embed-url') ?? link?.getAttribute('href'));
    // "Post by @user@host": read text node by text node, so the next line does not run into it.
    const texts = Array.from(bq.querySelectorAll('*'), (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' '));
    const line = /@([\w.-]+@[\w-]+(?:\.[\w-]+)+)/.exec(texts.join(' '));
    result.handle = describePostUrl(result.url).handle ?? line?.[1];
    return result;
  }

  const paragraphs = Array.from(bq.children).filter((child) => child.localName === 'p');
  const keepNewlines = platform === 'bluesky';
  const body = paragraphs.map((p) => textOf(p, { preserveNewlines: keepNewlines, lineBreak: '\n' })).join('\n\n');
  // The author line: what follows the text, up to the date link (the last link).
  const tail = Array.from(bq.childNodes).filter((node) => node.nodeType !== 8 && !paragraphs.includes(node as Element));
  const anchors = tail.flatMap((node) =>
    node.nodeType === 1 ? ((node as Element).matches('a[href]') ? [node as Element] : Array.from((node as Element).querySelectorAll('a[href]'))) : [],
  );
  const dateLink = anchors.length ? anchors[anchors.length - 1]! : undefined;
  const dateFromLink = parseEnglishDate(dateLink?.textContent);
  const lineNodes = dateFromLink ? tail.slice(0, tail.indexOf(topLevel(bq, dateLink!) as ChildNode)) : tail;
  let line = lineNodes
    .map((node) => textOf(node, { preserveNewlines: true }))
    .join('');
  if (!paragraphs.length) {
    // No <p>: the text is everything before the dash.
    const dash = line.search(/\s[—–]\s|&mdash;/);
    if (dash >= 0) {
      result.text = tidyText(line.slice(0, dash));
      line = line.slice(dash);
    }
  } else {
    result.text = tidyText(body);
  }
  // Without a date link, the date is written at the end of the line.
  let date = dateFromLink;
  if (!date) {
    const written = /\)\s*([A-Za-z0-9 ,.:]+)$/.exec(normaliseText(line));
    date = parseEnglishDate(written?.[1]);
    if (written && date) line = line.replace(/\s*[A-Za-z0-9 ,.:]+\s*$/, '');
  }
  Object.assign(result, parseAuthorLine(line));
  result.date = date;
  const statusLink = [...anchors].reverse().find((a) => /\/(status|post)\//.test(a.getAttribute('href') ?? ''));
  result.url = cleanPostUrl(statusLink?.getAttribute('href')) ?? blueskyUrlOfUri(attr(bq, 'data-bluesky-uri'));
  result.atUri = attr(bq, 'data-bluesky-uri');
  const first = paragraphs[0];
  result.lang = (first && attr(first, 'lang')) ?? attr(bq, 'lang') ?? attr(bq, 'data-lang');
  result.dir = dirOf(first && attr(first, 'dir'));
  result.links = paragraphs.flatMap(linksOf);
  return result;
}

function topLevel(bq: Element, node: Node): Node {
  let current = node;
  while (current.parentNode && current.parentNode !== bq) current = current.parentNode;
  return current;
}

/** Parses the post out of `host`'s light DOM: official embed code, any blockquote, or bare text. */
export function parseEmbed(host: Element | null): ParsedEmbed {
  if (!host) return { text: '', links: [], media: [], empty: true };
  const empty = !normaliseText(host.textContent);
  const bq = (host.querySelector(`${EMBED_SELECTOR}, ${DORMANT_SELECTOR}`) ?? host.querySelector('blockquote')) as HTMLQuoteElement | null;
  if (bq) return { ...parseBlockquote(bq), empty };
  const paragraphs = Array.from(host.querySelectorAll('p'));
  const containers: Node[] = paragraphs.length ? paragraphs : [host];
  const text = tidyText(containers.map((node) => textOf(node, { lineBreak: '\n' })).join('\n\n'));
  const first = paragraphs[0];
  return {
    empty,
    text,
    links: containers.flatMap((node) => (node.nodeType === 1 ? linksOf(node as Element) : [])),
    media: [],
    lang: first ? attr(first, 'lang') : undefined,
    dir: dirOf(first ? attr(first, 'dir') : undefined),
  };
}

/** Can this post be shown as a card? It needs someone who posted and something they posted. */
export function isReadable(post: TweetEmbedData): boolean {
  const who = Boolean(post.author || post.handle);
  const what = Boolean(post.text || post.media.length || (post.platform === 'mastodon' && post.url));
  return who && what;
}

const textIn = (value: unknown) => normaliseText(value) || undefined;

/** Links as given in `data`: only `{text, href}` pairs whose address passes the link policy. */
function safeLinks(links: unknown): PostLink[] {
  if (!Array.isArray(links)) return [];
  return links.flatMap((link) => {
    const entry = typeof link === 'object' && link !== null ? (link as Record<string, unknown>) : {};
    const href = safeLinkUrl(typeof entry.href === 'string' ? entry.href : null);
    return href && typeof entry.text === 'string' ? [{ text: entry.text, href }] : [];
  });
}

/** Builds the post's model: attribute, then `data`, then the embed code. */
export function buildTweetEmbed({ attributes, parsed, data }: ContentInputs<TweetEmbedAttributes, ParsedEmbed>): Built<TweetEmbedData> {
  const problems: Problem[] = [];
  let given: Record<string, unknown> = {};
  if (data !== undefined) {
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) given = data as Record<string, unknown>;
    else problems.push({ code: 'invalid-data', message: 'data must be an object with the post (text, author, handle, url).' });
  }
  const givenText = (field: string) => textIn(given[field]);

  if (attributes.url && !safeLinkUrl(attributes.url)) {
    problems.push({ code: 'invalid-url', message: `url "${attributes.url}" is not an http(s) URL; the post is shown without a link.` });
  }
  const rawDataUrl = givenText('url');
  if (rawDataUrl && !safeLinkUrl(rawDataUrl)) problems.push({ code: 'invalid-url', message: `data.url "${rawDataUrl}" is not an http(s) URL.` });
  // The first that passes, cleaned: the others are not cleaned for nothing.
  const url = firstOf((value) => safeLinkUrl(cleanPostUrl(textIn(value))) ?? '', attributes.url, rawDataUrl, parsed.url);

  if (attributes.platform && !isPlatform(attributes.platform)) {
    problems.push({ code: 'invalid-attribute', message: `platform "${attributes.platform}" is not one of ${PLATFORMS.join(', ')}; it is ignored.` });
  }
  const platform = [attributes.platform, given.platform].find(isPlatform) ?? parsed.platform ?? platformOfUrl(url);
  const fromUrl = describePostUrl(url);
  const handle = (textIn(attributes.handle) ?? givenText('handle') ?? parsed.handle ?? fromUrl.handle)?.replace(/^@/, '');
  const id = givenText('id') ?? fromUrl.id;

  const dates = [attributes.date, given.date].map(textIn);
  for (const raw of dates) {
    if (raw && !parseIsoDate(raw)) problems.push({ code: 'invalid-date', message: `date "${raw}" is not an ISO 8601 date (YYYY-MM-DD); it is ignored.` });
  }
  const date = [...dates, parsed.date].find((d) => parseIsoDate(d)) ?? dateOfId(platform, id);

  const rawAvatar = firstOf(normaliseText, attributes.avatar, given.avatar);
  const avatar = safeImageUrl(rawAvatar) ?? undefined;
  if (rawAvatar && !avatar) problems.push({ code: 'invalid-url', message: `avatar "${rawAvatar}" is not an http(s) image URL; initials are shown instead.` });

  const dir = given.dir === 'ltr' || given.dir === 'rtl' || given.dir === 'auto' ? given.dir : parsed.dir;
  const post = extractMedia({
    platform,
    url,
    id,
    author: textIn(attributes.author) ?? givenText('author') ?? parsed.author,
    handle,
    date,
    text: typeof given.text === 'string' ? given.text : parsed.text,
    lang: givenText('lang') ?? parsed.lang,
    dir,
    links: Array.isArray(given.links) ? safeLinks(given.links) : safeLinks(parsed.links),
    media: Array.isArray(given.media) ? given.media.filter((m): m is string => typeof m === 'string') : parsed.media,
    avatar,
  });
  post.media = post.media.map((href) => safeLinkUrl(href)).filter((href): href is string => Boolean(href));

  if (!isReadable(post)) {
    if (parsed.empty && typeof given.text !== 'string') {
      problems.push({ code: 'empty-content', message: 'no post found; paste the official embed code (or the text with author and handle attributes) inside the element.' });
    } else {
      problems.push({ code: 'unparseable-embed', message: 'the embed code could not be read (no author or handle, or no text); it is shown as written.' });
    }
  }
  return { model: post, problems };
}

/**
 * Moves media placeholders out of the text: X's `pic.twitter.com/…` links and
 * Bluesky's "[image or embed]" become entries of `media`.
 */
export function extractMedia(post: TweetEmbedData): TweetEmbedData {
  const media = [...post.media];
  const links: PostLink[] = [];
  let text = post.text;
  for (const link of post.links) {
    if (/^(https?:\/\/)?pic\.(twitter|x)\.com\//i.test(link.text)) {
      media.push(link.href);
      text = text.replace(link.text, '');
    } else links.push(link);
  }
  text = text.replace(/(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\w+/gi, (match) => {
    media.push(match.startsWith('http') ? match : `https://${match}`);
    return '';
  });
  if (text.includes(MEDIA_PLACEHOLDER)) {
    text = text.split(MEDIA_PLACEHOLDER).join('');
    if (post.url) media.push(post.url);
  }
  return { ...post, text: tidyText(text), links, media: Array.from(new Set(media)) };
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'url' | 'hashtag' | 'mention' | 'cashtag'; text: string; href: string };

const URL_PATTERN = String.raw`https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]`;
const HASHTAG = String.raw`(?<![\p{L}\p{N}_&/#])#(?<tag>[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)`;
const MENTION = String.raw`(?<![\p{L}\p{N}_@./])@(?<user>[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)`;
const CASHTAG = String.raw`(?<![\p{L}\p{N}_$])\$(?<cash>[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])`;

/** The address of an entity on its platform. */
export function entityUrl(platform: Platform | undefined, kind: EntityKind, value: string, instance?: string): string | undefined {
  return platform ? PLATFORM_TABLE[platform].entityUrl(kind, value, instance) : undefined;
}

/** A URL as the platforms show it: no scheme, no `www.`, long ones cut with an ellipsis. */
export function shortenUrl(url: string, max = 30): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
  return bare.length > max ? `${bare.slice(0, max - 1)}…` : bare;
}

/**
 * Splits a post's text into plain text and entities: URLs (the links found in
 * the embed code first, then bare ones), #hashtags, @mentions and, on X,
 * $cashtags, each with the address it opens on the post's platform.
 */
export function segmentText(post: Pick<TweetEmbedData, 'text' | 'links' | 'platform' | 'url' | 'handle'>): Segment[] {
  const instance = post.platform === 'mastodon' ? mastodonInstance(post) : undefined;
  // The embed code's own links first, the longest first where two start at the same place.
  const known = [...post.links].filter((link) => link.text).sort((a, b) => b.text.length - a.text.length);
  // Literal texts only: cheap to compile, unlike the entity patterns.
  const linked = known.length ? new RegExp(known.map((link) => link.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu') : undefined;
  const entities = entityPattern(post.platform === 'x');
  const { text } = post;
  const segments: Segment[] = [];
  let last = 0;
  const pushText = (part: string) => {
    if (!part) return;
    const previous = segments[segments.length - 1];
    if (previous?.kind === 'text') previous.text += part;
    else segments.push({ kind: 'text', text: part });
  };
  for (let from = 0; from < text.length; ) {
    // The leftmost of a known link and an entity; at the same place, the known link.
    let linkMatch: RegExpExecArray | null = null;
    if (linked) {
      linked.lastIndex = from;
      linkMatch = linked.exec(text);
    }
    entities.lastIndex = from;
    const match = entities.exec(text);
    let segment: Segment | undefined;
    let index: number;
    let length: number;
    if (linkMatch && (!match || linkMatch.index <= match.index)) {
      const link = known.find((candidate) => candidate.text === linkMatch[0])!;
      [index, length] = [linkMatch.index, link.text.length];
      segment = { kind: 'url', text: /^https?:\/\//i.test(link.text) ? shortenUrl(link.text) : link.text, href: link.href };
    } else if (match) {
      [index, length] = [match.index, match[0].length];
      const groups = match.groups ?? {};
      if (groups.url) {
        segment = { kind: 'url', text: shortenUrl(groups.url), href: groups.url };
      } else if (groups.tag) {
        const href = entityUrl(post.platform, 'hashtag', groups.tag, instance);
        if (href) segment = { kind: 'hashtag', text: match[0], href };
      } else if (groups.user) {
        const href = entityUrl(post.platform, 'mention', groups.user, instance);
        if (href) segment = { kind: 'mention', text: match[0], href };
      } else if (groups.cash) {
        const href = entityUrl(post.platform, 'cashtag', groups.cash, instance);
        if (href) segment = { kind: 'cashtag', text: match[0], href };
      }
    } else {
      break;
    }
    from = index + length;
    if (!segment) continue;
    pushText(text.slice(last, index));
    segments.push(segment);
    last = from;
  }
  pushText(text.slice(last));
  return segments;
}

/**
 * The entity patterns, compiled once per page: a pattern with Unicode
 * property classes and lookbehinds takes milliseconds to compile, too long to
 * pay again for each of a live blog's posts.
 */
const entityPatterns: Partial<Record<'x' | 'other', RegExp>> = {};
function entityPattern(withCashtags: boolean): RegExp {
  const key = withCashtags ? 'x' : 'other';
  return (entityPatterns[key] ??= new RegExp([`(?<url>${URL_PATTERN})`, HASHTAG, MENTION, ...(withCashtags ? [CASHTAG] : [])].join('|'), 'gu'));
}
