// Hostile host pages: the widgets inside pages styled by real site CSS that no
// one here wrote (Bootstrap 5, Tailwind's preflight compiled as a Tailwind site
// ships it, WordPress's Twenty Twenty-One theme from Debian's
// wordpress-theme-twentytwentyone), each page with the markup its templates
// put around a post (tests/hosts/host-pages.mjs).
//
// 1. Every widget of the seed article (tests/hosts/widgets.html) looks the
//    same as on a blank page: a screenshot of what the widget draws (the
//    union of its shadow root's boxes) differs in at most MAX_DIFF of its
//    pixels (pixelmatch, colour threshold 0.1), and its size by less than a
//    pixel. The widgets' containers have the same width, font and colour on
//    every page: the widgets inherit the page's font by design, and an `auto`
//    pull quote its text colour; everything else the host's CSS does must not
//    show.
// 2. The host page's own elements (tests/hosts/host-elements.html: headings,
//    paragraphs, links, lists, a quotation, a table, buttons, a form) look
//    the same with and without the library (the script-tag bundle and
//    newsroom-widgets.css): the same screenshot, and the same computed style
//    for every element, <html> and <body> included (but for their height,
//    which holds the widgets).
// Runs on dist/ (npm test builds first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { BLANK, HOSTS, WIDGET_CASES, checkHostStylesheets, hostPage, startServer } from './host-pages.mjs';

/** Share of a widget's pixels that may differ from the blank page's. */
const MAX_DIFF = 0.001;
/** pixelmatch's per-pixel colour threshold (0 to 1). */
const COLOUR_THRESHOLD = 0.1;
const VIEWPORT = { width: 1024, height: 1200 };
/** Computed values that follow an element's size. */
const SIZED = new Set(['block-size', 'height', 'inline-size', 'width', 'perspective-origin', 'transform-origin']);

let server;
let origin;
let browser;
let page;
const pageErrors = [];
const failedRequests = [];

before(async () => {
  const missing = checkHostStylesheets();
  if (missing.length) throw new Error(`host-page tests need every host's stylesheet:\n${missing.join('\n')}`);
  const pages = new Map([
    ['/blank', hostPage(BLANK)],
    ...HOSTS.flatMap((host, i) => [
      [`/host-${i}`, hostPage(host)],
      [`/host-${i}-without-library`, hostPage(host, { library: false })],
    ]),
  ]);
  ({ server, origin } = await startServer(pages));
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (!response.ok() && !response.url().endsWith('/favicon.ico')) failedRequests.push(`${response.status()} ${response.url()}`);
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * The box of what the photographed widget draws (the union of its shadow
 * root's element boxes), once it has held still for five frames: rows and
 * widgets that were off screen skip layout until they are on it.
 */
function steadyBox() {
  return page.evaluate(async () => {
    const measure = () => {
      const el = document.querySelector('[data-shot] > *');
      const boxes = Array.from(el.shadowRoot.children, (child) => child.getBoundingClientRect()).filter((r) => r.width && r.height);
      const left = Math.min(...boxes.map((r) => r.left));
      const top = Math.min(...boxes.map((r) => r.top));
      return { x: left, y: top, width: Math.max(...boxes.map((r) => r.right)) - left, height: Math.max(...boxes.map((r) => r.bottom)) - top };
    };
    let last = '';
    let same = 0;
    for (let frame = 0; frame < 120 && same < 5; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = JSON.stringify(measure());
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return JSON.parse(last);
  });
}

async function open(path, { library = true } = {}) {
  pageErrors.length = 0;
  failedRequests.length = 0;
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  if (library) {
    await page
      .waitForFunction(() => Array.from(document.querySelectorAll('.nw-case > *')).every((el) => customElements.get(el.localName) && el.shadowRoot), { timeout: 15_000 })
      .catch((error) => {
        throw new Error(`${path}: the widgets were not defined within 15 s (is dist/ built?); page errors: ${JSON.stringify(pageErrors)}, failed requests: ${JSON.stringify(failedRequests)}`, { cause: error });
      });
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('.nw-case > *')) await el.updateComplete;
    });
  }
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Screenshots of every widget: each case in turn at the viewport's corner
 * (on whole pixels, whatever the host's margins), clipped to what it draws.
 */
async function widgetShots() {
  const shots = [];
  for (let i = 0; i < WIDGET_CASES.length; i++) {
    await page.evaluate((id) => document.getElementById(id).setAttribute('data-shot', ''), `case-${i}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await steadyBox();
    assert.ok(box.height > 50 && box.width > 200, `<${WIDGET_CASES[i].tag}> #${i} drew nothing: ${JSON.stringify(box)}`);
    const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) } }));
    await page.evaluate((id) => document.getElementById(id).removeAttribute('data-shot'), `case-${i}`);
    shots.push({ box, png });
  }
  return shots;
}

/** The number of pixels that differ between two screenshots of one size. */
function differing(a, b) {
  return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: COLOUR_THRESHOLD });
}

const size = ({ width, height }) => `${width.toFixed(1)}×${height.toFixed(1)}`;

let blankShots;

for (const [h, host] of HOSTS.entries()) {
  test(`${host.name}: every widget looks as on a blank page (at most ${MAX_DIFF * 100}% of its pixels differ, size within 1 px)`, async () => {
    if (!blankShots) {
      await open('/blank');
      blankShots = await widgetShots();
      assert.deepEqual(pageErrors, []);
    }
    await open(`/host-${h}`);
    const shots = await widgetShots();
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(failedRequests, [], 'every stylesheet and script the page asks for is there');
    const problems = [];
    const lines = [];
    for (const [i, { tag }] of WIDGET_CASES.entries()) {
      const blank = blankShots[i];
      const hosted = shots[i];
      const name = `<${tag}> #${i}`;
      if (Math.abs(blank.box.width - hosted.box.width) >= 1 || Math.abs(blank.box.height - hosted.box.height) >= 1) {
        problems.push(`${name}: ${size(hosted.box)} px here, ${size(blank.box)} px on a blank page`);
        lines.push(`${name} size ${size(hosted.box)} vs ${size(blank.box)}`);
        continue;
      }
      if (blank.png.width !== hosted.png.width || blank.png.height !== hosted.png.height) {
        problems.push(`${name}: the screenshots are ${hosted.png.width}×${hosted.png.height} and ${blank.png.width}×${blank.png.height} px`);
        continue;
      }
      const count = differing(blank.png, hosted.png);
      const share = count / (blank.png.width * blank.png.height);
      lines.push(`${name} ${blank.png.width}×${blank.png.height}: ${count} px differ (${(share * 100).toFixed(3)}%)`);
      if (share > MAX_DIFF) problems.push(`${name}: ${count} of ${blank.png.width * blank.png.height} pixels differ (${(share * 100).toFixed(2)}%)`);
    }
    console.log(`${host.name}, ${WIDGET_CASES.length} widgets against a blank page:\n  ${lines.join('\n  ')}`);
    assert.deepEqual(problems, [], `${host.name} changes how widgets look`);
  });

  test(`${host.name}: the page's own elements look the same with and without the library`, async () => {
    const read = async (path, library) => {
      await open(path, { library });
      const styles = await page.evaluate(() => {
        const elements = [document.documentElement, document.body, ...document.querySelectorAll('#host-content, #host-content *')];
        return elements.map((el, i) => {
          const style = getComputedStyle(el);
          const values = {};
          for (let j = 0; j < style.length; j++) values[style[j]] = style.getPropertyValue(style[j]);
          return { name: `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${i})`, values };
        });
      });
      const element = await page.$('#host-content');
      const png = PNG.sync.read(await element.screenshot());
      return { styles, png };
    };
    const without = await read(`/host-${h}-without-library`, false);
    const withLibrary = await read(`/host-${h}`, true);
    assert.deepEqual(pageErrors, []);
    const changed = [];
    for (const [i, before] of without.styles.entries()) {
      const now = withLibrary.styles[i];
      for (const [property, value] of Object.entries(before.values)) {
        // <html> and <body> hold the widgets too, which are taller once rendered.
        if (i < 2 && SIZED.has(property)) continue;
        if (now.values[property] !== value) changed.push(`${before.name} ${property}: ${value} → ${now.values[property]}`);
      }
    }
    const sameSize = without.png.width === withLibrary.png.width && without.png.height === withLibrary.png.height;
    const count = sameSize ? differing(without.png, withLibrary.png) : Infinity;
    console.log(
      `${host.name}: ${without.styles.length} page elements, ${changed.length} computed style changes; screenshot ${withLibrary.png.width}×${withLibrary.png.height}, ${count} px differ`,
    );
    assert.deepEqual(changed, [], 'the library changed the computed style of the page’s own elements');
    assert.ok(sameSize, `the page's content is ${withLibrary.png.width}×${withLibrary.png.height} px with the library, ${without.png.width}×${without.png.height} without`);
    assert.equal(count, 0, 'pixels of the page’s own content differ with the library');
  });
}
