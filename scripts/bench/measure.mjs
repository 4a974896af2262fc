// One cold page load, as a first-time reader gets it: a new incognito browser
// context, observers installed before any script, the network watched through
// CDP. Returns what the reader paid.
import { gzipSync } from 'node:zlib';

/** Runs in every document before its own scripts. */
function instrument() {
  const bench = (window.__bench = { longTasks: [], shifts: [], rendered: 0, lastRender: 0, painted: 0, peerDone: 0 });
  // After a widget renders, the end of the next frame (its style, layout and paint): rAF, then a task.
  let frameAsked = false;
  const afterNextFrame = () => {
    if (frameAsked) return;
    frameAsked = true;
    requestAnimationFrame(() => {
      frameAsked = false;
      setTimeout(() => (bench.painted = Math.max(bench.painted, performance.now())));
    });
  };
  // The end of the first frame after the load event: when the plain page has laid out and painted all of its content.
  addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => (bench.loadPainted = performance.now()))));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shifts.push([entry.startTime, entry.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  // When each widget rendered: wrap Lit's firstUpdated (counts widgets) and
  // updated (every render, so a long table's later slices of rows count too)
  // of every nw-* class as it is defined.
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, constructor, options) {
    if (name.startsWith('nw-') && typeof constructor === 'function') {
      const proto = constructor.prototype;
      const firstUpdated = proto.firstUpdated;
      const updated = proto.updated;
      proto.firstUpdated = function (...args) {
        bench.rendered++;
        return firstUpdated?.apply(this, args);
      };
      proto.updated = function (...args) {
        bench.lastRender = performance.now();
        afterNextFrame();
        return updated?.apply(this, args);
      };
    }
    return define.call(this, name, constructor, options);
  };
  // The peer fires `loaded` or `error` on each post (neither bubbles: listen while capturing).
  for (const type of ['loaded', 'error']) {
    document.addEventListener(type, (event) => event.target?.localName === 'bluesky-post' && bench.peerDone++, true);
  }
}

/** Runs in the page after `load`: waits until the page is done, then reports. */
async function collect({ mode, expected, tags, timeout }) {
  const bench = window.__bench;
  const start = performance.now();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let error = null;
  if (mode === 'widgets') {
    for (;;) {
      const widgets = [...document.querySelectorAll(tags.join(','))];
      if (widgets.length >= expected && widgets.every((el) => customElements.get(el.localName))) {
        await Promise.all(widgets.map((el) => el.updateComplete));
        if (widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0)) break;
      }
      if (performance.now() - start > timeout) {
        const rendered = widgets.filter((el) => el.shadowRoot?.childElementCount > 0).length;
        error = `${rendered} of ${expected} widgets rendered after ${timeout} ms (${widgets.length} found)`;
        break;
      }
      await sleep(20);
    }
  } else if (mode === 'peer') {
    const posts = document.querySelectorAll('bluesky-post').length;
    while (bench.peerDone < posts && performance.now() - start < 3000) await sleep(20);
  }
  while (!bench.loadPainted) await sleep(10);
  // Let the last long-task and layout-shift entries arrive.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await sleep(50);
  // CLS as Core Web Vitals define it: the largest session window (gaps < 1 s, at most 5 s).
  let cls = 0;
  let session = 0;
  let first = 0;
  let last = -Infinity;
  for (const [time, value] of bench.shifts) {
    if (time - last < 1000 && time - first < 5000) session += value;
    else [session, first] = [value, time];
    last = time;
    cls = Math.max(cls, session);
  }
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    error,
    load: nav.loadEventEnd,
    rendered: mode === 'widgets' && !error ? bench.lastRender : null,
    // Plain HTML: the frame after load. Widgets: the frame after the last render, or after load if that came later.
    painted: error ? null : mode === 'widgets' ? Math.max(bench.painted, bench.loadPainted) : bench.loadPainted,
    renderedCount: bench.rendered,
    longTasks: bench.longTasks,
    cls,
    peerDone: bench.peerDone,
  };
}

const gzipCache = new Map();
const gzipSize = (text) => {
  if (!gzipCache.has(text)) gzipCache.set(text, gzipSync(text, { level: 9 }).length);
  return gzipCache.get(text);
};

/** A new incognito context with one tab: a reader's first visit. */
async function freshTab(browser) {
  const context = await browser.createBrowserContext();
  return { context, page: await context.newPage() };
}

/**
 * The next load's tab, made while the load before it is being wound up (heap,
 * response bodies, closing): starting a tab's renderer takes about 200 ms, and
 * no measurement is running then.
 */
const spareTabs = new WeakMap();
function takeTab(browser) {
  const spare = spareTabs.get(browser);
  spareTabs.delete(browser);
  return spare ?? freshTab(browser);
}
function prepareTab(browser) {
  if (spareTabs.has(browser) || !browser.connected) return;
  const spare = freshTab(browser);
  spare.catch(() => spareTabs.delete(browser));
  spareTabs.set(browser, spare);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ origin: string, cpu: number, mode: 'widgets'|'static'|'peer', expected?: number, tags: string[], heap?: boolean }} options
 */
export async function measureLoad(browser, url, { origin, cpu, network, mode, expected = 0, tags, heap = false, timeout = 20_000 }) {
  const began = Date.now();
  const { context, page } = await takeTab(browser);
  try {
    const cdp = await page.createCDPSession();
    const requests = new Map();
    const bodies = [];
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
      if (/^https?:/.test(request.url)) requests.set(requestId, { url: request.url, type, wire: 0 });
    });
    cdp.on('Network.responseReceived', ({ requestId, type }) => {
      const entry = requests.get(requestId);
      if (entry) entry.type = type;
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (!entry) return;
      entry.wire = encodedDataLength;
      if (entry.type === 'Script' || entry.type === 'Stylesheet') {
        bodies.push(
          cdp.send('Network.getResponseBody', { requestId }).then(
            ({ body, base64Encoded }) => (entry.body = base64Encoded ? Buffer.from(body, 'base64') : body),
            () => {},
          ),
        );
      }
    });
    cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
      const entry = requests.get(requestId);
      if (entry) entry.failed = errorText;
    });
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await cdp.send('Network.enable');
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await page.evaluateOnNewDocument(instrument);
    // On our pages an uncaught error means a way in is broken: stop at once instead of waiting.
    const crashed = new Promise((resolve) => mode === 'widgets' && page.once('pageerror', (error) => resolve({ error: error.message })));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const result = await Promise.race([page.evaluate(collect, { mode, expected, tags, timeout }), crashed]);
    if (result.error) return { error: result.error, consoleErrors };
    prepareTab(browser);
    if (heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    await Promise.all(bodies);

    const all = [...requests.values()];
    const own = all.filter((r) => r.url.startsWith(`${origin}/`));
    const bytes = (type) => {
      const list = own.filter((r) => r.type === type && !r.failed);
      const withBodies = list.every((r) => r.body !== undefined);
      return {
        requests: list.length,
        // gzip (level 9) of each response body as received, summed; wire: bytes on the wire, headers included.
        gzip: withBodies ? list.reduce((sum, r) => sum + gzipSize(r.body), 0) : null,
        raw: withBodies ? list.reduce((sum, r) => sum + Buffer.byteLength(r.body), 0) : null,
        wire: list.reduce((sum, r) => sum + r.wire, 0),
      };
    };
    const tasks = result.longTasks;
    return {
      ...result,
      longTasks: undefined,
      tbt: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longest: tasks.length ? Math.max(...tasks) : 0,
      js: bytes('Script'),
      css: bytes('Stylesheet'),
      document: bytes('Document'),
      requests: all.length,
      consoleErrors: consoleErrors.slice(0, 5),
      wallMs: Date.now() - began,
      otherHosts: all.filter((r) => !r.url.startsWith(`${origin}/`)).map((r) => r.url),
    };
  } finally {
    await context.close();
  }
}
