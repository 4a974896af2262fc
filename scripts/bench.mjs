// npm run bench: how long the built bundle takes to upgrade pages full of
// widgets, in headless Chromium, and what it costs in requests and bytes.
// Needs `npm run build` first. Numbers are medians of several fresh page loads.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const quote = (i) =>
  `<nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" source="Press briefing ${i}"><blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote></nw-quote-card>`;
const post = (i) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Post number ${i}: the NATO-Russia Council brings together all 30 <a href="https://twitter.com/hashtag/NATO?src=hash">#NATO</a> Allies and <a href="https://twitter.com/hashtag/Russia?src=hash">#Russia</a> ⤵️<a href="https://t.co/epDFlon3pd">https://t.co/epDFlon3pd</a></p>&mdash; NATO (@NATO) <a href="https://twitter.com/NATO/status/${1481637470556450818n + BigInt(i)}?ref_src=twsrc%5Etfw">January 13, 2022</a></blockquote>`;
const statuses = ['Rejected', 'Open', 'Accepted', 'Pending', 'Partial'];
const table = (rows) =>
  `<nw-demand-table><table><caption>Demands</caption><thead><tr><th>Union</th><th>Management</th><th>Status</th></tr></thead><tbody>${Array.from(
    { length: rows },
    (_, i) => `<tr><td>Demand ${i}: ${escape('a raise & shorter shifts')}</td><td>Answer ${i}</td><td>${statuses[i % 5]}</td></tr>`,
  ).join('')}</tbody></table></nw-demand-table>`;
const facts = (count) =>
  `<nw-fact-box><h2>Facts</h2><dl>${Array.from({ length: count }, (_, i) => `<dt>Fact ${i}</dt><dd>${i * 7}</dd>`).join('')}</dl></nw-fact-box>`;

const SCENARIOS = {
  '1 quote card': quote(0),
  '200 quote cards': Array.from({ length: 200 }, (_, i) => quote(i)).join(''),
  '200 X posts (upgradeEmbeds)': `<div id="archive">${Array.from({ length: 200 }, (_, i) => post(i)).join('')}</div>`,
  'demand table, 1,000 rows': table(1000),
  'fact box, 500 facts': facts(500),
};

const page = (body, upgrade) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}
<script type="module">
  const blocking = [];
  new PerformanceObserver((list) => blocking.push(...list.getEntries().map((e) => e.duration - 50))).observe({ type: 'longtask', buffered: true });
  const start = performance.now();
  const lib = await import('/dist/newsroom-widgets.js');
  ${upgrade ? 'lib.upgradeEmbeds(document);' : ''}
  const widgets = [...document.querySelectorAll('nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box')];
  await Promise.all(widgets.map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const upgraded = widgets.filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0).length;
  window.__result = { ms: performance.now() - start, widgets: widgets.length, upgraded, blocking: blocking.reduce((a, b) => a + Math.max(0, b), 0),
    requests: performance.getEntriesByType('resource').map((e) => e.name) };
</script></body></html>`;

const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    port: 0,
    plugins: [
      {
        name: 'bench-pages',
        serve(context) {
          const name = decodeURIComponent(context.path.replace(/^\/__bench\//, ''));
          if (!context.path.startsWith('/__bench/')) return undefined;
          return { body: page(SCENARIOS[name], name.includes('upgradeEmbeds')), type: 'html' };
        },
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const bundle = readFileSync('dist/newsroom-widgets.js');
  console.log(`dist/newsroom-widgets.js: ${(bundle.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip\n`);
  console.log(`${'scenario'.padEnd(30)} ${'widgets'.padStart(8)} ${'upgrade ms (median)'.padStart(20)} ${'min'.padStart(8)} ${'blocking ms'.padStart(12)} ${'requests'.padStart(9)}`);
  for (const name of Object.keys(SCENARIOS)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const tab = await browser.newPage();
      await tab.setCacheEnabled(i > 0);
      await tab.goto(`http://localhost:${port}/__bench/${encodeURIComponent(name)}`);
      await tab.waitForFunction(() => window.__result, { timeout: 60_000 });
      runs.push(await tab.evaluate(() => window.__result));
      await tab.close();
    }
    const last = runs[runs.length - 1];
    const external = last.requests.filter((url) => !url.startsWith(`http://localhost:${port}/`));
    if (last.upgraded !== last.widgets) throw new Error(`${name}: only ${last.upgraded} of ${last.widgets} widgets upgraded`);
    console.log(
      `${name.padEnd(30)} ${String(last.widgets).padStart(8)} ${median(runs.map((r) => r.ms)).toFixed(1).padStart(20)} ${Math.min(...runs.map((r) => r.ms)).toFixed(1).padStart(8)} ${median(runs.map((r) => r.blocking)).toFixed(0).padStart(12)} ${String(last.requests.length).padStart(9)}${external.length ? `  EXTERNAL: ${external.join(', ')}` : ''}`,
    );
  }
  console.log(`\n${RUNS} runs each; requests = every resource the page fetched (the bundle itself included); blocking = long-task time over 50 ms.`);
} finally {
  await browser.close();
  await server.stop();
}
