// Long sessions do not leak: a live blog creates and removes widgets for
// hours, and a CMS preview changes one widget's content thousands of times.
// Per widget, in the script-tag bundle (dist/newsroom-widgets.js, as a page
// loads it): 500 create/attach/render/remove cycles to warm up, then 2,000
// more; the JS heap after a full garbage collection must grow by less than
// 128 KB between the two measurements. The same for 500 content changes on
// one live widget (each a new text or attribute value) after 500 to warm up.
// Then, with every widget removed and the garbage collected, no instance of
// any widget class may be left (Runtime.queryObjects on each class's
// prototype), and a heap snapshot holds no detached <nw-*> element (checked
// first on a widget the page deliberately keeps, so the search is known to
// find one). `npm run test:stress` runs it with NW_STRESS=1: 1,000 cycles to
// warm up, then 5,000, and 1,000 changes after 1,000. Runs on dist/ (npm test
// builds first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const BUNDLE = fileURLToPath(new URL('../../dist/newsroom-widgets.js', import.meta.url));
const STRESS = process.env.NW_STRESS === '1';
const WARM_UP = STRESS ? 1000 : 500;
const CYCLES = STRESS ? 5000 : 2000;
const CHANGES = STRESS ? 1000 : 500;
const MAX_GROWTH = 128 * 1024;

/** Light-DOM content of each widget, and a change that re-renders it (`%i` is the change's number). */
const WIDGETS = {
  'nw-quote-card': {
    markup: `<blockquote cite="https://www.state.gov/"><p>It is absolutely imperative.</p><p>Second paragraph.</p></blockquote><cite>Wendy Sherman</cite>`,
    attribute: 'speaker',
  },
  'nw-tweet-embed': {
    markup: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The NATO–Russia Council had a serious exchange on <a href="https://twitter.com/hashtag/Ukraine?src=hash">#Ukraine</a></p>&mdash; Jens Stoltenberg (@jensstoltenberg) <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175">January 12, 2022</a></blockquote>`,
    attribute: 'author',
  },
  'nw-demand-table': {
    markup: `<table><caption>Demands and answers</caption><thead><tr><th>Russia</th><th>NATO</th><th>Status</th></tr></thead><tbody><tr><td>Ukraine must never be admitted.</td><td>Ukraine alone decides.</td><td>Rejected</td></tr><tr><td>Pull troops back.</td><td>Willing to talk.</td><td>Open</td></tr></tbody></table>`,
    attribute: 'heading',
  },
  'nw-fact-box': {
    markup: `<h2>Key facts</h2><dl><dt>NATO allies at the table</dt><dd>30</dd><dt>Russia annexed Crimea</dt><dd>2014</dd><dt>The Donbas has been devastated.</dt></dl><p>Source: <a href="https://www.nato.int/">NATO–Russia Council</a></p>`,
    attribute: 'heading',
  },
};

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>memory</title></head><body><main id="box"></main>
<script type="module">
import * as widgets from '/newsroom-widgets.js';
window.widgetsModule = widgets;
const box = document.getElementById('box');
const WIDGETS = ${JSON.stringify(WIDGETS)};
/** Creates, attaches, renders and removes one widget, n times. */
window.cycles = async (tag, n) => {
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    el.innerHTML = WIDGETS[tag].markup;
    box.append(el);
    await el.updateComplete;
    if (!el.shadowRoot || !el.shadowRoot.textContent.trim()) throw new Error(tag + ' rendered nothing');
    el.remove();
  }
};
/** Changes the content of one live widget n times: light-DOM text, an attribute, data, replaced children. */
window.changes = async (tag, n, start) => {
  let el = box.querySelector(tag);
  if (!el) {
    el = document.createElement(tag);
    el.innerHTML = WIDGETS[tag].markup;
    box.append(el);
    await el.updateComplete;
  }
  for (let i = start; i < start + n; i++) {
    switch (i % 4) {
      case 0: {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode()) && !node.data.trim());
        if (node) node.data = node.data.replace(/( #\\d+)?$/, ' #' + i);
        break;
      }
      case 1:
        el.setAttribute(WIDGETS[tag].attribute, 'Changed ' + i);
        break;
      case 2:
        el.removeAttribute(WIDGETS[tag].attribute);
        break;
      default:
        el.innerHTML = WIDGETS[tag].markup;
    }
    await new Promise((resolve) => queueMicrotask(resolve)); // the light-DOM observer (queued first) runs
    await el.updateComplete;
  }
};
/** An editor typing into a live quote card's date: a new invalid value each time, each one warned about. */
window.badDates = async (n, start) => {
  let el = box.querySelector('nw-quote-card.typing');
  if (!el) {
    el = document.createElement('nw-quote-card');
    el.className = 'typing';
    el.innerHTML = WIDGETS['nw-quote-card'].markup;
    box.append(el);
  }
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (let i = start; i < start + n; i++) {
      el.setAttribute('date', '2022-13-' + i);
      await el.updateComplete;
    }
  } finally {
    console.warn = warn;
  }
};
window.ready = true;
</script></body></html>`;

let server;
let browser;
let page;
let cdp;
let origin;

before(async () => {
  const bundle = readFileSync(BUNDLE);
  server = createServer((request, response) => {
    if (request.url === '/newsroom-widgets.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(bundle);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${origin}/`);
  await page.waitForFunction('window.ready === true');
  assert.deepEqual(errors, []);
  cdp = await page.createCDPSession();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** JS heap in use after full garbage collections. */
async function heapAfterGc() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const tag of Object.keys(WIDGETS)) {
  test(`<${tag}>: ${CYCLES} create/render/remove cycles after ${WARM_UP} grow the heap by less than ${kb(MAX_GROWTH)}`, async () => {
    await page.evaluate((t, n) => window.cycles(t, n), tag, WARM_UP);
    const warm = await heapAfterGc();
    await page.evaluate((t, n) => window.cycles(t, n), tag, CYCLES);
    const end = await heapAfterGc();
    console.log(`<${tag}> ${WARM_UP} + ${CYCLES} cycles: heap ${kb(warm)} → ${kb(end)} (growth ${kb(end - warm)})`);
    assert.ok(end - warm < MAX_GROWTH, `<${tag}> heap grew by ${kb(end - warm)} over ${CYCLES} cycles`);
  });

  test(`<${tag}>: ${CHANGES} content changes on one live widget after ${CHANGES} grow the heap by less than ${kb(MAX_GROWTH)}`, async () => {
    await page.evaluate((t, n) => window.changes(t, n, 0), tag, CHANGES);
    const warm = await heapAfterGc();
    await page.evaluate((t, n) => window.changes(t, n, n), tag, CHANGES);
    const end = await heapAfterGc();
    console.log(`<${tag}> ${CHANGES} + ${CHANGES} changes: heap ${kb(warm)} → ${kb(end)} (growth ${kb(end - warm)})`);
    assert.ok(end - warm < MAX_GROWTH, `<${tag}> heap grew by ${kb(end - warm)} over ${CHANGES} changes`);
    await page.evaluate((t) => document.querySelector(t)?.remove(), tag);
  });
}

test(`a live widget given ${CHANGES * 3} more invalid dates, one per key stroke, after ${CHANGES + 1024}, grows the heap by less than ${kb(MAX_GROWTH)}`, async () => {
  // The warnings already printed are remembered per element up to a bound (src/core/report.ts), so each one is printed once and what is kept stops growing.
  await page.evaluate((n) => window.badDates(n, 0), CHANGES + 1024);
  const warm = await heapAfterGc();
  await page.evaluate((n, start) => window.badDates(n, start), CHANGES * 3, CHANGES + 1024);
  const end = await heapAfterGc();
  console.log(`<nw-quote-card> ${CHANGES + 1024} + ${CHANGES * 3} invalid dates: heap ${kb(warm)} → ${kb(end)} (growth ${kb(end - warm)})`);
  assert.ok(end - warm < MAX_GROWTH, `the heap grew by ${kb(end - warm)} over ${CHANGES * 3} invalid dates`);
  await page.evaluate(() => document.querySelector('nw-quote-card.typing')?.remove());
});

/** How many instances of each widget class the heap holds (Runtime.queryObjects on its prototype). */
async function instances() {
  const counts = {};
  for (const tag of Object.keys(WIDGETS)) {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    counts[tag] = result.value;
    await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  }
  return counts;
}

test('no removed widget stays reachable', async () => {
  const each = (count) => Object.fromEntries(Object.keys(WIDGETS).map((tag) => [tag, count]));
  // The count sees live widgets: one of each on the page is one of each.
  await page.evaluate(() => document.getElementById('box').replaceChildren());
  await page.evaluate(async (tags) => {
    for (const tag of tags) await window.changes(tag, 0, 0);
  }, Object.keys(WIDGETS));
  await heapAfterGc();
  assert.deepEqual(await instances(), each(1));
  await page.evaluate(() => document.getElementById('box').replaceChildren());
  // Tasks the removal queued (observers' records, a render turn) run first: only then is nothing meant to hold a widget.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await heapAfterGc();
  const counts = await instances();
  console.log(`instances left after removing every widget: ${JSON.stringify(counts)}`);
  assert.deepEqual(counts, each(0));
});

/**
 * The `<nw-*>` elements a heap snapshot holds that are detached from every
 * document: Blink names a DOM node in the snapshot by its start tag, and marks
 * it detached (the node field `detachedness`: 1 attached, 2 detached; older
 * Chromium put "Detached " before the name instead).
 */
async function detachedWidgets() {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await heapAfterGc();
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const width = fields.length;
  const nameAt = fields.indexOf('name');
  const detachedAt = fields.indexOf('detachedness');
  assert.ok(nameAt >= 0, `the snapshot's nodes have no name field (fields: ${fields.join(', ')})`);
  const found = [];
  for (let i = 0; i < nodes.length; i += width) {
    const name = strings[nodes[i + nameAt]];
    if (!/^(Detached )?<nw-/.test(name)) continue;
    if (name.startsWith('Detached ') || (detachedAt >= 0 && nodes[i + detachedAt] === 2)) found.push(name);
  }
  return { found, size: nodes.length / width };
}

test('a heap snapshot holds no detached <nw-*> element', async () => {
  // The search finds a widget the page keeps after removing it.
  await page.evaluate(async () => {
    const el = document.createElement('nw-quote-card');
    el.innerHTML = '<blockquote><p>Kept on purpose.</p></blockquote>';
    document.getElementById('box').append(el);
    await el.updateComplete;
    el.remove();
    window.keptWidget = el;
  });
  const kept = await detachedWidgets();
  assert.equal(kept.found.length, 1, `the snapshot should show the one widget kept on purpose, found: ${JSON.stringify(kept.found)}`);
  assert.match(kept.found[0], /<nw-quote-card/);
  await page.evaluate(() => {
    delete window.keptWidget;
    document.getElementById('box').replaceChildren();
  });
  const { found, size } = await detachedWidgets();
  console.log(`heap snapshot after every widget was removed: ${size} nodes, ${found.length} detached <nw-*> elements`);
  assert.deepEqual(found, []);
});
