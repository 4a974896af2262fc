/** The loader's chunk for <nw-tweet-embed>: the class, defined when the loader says so (after the page's UI strings arrived). */
import { defineElement } from '../core/define.js';
import { NwTweetEmbed } from '../tweet-embed/tweet-embed.component.js';

export function define(): void {
  defineElement('nw-tweet-embed', NwTweetEmbed);
}

export { upgradeEmbeds } from '../tweet-embed/upgrade-embeds.js';
