// Screenshots of stories, as a reader would see them, for reviewing a widget:
//   node scripts/shoot.mjs stories/quote-card.stories.ts [--stories Default,Pull]
//        [--widths 320,720] [--themes light,dark] [--out shots]
// Renders each story alone on a plain page (no Storybook), in headless Chromium.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    stories: { type: 'string' },
    widths: { type: 'string', default: '360,760' },
    themes: { type: 'string', default: 'light,dark' },
    out: { type: 'string', default: 'shots' },
    // Cut tall pages into pieces of this many pixels, so each stays legible.
    segment: { type: 'string' },
    // Emulate Windows High Contrast (forced colours) or reduced motion.
    'forced-colors': { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error('usage: node scripts/shoot.mjs stories/<widget>.stories.ts [--stories A,B] [--widths 320,760] [--themes light,dark] [--out dir]');
  process.exit(2);
}

const page = (module, story, theme) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>
  body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#111214' : '#fff'}; color: ${theme === 'dark' ? '#eceae6' : '#1b1b1b'}; }
  /* A full-page capture reaches past the viewport without scrolling, where widgets skip their layout (content-visibility: auto). */
  nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box, nw-demand-table::part(row) { content-visibility: visible; }
</style></head><body><div id="root"></div>
<script type="module">
  import { render } from 'lit';
  const mod = await import(${JSON.stringify(module)});
  const meta = mod.default;
  const story = mod[${JSON.stringify(story)}];
  if (story) {
    const args = { ...meta.args, ...story.args, theme: ${JSON.stringify(theme)} };
    render((story.render ?? meta.render)(args), document.getElementById('root'));
  }
  await new Promise((r) => setTimeout(r, 300));
  document.body.dataset.ready = 'yes';
</script></body></html>`;

const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    port: 0,
    nodeResolve: true,
    plugins: [
      esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
      {
        name: 'story-page',
        serve(context) {
          if (context.path !== '/__story.html') return undefined;
          const q = context.query;
          return { body: page(q.module, q.story, q.theme), type: 'html' };
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
mkdirSync(values.out, { recursive: true });
try {
  for (const file of positionals) {
    const module = `/${file.replace(/^\.?\//, '')}`;
    const mod = await import('node:path').then((p) => p.basename(file, '.ts').replace('.stories', ''));
    const tab = await browser.newPage();
    if (values['forced-colors']) {
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    }
    tab.on('console', (msg) => {
      if (msg.type() === 'error') console.log(`  [console.error] ${msg.text()}`);
    });
    tab.on('pageerror', (error) => console.log(`  [page error] ${error.message}`));
    // Discover the story names from the module itself.
    await tab.goto(`http://localhost:${port}/__story.html?module=${encodeURIComponent(module)}&story=__none&theme=light`);
    const names = values.stories
      ? values.stories.split(',')
      : await tab.evaluate(async (m) => Object.keys(await import(m)).filter((k) => k !== 'default'), module);
    for (const story of names) {
      for (const theme of values.themes.split(',')) {
        for (const width of values.widths.split(',').map(Number)) {
          await tab.setViewport({ width, height: 600, deviceScaleFactor: 1 });
          const url = `http://localhost:${port}/__story.html?module=${encodeURIComponent(module)}&story=${story}&theme=${theme}`;
          await tab.goto(url);
          await tab.waitForSelector('body[data-ready]', { timeout: 15000 });
          const base = `${values.out}/${mod}-${story}-${theme}-${width}`;
          const segment = Number(values.segment ?? 0);
          const height = await tab.evaluate(() => document.documentElement.scrollHeight);
          if (!segment || height <= segment) {
            await tab.screenshot({ path: `${base}.png`, fullPage: true });
            console.log(`${base}.png`);
            continue;
          }
          for (let y = 0, part = 1; y < height; y += segment, part++) {
            const path = `${base}-${part}.png`;
            await tab.screenshot({ path, captureBeyondViewport: true, clip: { x: 0, y, width, height: Math.min(segment, height - y) } });
            console.log(path);
          }
        }
      }
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
