import '../locales/all.js';
import { defineElement } from '../core/define.js';
import { NwTweetEmbed } from './tweet-embed.component.js';

export { NwTweetEmbed } from './tweet-embed.component.js';
export type { Platform, PostData, PostLink, TweetEmbedData } from './tweet-embed.parse.js';
export { upgradeEmbeds } from './upgrade-embeds.js';

defineElement('nw-tweet-embed', NwTweetEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'nw-tweet-embed': NwTweetEmbed;
  }
}
