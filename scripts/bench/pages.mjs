// What the benchmark loads: the pages, and the ways a page can load the
// widgets. Every page is also measured as plain HTML (the same markup, no
// script), which is what a reader gets before or without JavaScript.
import { ARTICLE, blueskyPosts, demandTable, factBox, liveBlog, postArchive } from './content.mjs';

export const TAGS = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'];

/**
 * Ways in: script files in dist/, loaded with one module script tag. Adding
 * one is one line. `file` loads pages of widget tags; `embedsFile` (optional)
 * loads pages of bare embed code; `only` limits a way to pages that use only
 * those tags. A way whose file is not in dist/ is skipped with a note.
 */
export const WAYS_IN = [
  { id: 'bundle', label: 'newsroom-widgets.js', file: 'newsroom-widgets.js', embedsFile: 'newsroom-widgets-upgrade.js' },
  { id: 'autoload', label: 'autoload.js', file: 'autoload.js', embedsFile: 'autoload.js' },
  { id: 'tweet-embed', label: 'nw-tweet-embed.js', file: 'nw-tweet-embed.js', only: ['nw-tweet-embed'] },
];

/** The peer: bluesky-post-embed, bundled and minified from node_modules (see peer.mjs). */
export const PEER = { id: 'peer', label: 'bluesky-post-embed 1.0.6', peer: true };

export const STATIC = { id: 'static', label: 'plain HTML (no script)', static: true };

/**
 * Pages. `widgets`: how many nw-* elements the page has once upgraded;
 * `tags`: which kinds; `embeds`: bare embed code, upgraded by the embeds
 * script; `peer`: a page of Bluesky posts, also measured with the peer's
 * markup; `cls`: measure layout shift with the script served late (only the
 * first screen counts, so the article and one live blog are enough: the
 * longer live blog starts with the same screen); `slow4g`: also load it as a
 * mid-range phone on a slow 4G connection; `maxRuns`: fewer runs than
 * the others, for a page whose loads take seconds; `ways`: only these ways in
 * (single-widget pages: the loader, which a newsroom would use there);
 * `extra`: measured only when
 * asked for (`--all`, or by name in `--only`), so that the usual run stays
 * short (huge content has its limits in `npm run test:stress`).
 */
export const PAGES = [
  { id: 'article', title: 'seed article (2 quotes, 2 X posts, table, fact box)', widgets: 6, tags: TAGS, cls: true, slow4g: true, body: () => ARTICLE },
  ...[1, 50, 300].map((count) => ({
    id: `live-${count}`,
    title: `live blog, ${count} mixed widget${count > 1 ? 's' : ''}`,
    widgets: count,
    tags: count === 1 ? ['nw-quote-card'] : TAGS,
    cls: count === 50,
    // 300 widgets: both ways in; 1 and 50 (the ratios, the first screen): the loader.
    ...(count < 300 ? { ways: ['autoload'] } : {}),
    body: () => liveBlog(count),
  })),
  { id: 'posts-200', title: '200 bare X embeds through upgradeEmbeds', widgets: 200, tags: ['nw-tweet-embed'], embeds: true, body: () => postArchive(200) },
  { id: 'table-1000', title: 'demand table, 1,000 rows', widgets: 1, tags: ['nw-demand-table'], ways: ['autoload'], body: () => demandTable(1000) },
  { id: 'tables-5000x2', title: 'two demand tables, 5,000 rows each (median of at most 2 runs)', widgets: 2, tags: ['nw-demand-table'], maxRuns: 2, extra: true, body: () => `${demandTable(5000)}\n${demandTable(5000)}` },
  { id: 'facts-500', title: 'fact box, 500 facts', widgets: 1, tags: ['nw-fact-box'], ways: ['autoload'], body: () => factBox(500) },
  { id: 'facts-2000', title: 'fact box, 2,000 facts', widgets: 1, tags: ['nw-fact-box'], extra: true, body: () => factBox(2000) },
  ...[1, 50].map((count) => ({
    id: `bluesky-${count}`,
    title: `${count} Bluesky post${count > 1 ? 's' : ''}: ours next to the peer`,
    widgets: count,
    tags: ['nw-tweet-embed'],
    peer: true,
    // The loader next to the peer.
    ways: ['autoload'],
    body: (way) => blueskyPosts(count, way.peer ? 'peer' : 'ours'),
  })),
];

export const NOT_APPLICABLE = 'not applicable';

/** The script a way uses on a page, or why it does not apply. */
export function scriptFor(way, page, available) {
  if (way.static || way.peer) return { script: null };
  const file = page.embeds ? way.embedsFile : way.file;
  if (!file || (way.only && !page.tags.every((tag) => way.only.includes(tag)))) return { skip: NOT_APPLICABLE };
  if (!available(file)) return { skip: `dist/${file} does not exist yet` };
  return { script: `/dist/${file}` };
}

const STYLE = `body{margin:0;padding:1rem;font:1.0625rem/1.55 Georgia,serif;color:#1b1b1b;background:#fff}
main{max-width:40rem;margin:0 auto}h1{font-size:1.75rem;line-height:1.2}h2{font-size:1.1rem}`;

/** The whole HTML document of `page` loaded `way`. */
export function documentFor(page, way, { script, css = false, delay = 0 }) {
  const head = [];
  if (css) head.push('<link rel="stylesheet" href="/dist/newsroom-widgets.css">');
  if (way.peer) head.push('<link rel="stylesheet" href="/peer/core.css">', '<link rel="stylesheet" href="/peer/light.css">');
  const src = way.peer ? '/peer/bluesky-post-embed.js' : script;
  if (src) head.push(`<script type="module" src="${src}${delay ? `?delay=${delay}` : ''}"></script>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title><link rel="icon" href="data:,"><style>${STYLE}</style>
${head.join('\n')}
</head><body><main>
${page.body(way)}
</main></body></html>`;
}
