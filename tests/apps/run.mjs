// npm run test:apps: the package as an app gets it from npm. Packs this package
// (`npm pack`), copies tests/apps/vite-react/ (a Vite + React 19 app) to a temp
// folder, installs its locked dependencies and the fresh tarball, type-checks it
// (typed props, events and JSX types, including @ts-expect-error lines that
// must fail), builds it with Vite, serves the build, and checks in headless
// Chromium that all four widgets render their content in their shadow roots,
// that React's handlers receive nw-error for bad input, that no request leaves
// localhost and that the console has no error.
//
//   node tests/apps/run.mjs            build dist/ first when it is missing or older than its sources
//   node tests/apps/run.mjs --build    always build dist/ first
//   node tests/apps/run.mjs --no-build use dist/ as it is
//   node tests/apps/run.mjs --keep     keep the temp folder (it is kept anyway when a check fails)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP = fileURLToPath(new URL('./vite-react/', import.meta.url));
const args = new Set(process.argv.slice(2));
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function step(label, fn) {
  const since = performance.now();
  process.stdout.write(`--- ${label}\n`);
  const result = fn();
  if (result instanceof Promise) return result.then((value) => (console.log(`    (${seconds(since)})`), value));
  console.log(`    (${seconds(since)})`);
  return result;
}

/** Runs a command; its output is shown only when it fails. */
function run(cmd, cmdArgs, cwd) {
  try {
    return execFileSync(cmd, cmdArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (error) {
    throw new Error(`${cmd} ${cmdArgs.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

// What the app needs from the package; a tarball without them was packed from a partial dist/.
const SHIPPED = [
  'dist/index.js',
  'dist/react/index.js',
  'dist/react/index.d.ts',
  'dist/quote-card/quote-card.js',
  'dist/demand-table/demand-table.js',
  'dist/fact-box/fact-box.js',
  'dist/newsroom-widgets.css',
  'dist/custom-elements-jsx.d.ts',
  'dist/vscode.html-custom-data.json',
];
const BUILD_INPUTS = ['src', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'package.json'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function needsBuild() {
  if (args.has('--build')) return 'asked for';
  if (args.has('--no-build')) return false;
  const built = SHIPPED.map((file) => join(ROOT, file));
  if (!built.every((file) => existsSync(file))) return 'dist/ is incomplete';
  const oldestBuilt = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const stale = BUILD_INPUTS.find((input) => newestMtime(join(ROOT, input)) > oldestBuilt);
  return stale ? `${stale} changed since the last build` : false;
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for the app's build, on 127.0.0.1 and a free port. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** What each widget must show in its shadow root: content from attributes, children and `data`. */
const EXPECTED = {
  '#wrapper-quote': { tag: 'nw-quote-card', texts: ['[Some of Putin’s demands] are simply non-starters.', 'Wendy Sherman', 'U.S. Deputy Secretary of State', 'After the NATO–Russia Council'], selector: 'figure blockquote' },
  '#wrapper-post': { tag: 'nw-tweet-embed', texts: ['Jens Stoltenberg', 'jensstoltenberg', 'had a serious exchange', '#Ukraine'], selector: 'article' },
  '#plain-table': { tag: 'nw-demand-table', texts: ['Russia’s demands and the NATO answer', 'Ukraine must never be admitted to NATO.', 'Willing to talk about arms control', 'NATO and the U.S.'], selector: 'table' },
  '#plain-facts': { tag: 'nw-fact-box', texts: ['Key facts: NATO, Russia and Ukraine', '14,000+', 'NATO allies at the table', 'NATO–Russia Council'], selector: 'aside' },
  '#bad-wrapper': { tag: 'nw-quote-card', texts: ['It’s absolutely imperative to end the policy of open doors.', 'Alexander Grushko'], selector: 'blockquote' },
  '#bad-plain': { tag: 'nw-quote-card', texts: ['NATO Allies & Russia agreed', 'Jens Stoltenberg'], selector: 'blockquote' },
};
/** What React's handlers must have seen, in the order the widgets render: the wrapper's onNwError and React 19's onnw-error. */
const EXPECTED_ERRORS = ['wrapper: invalid-url', 'plain tag: invalid-date'];

async function checkInBrowser(origin) {
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  const failures = [];
  try {
    const page = await browser.newPage();
    const offsite = [];
    const consoleErrors = [];
    const warnings = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) request.continue();
      else {
        offsite.push(url);
        request.abort('blockedbyclient');
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
      if (message.type() === 'warn') warnings.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const rendered = await page
      .waitForFunction(
        (expected) =>
          Object.entries(expected).every(([selector, { texts, selector: inner }]) => {
            const root = document.querySelector(selector)?.shadowRoot;
            return root?.querySelector(inner) && texts.every((text) => root.textContent.includes(text));
          }),
        { timeout: 15000, polling: 100 },
        EXPECTED,
      )
      .then(() => true, () => false);

    const seen = await page.evaluate((expected) => {
      const report = {};
      for (const [selector, { tag, texts, selector: inner }] of Object.entries(expected)) {
        const element = document.querySelector(selector);
        const root = element?.shadowRoot;
        report[selector] = {
          tag: element?.localName,
          defined: element ? customElements.get(element.localName) !== undefined : false,
          hasInner: Boolean(root?.querySelector(inner)),
          missing: texts.filter((text) => !root?.textContent.includes(text)),
          expectedTag: tag,
        };
      }
      return report;
    }, EXPECTED);
    for (const [selector, { tag, expectedTag, defined, hasInner, missing }] of Object.entries(seen)) {
      const where = `${selector} <${expectedTag}>`;
      if (tag !== expectedTag) failures.push(`${where}: found <${tag ?? 'nothing'}>`);
      else if (!defined) failures.push(`${where}: the tag is not defined`);
      else {
        if (!hasInner) failures.push(`${where}: no ${EXPECTED[selector].selector} in its shadow root`);
        if (missing.length) failures.push(`${where}: its shadow root lacks ${missing.map((text) => JSON.stringify(text)).join(', ')}`);
      }
    }
    if (!rendered && !failures.length) failures.push('the widgets did not all render within 15 s');

    // React re-renders the list of nw-error events its handlers received.
    await page.waitForFunction((count) => document.querySelector('#errors')?.textContent.split('\n').filter(Boolean).length >= count, { timeout: 5000 }, EXPECTED_ERRORS.length).catch(() => {});
    await new Promise((done) => setTimeout(done, 300)); // room for an unexpected extra event
    const errors = (await page.$eval('#errors', (output) => output.textContent)).split('\n').filter(Boolean);
    if ([...errors].sort().join('|') !== [...EXPECTED_ERRORS].sort().join('|')) {
      failures.push(`React's nw-error handlers saw [${errors.join(', ')}], expected [${EXPECTED_ERRORS.join(', ')}]`);
    }
    // One warning per widget with bad input, naming it (the library's contract).
    const widgetWarnings = warnings.filter((text) => /nw-[a-z-]+/.test(text));
    if (widgetWarnings.length !== EXPECTED_ERRORS.length || !widgetWarnings.every((text) => text.includes('nw-quote-card'))) {
      failures.push(`expected ${EXPECTED_ERRORS.length} warnings naming nw-quote-card, got: ${JSON.stringify(warnings)}`);
    }
    if (offsite.length) failures.push(`requests left localhost: ${offsite.join(', ')}`);
    if (consoleErrors.length) failures.push(`console errors: ${consoleErrors.join(' | ')}`);
    return { failures, errors, warnings: widgetWarnings.length };
  } finally {
    await browser.close();
  }
}

let workdir;
let keep = args.has('--keep');
try {
  const reason = needsBuild();
  if (reason) step(`npm run build (${reason})`, () => run('npm', ['run', 'build'], ROOT));

  workdir = mkdtempSync(join(tmpdir(), 'nw-vite-react-'));
  const tarball = step('npm pack', () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', workdir], ROOT));
    const files = new Set(packed.files.map((file) => file.path));
    const missing = SHIPPED.filter((file) => !files.has(file));
    if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')} (was dist/ being rebuilt? run again)`);
    console.log(`    ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);
    return join(workdir, packed.filename);
  });

  const app = join(workdir, 'app');
  cpSync(APP, app, {
    recursive: true,
    filter: (source) => !relative(APP, source).split(sep).some((part) => part === 'node_modules' || part === 'dist'),
  });
  // `npm install` with the committed lock installs the locked versions. Not `npm ci`: it also
  // demands every optional dependency in the lock, and the registry here does not serve one of
  // vite's (napi-windows-process-start-time, Windows only), so no lock made here has it.
  step('npm install (the app\'s locked dependencies)', () => run('npm', ['install', '--no-audit', '--no-fund'], app));
  step('npm install <tarball> --no-save', () => run('npm', ['install', tarball, '--no-save', '--no-audit', '--no-fund'], app));
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/newsroom-widgets/package.json'), 'utf8'));
  const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (installed.version !== ours.version) throw new Error(`installed newsroom-widgets ${installed.version}, packed ${ours.version}`);
  if (existsSync(join(app, 'node_modules/newsroom-widgets/src'))) throw new Error('the package ships src/, which "files" should leave out');

  step('tsc (typed props and events; @ts-expect-error lines must fail)', () => run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app));
  step('vite build', () => run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app));

  const { server, origin } = await serve(resolve(app, 'dist'));
  let result;
  try {
    result = await step(`Chromium on ${origin}`, () => checkInBrowser(origin));
  } finally {
    server.close();
  }
  if (result.failures.length) {
    keep = true;
    console.error(`\nFAIL (${seconds(started)}); the app is in ${app}\n  ${result.failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nok (${seconds(started)}): four widgets rendered in their shadow roots (two through the React wrappers, two as plain tags), ` +
        `React handled ${result.errors.length} nw-error events (${result.errors.join('; ')}), ${result.warnings} warnings, no request left localhost, no console error`,
    );
  }
} catch (error) {
  keep = true;
  console.error(`\nFAIL (${seconds(started)}): ${error.message}${workdir ? `\n(the files are in ${workdir})` : ''}`);
  process.exitCode = 1;
} finally {
  if (workdir && !keep) rmSync(workdir, { recursive: true, force: true });
  else if (workdir) console.log(`kept ${workdir}`);
}
