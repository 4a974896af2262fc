// Mixed copies on one page: a site's app that bundles the npm package (here
// rollup resolves `newsroom-widgets` through package.json "exports" and
// bundles Lit in, as Vite or webpack would) next to a CMS block's script tag
// (dist/newsroom-widgets.js), in both orders; the loader (dist/autoload.js)
// next to the script-tag bundle; and two versions of the script-tag bundle
// (a copy of dist/newsroom-widgets.js with another version string). In every
// case the seed article's widgets (tests/hosts/widgets.html) render their
// content, nothing throws, the first copy keeps every tag, and there is at
// most one console warning: none when both copies are the same version, one
// naming both versions when they differ. Runs on dist/ (npm test builds
// first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { WIDGET_CASES } from '../hosts/host-pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const { version: VERSION } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const OTHER_VERSION = '9.9.9-other';

/** Text each widget of widgets.html must show from its shadow root, by position. */
const SHOWS = ['Ukraine must never be admitted to NATO.', 'NATO', 'Jens Stoltenberg', 'NATO allies at the table', 'simply non-starters', 'Alexander Grushko'];

/** What a site's app does: import the package by name (all widgets, and one entry on its own). */
const APP_ENTRY = `import { VERSION, NwQuoteCard } from 'newsroom-widgets';
import { NwFactBox } from 'newsroom-widgets/fact-box';
window.appCopy = { version: VERSION, classes: [NwQuoteCard, NwFactBox] };
`;

/** The app bundled as a site's build does it: the package through its "exports", Lit bundled in. */
async function bundleApp() {
  const dir = mkdtempSync(join(tmpdir(), 'nw-mixed-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'newsroom-widgets'), 'dir');
    writeFileSync(join(dir, 'app.js'), APP_ENTRY);
    const unresolved = [];
    const build = await rollup({
      input: join(dir, 'app.js'),
      plugins: [nodeResolve({ browser: true, rootDir: dir })],
      onwarn: (warning) => {
        if (warning.code === 'UNRESOLVED_IMPORT') unresolved.push(warning.message);
      },
    });
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    await build.close();
    assert.deepEqual(unresolved, [], 'the app bundle resolves every import');
    const code = output[0].code;
    assert.ok(!/^\s*import\s/m.test(code), 'the app bundle imports nothing at run time');
    assert.match(code, /lit-html|litElementVersions|reactiveElementVersions/, 'the app bundle holds its own Lit');
    return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** dist/newsroom-widgets.js as another release of it would be: the same code with another version string. */
function otherVersionBundle() {
  const bundle = readFileSync(join(DIST, 'newsroom-widgets.js'), 'utf8');
  const literal = JSON.stringify(VERSION);
  const count = bundle.split(literal).length - 1;
  assert.equal(count, 1, `dist/newsroom-widgets.js holds the version string ${literal} once (found ${count})`);
  return bundle.replace(literal, JSON.stringify(OTHER_VERSION));
}

const SCRIPTS = {
  app: { src: '/app/app.js', version: VERSION, label: 'the npm package bundled into an app' },
  bundle: { src: '/dist/newsroom-widgets.js', version: VERSION, label: 'dist/newsroom-widgets.js' },
  other: { src: '/other/newsroom-widgets.js', version: OTHER_VERSION, label: `dist/newsroom-widgets.js as version ${OTHER_VERSION}` },
  autoload: { src: '/dist/autoload.js', version: VERSION, label: 'dist/autoload.js' },
};

/** Pages: two copies in one order, each from its own script tag. */
const CASES = [
  ['app', 'bundle'],
  ['bundle', 'app'],
  ['bundle', 'other'],
  ['other', 'bundle'],
  ['app', 'other'],
  ['autoload', 'bundle'],
  ['bundle', 'autoload'],
];

const widgetsHtml = WIDGET_CASES.map(({ markup }) => markup).join('\n');
const pageFor = (scripts) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${scripts.join(' + ')}</title>
${scripts.map((name) => `<script type="module" src="${SCRIPTS[name].src}"></script>`).join('\n')}
</head><body><main>
${widgetsHtml}
</main></body></html>`;

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

let server;
let origin;
let browser;

before(async () => {
  const files = new Map([
    ['/app/app.js', await bundleApp()],
    ['/other/newsroom-widgets.js', otherVersionBundle()],
    ...CASES.map((scripts) => [`/${scripts.join('+')}`, pageFor(scripts)]),
  ]);
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (files.has(path)) {
      response.writeHead(200, { 'content-type': path.endsWith('.js') ? TYPES['.js'] : 'text/html; charset=utf-8' });
      return response.end(files.get(path));
    }
    const file = normalize(join(DIST, path.replace(/^\/dist\//, '')));
    if (path.startsWith('/dist/') && file.startsWith(DIST)) {
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return response.end(body);
      } catch {}
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const scripts of CASES) {
  const [first, second] = scripts.map((name) => SCRIPTS[name]);
  const differ = first.version !== second.version;
  test(`${first.label}, then ${second.label}: widgets render, nothing throws, ${differ ? 'one warning names both versions' : 'no warning'}`, async () => {
    const page = await browser.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    // Every file the copies ask for is there (the browser's own favicon request aside).
    page.on('response', (response) => {
      if (!response.ok() && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(`${origin}/${scripts.join('+')}`, { waitUntil: 'load' });
      const tags = [...new Set(WIDGET_CASES.map(({ tag }) => tag))];
      await page.waitForFunction((names) => names.every((tag) => customElements.get(tag)), { timeout: 10_000 }, tags).catch((error) => {
        throw new Error(`the widgets were not defined within 10 s (is dist/ built?); errors and failed requests: ${JSON.stringify(errors)}`, { cause: error });
      });
      if (scripts.includes('app')) {
        const appHolds = await page.evaluate(() => window.appCopy.classes.map((ctor, i) => customElements.get(['nw-quote-card', 'nw-fact-box'][i]) === ctor));
        assert.deepEqual(appHolds, [first === SCRIPTS.app, first === SCRIPTS.app], 'the app’s classes hold the tags exactly when the app came first');
      }
      const widgets = await page.evaluate(async () => {
        const elements = Array.from(document.querySelectorAll('main > *'));
        for (const el of elements) await el.updateComplete;
        return elements.map((el) => ({
          tag: el.localName,
          version: customElements.get(el.localName).nwVersion ?? null,
          text: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ') : '',
          fellBack: Boolean(el.shadowRoot?.querySelector('slot:not([name])')),
        }));
      });
      // A script that defines nothing more may still be loading chunks: give it a moment to warn or throw.
      await new Promise((resolve) => setTimeout(resolve, 300));
      console.log(`${scripts.join(' + ')}: ${widgets.length} widgets, tags held by ${[...new Set(widgets.map((w) => w.version))].join(', ')}; warnings: ${JSON.stringify(warnings)}`);
      assert.deepEqual(errors, [], 'nothing throws');
      assert.equal(widgets.length, SHOWS.length);
      for (const [i, widget] of widgets.entries()) {
        assert.ok(!widget.fellBack, `<${widget.tag}> #${i} fell back to its light DOM`);
        assert.ok(widget.text.includes(SHOWS[i]), `<${widget.tag}> #${i} shows "${SHOWS[i]}", got "${widget.text.slice(0, 120)}"`);
        assert.equal(widget.version, first.version, `<${widget.tag}> is defined by the first copy (${first.version})`);
      }
      if (differ) {
        assert.equal(warnings.length, 1, `one warning, not ${warnings.length}: ${JSON.stringify(warnings)}`);
        assert.ok(warnings[0].includes(VERSION) && warnings[0].includes(OTHER_VERSION), `the warning names both versions: ${warnings[0]}`);
      } else {
        assert.deepEqual(warnings, [], 'two copies of one version warn about nothing');
      }
    } finally {
      await page.close();
    }
  });
}
