/**
 * Everything the library knows about each platform, in one table: how its
 * embed code is marked, which scripts it pastes next to it, where its
 * hashtags and mentions live, and what may be loaded when a reader asks for
 * the original. The parser, `upgradeEmbeds`, the load-original path and the
 * embed builder all read it; nothing else names a platform's hosts.
 */
import { EMBED_CLASS } from './embed-classes.js';

export { EMBED_SELECTOR } from './embed-classes.js';

export type Platform = 'x' | 'bluesky' | 'mastodon';

export type EntityKind = 'hashtag' | 'mention' | 'cashtag';

export interface PlatformFacts {
  /** The platform's own name, as readers know it. */
  name: string;
  /** The class of the official embed blockquote (`blockquote.twitter-tweet`). */
  embedClass: string;
  /**
   * The platform's embed script as producers paste it next to each post,
   * as CSS selectors (removed by `upgradeEmbeds`).
   */
  pastedScripts: readonly string[];
  /** The one script the load-original path may add to the page, if any. */
  originalScript?: string;
  /** The original is the post's own `/embed` page in a sandboxed frame (no script). */
  originalFrame?: boolean;
  /** Host names of the post addresses (`www.`/`mobile.` removed first); Mastodon has no fixed host. */
  hosts?: readonly string[];
  /** A post id that is a "snowflake": the millisecond timestamp it holds. */
  timeOfId?: (id: bigint) => bigint;
  /** The address of a hashtag, mention or cashtag on this platform, if it has one. */
  entityUrl(kind: EntityKind, value: string, instance?: string): string | undefined;
}

export const PLATFORM_TABLE: Readonly<Record<Platform, PlatformFacts>> = {
  x: {
    name: 'X',
    embedClass: EMBED_CLASS.x,
    pastedScripts: ['script[src*="platform.twitter.com/widgets.js"]', 'script[src*="platform.x.com/widgets.js"]'],
    originalScript: 'https://platform.twitter.com/widgets.js',
    hosts: ['twitter.com', 'x.com'],
    timeOfId: (id) => (id >> 22n) + 1288834974657n,
    entityUrl(kind, value) {
      const encoded = encodeURIComponent(value);
      if (kind === 'hashtag') return `https://x.com/hashtag/${encoded}`;
      if (kind === 'mention') return /^\w{1,15}$/.test(value) ? `https://x.com/${value}` : undefined;
      return `https://x.com/search?q=${encodeURIComponent(`$${value}`)}`;
    },
  },
  bluesky: {
    name: 'Bluesky',
    embedClass: EMBED_CLASS.bluesky,
    pastedScripts: ['script[src*="embed.bsky.app/static/embed.js"]'],
    originalScript: 'https://embed.bsky.app/static/embed.js',
    hosts: ['bsky.app'],
    entityUrl(kind, value) {
      const encoded = encodeURIComponent(value);
      if (kind === 'hashtag') return `https://bsky.app/hashtag/${encoded}`;
      if (kind === 'mention' && value.includes('.')) return `https://bsky.app/profile/${encoded}`;
      return undefined;
    },
  },
  mastodon: {
    name: 'Mastodon',
    embedClass: EMBED_CLASS.mastodon,
    // Mastodon's `<script data-allowed-prefixes src="https://<instance>/embed.js">`.
    pastedScripts: ['script[data-allowed-prefixes][src$="/embed.js"]'],
    originalFrame: true,
    timeOfId: (id) => id >> 16n,
    entityUrl(kind, value, instance) {
      if (!instance) return undefined;
      if (kind === 'hashtag') return `https://${instance}/tags/${encodeURIComponent(value)}`;
      if (kind === 'mention') return `https://${instance}/@${value}`;
      return undefined;
    },
  },
};

export const PLATFORMS = Object.keys(PLATFORM_TABLE) as Platform[];

/** Platform names for display (`X`, `Bluesky`, `Mastodon`). */
export const PLATFORM_NAMES = Object.fromEntries(PLATFORMS.map((p) => [p, PLATFORM_TABLE[p].name])) as Record<Platform, string>;

/** The class of every official embed blockquote. */
export const EMBED_CLASSES: readonly string[] = PLATFORMS.map((p) => PLATFORM_TABLE[p].embedClass);

/** Matches every platform embed script that producers paste next to a post. */
export const PASTED_SCRIPT_SELECTOR = PLATFORMS.flatMap((p) => PLATFORM_TABLE[p].pastedScripts).join(', ');

/** The scripts the load-original path may add; nothing else can be loaded. */
export const ORIGINAL_SCRIPTS: ReadonlySet<string> = new Set(
  PLATFORMS.map((p) => PLATFORM_TABLE[p].originalScript).filter((src): src is string => Boolean(src)),
);

/** The platform whose embed class is `name`. */
export function platformOfClass(name: string | null | undefined): Platform | undefined {
  return PLATFORMS.find((p) => PLATFORM_TABLE[p].embedClass === name);
}

/** Whether `value` names a platform. */
export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PLATFORM_TABLE, value);
}

/**
 * While a widget shows its private card, the embed blockquote in its light DOM
 * keeps its platform class here instead of in `class`, so a platform script on
 * the page (loaded for another post, or pasted by a producer) finds nothing of
 * this post to replace with a tracking iframe.
 */
export const DORMANT_ATTRIBUTE = 'data-nw-embed';

/** Matches an official embed blockquote made dormant. */
export const DORMANT_SELECTOR = `blockquote[${DORMANT_ATTRIBUTE}]`;

/** The platform of an official embed blockquote, whether active or dormant. */
export function embedPlatformOf(bq: Element): Platform | undefined {
  return platformOfClass(bq.getAttribute(DORMANT_ATTRIBUTE)) ?? PLATFORMS.find((p) => bq.classList.contains(PLATFORM_TABLE[p].embedClass));
}
