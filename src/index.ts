/**
 * The whole library: defines every widget and exports their classes.
 * `dist/newsroom-widgets.js` is this module bundled with Lit.
 */
export * from './quote-card/quote-card.js';
export * from './tweet-embed/tweet-embed.js';
export * from './demand-table/demand-table.js';
export * from './fact-box/fact-box.js';
export { VERSION } from './core/version.js';
