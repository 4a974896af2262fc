// Finds a Chrome or Chromium for the tests and screenshots. No tool downloads a
// browser here: we use the one on the machine (CHROME_PATH first).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found =
    CANDIDATES.find((path) => existsSync(path)) ??
    ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(onPath).find(Boolean);
  if (found) return found;
  throw new Error(
    [
      'No Chrome or Chromium found for the browser tests.',
      'Install one, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium',
      'or point CHROME_PATH at your browser: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}

/** `findChrome()` for a test runner's config: without a browser, says how to get one and exits. */
export function findChromeOrExit() {
  try {
    return findChrome();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

/** Flags for a quiet headless browser that does not phone home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  // Test pages share one browser; keep the ones in background tabs running at full speed.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
