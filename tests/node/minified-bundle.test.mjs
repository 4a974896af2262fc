// The minified script-tag bundle renders what the unminified one does. The
// build minifies the HTML and CSS inside the widgets' templates
// (rollup.config.mjs); a lost space, attribute or binding would change what
// readers see. This test bundles the same entry without the minifiers, renders
// every widget's stories (the seed article's content) with each bundle in its
// own page, in a narrow and a wide column, and compares every widget: the same
// elements and attributes, the same text, the same computed styles, the same
// boxes (within 1 px). Runs on dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import ts from 'typescript';
import config, { MINIFIERS } from '../../rollup.config.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINIFIED = resolve(ROOT, 'dist/newsroom-widgets.js');
/** The widgets' stories, by the module name the page reports them under. */
const STORIES = ['article', 'quote-card', 'tweet-embed', 'demand-table', 'fact-box'];
/** Modules that define the tags: the stories get them from the bundle under test. */
const DEFINING = new Set(['src/index.ts', ...['quote-card', 'tweet-embed', 'demand-table', 'fact-box'].map((w) => `src/${w}/${w}.ts`)]);
const WIDTHS = [320, 760];
const TOLERANCE = 1;

const onwarn = (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning));

/** dist/newsroom-widgets.js as the build makes it, minus the minifiers. */
async function unminifiedBundle() {
  const main = config.find(({ output }) => resolve(ROOT, output.file) === MINIFIED);
  const bundle = await rollup({
    input: resolve(ROOT, main.input),
    plugins: main.plugins.filter(({ name }) => !MINIFIERS.includes(name)),
    onwarn,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

/**
 * The stories and Lit's `render` as one module, the stories' TypeScript
 * stripped; the tags come from `newsroom-widgets`, which each page maps to
 * the bundle it tests. (The stories carry their own copy of Lit.)
 */
async function storiesBundle() {
  const entry = [
    `export { render } from 'lit';`,
    ...STORIES.map((name, i) => `import * as s${i} from ${JSON.stringify(resolve(ROOT, `stories/${name}.stories.ts`))};`),
    `export const modules = { ${STORIES.map((name, i) => `${JSON.stringify(name)}: s${i}`).join(', ')} };`,
  ].join('\n');
  const bundle = await rollup({
    input: 'stories-entry',
    onwarn,
    plugins: [
      {
        name: 'stories',
        resolveId(source, importer) {
          if (source === 'stories-entry') return source;
          if (source === 'newsroom-widgets') return { id: source, external: true };
          if (!source.startsWith('.') && !source.startsWith('/')) return null;
          const path = resolve(importer && importer !== 'stories-entry' ? dirname(importer) : ROOT, source);
          const file = path.replace(/\.js$/, '.ts');
          if (!existsSync(file)) return null;
          if (DEFINING.has(file.slice(ROOT.length))) return { id: 'newsroom-widgets', external: true };
          return file;
        },
        load: (id) => (id === 'stories-entry' ? entry : null),
        transform(code, id) {
          if (!id.endsWith('.ts')) return null;
          const { outputText } = ts.transpileModule(code, {
            fileName: id,
            compilerOptions: {
              target: ts.ScriptTarget.ES2021,
              module: ts.ModuleKind.ESNext,
              experimentalDecorators: true,
              useDefineForClassFields: false,
            },
          });
          return { code: outputText, map: null };
        },
      },
      nodeResolve({ exportConditions: ['browser', 'production'] }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

/** Renders every story at every width and waits for the widgets to settle. Runs in the page. */
const RENDER = `
import { modules, render } from '/stories.js';
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    const elements = [...document.querySelectorAll('*')].filter((el) => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((done) => setTimeout(done, 20));
  }
};
for (const [moduleName, module] of Object.entries(modules)) {
  const meta = module.default;
  for (const [name, story] of Object.entries(module)) {
    if (name === 'default' || typeof story !== 'object' || story === null) continue;
    const template = (story.render ?? meta.render)({ ...meta.args, ...story.args });
    for (const width of ${JSON.stringify(WIDTHS)}) {
      const column = document.createElement('div');
      column.className = 'column';
      column.dataset.story = moduleName + ': ' + name + ' at ' + width + ' px';
      column.style.inlineSize = width + 'px';
      document.body.append(column);
      render(template, column);
    }
  }
}
await settle();
// In the wide columns, press the fact boxes' and demand tables' buttons (their @click bindings).
for (const column of document.querySelectorAll('.column[data-story$="${WIDTHS.at(-1)} px"]')) {
  for (const widget of column.querySelectorAll('nw-fact-box, nw-demand-table')) {
    widget.shadowRoot.querySelectorAll('button').forEach((button) => button.click());
  }
}
await settle();
window.rendered = true;
`;

const page = (bundle) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bundle</title>
<script type="importmap">${JSON.stringify({ imports: { 'newsroom-widgets': `/${bundle}.js` } })}</script>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif } .column { margin-block-end: 2rem }
/* Compared as a reader sees them: laid out, not skipped off screen (content-visibility: auto). */
nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box { content-visibility: visible }</style>
</head><body><script type="module" src="/render.js"></script></body></html>`;

/** Computed styles compared for every element (the boxes cover the rest of the layout). */
const STYLES = [
  'display', 'position', 'visibility', 'opacity', 'color', 'background-color', 'border-color', 'border-width',
  'border-style', 'outline-style', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
  'text-decoration-line', 'text-align', 'white-space', 'list-style-type', 'fill', 'stroke',
];

/**
 * Every story column as a tree: elements (name, attributes, computed styles,
 * box relative to the column), their shadow roots, and their text nodes
 * (white space collapsed and trimmed), plus the text a reader sees in each
 * shadow root, with the spaces that render (so `a b` never equals `ab`).
 * Runs in the page.
 */
function snapshot(styles) {
  const renderedText = (root) => {
    let text = '';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data.replace(/\s+/g, ' ');
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const display = getComputedStyle(node).display;
      if (display === 'none') return;
      const block = display !== 'inline' && display !== 'contents';
      if (block) text += '\n';
      const children = node.localName === 'slot' ? node.assignedNodes({ flatten: true }) : node.shadowRoot ? [node.shadowRoot] : node.childNodes;
      children.forEach((child) => (child.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? child.childNodes.forEach(walk) : walk(child)));
      if (block) text += '\n';
    };
    root.childNodes.forEach(walk);
    return text.replace(/ *\n[\n ]*/g, '\n').replace(/ {2,}/g, ' ').trim();
  };
  // Styles only where the widgets' templates and CSS apply: in their shadow trees.
  const describe = (node, origin, inShadow) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      return text ? { text } : null;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const box = node.getBoundingClientRect();
    const computed = inShadow ? getComputedStyle(node) : undefined;
    const element = {
      name: node.localName,
      attributes: Object.fromEntries([...node.attributes].map(({ name, value }) => [name, value.replace(/\s+/g, ' ').trim()])),
      styles: Object.fromEntries(computed ? styles.map((property) => [property, computed.getPropertyValue(property)]) : []),
      box: [box.x - origin.x, box.y - origin.y, box.width, box.height].map((n) => Math.round(n * 10) / 10),
      children: [...node.childNodes].map((child) => describe(child, origin, inShadow)).filter(Boolean),
    };
    if (node.shadowRoot) {
      element.shadow = [...node.shadowRoot.childNodes].map((child) => describe(child, origin, true)).filter(Boolean);
      element.renderedText = renderedText(node.shadowRoot);
    }
    return element;
  };
  return [...document.querySelectorAll('.column')].map((column) => {
    const origin = column.getBoundingClientRect();
    return { story: column.dataset.story, tree: [...column.childNodes].map((child) => describe(child, origin, false)).filter(Boolean) };
  });
}

/** Where two texts part: `…a b…` for `…ab…`. */
function textDifference(expected = '', actual = '') {
  let start = 0;
  while (start < expected.length && expected[start] === actual[start]) start++;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, start - 20), start + 20));
  return `${around(actual)} instead of ${around(expected)}`;
}

/** Differences between two snapshots, each as `story › path: what`. */
function differences(expected, actual) {
  const found = [];
  const compare = (a, b, path) => {
    if (found.length >= 20) return;
    if (!a || !b || 'text' in a || 'text' in b) {
      if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`${path}: ${JSON.stringify(b)} instead of ${JSON.stringify(a)}`);
      return;
    }
    const here = `${path} › ${a.name}${a.attributes.class ? `.${a.attributes.class.split(' ').join('.')}` : ''}`;
    if (a.name !== b.name) return void found.push(`${here}: <${b.name}> instead of <${a.name}>`);
    for (const key of ['attributes', 'styles']) {
      for (const name of new Set([...Object.keys(a[key]), ...Object.keys(b[key])])) {
        if (a[key][name] !== b[key][name]) found.push(`${here}: ${key.slice(0, -1)} ${name} is ${JSON.stringify(b[key][name])}, not ${JSON.stringify(a[key][name])}`);
      }
    }
    if (a.box.some((n, i) => Math.abs(n - b.box[i]) > TOLERANCE)) found.push(`${here}: box [x, y, width, height] ${b.box} instead of ${a.box}`);
    if (a.renderedText !== b.renderedText) found.push(`${here}: text ${textDifference(a.renderedText, b.renderedText)}`);
    for (const key of ['children', 'shadow']) {
      const [left = [], right = []] = [a[key], b[key]];
      if (left.length !== right.length) {
        found.push(`${here} (${key}): ${right.length} nodes instead of ${left.length}: ${JSON.stringify(right.map((n) => n.name ?? n.text))} for ${JSON.stringify(left.map((n) => n.name ?? n.text))}`);
        continue;
      }
      left.forEach((child, i) => compare(child, right[i], key === 'shadow' ? `${here} #shadow` : here));
    }
  };
  assert.equal(actual.length, expected.length, 'both pages render the same stories');
  expected.forEach((column, i) => {
    assert.equal(actual[i].story, column.story);
    compare({ name: 'div', attributes: {}, styles: {}, box: [], children: column.tree }, { name: 'div', attributes: {}, styles: {}, box: [], children: actual[i].tree }, column.story);
  });
  return found;
}

test('the minified bundle renders every story as the unminified one does', { timeout: 180_000 }, async (t) => {
  assert.ok(existsSync(MINIFIED), 'dist/newsroom-widgets.js is missing: run npm run build first');
  const files = {
    '/min.js': readFileSync(MINIFIED, 'utf8'),
    '/plain.js': await unminifiedBundle(),
    '/stories.js': await storiesBundle(),
    '/render.js': RENDER,
  };
  assert.ok(files['/min.js'].length < files['/plain.js'].length * 0.8, 'the shipped bundle is minified');

  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url, 'http://localhost');
    if (pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(searchParams.get('bundle')));
    } else if (files[pathname]) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(files[pathname]);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    // No request leaves the machine (an avatar URL in a story fails the same way for both).
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  t.after(async () => {
    await browser.close();
    server.close();
  });

  const load = async (bundle) => {
    const tab = await browser.newPage();
    const errors = [];
    const warnings = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    await tab.setViewport({ width: 1000, height: 800 });
    await tab.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await tab.goto(`${origin}/?bundle=${bundle}`);
    await tab.waitForFunction(() => window.rendered === true, { timeout: 60_000 });
    await tab.waitForNetworkIdle({ idleTime: 100 });
    const columns = await tab.evaluate(snapshot, STYLES);
    await tab.close();
    assert.deepEqual(errors, [], `${bundle} bundle: errors in the page`);
    return { columns, warnings };
  };

  // In the light scheme: the stories that force the dark theme cover the dark palette.
  const plain = await load('plain');
  const min = await load('min');
  const widgets = (nodes = []) => nodes.reduce((sum, node) => sum + (node.shadow ? 1 : 0) + widgets(node.children) + widgets(node.shadow), 0);
  const rendered = plain.columns.reduce((sum, column) => sum + widgets(column.tree), 0);
  assert.ok(plain.columns.length >= 20 * WIDTHS.length && rendered >= plain.columns.length, `the stories rendered (${rendered} widgets)`);
  assert.deepEqual(min.warnings, plain.warnings, 'the same warnings');
  const found = differences(plain.columns, min.columns);
  if (found.length) assert.fail(`the minified bundle renders differently:\n${found.join('\n')}`);
});
