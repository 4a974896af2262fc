// npm run build: types and per-widget modules (tsc), the script-tag bundles
// (rollup), the custom-elements manifest, and a size report.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config, { BUNDLES } from '../rollup.config.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/core/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/core/version.ts does not say ${pkg.version} (package.json); update it.`);
  process.exit(1);
}

/**
 * The pre-upgrade stylesheet: the template with each {{light.name}} or
 * {{dark.name}} replaced by that colour of the widgets' palettes (the module
 * tsc has just emitted), so a colour is written once, in src/core/palette.ts.
 */
async function writePrelude(template, file) {
  const { lightColors, darkColors } = await import('../dist/core/palette.js');
  const palettes = { light: lightColors, dark: darkColors };
  const css = readFileSync(template, 'utf8').replace(/\{\{\s*([\w-]+)\.([\w-]+)\s*\}\}|\{\{/g, (placeholder, scheme, name) => {
    const palette = Object.hasOwn(palettes, scheme ?? '') ? palettes[scheme] : {};
    const value = Object.hasOwn(palette, name ?? '') ? palette[name] : undefined;
    if (!value) throw new Error(`${template}: ${placeholder} is no colour of the palettes in src/core/palette.ts`);
    return value;
  });
  writeFileSync(file, css);
}

rmSync('dist', { recursive: true, force: true });
// The manifest first: the React wrappers in src/react/ are generated from it, then compiled by tsc.
run('node', ['scripts/analyze.mjs']);
run('node', ['scripts/react-wrappers.mjs']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run('node', ['scripts/editor-data.mjs']); // VS Code custom data and JSX types, from the manifest
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
// The standalone embed builder (dist/builder/), bundled like the readers' bundles.
run(bin('rollup'), ['-c', 'builder/rollup.config.mjs', '--silent']);
await writePrelude('src/prelude.css', 'dist/newsroom-widgets.css');

// Server rendering (newsroom-widgets/ssr): each widget's shadow-root stylesheet, for server-rendered
// pages under a strict CSP, and the hydration bundle. Hydration needs the very templates the server
// rendered (the modules tsc wrote), so that bundle's templates are not minified; terser still is.
const ssr = await import('../dist/ssr/index.js');
for (const [name, css] of Object.entries(ssr.widgetStylesheets(ssr.WIDGET_TAGS))) writeFileSync(`dist/ssr/${name}`, css);
const hydrateBundle = await rollup({
  input: 'dist/ssr/hydrate.js',
  onwarn: config[0].onwarn,
  plugins: config[0].plugins.filter((plugin) => plugin.name !== 'minify-html-literals'),
});
await hydrateBundle.write({ file: 'dist/newsroom-widgets-hydrate.js', format: 'es', sourcemap: true });
await hydrateBundle.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (minified / gzip):');
for (const [, file] of [...BUNDLES, [, 'dist/newsroom-widgets-hydrate.js']]) {
  const code = readFileSync(file);
  console.log(`  ${file.padEnd(36)} ${kb(code.length).padStart(9)} / ${kb(gzipSync(code, { level: 9 }).length)}`);
}

// The recommended script tag: what a page downloads through the loader.
const { pageDownload } = await import('./page-bytes.mjs');
console.log('\nThrough dist/autoload.js, a page with (gzip, all files):');
for (const [label, page] of [
  ['the loader alone', { widgets: [] }],
  ...['quote-card', 'tweet-embed', 'demand-table', 'fact-box'].map((widget) => [`one <nw-${widget}>`, { widgets: [widget] }]),
  ['all four widgets', { widgets: ['quote-card', 'tweet-embed', 'demand-table', 'fact-box'] }],
  ['all four, in German', { widgets: ['quote-card', 'tweet-embed', 'demand-table', 'fact-box'], languages: ['de'] }],
]) {
  const { bytes, files } = pageDownload(page);
  console.log(`  ${label.padEnd(36)} ${kb(bytes).padStart(9)} in ${files.length} file${files.length > 1 ? 's' : ''}`);
}

// What each widget adds to the full bundle: the full bundle's gzip size minus
// that of the same bundle without the widget.
const WIDGETS = ['quote-card', 'tweet-embed', 'demand-table', 'fact-box'];
const fullGzip = gzipSync(readFileSync('dist/newsroom-widgets.js'), { level: 9 }).length;
console.log('\nWhat each widget adds to dist/newsroom-widgets.js (gzip):');
for (const widget of WIDGETS) {
  const entry = WIDGETS.filter((other) => other !== widget)
    .map((other) => `export * from './dist/${other}/${other}.js';`)
    .join('\n');
  const bundle = await rollup({
    input: 'without-widget',
    onwarn: config[0].onwarn,
    plugins: [
      { name: 'without-widget', resolveId: (id) => (id === 'without-widget' ? id : null), load: (id) => (id === 'without-widget' ? entry : null) },
      ...config[0].plugins,
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  console.log(`  <nw-${widget}>`.padEnd(38) + ` +${kb(fullGzip - gzipSync(output[0].code, { level: 9 }).length)}`);
}
