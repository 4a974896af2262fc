// The built standalone builder (dist/builder/, from `npm run build`) served as
// a newsroom would host it, by a plain static server, and used in Chromium:
// it renders, the form makes a snippet, the preview shows the widget, pasted
// hostile embed code comes out clean, nothing is requested from another
// origin and nothing is logged as an error, under the page's own strict CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const DIR = 'dist/builder';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

let server;
let origin;
let browser;

before(async () => {
  assert.ok(existsSync(`${DIR}/index.html`), `${DIR}/index.html exists (run npm run build)`);
  server = createServer(async (request, response) => {
    const file = new URL(request.url, 'http://localhost').pathname.replace(/\/$/, '/index.html');
    const full = path.join(DIR, path.normalize(file));
    try {
      const body = await readFile(full);
      response.writeHead(200, { 'content-type': TYPES[path.extname(full)] ?? 'application/octet-stream' });
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

/** The builder in a fresh browser context, with every request it makes and every error or warning it logs. */
async function openBuilder({ width = 1280 } = {}) {
  const context = await browser.createBrowserContext();
  await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('embed-builder')?.shadowRoot?.querySelector('.preview > *')?.shadowRoot);
  return { page, requests, problems, close: () => context.close() };
}

/** Requests to another origin than the page's, and files other than the page's own. */
function strayRequests(requests) {
  const own = ['/', '/builder.js', '/page.css', '/favicon.svg'];
  return requests.filter((url) => new URL(url).origin !== origin || !own.includes(new URL(url).pathname));
}

/** The builder's state, read from the page: snippet, preview widget and its rendered text. */
const state = (page) =>
  page.evaluate(async () => {
    const builder = document.querySelector('embed-builder');
    await builder.updateComplete;
    const widget = builder.shadowRoot.querySelector('.preview > *');
    await widget?.updateComplete;
    return {
      snippet: builder.shadowRoot.querySelector('#snippet').value,
      widget: widget?.localName,
      shown: widget?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
    };
  });

/** Replaces a field's text as a producer would: select all, type. */
async function fill(page, id, text) {
  const field = await page.waitForSelector(`embed-builder >>> #${id}`);
  await field.click({ count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text.length < 200) await field.type(text);
  else await page.evaluate((value) => document.execCommand('insertText', false, value), text);
}

test('the page is a proper, self-contained document', () => {
  const page = readFileSync(`${DIR}/index.html`, 'utf8');
  assert.match(page, /<html lang="en"/);
  assert.match(page, /<title>Embed builder · newsroom-widgets<\/title>/);
  assert.match(page, /<h1 slot="heading">Embed builder<\/h1>/);
  assert.match(page, /http-equiv="Content-Security-Policy"[^>]*script-src 'self'; style-src 'self'/);
  // No inline script or style: every <script> has a src, no <style>, no style="".
  assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag), ['<script type="module" src="builder.js">']);
  assert.doesNotMatch(page, /<style|\sstyle=/);
  const builder = readFileSync(`${DIR}/builder.js`, 'utf8');
  const lines = builder.split('\n').length;
  assert.ok(builder.length > 50_000 && builder.length / lines > 200, 'builder.js is bundled and minified');
  assert.match(builder, /DOMPurify/, 'the builder bundles DOMPurify');
});

test('DOMPurify is in the builder only, never in a reader’s bundle', () => {
  for (const file of ['dist/newsroom-widgets.js', 'dist/newsroom-widgets-upgrade.js', 'dist/nw-tweet-embed.js']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /dompurify/i, file);
  }
});

test('renders, makes a snippet from the form, previews the widget, copies; nothing leaves the origin', async () => {
  const { page, requests, problems, close } = await openBuilder();
  try {
    assert.equal(await page.title(), 'Embed builder · newsroom-widgets');
    let now = await state(page);
    assert.equal(now.widget, 'nw-quote-card');
    assert.match(now.shown, /\[Some of Putin’s demands\] are simply non-starters\./);

    await fill(page, 'f-quote-speaker', 'Alexander Grushko');
    await fill(page, 'f-quote-speakerRole', 'Russian Deputy Foreign Minister');
    await fill(page, 'f-quote-quote', 'It’s absolutely imperative.');
    now = await state(page);
    assert.match(now.snippet, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/newsroom-widgets@[\d.]+\/dist\/autoload\.js"><\/script>\n<nw-quote-card\n/);
    assert.match(now.snippet, /speaker="Alexander Grushko"/);
    assert.match(now.snippet, /<p>It’s absolutely imperative\.<\/p>/);
    assert.match(now.shown, /Alexander Grushko/);
    assert.match(now.shown, /It’s absolutely imperative\./);

    // Copy puts exactly the snippet on the clipboard and says so.
    await (await page.waitForSelector('embed-builder >>> button.copy')).click();
    await page.waitForFunction(() => document.querySelector('embed-builder').shadowRoot.querySelector('[role="status"].status').textContent === 'Copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), now.snippet);

    // Every widget previews; the social post from the seed's embed code.
    for (const [kind, tag, text] of [
      ['post', 'nw-tweet-embed', 'serious exchange on Russia'],
      ['demands', 'nw-demand-table', 'Ukraine must never be admitted to NATO.'],
      ['facts', 'nw-fact-box', 'NATO allies at the table'],
    ]) {
      await (await page.waitForSelector(`embed-builder >>> input[name="widget"][value="${kind}"]`)).click();
      await page.waitForFunction((tag) => document.querySelector('embed-builder').shadowRoot.querySelector('.preview > *')?.localName === tag, {}, tag);
      now = await state(page);
      assert.ok(now.shown.includes(text), `${tag} shows “${text}”`);
      assert.ok(now.snippet.includes(`<${tag}`), `the snippet has <${tag}>`);
    }
  } finally {
    await close();
  }
  assert.deepEqual(strayRequests(requests), [], 'no request but the page’s own files');
  for (const file of ['/', '/builder.js', '/page.css']) assert.ok(requests.includes(`${origin}${file}`), `${file} loaded`);
  assert.deepEqual(problems, [], 'no console error or warning');
});

test('pasted hostile embed code comes out clean (DOMPurify under the page’s CSP and Trusted Types)', async () => {
  const { page, requests, problems, close } = await openBuilder({ width: 390 });
  try {
    await (await page.waitForSelector('embed-builder >>> input[name="widget"][value="post"]')).click();
    const hostile =
      '<blockquote class="twitter-tweet evil" onclick="alert(1)" style="color:red"><p lang="en" onmouseover="alert(2)">Allies agreed <img src=x onerror="alert(3)"><script>alert(4)</script><a href="javascript:alert(5)">#NATO</a></p>&mdash; NATO (@NATO) <a href="https://twitter.com/NATO/status/1481637470556450818">January 13, 2022</a></blockquote><iframe src="https://evil.example/"></iframe><script async src="https://platform.twitter.com/widgets.js"></script>';
    await fill(page, 'f-post-code', hostile);
    await page.waitForFunction(() => document.querySelector('embed-builder').shadowRoot.querySelector('#snippet').value.includes('(@NATO)'));
    const { snippet, shown } = await state(page);
    assert.match(snippet, /<blockquote class="twitter-tweet"><p lang="en">Allies agreed <a>#NATO<\/a><\/p>/);
    assert.doesNotMatch(snippet.split('\n').slice(1).join('\n'), /script|onclick|onmouseover|onerror|style=|iframe|javascript:|evil/);
    assert.match(shown, /Allies agreed/);
    // 390 px: no sideways scrolling.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
  } finally {
    await close();
  }
  assert.deepEqual(strayRequests(requests), []);
  // Chromium reports, and refuses, the pasted code's inline handlers and styles when DOMPurify
  // parses it under the page's CSP: that is the policy at work. Nothing else may be logged.
  const refused = /^error: (Executing inline event handler|Applying inline style) violates the following Content Security Policy directive/;
  assert.deepEqual(problems.filter((problem) => !refused.test(problem)), []);
});
