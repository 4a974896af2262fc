// npm run bench: what a reader pays for the widgets. Loads the same pages as
// plain HTML and with each way in (a script in dist/), cold, in headless
// Chromium at full speed and at 4x CPU slowdown (a mid-range phone), and
// measures JavaScript bytes and requests from the network, blocking time,
// time until every widget has rendered, layout shift with a late script, and
// memory. Also loads the peer, bluesky-post-embed, next to our post embed.
// Prints tables and writes bench/results.json. Needs `npm run build` first
// (npm run bench does it); measures a private copy of dist/.
//
//   npm run bench                          every page but the extra ones, 5 runs (under 5 minutes on 2 cores)
//   npm run bench -- --all                 with the extra pages too (two 5,000-row tables, 2,000 facts)
//   npm run bench -- --quick               2 runs of the article, a 50-widget live blog and 1 Bluesky post
//   npm run bench -- --only=article,live   pages whose id starts with one of these (extra pages included)
//   npm run bench -- --ways=bundle         these ways in, on every page (ids in scripts/bench/pages.mjs)
//   npm run bench -- --runs=3 --trace      fewer runs; write a Chrome trace of the 300-widget live blog
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { NOT_APPLICABLE, PAGES, PEER, STATIC, TAGS, WAYS_IN, documentFor, scriptFor } from './bench/pages.mjs';
import { makeSnapshot } from './bench/setup.mjs';
import { startServer } from './bench/server.mjs';
import { measureLoad } from './bench/measure.mjs';
import { TRACE_CATEGORIES, splitTrace } from './bench/trace.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    only: { type: 'string' },
    ways: { type: 'string' },
    trace: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const RUNS = Number(args.runs ?? (args.quick ? 2 : 5));
const only = args.only?.split(',') ?? (args.quick ? ['article', 'live-50', 'bluesky-1'] : null);
const pages = PAGES.filter((page) => (only ? only.some((prefix) => page.id.startsWith(prefix)) : args.all || !page.extra));
const ways = WAYS_IN.filter((way) => !args.ways || args.ways.split(',').includes(way.id));
if (!pages.length || !ways.length) {
  console.error(`Nothing to measure. Pages: ${PAGES.map((page) => page.id).join(', ')}. Ways in: ${WAYS_IN.map((way) => way.id).join(', ')}.`);
  process.exit(1);
}
const complete = !args.runs && !args.quick && !args.only && !args.ways;
const OUT = args.out ?? (complete ? 'bench/results.json' : 'bench/results-subset.json');
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1 };
const LATE_SCRIPT_MS = 400;
/** A mid-range phone on a slow 4G connection, as Lighthouse's mobile default has it: 4x CPU, 150 ms round trips, 1.6 Mbit/s down. */
const SLOW_4G = { cpu: 4, network: { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 } };
/** Layout shift and memory hardly vary between loads, and slow 4G loads take seconds: these are measured in the first three runs only. */
const FEW_RUNS = 3;
const started = Date.now();

const snapshot = await makeSnapshot();
const available = (file) => existsSync(join(snapshot.dist, file));
const pageById = new Map(PAGES.map((page) => [page.id, page]));
const wayById = new Map([STATIC, PEER, ...WAYS_IN].map((way) => [way.id, way]));
const server = await startServer({
  roots: { '/dist/': snapshot.dist, '/peer/': snapshot.peer },
  document(path, query) {
    const [, kind, pageId, wayId] = path.split('/');
    const page = pageById.get(pageId);
    const way = wayById.get(wayId);
    if (kind !== 'page' || !page || !way) return null;
    const { script } = scriptFor(way, page, available);
    return documentFor(page, way, { script, css: query.has('css'), delay: Number(query.get('delay') ?? 0) });
  },
});
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [
    ...CHROME_ARGS,
    // No host but ours resolves: a request to another host fails at once (and is counted).
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // Headless Chromium otherwise preloads its omnibox popup pages, which run alongside the measured page.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
  ],
  defaultViewport: VIEWPORT,
});

const round = (x, digits = 1) => Number(x.toFixed(digits));
const stats = (xs) => {
  const list = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!list.length) return null;
  const mid = list.length >> 1;
  const median = list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
  return { median: round(median), min: round(list[0]), max: round(list[list.length - 1]), n: list.length };
};

/**
 * The loads per run: full speed (with memory) and 4x slower; for pages with
 * `slow4g`, one over a slow 4G connection; for pages with `cls`, two more with
 * the script late.
 */
const loadsFor = (page, way, run) => [
  { key: 'cpu1', cpu: 1, heap: run < FEW_RUNS },
  { key: 'cpu4', cpu: 4 },
  ...(page.slow4g && run < FEW_RUNS ? [{ key: 'slow4g', ...SLOW_4G }] : []),
  ...(page.cls && !way.static && run < FEW_RUNS
    ? [
        { key: 'late', cpu: 1, delay: LATE_SCRIPT_MS },
        { key: 'lateCss', cpu: 1, delay: LATE_SCRIPT_MS, css: true },
      ]
    : []),
];

/** Ways in that failed (way id → why): not loaded again. */
const broken = new Map();

async function measurePage(page) {
  // A page's own list of ways in applies unless --ways names them.
  const measured = args.ways ? ways : ways.filter((way) => !page.ways || page.ways.includes(way.id));
  const cells = [STATIC, ...measured, ...(page.peer ? [PEER] : [])].map((way) => ({
    way,
    ...(broken.has(way.id) ? { skip: broken.get(way.id) } : scriptFor(way, page, available)),
    samples: {},
  }));
  const active = cells.filter((cell) => !cell.skip);
  // A page may ask for fewer runs (two 5,000-row tables take seconds per load at 4x).
  const runs = Math.min(RUNS, page.maxRuns ?? RUNS);
  for (let run = 0; run < runs; run++) {
    // Alternate: each run loads every way once, so drift on a shared machine hits all alike.
    for (const cell of active) {
      if (cell.skip) continue;
      for (const load of loadsFor(page, cell.way, run)) {
        const query = new URLSearchParams();
        if (load.css) query.set('css', '1');
        if (load.delay) query.set('delay', String(load.delay));
        const url = `${server.origin}/page/${page.id}/${cell.way.id}${query.size ? `?${query}` : ''}`;
        const mode = cell.way.static ? 'static' : cell.way.peer ? 'peer' : 'widgets';
        const sample = await measureLoad(browser, url, {
          origin: server.origin,
          cpu: load.cpu,
          network: load.network,
          mode,
          expected: page.widgets,
          tags: TAGS,
          heap: load.heap,
        });
        if (sample.error) {
          // A way in that does not work is reported and left out of the rest of the run.
          const why = [...new Set([sample.error, ...sample.consoleErrors])].join('; ');
          broken.set(cell.way.id, `failed on ${page.id}: ${why}`);
          cell.skip = broken.get(cell.way.id);
          break;
        }
        (cell.samples[load.key] ??= []).push(sample);
      }
    }
    process.stdout.write('.');
  }
  return summarise(page, cells);
}

function summarise(page, cells) {
  const base = cells[0].samples;
  const staticLoad = { 1: stats(base.cpu1.map((s) => s.load)), 4: stats(base.cpu4.map((s) => s.load)) };
  const staticPainted = { 1: stats(base.cpu1.map((s) => s.painted)), 4: stats(base.cpu4.map((s) => s.painted)) };
  const staticHeap = stats(base.cpu1.map((s) => s.heap));
  const ways = cells.map(({ way, skip, script, samples }) => {
    if (skip) return { id: way.id, label: way.label, skipped: skip };
    // Name the file this page loaded (a way in may use another file for bare embed code).
    const label = script ? script.split('/').pop() : way.label;
    const at = (key, pick) => stats((samples[key] ?? []).map(pick));
    const first = samples.cpu1[0];
    const summary = {
      jsGzip: at('cpu1', (s) => s.js.gzip),
      jsRequests: first.js.requests,
      cssGzip: at('cpu1', (s) => s.css.gzip),
      cssRequests: first.css.requests,
      otherHostRequests: at('cpu1', (s) => s.otherHosts.length),
      otherHostExamples: [...new Set(samples.cpu1.flatMap((s) => s.otherHosts.map((url) => new URL(url).origin + new URL(url).pathname)))].slice(0, 3),
      tbt1: at('cpu1', (s) => s.tbt),
      tbt4: at('cpu4', (s) => s.tbt),
      longest1: at('cpu1', (s) => s.longest),
      longest4: at('cpu4', (s) => s.longest),
      load1: at('cpu1', (s) => s.load),
      load4: at('cpu4', (s) => s.load),
      rendered1: at('cpu1', (s) => s.rendered),
      rendered4: at('cpu4', (s) => s.rendered),
      painted1: at('cpu1', (s) => s.painted),
      painted4: at('cpu4', (s) => s.painted),
      paintedSlow4g: at('slow4g', (s) => s.painted),
      clsLate: at('late', (s) => s.cls),
      clsLateCss: at('lateCss', (s) => s.cls),
      heap: at('cpu1', (s) => s.heap),
    };
    // The page as the reader sees it, against the plain page as the reader sees it: painted over painted.
    if (summary.rendered1) summary.vsStatic1 = round(summary.painted1.median / staticPainted[1].median, 2);
    if (summary.rendered4) summary.vsStatic4 = round(summary.painted4.median / staticPainted[4].median, 2);
    // The earlier measure, kept for comparison: the last render over the plain page's load event (before its first layout).
    if (summary.rendered1) summary.renderedVsStaticLoad1 = round(summary.rendered1.median / staticLoad[1].median, 2);
    if (summary.rendered4) summary.renderedVsStaticLoad4 = round(summary.rendered4.median / staticLoad[4].median, 2);
    if (!way.static && summary.heap && staticHeap) {
      summary.heapDelta = summary.heap.median - staticHeap.median;
      summary.heapPer100Widgets = Math.round((summary.heapDelta / page.widgets) * 100);
    }
    return { id: way.id, label, script, summary, samples };
  });
  return { id: page.id, title: page.title, widgets: page.widgets, ways };
}

// ---- output -------------------------------------------------------------------------------

const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (s) => (s ? `${Math.round(s.median)}` : '–');
const range = (s) => (s ? `${Math.round(s.median)} [${Math.round(s.min)}–${Math.round(s.max)}]` : '–');
const COLUMNS = [
  ['way in', 26, (w) => w.label],
  ['JS gzip (req)', 14, (w, s) => (s.jsRequests ? `${kb(s.jsGzip?.median)} (${s.jsRequests})` : '0')],
  ['CSS (req)', 12, (w, s) => (s.cssRequests ? `${kb(s.cssGzip?.median)} (${s.cssRequests})` : '0')],
  ['other hosts', 11, (w, s) => String(s.otherHostRequests?.median ?? 0)],
  ['TBT 1x', 7, (w, s) => ms(s.tbt1)],
  ['TBT 4x [min–max]', 17, (w, s) => range(s.tbt4)],
  ['longest 1x/4x', 13, (w, s) => `${ms(s.longest1)}/${ms(s.longest4)}`],
  ['done 1x', 8, (w, s) => ms(s.rendered1 ?? (w.id === 'static' ? s.load1 : null))],
  ['done 4x [min–max]', 18, (w, s) => range(s.rendered4 ?? (w.id === 'static' ? s.load4 : null))],
  ['painted 1x/4x', 13, (w, s) => (s.painted1 ? `${ms(s.painted1)}/${ms(s.painted4)}` : '–')],
  ['× plain 1x/4x', 13, (w, s) => (s.vsStatic1 ? `${s.vsStatic1.toFixed(1)}/${s.vsStatic4.toFixed(1)}` : '–')],
  ['painted slow 4G', 15, (w, s) => ms(s.paintedSlow4g)],
  ['CLS late/+css', 13, (w, s) => (s.clsLate ? `${s.clsLate.median.toFixed(3)}/${s.clsLateCss.median.toFixed(3)}` : '–')],
  ['heap Δ (per 100)', 17, (w, s, page) => (s.heapDelta == null ? '–' : `${kb(s.heapDelta)}${page.widgets >= 50 ? ` (${kb(s.heapPer100Widgets)})` : ''}`)],
];

function printPage(result) {
  console.log(`\n${result.id}: ${result.title}`);
  console.log(`  ${COLUMNS.map(([name, width], i) => (i ? name.padStart(width) : name.padEnd(width))).join(' ')}`);
  for (const way of result.ways) {
    if (way.skipped === NOT_APPLICABLE) continue;
    if (way.skipped) {
      console.log(`  ${way.label.padEnd(COLUMNS[0][1])} skipped: ${way.skipped}`);
      continue;
    }
    const cells = COLUMNS.map(([, width, cell], i) => {
      const text = cell(way, way.summary, result);
      return i ? text.padStart(width) : text.padEnd(width);
    });
    console.log(`  ${cells.join(' ')}`);
    if (way.summary.otherHostExamples.length) console.log(`  ${''.padEnd(COLUMNS[0][1])} blocked: ${way.summary.otherHostExamples.join(', ')}`);
  }
}

function gitState() {
  try {
    const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return { commit, uncommittedSrc: dirty };
  } catch {
    return null;
  }
}

// ---- run ----------------------------------------------------------------------------------

const results = [];
let traceSplit = null;
try {
  const chromium = await browser.version();
  console.log(`${chromium}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs`);
  console.log(`Each load is a cold first visit (new incognito context). Plain HTML = the same page without any script.`);
  const loadBefore = loadavg()[0];
  for (const page of pages) {
    process.stdout.write(`${page.id} `);
    const pageStarted = Date.now();
    const result = await measurePage(page);
    result.seconds = Math.round((Date.now() - pageStarted) / 1000);
    results.push(result);
    process.stdout.write(` ${result.seconds} s`);
    printPage(result);
  }
  const loadAfter = loadavg()[0];
  if (args.trace) {
    const page = pageById.get('live-300');
    const way = ways.find((candidate) => !scriptFor(candidate, page, available).skip);
    mkdirSync('bench', { recursive: true });
    const path = 'bench/trace-live-300.json';
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.tracing.start({ path, categories: TRACE_CATEGORIES });
    await tab.goto(`${server.origin}/page/live-300/${way.id}`, { waitUntil: 'load' });
    await tab.waitForFunction(
      (count, tags) => {
        const widgets = document.querySelectorAll(tags.join(','));
        return widgets.length >= count && [...widgets].every((el) => el.shadowRoot?.childElementCount > 0);
      },
      { polling: 50, timeout: 30_000 },
      page.widgets,
      TAGS,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await tab.tracing.stop();
    await context.close();
    const { totals, busy } = splitTrace(path);
    traceSplit = { page: 'live-300', way: way.id, cpu: 1, file: path, busy: round(busy), totals: Object.fromEntries(Object.entries(totals).map(([group, time]) => [group, round(time)])) };
    console.log(`\nTrace of live-300 with ${way.label} at 1x: ${path}; main thread busy ${Math.round(busy)} ms:`);
    for (const [group, time] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
      console.log(`  ${group.padEnd(11)} ${String(Math.round(time)).padStart(6)} ms  ${((time / busy) * 100).toFixed(0).padStart(3)} %`);
    }
  }

  const seconds = (Date.now() - started) / 1000;
  const files = Object.fromEntries(
    [...new Set(WAYS_IN.flatMap((way) => [way.file, way.embedsFile]).filter(Boolean)), 'newsroom-widgets.css']
      .filter(available)
      .map((file) => {
        const code = readFileSync(join(snapshot.dist, file));
        return [file, { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length }];
      }),
  );
  const report = {
    date: new Date().toISOString(),
    seconds: Math.round(seconds),
    machine: {
      chromium,
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim(),
      os: `${process.platform} ${release()}`,
      node: process.version,
      // Other work on the machine skews timings: the 1-minute load average before and after the pages.
      loadAverage: [Number(loadBefore.toFixed(1)), Number(loadAfter.toFixed(1))],
    },
    source: gitState(),
    method: {
      runs: RUNS,
      viewport: VIEWPORT,
      cpuSlowdown: [1, 4],
      lateScriptMs: LATE_SCRIPT_MS,
      slow4g: SLOW_4G,
      bytes: 'gzip (level 9) of each response body received, summed (CDP Network.getResponseBody); the server sends gzip',
      tbt: 'sum of (long task − 50 ms) from navigation until the page is done (longtask observer installed before any script)',
      rendered: 'navigation start → the last render of any nw-* element (Lit’s updated: a long table’s last slice of rows counts), once all have rendered and updateComplete resolved',
      painted: 'navigation start → the end of the frame after the last render, or after the load event if that came later (requestAnimationFrame, then a task); plain HTML: the end of the frame after the load event',
      vsStatic: 'painted over the plain page’s painted (what the reader waits for in each case); renderedVsStaticLoad: rendered over the plain page’s load event, the measure used before',
      heap: 'JS heap used after HeapProfiler.collectGarbage; Δ = minus the plain page; per 100 = Δ / widgets × 100',
    },
    files,
    pages: results.map((page) => ({
      ...page,
      ways: page.ways.map(({ samples, ...way }) => ({ ...way, samples: complete ? undefined : samples })),
    })),
    trace: traceSplit,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nMedians of ${RUNS} runs; [min–max]. JS/CSS: gzip of what was downloaded. TBT: long-task time over 50 ms.`);
  console.log(`done: last widget render, every row and fact included (plain HTML: load event), from navigation start.`);
  console.log(`painted: the end of the frame after that render or after load, whichever is later (plain HTML: after load); × plain: painted over the plain page's painted.`);
  console.log(`painted slow 4G: the same at 4x CPU over a slow 4G connection (150 ms round trips, 1.6 Mbit/s), from navigation start.`);
  console.log(`CLS late: the script served ${LATE_SCRIPT_MS} ms late, without and with newsroom-widgets.css in <head>. Heap Δ: over the plain page.`);
  console.log(`Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (${cpus().length} cores). Wrote ${OUT}. Took ${seconds.toFixed(0)} s.`);
} finally {
  await browser.close();
  await server.close();
  snapshot.remove();
}
