/**
 * The contract table: one entry per widget, saying how to give it content in
 * each input form it accepts, what a reader must then see, which bad inputs
 * it must survive and with which stable `nw-error` code, and what a change
 * must re-render. The suites in this folder run the same tests over every
 * entry. Each entry is in its <widget>.contract.ts, with the seed article's
 * content (content/); contract.ts says what an entry holds.
 *
 * This module defines no element: each entry's `load` imports its defining
 * module, so a suite decides when the tags get defined.
 */
import type { WidgetContract } from './contract.js';
import { demandTable } from './demand-table.contract.js';
import { factBox } from './fact-box.contract.js';
import { quoteCard } from './quote-card.contract.js';
import { tweetEmbed } from './tweet-embed.contract.js';

export { NOT_AN_OBJECT, UNSAFE_URLS, hostileData, pollutingJson, type WidgetContract } from './contract.js';
export { postData } from './tweet-embed.contract.js';

export const WIDGETS: readonly WidgetContract[] = [quoteCard, tweetEmbed, demandTable, factBox];
