// The host pages of tests/hosts/host-css.test.mjs: the same content inside the
// markup and the stylesheets of real sites that no one here wrote.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'tailwindcss';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));

/** Debian's package `wordpress-theme-twentytwentyone` puts the theme here (`dpkg -L wordpress-theme-twentytwentyone`). */
const WORDPRESS_THEME = process.env.NW_WP_THEME_DIR ?? '/usr/share/wordpress/wp-content/themes/twentytwentyone';

/** The font both the blank page and every host page give the widgets' containers, so only the host CSS differs. */
export const CASE_FONT = "'DejaVu Sans', sans-serif";
/** The colour both give them: an `auto` pull quote keeps the page's text colour by design. */
export const CASE_COLOR = '#1a1a1a';
export const CASE_WIDTH = 600;

/** Tailwind's preflight as a Tailwind site ships it: compiled with Tailwind's default theme. */
async function tailwindPreflight() {
  const nodeModules = join(ROOT, 'node_modules');
  const compiler = await compile('@layer theme, base, components, utilities;\n@import "tailwindcss/theme.css" layer(theme);\n@import "tailwindcss/preflight.css" layer(base);', {
    base: ROOT,
    loadStylesheet: async (id, base) => ({ path: join(nodeModules, id), base, content: readFileSync(join(nodeModules, id), 'utf8') }),
  });
  return compiler.build([]);
}

/**
 * Each host: its stylesheets (URLs on the test server), the classes on
 * <body>, and the markup around the article's content, as the site's own
 * templates wrap a post.
 */
export const HOSTS = [
  {
    name: 'Bootstrap 5',
    stylesheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
    bodyClass: '',
    open: '<div class="container"><div class="row"><main class="col-lg-8"><article>',
    close: '</article></main></div></div>',
  },
  {
    name: 'Tailwind preflight',
    stylesheets: ['/tailwind/preflight.css'],
    bodyClass: 'antialiased',
    open: '<main class="mx-auto max-w-3xl"><article class="prose">',
    close: '</article></main>',
  },
  {
    name: 'WordPress Twenty Twenty-One',
    stylesheets: ['/wordpress-theme/style.css'],
    bodyClass: 'post-template-default single single-post singular has-main-navigation',
    open: '<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry entry"><header class="entry-header alignwide"></header><div class="entry-content">',
    close: '</div></article></main></div></div></div>',
  },
];

export const BLANK = { name: 'a blank page', stylesheets: [], bodyClass: '', open: '<main>', close: '</main>' };

/** Fails with what to install when a host's stylesheet is not on this machine. */
export function checkHostStylesheets() {
  const missing = [];
  if (!existsSync(join(WORDPRESS_THEME, 'style.css'))) {
    missing.push(
      `WordPress's Twenty Twenty-One stylesheet is not at ${join(WORDPRESS_THEME, 'style.css')}. ` +
        'Install it with `apt-get install wordpress-theme-twentytwentyone` (Debian), or point NW_WP_THEME_DIR at the theme folder.',
    );
  }
  if (!existsSync(join(ROOT, 'node_modules/bootstrap/dist/css/bootstrap.min.css'))) missing.push('Bootstrap is not installed: run `npm ci`.');
  if (!existsSync(join(ROOT, 'node_modules/tailwindcss/preflight.css'))) missing.push('Tailwind is not installed: run `npm ci`.');
  return missing;
}

export const WIDGETS_HTML = readFileSync(join(HERE, 'widgets.html'), 'utf8').replace(/<!--[\s\S]*?-->/, '');
export const HOST_ELEMENTS_HTML = readFileSync(join(HERE, 'host-elements.html'), 'utf8').replace(/<!--[\s\S]*?-->/, '');

/** The widgets of widgets.html, one element's markup each. */
export const WIDGET_CASES = Array.from(WIDGETS_HTML.matchAll(/<(nw-[a-z-]+)[\s\S]*?<\/\1>/g), ([markup, tag]) => ({ tag, markup }));

/**
 * A page of `host` holding the host's own elements and every widget, each in
 * a case of the same width, font and colour. With `library`, the page loads
 * the script-tag bundle and the widgets' stylesheet as the README says.
 */
export function hostPage(host, { library = true } = {}) {
  const cases = WIDGET_CASES.map(({ markup }, i) => `<div class="nw-case" id="case-${i}">${markup}</div>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${host.name}</title>
${host.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${library ? '<link rel="stylesheet" href="/dist/newsroom-widgets.css">\n<script type="module" src="/dist/newsroom-widgets.js"></script>' : ''}
<style>
  /* Test scaffolding, the same on every page. The widgets' containers: one width, font and colour. */
  .nw-case { display: flow-root; inline-size: ${CASE_WIDTH}px !important; max-inline-size: none !important; font-family: ${CASE_FONT}; color: ${CASE_COLOR}; }
  /* The case being photographed sits at the viewport's corner on a white ground, so it is on whole pixels on every page. */
  .nw-case[data-shot] { position: fixed !important; inset: 0 auto auto 0 !important; z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; background: #fff !important; }
</style>
</head>
<body class="${host.bodyClass}">
${host.open}
<div id="host-content">${HOST_ELEMENTS_HTML}</div>
${cases}
${host.close}
</body>
</html>`;
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** Serves dist/, node_modules/, the WordPress theme and the pages `pages` maps a path to. */
export async function startServer(pages) {
  const preflight = await tailwindPreflight();
  const folders = { '/dist/': join(ROOT, 'dist'), '/node_modules/': join(ROOT, 'node_modules'), '/wordpress-theme/': WORDPRESS_THEME };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (pages.has(path)) return send(200, TYPES['.html'], pages.get(path));
    if (path === '/tailwind/preflight.css') return send(200, TYPES['.css'], preflight);
    for (const [prefix, folder] of Object.entries(folders)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) break;
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
