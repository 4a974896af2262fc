// The seed article (tests/ssr/article.html) built with the CLI, as a newsroom
// would publish it, served under the README's strict Content-Security-Policy
// with the hydration bundle, and opened in Chromium.
//
// Inline styles (the default), allowed by their hashes (`newsroom-widgets csp`):
// without JavaScript, the widgets show their content with their layout (a
// screenshot matches the hydrated page); with JavaScript, they hydrate:
// nothing logged, no CSP violation, no layout shift, the server-rendered
// shadow roots kept as they are, and they respond to the reader.
// Linked stylesheets (`--styles-href`, arriving late as from a slow CDN)
// under the policy exactly as the README gives it: the same.
// A widget the server rendered without knowing its page renders again, with a warning.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { renderWidget } from '../../dist/ssr/index.js';

/** The README's policy, as a careful newsroom serves its pages; `styles` adds style sources. */
const csp = (styles = '') =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${styles ? ` ${styles}` : ''}`,
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html newsroom-widgets',
  ].join('; ');

/** Pixels that may differ between the page without JavaScript and the hydrated page (a share of all pixels). */
const MAX_DIFFERENT_PIXELS = 0.001;
/** How late the linked stylesheets arrive, as from a slow CDN (ms). */
const STYLESHEET_DELAY = 300;
/** Tall enough to hold the whole article: widgets off screen skip layout and paint (content-visibility). */
const VIEWPORT = { width: 900, height: 4400 };

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const WIDGETS = 'nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box';

let server;
let origin;
let browser;
/** Path → [HTML, its Content-Security-Policy]. */
const pages = {};

before(async () => {
  const cli = (...args) => execFileSync(process.execPath, ['dist/ssr/cli.js', ...args], { encoding: 'utf8' });
  const hashes = cli('csp').trim();
  const inline = cli('render', 'tests/ssr/article.html');
  pages['/article.html'] = [inline, csp(hashes)];
  pages['/article-no-hashes.html'] = [inline, csp()];
  pages['/article-linked.html'] = [cli('render', 'tests/ssr/article.html', '--styles-href', '/dist/ssr/'), csp()];
  // Two fact boxes of the same name, each rendered alone (as a framework renders element by element):
  // the server could not number them, the browser does.
  const box = () => renderWidget('nw-fact-box', { content: '<h2>Key facts</h2><dl><dt>NATO allies</dt><dd>30</dd></dl>' });
  pages['/namesakes.html'] = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two boxes</title>
    <script type="module" src="/dist/newsroom-widgets-hydrate.js"></script></head><body>${await box()}<p>Between.</p>${await box()}</body></html>`,
    csp(hashes),
  ];

  server = createServer(async (request, response) => {
    const file = path.normalize(new URL(request.url, 'http://localhost').pathname);
    if (file === '/favicon.ico') return void response.writeHead(204).end();
    try {
      if (Object.hasOwn(pages, file)) {
        const [html, policy] = pages[file];
        response.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': policy });
        return void response.end(html);
      }
      if (!/^\/(dist|tests\/ssr)\/[\w./-]+$/.test(file)) throw new Error('not served');
      if (file.startsWith('/dist/ssr/')) await new Promise((resolve) => setTimeout(resolve, STYLESHEET_DELAY));
      const body = await readFile(path.join('.', file));
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Runs in the page before its own scripts: collects CSP violations and
 * layout shifts, and, once the parser is done (before module scripts run),
 * records every change to the widgets' server-rendered shadow roots.
 */
function watchPage() {
  const seen = (window.__seen = { violations: [], shifts: [], changes: [] });
  document.addEventListener('securitypolicyviolation', (event) => seen.violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const el of document.querySelectorAll('nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box')) {
      if (!el.shadowRoot) continue;
      new MutationObserver((records) =>
        records.forEach((record) => seen.changes.push(`<${el.localName}>: ${record.type} in <${record.target.localName ?? '#text'}>`)),
      ).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    }
  });
}

async function open(url, { javaScript }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  if (javaScript) await page.evaluateOnNewDocument(watchPage);
  else await page.setJavaScriptEnabled(false);
  // Until linked stylesheets are in too (they do not hold back the load event).
  await page.goto(`${origin}${url}`, { waitUntil: 'networkidle0' });
  if (javaScript) {
    await page.waitForFunction((selector) => Array.from(document.querySelectorAll(selector)).every((el) => el.hasUpdated && !el.isUpdatePending), {}, WIDGETS);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  }
  return { page, problems, seen: javaScript ? () => page.evaluate(() => window.__seen) : undefined, close: () => context.close() };
}

/** What each widget shows in its shadow root, and its size. */
const shown = (page) =>
  page.$$eval(WIDGETS, (widgets) =>
    widgets.map((el) => {
      const text = (node) =>
        node.nodeType === 3 ? node.textContent : ['style', 'link'].includes(node.localName) ? '' : Array.from(node.childNodes, text).join('');
      const box = el.getBoundingClientRect();
      return { tag: el.localName, text: el.shadowRoot ? text(el.shadowRoot).replace(/\s+/g, ' ').trim() : null, height: Math.round(box.height) };
    }),
  );

/** The quote card's box has its surface colour: the widget's styles applied. */
const styled = (page) => page.$eval('nw-quote-card', (el) => getComputedStyle(el.shadowRoot.querySelector('figure')).backgroundColor !== 'rgba(0, 0, 0, 0)');

/** The share of pixels that differ between two PNG screenshots (compared in a blank page of the browser). */
async function differentPixels(a, b) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async (first, second) => {
        const load = (base64) => createImageBitmap(new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' }));
        const [x, y] = await Promise.all([load(first), load(second)]);
        if (x.width !== y.width || x.height !== y.height) return 1;
        const pixels = (image) => {
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height).data;
        };
        const [p, q] = [pixels(x), pixels(y)];
        let different = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 24) different++;
        }
        return different / (p.length / 4);
      },
      a,
      b,
    );
  } finally {
    await page.close();
  }
}

let withoutJs;
let withoutJsShot;

test('without JavaScript, every widget shows its content from the server, styled, under the strict CSP with the style hashes', async () => {
  const { page, problems, close } = await open('/article.html', { javaScript: false });
  try {
    withoutJs = await shown(page);
    assert.deepEqual(
      withoutJs.map(({ tag }) => tag),
      ['nw-demand-table', 'nw-tweet-embed', 'nw-tweet-embed', 'nw-fact-box', 'nw-quote-card', 'nw-quote-card'],
    );
    const [table, nato, stoltenberg, facts, sherman, grushko] = withoutJs.map(({ text }) => text);
    for (const expected of ['Russia’s demands and the NATO answer', 'Ukraine must never be admitted to NATO.', '3 rejected', 'Open to talks']) assert.ok(table.includes(expected), `${expected} in the table`);
    for (const expected of ['NATO', '@NATO', '#ICYMI', 'January 13, 2022', 'View on X']) assert.ok(nato.includes(expected), `${expected} in the NATO post`);
    for (const expected of ['Jens Stoltenberg', '@jensstoltenberg', 'January 12, 2022']) assert.ok(stoltenberg.includes(expected), `${expected} in the Stoltenberg post`);
    for (const expected of ['Key facts', '30', 'NATO allies at the table', '14,000+']) assert.ok(facts.includes(expected), `${expected} in the fact box`);
    for (const expected of ['non-starters', 'Wendy Sherman', 'U.S. Deputy Secretary of State', 'January 12, 2022']) assert.ok(sherman.includes(expected), `${expected} in the quote`);
    assert.ok(grushko.includes('Alexander Grushko'));
    assert.ok(await styled(page), 'the widgets’ styles apply');
    assert.deepEqual(problems, [], 'no CSP violation or failed request');
    assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) <= VIEWPORT.height, 'the whole article is on screen');
    withoutJsShot = await page.screenshot({ encoding: 'base64' });
  } finally {
    await close();
  }
});

test('with JavaScript, the widgets hydrate: nothing logged, no CSP violation, no layout shift, nothing rendered again', async () => {
  const { page, problems, seen, close } = await open('/article.html', { javaScript: true });
  try {
    const { violations, shifts, changes } = await seen();
    assert.deepEqual(problems, [], 'nothing logged');
    assert.deepEqual(violations, [], 'no CSP violation');
    assert.equal(shifts.reduce((sum, value) => sum + value, 0), 0, 'cumulative layout shift');
    assert.deepEqual(changes, [], 'changes to the server-rendered shadow roots');
    assert.deepEqual(await shown(page), withoutJs, 'the same content and sizes as without JavaScript');
    const markers = await page.$$eval(WIDGETS, (widgets) => widgets.map((el) => el.shadowRoot.innerHTML.includes('<!--lit-part')));
    assert.ok(markers.every(Boolean), 'hydrated, not rendered again (the server markers are kept)');

    const difference = await differentPixels(withoutJsShot, await page.screenshot({ encoding: 'base64' }));
    assert.ok(difference <= MAX_DIFFERENT_PIXELS, `${(difference * 100).toFixed(3)} % of pixels differ from the page without JavaScript`);

    // Hydrated means live: the demand table's filter answers a click.
    const rows = await page.evaluate(async () => {
      const table = document.querySelector('nw-demand-table');
      table.shadowRoot.querySelector('button[data-status=rejected]').click();
      await table.updateComplete;
      return Array.from(table.shadowRoot.querySelectorAll('tbody tr[part=row]')).filter((row) => !row.hidden).length;
    });
    assert.equal(rows, 3, 'rows shown after filtering by "rejected"');
  } finally {
    await close();
  }
});

test('without the hashes, the policy blocks the inline styles (which is why they are listed)', async () => {
  const { page, problems, close } = await open('/article-no-hashes.html', { javaScript: false });
  try {
    assert.ok(problems.length > 0 && problems.every((problem) => /inline style.*Content Security Policy/.test(problem)), problems.join('\n'));
    assert.equal(await styled(page), false);
  } finally {
    await close();
  }
});

test('linked stylesheets, late: the README’s policy as it is, no violation, no layout shift, hydrated', async () => {
  const noJs = await open('/article-linked.html', { javaScript: false });
  try {
    assert.deepEqual(noJs.problems, []);
    assert.ok(await styled(noJs.page));
    assert.deepEqual(await shown(noJs.page), withoutJs, 'the same content and sizes as with inline styles');
  } finally {
    await noJs.close();
  }
  const { page, problems, seen, close } = await open('/article-linked.html', { javaScript: true });
  try {
    const { violations, shifts, changes } = await seen();
    assert.deepEqual([...problems, ...violations, ...changes], []);
    assert.deepEqual(await shown(page), withoutJs);
    assert.equal(shifts.reduce((sum, value) => sum + value, 0), 0, 'cumulative layout shift');
    const markers = await page.$$eval(WIDGETS, (widgets) => widgets.map((el) => el.shadowRoot.innerHTML.includes('<!--lit-part')));
    assert.ok(markers.every(Boolean), 'hydrated, not rendered again');
  } finally {
    await close();
  }
});

test('a widget whose server rendering differs from what its page needs renders again, with a warning', async () => {
  const { page, problems, seen, close } = await open('/namesakes.html', { javaScript: true });
  try {
    const boxes = await page.$$eval('nw-fact-box', (boxes) =>
      boxes.map((el) => ({
        label: el.shadowRoot.querySelector('aside').getAttribute('aria-labelledby').split(' ').map((id) => el.shadowRoot.getElementById(id).textContent).join(''),
        styled: getComputedStyle(el.shadowRoot.querySelector('aside')).backgroundColor !== 'rgba(0, 0, 0, 0)',
      })),
    );
    assert.deepEqual(boxes, [
      { label: 'Key facts, 1 of 2', styled: true },
      { label: 'Key facts, 2 of 2', styled: true },
    ]);
    assert.equal(problems.length, 2, problems.join('\n'));
    for (const problem of problems) assert.match(problem, /^warn: newsroom-widgets: <nw-fact-box> differs from its server-rendered shadow root .*; it is rendered again\.$/);
    assert.deepEqual((await seen()).violations, [], 'no CSP violation (the styles are adopted)');
  } finally {
    await close();
  }
});
