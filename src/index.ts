/**
 * The whole library: defines every widget and exports their classes,
 * `upgradeEmbeds`, `VERSION` and the data types. `dist/newsroom-widgets.js`
 * is this module bundled with Lit, so everything exported here is paid for by
 * every reader: parse helpers (e.g. `rowsFromTsv` for spreadsheet paste, in
 * `demand-table.tsv.js`) are imported from their own modules instead.
 */
export * from './quote-card/quote-card.js';
export * from './tweet-embed/tweet-embed.js';
export * from './demand-table/demand-table.js';
export * from './fact-box/fact-box.js';
export { VERSION } from './core/version.js';
