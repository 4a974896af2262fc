import { esbuildPlugin } from '@web/dev-server-esbuild';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChromeOrExit } from './scripts/find-chrome.mjs';
import { packageEntriesDevServer } from './scripts/package-entries.mjs';
import { reactEsmPlugin } from './tests/react/react-esm.plugin.mjs';
import { a11yCommandsPlugin } from './tests/a11y/a11y-commands.plugin.mjs';

const executablePath = findChromeOrExit();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: background tabs in a shared browser stall axe and focus checks.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  plugins: [
    // Serves React (CommonJS) as ES modules for tests/react/; other tests never import it.
    reactEsmPlugin(),
    // Accessibility tree and forced-colours emulation for tests/a11y/.
    a11yCommandsPlugin(),
    // Server rendering for @lit-labs/testing's ssrFixture (tests/ssr/): each widget gets its content.
    litSsrPlugin({ workerInitModules: ['./tests/ssr/lit-ssr-worker.mjs'] }),
    // `newsroom-widgets/…` (the package's public entries, as the embed builder imports them) → src/.
    packageEntriesDevServer(),
    // target 'auto': a current Chromium needs only the TypeScript stripped, so the
    // built dist/ files are served (and size-checked) exactly as they are.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: {
    config: { timeout: 10_000 },
  },
  filterBrowserLogs: ({ type }) => type === 'error',
};
