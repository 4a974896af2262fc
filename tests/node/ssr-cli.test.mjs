// The CLI (package.json "bin"): `newsroom-widgets render in.html > out.html`,
// stdin to stdout, and the options of renderToString.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const CLI = pkg.bin['newsroom-widgets'];
const folder = mkdtempSync(path.join(tmpdir(), 'nw-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const QUOTE = '<nw-quote-card speaker="Wendy Sherman" date="2022-01-12"><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card>';
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

test('the bin is the CLI, and the package exports newsroom-widgets/ssr', async () => {
  assert.equal(CLI, './dist/ssr/cli.js');
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  assert.equal(pkg.exports['./ssr'].default, './dist/ssr/index.js');
  const byName = await import('newsroom-widgets/ssr');
  assert.equal(typeof byName.renderToString, 'function');
  assert.equal(typeof byName.renderWidget, 'function');
});

test('render a file to stdout', () => {
  const file = path.join(folder, 'article.html');
  writeFileSync(file, `<!doctype html><html lang="de"><head><title>A</title></head><body>${QUOTE}</body></html>`);
  const { status, stdout, stderr } = run(['render', file]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^<!DOCTYPE html><html lang="de">/);
  assert.match(stdout, /<nw-quote-card[^>]*><template shadowrootmode="open"><style>/);
  assert.ok(stdout.includes('12. Januar 2022') && stdout.includes('application/ld+json'));
});

test('render stdin (no file, or "-") to stdout, or to --out, with options', () => {
  for (const args of [['render'], ['render', '-']]) {
    const { status, stdout } = run(args, QUOTE);
    assert.equal(status, 0);
    assert.match(stdout, /^<nw-quote-card[^>]*><template shadowrootmode="open">/);
  }
  const out = path.join(folder, 'out.html');
  const { status, stdout } = run(['render', '--styles-href', '/assets/nw/', '--no-schema', '--lang', 'fr', '-o', out], QUOTE);
  assert.equal(status, 0);
  assert.equal(stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/nw\/nw-quote-card.css">/);
  assert.ok(html.includes('12 janvier 2022') && !html.includes('ld+json') && !html.includes('<style'));

  const archive = run(['render', '--upgrade-embeds'], '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; NATO (@NATO) <a href="https://twitter.com/NATO/status/1481637470556450818">January 13, 2022</a></blockquote>');
  assert.match(archive.stdout, /^<nw-tweet-embed[^>]*><template shadowrootmode="open">/);
});

test('help, and mistakes said plainly', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: newsroom-widgets render/);
  for (const [args, message] of [
    [[], /no command given/],
    [['build'], /unknown command "build"/],
    [['render', 'a.html', 'b.html'], /one input at a time/],
    [['render', '--dir', 'up'], /--dir must be ltr or rtl/],
    [['render', '--colour'], /Unknown option '--colour'/],
  ]) {
    const { status, stderr } = run(args, '');
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, message);
    assert.match(stderr, /Usage:/);
  }
  const missing = run(['render', path.join(folder, 'missing.html')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /ENOENT/);
});
