// Bundles for pages without a build step. Runs after `tsc` has emitted dist/:
// the per-widget modules in dist/ keep Lit external (npm users share one copy);
// these bundles inline Lit and are minified.
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

/**
 * Minifies the text of one piece of CSS (a quasi of a css`` template):
 * drops comments, collapses white space, and removes it next to `{};,>` and
 * after `:` and `(` / before `)`. White space before `:` (`.a :hover`), before
 * `(` (`and (`), after `)` (`:host(.a) .b`) and around `+`/`-` (`calc()`) is
 * kept as one space; quoted strings are copied untouched. `keepStart` and
 * `keepEnd` keep one space at an edge that touches a `${}` interpolation.
 */
export function minifyCss(text, { keepStart = false, keepEnd = false } = {}) {
  let out = '';
  let space = false;
  const dropBefore = '{};,>)';
  const dropAfter = '{};,>:(';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      space = true;
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    if (space && (out ? !dropAfter.includes(out[out.length - 1]) && !dropBefore.includes(char) : keepStart)) out += ' ';
    space = false;
    if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
    if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (char === '\\') {
      out += text.slice(i, i + 2);
      i++;
    } else {
      out += char;
    }
  }
  if (space && keepEnd) out += ' ';
  return out;
}

/** Rollup plugin: minifies the CSS of Lit's css`` templates (terser leaves template text alone). */
function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\bcss\s*`/.test(code)) return null;
      const magic = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          const { quasis } = node.quasi;
          quasis.forEach((quasi, i) => {
            const raw = quasi.value.raw;
            const min = minifyCss(raw, { keepStart: i > 0, keepEnd: i < quasis.length - 1 });
            if (min !== raw) magic.overwrite(quasi.start, quasi.end, min);
          });
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!magic.hasChanged()) return null;
      return { code: magic.toString(), map: magic.generateMap({ hires: true, source: id }) };
    },
  };
}

export default BUNDLES.map(([input, file]) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    minifyLitCss(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
