// Bundles for pages without a build step. Runs after `tsc` has emitted dist/:
// the per-widget modules in dist/ keep Lit external (npm users share one copy);
// these bundles inline Lit and are minified.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';

/** Bundled files: [entry emitted by tsc, bundle written next to it]. */
export const BUNDLES = [
  ['dist/index.js', 'dist/newsroom-widgets.js'],
  // For CMS pages full of raw embed code: wraps them all, now and as content arrives.
  ['dist/upgrade-embeds.auto.js', 'dist/newsroom-widgets-upgrade.js'],
  // One widget alone, for pages that use only that one (each carries its own Lit).
  ...['quote-card', 'tweet-embed', 'demand-table', 'fact-box'].map((widget) => [
    `dist/${widget}/${widget}.js`,
    `dist/nw-${widget}.js`,
  ]),
];

/** Names of the plugins that minify; a build without them is the same code, readable. */
export const MINIFIERS = ['minify-html-literals', 'terser'];

/**
 * CSS of a css`` template, through Lightning CSS (the plugin's default). No
 * browser targets: it then adds no prefixes or fallbacks, and only rewrites
 * syntax every browser with container queries reads. A template that is a list
 * of declarations to interpolate into a rule (theme.ts's `paletteColors`) is
 * not a stylesheet on its own: it is minified inside a rule, and keeps its
 * last semicolon, which the declaration interpolated after it needs.
 */
function minifyCssTemplate(text) {
  if (text.includes('{')) return defaultStrategy.minifyCSS(text);
  const minified = defaultStrategy.minifyCSS(`x{${text}}`).slice('x{'.length, -'}'.length);
  return minified && !minified.endsWith(';') ? `${minified};` : minified;
}

/**
 * HTML of an html``/svg`` template, through html-minifier (the plugin's
 * default). It takes the template for a whole document and trims the white
 * space at its edges, even inside an inline element (`<span> · </span>` would
 * lose its spaces); but a template is a fragment, often rendered inside a line
 * of text. Between two marks it keeps the white space there that renders, and
 * still drops the white space next to block elements.
 */
const EDGE = '\uE000';
const templateStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    if (html.includes(EDGE)) throw new Error('A template contains U+E000, the mark the build puts at its edges.');
    const minified = await defaultStrategy.minifyHTML(EDGE + html + EDGE, options);
    if (!minified.startsWith(EDGE) || !minified.endsWith(EDGE)) throw new Error(`Template edges lost in minifying: ${html}`);
    return minified.slice(EDGE.length, -EDGE.length);
  },
};

/**
 * Minifies the HTML of html``/svg`` templates and the CSS of css`` templates;
 * terser then minifies the code around them (it leaves template text alone).
 * The defaults otherwise: white space collapsed, comments removed, names kept
 * in their case (`.someProp`) and prefixes (`?bool`, `@event`), bound
 * attribute values quoted. tests/node/minified-bundle.test.mjs renders every
 * story with this bundle and with one built without minifying, and compares.
 */
function minifyTemplates() {
  return minifyHtmlLiterals({
    // A template the minifier cannot read fails the build instead of shipping unminified.
    failOnError: true,
    options: {
      strategy: templateStrategy,
      minifyOptions: {
        minifyCSS: minifyCssTemplate,
        // An svg`` template has no <svg> around it for the minifier to see: without
        // this it would turn <path/> into <path>, and the browser would nest the
        // next shape inside it.
        keepClosingSlash: true,
      },
    },
  });
}

/**
 * TypeScript writes its decorator helper into every module that uses
 * decorators; this plugin puts one copy in a module of its own that the others
 * import, so each widget chunk does not carry one more.
 */
function oneDecorateHelper() {
  const ID = '\0nw-decorate';
  const HELPER = /^var __decorate = \(this && this\.__decorate\) \|\| function \(decorators, target, key, desc\) \{\n[\s\S]*?\n\};\n/m;
  let helper;
  return {
    name: 'nw-one-decorate-helper',
    resolveId: (source) => (source === ID ? ID : null),
    load: (id) => (id === ID ? `export ${helper.replace(/^var /, 'const ')}` : null),
    transform(code) {
      const match = HELPER.exec(code);
      if (!match) return null;
      helper ??= match[0];
      return { code: code.replace(HELPER, `import { __decorate } from '${ID}';\n`), map: null };
    },
  };
}

/**
 * An entry's `import("./chunks/x.js")` fetches x and, at the same time, the
 * chunks x imports (the shared chunk with Lit and the core, the list slices).
 * Otherwise the browser finds those only once it has fetched and read x: one
 * more round trip each, and on a busy page a wait until the main thread is
 * free to read x. A failed early fetch is left to x's own import to report.
 */
function fetchImportsTogether() {
  return {
    name: 'nw-fetch-imports-together',
    renderChunk(code, chunk, options, { chunks }) {
      if (!chunk.isEntry || !chunk.dynamicImports.length) return null;
      const importsOf = (file, found = new Set()) => {
        for (const dep of chunks[file]?.imports ?? []) {
          if (dep === chunk.fileName || found.has(dep)) continue;
          found.add(dep);
          importsOf(dep, found);
        }
        return found;
      };
      const magic = new MagicString(code);
      for (const match of code.matchAll(/\bimport\((['"])\.\/([^'"]+)\1\)/g)) {
        const deps = [...importsOf(match[2])];
        if (!deps.length) continue;
        const early = deps.map((dep) => `import(${match[1]}./${dep}${match[1]}).catch(() => {})`).join(', ');
        magic.overwrite(match.index, match.index + match[0].length, `(${early}, ${match[0]})`);
      }
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}

const plugins = () => [
  oneDecorateHelper(),
  nodeResolve({ exportConditions: ['browser', 'production'] }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/**
 * The recommended script tag, `dist/autoload.js`: the loader, and next to it
 * in `dist/chunks/` what it imports on demand: one chunk per widget, one per
 * language's UI strings, and the chunk they share (Lit and the core).
 */
export const AUTOLOAD = { input: 'dist/loader/index.js', file: 'dist/autoload.js', chunks: 'chunks' };

export default [
  ...BUNDLES.map(([input, file]) => ({
    input,
    output: { file, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  })),
  {
    input: { autoload: AUTOLOAD.input },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: `${AUTOLOAD.chunks}/[name]-[hash].js`,
      // Lit and the core in one shared chunk: fewer, better-compressed files than one per combination of widgets.
      // What only the table and the fact box use stays out of it (rendering long lists a slice at a time,
      // the sources and "updated" lines): a quote card or a post does not pay for it.
      manualChunks: (id) =>
        /[\\/]dist[\\/]core[\\/](slices|parts|list-parts)\.js$|[\\/]lit-html[\\/]directives[\\/]guard\.js$/.test(id)
          ? 'lists'
          : /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|[\\/]dist[\\/]core[\\/]/.test(id)
            ? 'shared'
            : undefined,
    },
    plugins: [fetchImportsTogether(), ...plugins()],
    onwarn,
  },
];
