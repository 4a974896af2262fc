// A site built with Eleventy 3 whose pages go through newsroom-widgets/ssr as a
// transform: every widget in the built HTML has its server-rendered shadow root,
// styled from the shipped stylesheets (no inline styles: the site's strict CSP
// holds), and the old posts' raw X embed code becomes private post cards.
// Built by tests/node/ssr-eleventy.test.mjs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderToString } from 'newsroom-widgets/ssr';

/** Where the site serves the widgets' stylesheets (copied from the package's dist/ssr/). */
const STYLES = '/assets/newsroom-widgets/';

export default function (eleventyConfig) {
  // The package's built files: the stylesheets and the hydration bundle, served by the site.
  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('newsroom-widgets/package.json')), 'dist');
  eleventyConfig.addPassthroughCopy({
    [path.join(dist, 'ssr', '*.css')]: STYLES,
    [path.join(dist, 'newsroom-widgets-hydrate.js')]: 'assets/newsroom-widgets-hydrate.js',
  });

  eleventyConfig.addTransform('newsroom-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    return renderToString(content, { styles: { href: STYLES }, upgradeEmbeds: true });
  });
}

// Input and output folders are given by whoever builds the site (the test, or
// `npx @11ty/eleventy --config=eleventy.config.mjs --input=src`).
export const config = { markdownTemplateEngine: 'njk' };
