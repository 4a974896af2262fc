#!/usr/bin/env node
// npm run test:cms: the WordPress plugin (integrations/wordpress/) in a real
// WordPress. Installs Debian's wordpress, mariadb-server and PHP when missing,
// runs a throwaway site (MariaDB in a temporary folder, php -S), installs the
// packaged plugin from its zip, and publishes posts through the REST API with
// application passwords: an Administrator's Custom HTML block, an Author's
// tags (shown to be reduced to text before the plugin is active), shortcodes
// in blocks and in classic content, and X, Bluesky and Mastodon addresses as
// Embed blocks answered from fixtures. Headless Chromium then opens each post
// without and with JavaScript: every widget shows its content, no request
// leaves 127.0.0.1, no platform script is on the page, the console has no
// error. Everything it started is stopped at the end, also on failure.
//
// Needs dist/ (npm run build). As root it installs the Debian packages itself.
// NW_CMS_KEEP=1 keeps the temporary folder (database, logs) for a look after.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { packageWordPress } from '../../scripts/package-wordpress.mjs';
import { inspectPage } from './lib/browser.mjs';
import { startMariaDB } from './lib/mariadb.mjs';
import { groupAlive, run } from './lib/proc.mjs';
import { restClient } from './lib/rest.mjs';
import { ensurePackages } from './lib/system.mjs';
import { HOST, findWordPress, freePort, makeContentDir, startServer, wpScript, writeConfig } from './lib/wordpress.mjs';
import { PUBLISHED, URLS, allowlistProbe, authorTagsContent } from './posts.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'tests', 'cms', 'fixtures', 'oembed.json');
const PLUGIN = 'newsroom-widgets/newsroom-widgets';

const started = Date.now();
const timings = [];
const failures = [];
const cleanups = [];
const say = (message) => console.log(`    ${message}`);

/** A soft assertion: the run goes on and reports every failure at the end. */
function check(condition, message) {
  if (!condition) failures.push(message);
  return Boolean(condition);
}

async function step(name, action) {
  const begun = Date.now();
  console.log(`--- ${name}`);
  try {
    return await action();
  } finally {
    timings.push([name, Date.now() - begun]);
  }
}

let cleaningUp;
function cleanUp() {
  cleaningUp ??= (async () => {
    while (cleanups.length) {
      const [what, undo] = cleanups.pop();
      try {
        await undo();
      } catch (error) {
        console.error(`cleanup (${what}) failed: ${error.message}`);
      }
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping what the test started`);
    cleanUp().finally(() => process.exit(130));
  });
}

function readManifestTags() {
  const file = join(ROOT, 'custom-elements.json');
  if (!existsSync(file)) throw new Error('custom-elements.json is missing: run npm run build first.');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ tag: declaration.tagName, attributes: (declaration.attributes ?? []).map((attribute) => attribute.name) }));
}

const includesText = (haystack, needle) => (haystack ?? '').includes(needle.replace(/\s+/g, ' ').trim());

/** What a reader gets without JavaScript: the widgets' HTML in the page, no platform script, the loader as a module. */
function checkWithoutScript(post, page, version) {
  const where = `${post.key} (no JavaScript)`;
  const expected = post.expect;
  check(page.widgets.length === expected.length, `${where}: ${page.widgets.length} widgets in the HTML, expected ${expected.length}`);
  expected.forEach((want, i) => {
    const got = page.widgets[i];
    if (!check(got?.tag === want.tag, `${where}: widget ${i + 1} is ${got?.tag}, expected ${want.tag}`)) return;
    for (const text of want.light) check(includesText(got.light, text), `${where}: ${want.tag} ${i + 1} lacks "${text}" in its HTML`);
    check(!got.insideParagraph, `${where}: ${want.tag} ${i + 1} sits inside a <p> (wpautop)`);
    check(got.children.length > 0, `${where}: ${want.tag} ${i + 1} has no child elements`);
  });
  check(page.bareEmbeds === 0, `${where}: ${page.bareEmbeds} embed blockquotes outside <nw-tweet-embed>`);
  check(page.platformScripts.length === 0, `${where}: platform scripts on the page: ${page.platformScripts.join(' ')}`);
  check(page.iframes === 0, `${where}: ${page.iframes} iframes on the page`);
  const assets = `/wp-content/plugins/newsroom-widgets/assets/${version}/`;
  const loader = page.moduleScripts.filter((src) => new URL(src, 'http://x').pathname === `${assets}autoload.js`);
  check(loader.length === 1, `${where}: expected ${assets}autoload.js once as a module script, found ${JSON.stringify(page.moduleScripts)}`);
  check(
    page.stylesheets.some((href) => new URL(href, 'http://x').pathname === `${assets}newsroom-widgets.css`),
    `${where}: the pre-upgrade stylesheet is not linked`,
  );
}

/** What a reader gets with JavaScript: every widget rendered, from this server only, without errors. */
function checkWithScript(post, page) {
  const where = `${post.key} (JavaScript)`;
  check(page.widgets.length === post.expect.length, `${where}: ${page.widgets.length} widgets on the page, expected ${post.expect.length}`);
  post.expect.forEach((want, i) => {
    const got = page.widgets[i];
    if (!check(got?.tag === want.tag, `${where}: widget ${i + 1} is ${got?.tag}, expected ${want.tag}`)) return;
    for (const text of want.shadow) check(includesText(got.shadow, text), `${where}: ${want.tag} ${i + 1} does not show "${text}" (shadow root: "${got.shadow?.slice(0, 300)}")`);
    if (want.rows !== undefined) check(got.rows === want.rows, `${where}: ${want.tag} ${i + 1} has ${got.rows} rows, expected ${want.rows}`);
    if (want.facts !== undefined) check(got.facts === want.facts, `${where}: ${want.tag} ${i + 1} has ${got.facts} facts, expected ${want.facts}`);
  });
  check(page.bareEmbeds === 0, `${where}: ${page.bareEmbeds} embed blockquotes were not upgraded`);
  check(page.iframes === 0, `${where}: ${page.iframes} iframes on the page`);
  // Fetched once: a second address for it (a ?ver= query) would run the loader twice.
  const loads = page.requests.filter((url) => new URL(url).pathname.endsWith('/autoload.js'));
  check(loads.length === 1, `${where}: autoload.js requested ${loads.length} times: ${loads.join(', ')}`);
}

function checkTraffic(where, page) {
  check(page.outside.length === 0, `${where}: requests left 127.0.0.1: ${page.outside.join(', ')}`);
  check(page.failed.length === 0, `${where}: failed requests: ${page.failed.join(', ')}`);
  check(page.errors.length === 0, `${where}: console errors: ${page.errors.join(' | ')}`);
  const ours = page.warnings.filter((text) => /nw-|newsroom-widgets/.test(text));
  check(ours.length === 0, `${where}: widget warnings: ${ours.join(' | ')}`);
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'autoload.js'))) throw new Error('dist/autoload.js is missing: run npm run build first.');
  const manifestTags = readManifestTags();

  const installedPackages = await step('Debian packages', () => ensurePackages(say));
  say(installedPackages.length ? `installed ${installedPackages.join(', ')}` : 'all present');
  const wp = findWordPress();
  const phpModules = (await run('php', ['-m'])).stdout;
  if (!/^mysqli$/m.test(phpModules)) throw new Error('PHP lacks mysqli; install php-mysql.');
  say(`WordPress ${wp.version} in ${wp.abspath}, Twenty Twenty-One in ${wp.theme}`);

  const tmp = mkdtempSync(join(tmpdir(), 'nw-cms-'));
  cleanups.push([
    'temporary folder',
    () => (process.env.NW_CMS_KEEP ? console.log(`kept ${tmp}`) : rmSync(tmp, { recursive: true, force: true })),
  ]);

  const pack = await step('package the plugin', () => packageWordPress({ outDir: join(tmp, 'package') }));
  say(`newsroom-widgets ${pack.version}: ${pack.files.length} library files, zip ${(pack.bytes / 1024).toFixed(1)} KB`);

  const db = await step('MariaDB', () => startMariaDB(join(tmp, 'db')));
  cleanups.push(['MariaDB', async () => {
    await db.stop();
    check(!groupAlive(db.pid), 'mariadbd is still running after the test');
  }]);
  say(`mariadbd (pid ${db.pid}) on ${db.socket}`);

  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const contentDir = makeContentDir(join(tmp, 'wp-content'), wp);
  const httpLog = join(tmp, 'http.log');
  const debugLog = join(tmp, 'debug.log');
  const config = writeConfig({ db, contentDir, port, fixtures: FIXTURES, httpLog, debugLog });
  cleanups.push(['WordPress config', () => config.restore()]);

  const site = await step('install WordPress', () => wpScript('install.php', { NW_ABSPATH: wp.abspath, NW_PLUGIN_ZIP: pack.zipPath }));
  say(`WordPress ${site.wordpress}, PHP ${site.php}, theme ${site.theme}, plugin ${site.plugin} unzipped (not active)`);
  const admin = site.users['editor-in-chief'];
  const author = site.users.reporter;
  check(admin.unfiltered_html === true, 'the Administrator should have unfiltered_html');
  check(author.unfiltered_html === false, 'the Author should not have unfiltered_html');

  const server = await step('php -S', () => startServer({ abspath: wp.abspath, contentDir, port, logFile: join(tmp, 'php-server.log') }));
  cleanups.push(['php -S', async () => {
    await server.stop();
    check(!groupAlive(server.pid), 'php -S (or one of its workers) is still running after the test');
  }]);
  say(`${base} (pid ${server.pid})`);

  const clients = { 'editor-in-chief': restClient(base, admin), reporter: restClient(base, author) };
  const links = {};
  await step('posts through the REST API', async () => {
    for (const [login, client] of Object.entries(clients)) {
      const me = await client.me();
      say(`${login}: ${me.roles.join(', ')}, application password accepted`);
    }

    // Without the plugin, kses reduces an Author's widget tags to their text.
    const before = await clients.reporter.createPost({ title: 'Before the plugin', content: authorTagsContent, status: 'draft' });
    const beforeRaw = (await clients.reporter.getPost(before.id)).content.raw;
    check(!/<nw-/i.test(beforeRaw), `without the plugin, an Author's widget tags should be removed; saved: ${beforeRaw.slice(0, 300)}`);
    check(beforeRaw.includes('are simply non-starters') && beforeRaw.includes('Ukraine must never be admitted'), 'without the plugin, the text of the tags should stay');
    say(`without the plugin, the Author's tags were removed by kses (${(authorTagsContent.match(/<nw-/g) ?? []).length} tags, 0 kept; text kept)`);

    const activated = await clients['editor-in-chief'].setPluginStatus(PLUGIN, 'active');
    check(activated.status === 'active', `plugin activation answered ${activated.status}`);
    say('the Administrator activated the plugin (REST /wp/v2/plugins)');

    // With it, the tags and every documented attribute stay; scripts, handlers and javascript: do not.
    const again = await clients.reporter.createPost({ title: 'With the plugin', content: authorTagsContent, status: 'draft' });
    const againRaw = (await clients.reporter.getPost(again.id)).content.raw;
    check(/<nw-quote-card speaker="Wendy Sherman"/.test(againRaw) && /<nw-demand-table>/.test(againRaw), `with the plugin, an Author's tags should stay; saved: ${againRaw.slice(0, 300)}`);
    const probe = allowlistProbe(manifestTags);
    const probed = await clients.reporter.createPost({ title: 'Allowlist', content: probe.content, status: 'draft' });
    const probedRaw = (await clients.reporter.getPost(probed.id)).content.raw;
    let attributes = 0;
    for (const { tag, attributes: names } of manifestTags) {
      const open = new RegExp(`<${tag}\\b[^>]*>`).exec(probedRaw)?.[0] ?? '';
      check(open, `the Author's <${tag}> did not survive kses`);
      for (const name of [...names, 'class', 'id', 'data-layout', 'aria-label']) {
        attributes += 1;
        const value = probe.valueOf(name);
        const kept = value === true ? new RegExp(`\\s${name}(\\s|>|=)`).test(open) : open.includes(` ${name}="`);
        check(kept, `kses removed ${name} from an Author's <${tag}>: ${open}`);
      }
    }
    check(!/<script/i.test(probedRaw), 'kses should remove <script> (also the JSON child) for Authors');
    check(!/javascript:/i.test(probedRaw), 'kses should remove javascript: from url, avatar and cite');
    check(!/\sonclick=|\sstyle=/i.test(probedRaw), 'kses should remove event handlers and style from widget tags');
    say(`with the plugin: ${manifestTags.length} tags and ${attributes} attributes kept for the Author; <script>, javascript:, onclick and style removed`);

    for (const post of PUBLISHED) {
      const created = await clients[post.role].createPost({ title: post.title, content: post.content });
      links[post.key] = created.link;
      say(`${post.key}: published by ${post.role} (post ${created.id})`);
    }
  });

  const browser = await step('start Chromium', () => puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true }));
  cleanups.push(['Chromium', () => browser.close()]);

  await step('read the posts in Chromium', async () => {
    for (const post of PUBLISHED) {
      const plain = await inspectPage(browser, links[post.key], { javascript: false });
      checkWithoutScript(post, plain, pack.version);
      checkTraffic(`${post.key} (no JavaScript)`, plain);
      const live = await inspectPage(browser, links[post.key], { javascript: true });
      checkWithScript(post, live);
      checkTraffic(`${post.key} (JavaScript)`, live);
      const files = live.requests.filter((url) => url.includes('/newsroom-widgets/assets/')).map((url) => new URL(url).pathname.split('/').pop());
      say(
        `${post.key}: ${live.widgets.map((w) => w.tag.replace('nw-', '')).join(', ')}; ${live.requests.length} requests, ${live.outside.length} elsewhere; ` +
          `library: ${files.join(', ')}; console: ${live.errors.length} errors, ${live.warnings.length} warnings`,
      );
    }
    // A post without widgets loads nothing of the library.
    const hello = await inspectPage(browser, `${base}/?p=1`, { javascript: false });
    check(hello.moduleScripts.every((src) => !src.includes('newsroom-widgets')), `a post without widgets loads the library: ${hello.moduleScripts.join(', ')}`);
    check(hello.stylesheets.every((href) => !href.includes('newsroom-widgets')), 'a post without widgets links the stylesheet');
    say('a post without widgets: no library script or stylesheet');
  });

  // WordPress asked the fixtures for each oEmbed answer (and for the Mastodon page, to discover its endpoint), and nothing else went out.
  const requests = existsSync(httpLog) ? readFileSync(httpLog, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
  for (const url of [URLS.nato, URLS.stoltenberg, URLS.bluesky, URLS.mastodon]) {
    check(requests.some((r) => r.answered && decodeURIComponent(r.url).includes(url)), `WordPress did not fetch the oEmbed answer for ${url}`);
  }
  const unanswered = requests.filter((r) => !r.answered).map((r) => r.url);
  // The one other request: wp_install() probing its own permalinks. An address in a post's text must not be fetched.
  const elsewhere = unanswered.filter((url) => new URL(url).hostname !== HOST);
  check(elsewhere.length === 0, `WordPress fetched addresses that are no embeds: ${elsewhere.join(', ')}`);
  say(`WordPress made ${requests.length} HTTP requests, ${requests.length - unanswered.length} answered from fixtures${unanswered.length ? `; refused: ${unanswered.join(', ')}` : ''}`);

  const phpLog = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  const ours = phpLog.split('\n').filter((line) => /newsroom-widgets|nw-test/i.test(line));
  check(ours.length === 0, `PHP reported problems in the plugin:\n${ours.join('\n')}`);
  const serverLog = readFileSync(join(tmp, 'php-server.log'), 'utf8');
  check(!/PHP (Fatal|Parse) error/.test(serverLog), `php -S logged a fatal error:\n${serverLog.match(/PHP (Fatal|Parse) error.*/)?.[0]}`);
}

let crashed;
try {
  await main();
} catch (error) {
  crashed = error;
} finally {
  await step('shut down', cleanUp);
}

console.log('\n--- timings');
for (const [name, ms] of timings) console.log(`    ${name.padEnd(30)} ${(ms / 1000).toFixed(1)} s`);
console.log(`    ${'total'.padEnd(30)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (crashed) {
  console.error(`\nFAILED: ${crashed.stack ?? crashed}`);
  process.exit(1);
}
if (failures.length) {
  console.error(`\nFAILED: ${failures.length} check(s)`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log('\nOK: the plugin works in a real WordPress.');
