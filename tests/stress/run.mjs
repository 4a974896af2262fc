// `npm run test:stress`: the reliability tests at full count, on the built
// dist/ (run `npm run build` or `npm test` first).
//   1. web-test-runner.stress.config.mjs: tests/stress/ in Chromium, the fuzz
//      test at 2,000 random steps per widget (NW_FUZZ_STEPS to change it).
//   2. tests/node/memory.test.mjs with NW_STRESS=1: 1,000 warm-up cycles,
//      then 5,000 create/attach/render/remove cycles per widget, 1,000
//      changes on one live widget after 1,000, and a heap snapshot.
//   3. tests/hosts/host-css.test.mjs: every widget inside real sites' CSS
//      (needs Debian's wordpress-theme-twentytwentyone, or NW_WP_THEME_DIR).
//   4. tests/huge/huge-content.test.mjs: huge content, timed at full speed.
// Each part prints its counts; the run stops at the first part that fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

for (const built of ['dist/newsroom-widgets.js', 'dist/index.js', 'dist/autoload.js']) {
  if (!existsSync(new URL(built, `file://${root}`))) {
    console.error(`test:stress: ${built} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const PARTS = [
  {
    name: `fuzzing (${process.env.NW_FUZZ_STEPS ?? 2000} steps per widget)`,
    command: process.execPath,
    args: [fileURLToPath(new URL('../../node_modules/@web/test-runner/dist/bin.js', import.meta.url)), '--config', 'web-test-runner.stress.config.mjs'],
    env: {},
  },
  {
    name: 'memory (1,000 + 5,000 cycles, 1,000 + 1,000 changes, heap snapshot)',
    command: process.execPath,
    args: ['--test', '--test-reporter=spec', 'tests/node/memory.test.mjs'],
    env: { NW_STRESS: '1' },
  },
  {
    name: 'host pages (every widget inside Bootstrap 5, Tailwind preflight and WordPress Twenty Twenty-One)',
    command: process.execPath,
    args: ['--test', '--test-reporter=spec', 'tests/hosts/host-css.test.mjs'],
    env: {},
  },
  {
    name: 'huge content (5,000-row tables, a 2,000-fact box, a 1 MB quote: within 4x the time of plain HTML, no task over 200 ms)',
    command: process.execPath,
    args: ['--test', '--test-reporter=spec', 'tests/huge/huge-content.test.mjs'],
    env: {},
  },
];

function run(part) {
  return new Promise((resolve) => {
    const child = spawn(part.command, part.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...part.env } });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const started = Date.now();
for (const part of PARTS) {
  const partStarted = Date.now();
  console.log(`\n--- test:stress: ${part.name}`);
  const code = await run(part);
  console.log(`--- ${part.name}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - partStarted) / 1000).toFixed(0)} s`);
  if (code !== 0) process.exit(code);
}
console.log(`\ntest:stress passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
