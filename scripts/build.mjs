// npm run build: types and per-widget modules (tsc), the script-tag bundles
// (rollup), the custom-elements manifest, and a size report.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUNDLES } from '../rollup.config.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/core/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/core/version.ts does not say ${pkg.version} (package.json); update it.`);
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
// The manifest first: the React wrappers in src/react/ are generated from it, then compiled by tsc.
run('node', ['scripts/analyze.mjs']);
run('node', ['scripts/react-wrappers.mjs']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
if (existsSync('src/prelude.css')) copyFileSync('src/prelude.css', 'dist/newsroom-widgets.css');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (minified / gzip):');
for (const [, file] of BUNDLES) {
  const code = readFileSync(file);
  console.log(`  ${file.padEnd(36)} ${kb(code.length).padStart(9)} / ${kb(gzipSync(code, { level: 9 }).length)}`);
}
