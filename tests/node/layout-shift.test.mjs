// With dist/newsroom-widgets.css in the <head>, the seed article does not jump
// when the script arrives late: cumulative layout shift (CLS) stays at or below
// 0.005 with the script served 400 ms after the page, on a phone and a desktop,
// light and dark, through the loader and the one-file bundle. Needs dist/
// (npm run build) and a Chrome or Chromium (scripts/find-chrome.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { ARTICLE } from '../../scripts/bench/content.mjs';
import { startServer } from '../../scripts/bench/server.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const LIMIT = 0.005;
const DELAY = 400;
const WIDGETS = 'nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box';
const SCRIPTS = ['autoload.js', 'newsroom-widgets.js'];
// Tall enough that every widget is on screen (only visible shifts count), checked below.
const VIEWPORTS = [
  { name: 'narrow', width: 412, height: 4600 },
  { name: 'wide', width: 1280, height: 3400 },
];
const SCHEMES = ['light', 'dark'];

/** The seed article as a CMS publishes it: the stylesheet in the <head>, the module script served late. */
const articlePage = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout shift</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:1rem;font:1.0625rem/1.55 Georgia,serif;color:#1b1b1b;background:#fff}
main{max-width:40rem;margin:0 auto}h1{font-size:1.75rem;line-height:1.2}</style>
<link rel="stylesheet" href="/dist/newsroom-widgets.css">
<script type="module" src="/dist/${script}?delay=${DELAY}"></script>
</head><body><main>
${ARTICLE}
</main></body></html>`;

/** Runs in the page before any of its scripts: records every layout shift and what moved. */
function recordShifts() {
  const shifts = (window.__shifts = []);
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return `"${node.textContent.trim().slice(0, 20)}" in ${describe(node.parentNode ?? node.host)}`;
    return node.localName + (node.className ? `.${String(node.className).split(' ')[0]}` : '');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        time: Math.round(entry.startTime),
        value: entry.value,
        moved: entry.sources.map((source) => `${describe(source.node)} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} (h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)})`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page once it has loaded: waits for every widget's first render, then a couple of frames. */
async function settle({ selector, timeout }) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const start = performance.now();
  const rendered = (el) => customElements.get(el.localName) && el.shadowRoot?.querySelector(':not(slot, style)') && !el.matches(':state(pending)');
  for (;;) {
    const widgets = [...document.querySelectorAll(selector)];
    if (widgets.every(rendered)) {
      await Promise.all(widgets.map((el) => el.updateComplete));
      if (widgets.every(rendered)) break;
    }
    if (performance.now() - start > timeout) throw new Error(`${widgets.filter(rendered).length} of ${widgets.length} widgets rendered after ${timeout} ms`);
    await sleep(20);
  }
  for (let i = 0; i < 3; i++) await frame();
  await sleep(50);
  const offScreen = [...document.querySelectorAll(selector)].filter((el) => el.getBoundingClientRect().bottom > innerHeight).map((el) => el.localName);
  // CLS as Core Web Vitals define it: the largest session window (gaps under 1 s, at most 5 s).
  let cls = 0;
  let session = 0;
  let first = 0;
  let last = -Infinity;
  for (const { time, value } of window.__shifts) {
    if (time - last < 1000 && time - first < 5000) session += value;
    else [session, first] = [value, time];
    last = time;
    cls = Math.max(cls, session);
  }
  return { cls, shifts: window.__shifts, offScreen };
}

let browser;
let server;

before(async () => {
  assert.ok(existsSync(`${DIST}newsroom-widgets.css`), 'dist/ is missing: run npm run build first');
  server = await startServer({ roots: { '/dist/': DIST }, document: (path) => (path.startsWith('/article-') ? articlePage(path.slice('/article-'.length)) : null) });
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const script of SCRIPTS) {
  test(`the seed article with the script 400 ms late does not shift (dist/${script}, stylesheet in the head)`, async (t) => {
    const results = [];
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.setViewport({ width: viewport.width, height: viewport.height });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await page.evaluateOnNewDocument(recordShifts);
          await page.goto(`${server.origin}/article-${script}`, { waitUntil: 'load' });
          const result = await page.evaluate(settle, { selector: WIDGETS, timeout: 15_000 });
          assert.deepEqual(errors, [], `${viewport.name} ${scheme}: page errors`);
          assert.deepEqual(result.offScreen, [], `${viewport.name} ${scheme}: widgets below the viewport, which CLS would not count`);
          results.push({ label: `${viewport.name} (${viewport.width}×${viewport.height}) ${scheme}`, ...result });
        } finally {
          await context.close();
        }
      }
    }
    for (const { label, cls, shifts } of results) {
      t.diagnostic(`${label}: CLS ${cls.toFixed(4)}${shifts.length ? ` (${shifts.length} shift${shifts.length > 1 ? 's' : ''})` : ''}`);
    }
    for (const { label, cls, shifts } of results) {
      const detail = shifts.map((shift) => `  ${shift.time} ms, ${shift.value.toFixed(4)}: ${shift.moved.join('; ')}`).join('\n');
      assert.ok(cls <= LIMIT, `${label}: CLS ${cls.toFixed(4)} > ${LIMIT}\n${detail}`);
    }
  });
}
