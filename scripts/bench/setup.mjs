// Before measuring: a private copy of dist/ (a rebuild during the run must not
// change what is measured), and the peer, bluesky-post-embed, bundled and
// minified the way a site would ship it (it is published as unbundled ES
// modules with bare imports).
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function makeSnapshot(required = ['newsroom-widgets.js', 'newsroom-widgets-upgrade.js', 'newsroom-widgets.css']) {
  const root = mkdtempSync(join(tmpdir(), 'nw-bench-'));
  const dist = join(root, 'dist');
  // Another build may be rewriting dist/ right now: wait until it holds what we need.
  for (let attempt = 0; ; attempt++) {
    if (required.every((file) => existsSync(join('dist', file)))) {
      try {
        cpSync('dist', dist, { recursive: true, filter: (src) => !src.endsWith('.map') && !src.endsWith('.d.ts') });
        if (required.every((file) => existsSync(join(dist, file)))) break;
      } catch {
        // a file vanished while copying: try again
      }
      rmSync(dist, { recursive: true, force: true });
    }
    if (attempt === 60) {
      rmSync(root, { recursive: true, force: true });
      throw new Error(`dist/ lacks ${required.join(', ')}: run npm run build first`);
    }
    await sleep(1000);
  }
  const peer = join(root, 'peer');
  mkdirSync(peer);
  await bundlePeer(peer);
  return { root, dist, peer, remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function bundlePeer(dir) {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('bluesky-post-embed'); // its dist/wc.js
  const pkgDir = join(entry, '../..');
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] }), terser({ ecma: 2021, module: true, format: { comments: false } })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  writeFileSync(join(dir, 'bluesky-post-embed.js'), output[0].code);
  // Its README: import 'bluesky-post-embed/style.css' and a theme.
  copyFileSync(join(pkgDir, 'dist/core.css'), join(dir, 'core.css'));
  copyFileSync(join(pkgDir, 'themes/light.css'), join(dir, 'light.css'));
}
