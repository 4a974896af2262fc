// The browser half of `npm run test:stress` (tests/stress/run.mjs starts it):
// the tests in tests/stress/ with the project's usual set-up, at full count.
// The fuzz test reads its settings from `window.NW_FUZZ`, which the test page
// sets from the environment before the tests load:
//   NW_FUZZ_STEPS  random steps per widget (2,000 here; `npm test` runs 300)
//   NW_FUZZ_SEED, NW_FUZZ_PATH  replay a failure (the test prints the command)
import { defaultReporter, summaryReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';

function fuzzSettings() {
  const steps = Number(process.env.NW_FUZZ_STEPS ?? 2000);
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`NW_FUZZ_STEPS must be a positive whole number, not "${process.env.NW_FUZZ_STEPS}"`);
  const settings = { steps };
  if (process.env.NW_FUZZ_SEED) {
    settings.seed = Number(process.env.NW_FUZZ_SEED);
    if (!Number.isInteger(settings.seed)) throw new Error(`NW_FUZZ_SEED must be a whole number, not "${process.env.NW_FUZZ_SEED}"`);
  }
  if (process.env.NW_FUZZ_PATH) settings.path = process.env.NW_FUZZ_PATH;
  return settings;
}

const settings = fuzzSettings();

export default {
  ...base,
  files: ['tests/stress/**/*.test.ts'],
  testsFinishTimeout: 600_000,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.NW_FUZZ = ${JSON.stringify(settings)};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  // Each test's name says the widget and the count it ran (summaryReporter); the fuzz test logs its seed.
  reporters: [defaultReporter(), summaryReporter({ reportTestLogs: false, reportTestErrors: false })],
  filterBrowserLogs: ({ type, args }) => type === 'error' || (type === 'log' && typeof args[0] === 'string' && args[0].startsWith('fuzz ')),
};
