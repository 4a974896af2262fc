/**
 * The class that marks each platform's official embed blockquote: the one
 * fact of the platform table (platforms.ts) that the script-tag loader needs
 * to notice bare embed code, kept apart so the loader carries only this.
 */
export const EMBED_CLASS = { x: 'twitter-tweet', bluesky: 'bluesky-embed', mastodon: 'mastodon-embed' } as const;

/** Matches every official embed blockquote. */
export const EMBED_SELECTOR = Object.values(EMBED_CLASS)
  .map((name) => `blockquote.${name}`)
  .join(', ');
