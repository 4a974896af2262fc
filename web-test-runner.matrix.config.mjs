// The accessibility and visual-regression matrix (tests/matrix/): every story ×
// light/dark × ltr/rtl × en/de/ar/uk, axe clean for WCAG 2.2 A and AA, and
// compared with the screenshots committed in tests/matrix/baselines/.
//
//   npm run test:matrix                              compare
//   npm run test:matrix -- --update-visual-baseline  write new baselines (or UPDATE_BASELINES=1)
//
// Failed screenshots and their diffs go to tests/matrix/failed/ (not committed).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROME_ARGS, findChromeOrExit } from './scripts/find-chrome.mjs';
import { packageEntriesDevServer } from './scripts/package-entries.mjs';

// The PNG codec the visual-regression plugin compares with.
const { PNG } = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-visual-regression/plugin'))('pngjs');

const BASELINES = path.resolve('tests/matrix/baselines');
/** Combinations whose screenshot is the same as another's: name → the name whose file it uses. */
const SAME_AS = path.join(BASELINES, 'same-as.json');
const FAILED = path.resolve('tests/matrix/failed');
/** The height is the starting one: before each screenshot the page fits the viewport to the story (tests/matrix/matrix.ts). */
const VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1 };
/**
 * Tolerance. A pixel counts as changed when its colour differs by more than
 * pixelmatch's threshold 0.05 (the default 0.1 let a 25% darker divider on a
 * dark card pass); a screenshot fails when more than 20 pixels changed. Runs
 * on one machine give identical screenshots (0 pixels changed in every
 * combination, run after run); 1 px more padding in a quote card changes its
 * size, and a divider's colour changes 640 pixels.
 */
const DIFF = { threshold: 0.05, includeAA: false };
const FAILURE_PIXELS = 20;

const update = process.argv.includes('--update-visual-baseline') || ['1', 'true'].includes(process.env.UPDATE_BASELINES ?? '');
// Only a run of the whole matrix knows which baselines are stale.
const wholeMatrix = !process.argv.some((arg) => arg === '--files' || arg === '--group' || /\.matrix\.ts$/.test(arg));

// Every stories file has its matrix file.
const stories = readdirSync('stories').filter((file) => file.endsWith('.stories.ts'));
const missing = stories.filter((file) => !existsSync(`tests/matrix/${file.replace(/\.stories\.ts$/, '.matrix.ts')}`));
if (missing.length) {
  console.error(`\nNo tests/matrix/*.matrix.ts for ${missing.join(', ')}\n`);
  process.exit(1);
}

// The fonts the stories use, by the Debian package that installs them; the
// browser sees these and no others (tests/matrix/fonts.conf).
const FONT_PACKAGES = {
  'fonts-dejavu-core': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  'fonts-liberation': '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  'fonts-noto-color-emoji': '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
};
const missingFonts = Object.entries(FONT_PACKAGES).filter(([, file]) => !existsSync(file));
if (missingFonts.length) {
  console.error(`\nThe matrix's screenshots need these fonts: sudo apt-get install -y ${missingFonts.map(([name]) => name).join(' ')}\n`);
  process.exit(1);
}

const executablePath = findChromeOrExit();

const fileOf = (name) => path.join(BASELINES, `${name}.png`);
const nameOf = (file) => path.relative(BASELINES, file).replace(/\.png$/, '').split(path.sep).join('/');

function pngsUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pngsUnder(full);
    return full.endsWith('.png') ? [full] : [];
  });
}

function removeEmptyFolders(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      removeEmptyFolders(full);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
    }
  }
}

const readSameAs = () => (existsSync(SAME_AS) ? JSON.parse(readFileSync(SAME_AS, 'utf8')) : {});

/**
 * Keeps the baselines folder small and tidy. Identical screenshots (a story
 * that sets its own language shows the same in all four; two stories that
 * differ only in the theme the matrix overrides) are stored once and listed in
 * same-as.json. While updating, every baseline is first written out in full,
 * and afterwards duplicates are folded again and, after a run of the whole
 * matrix, baselines no combination compared with are removed.
 */
function baselineStore() {
  const compared = new Set();
  let sameAs = readSameAs();
  return {
    compared,
    getBaseline: ({ name }) => {
      const file = fileOf(sameAs[name] ?? name);
      return existsSync(file) ? readFileSync(file) : undefined;
    },
    plugin: {
      name: 'nw-baseline-store',
      serverStart() {
        if (!update) {
          rmSync(FAILED, { recursive: true, force: true });
          return;
        }
        for (const [name, target] of Object.entries(sameAs)) {
          mkdirSync(path.dirname(fileOf(name)), { recursive: true });
          if (existsSync(fileOf(target))) writeFileSync(fileOf(name), readFileSync(fileOf(target)));
        }
        rmSync(SAME_AS, { force: true });
        sameAs = {};
      },
      serverStop() {
        const files = pngsUnder(BASELINES);
        const stale = wholeMatrix && compared.size ? files.filter((file) => !compared.has(nameOf(file))) : [];
        const staleAliases = wholeMatrix && compared.size ? Object.keys(sameAs).filter((name) => !compared.has(name)) : [];
        if (!update) {
          if (stale.length || staleAliases.length) {
            console.warn(`Baselines of no story (update the baselines to remove them): ${[...stale.map(nameOf), ...staleAliases].join(', ')}`);
          }
          return;
        }
        for (const file of stale) rmSync(file);
        if (stale.length) console.log(`Removed ${stale.length} baselines of combinations that no longer exist.`);
        const byPixels = new Map();
        for (const file of files.filter((f) => !stale.includes(f)).sort()) {
          const png = PNG.sync.read(readFileSync(file));
          const key = createHash('sha256').update(`${png.width}x${png.height}`).update(png.data).digest('hex');
          const first = byPixels.get(key);
          if (first) {
            sameAs[nameOf(file)] = nameOf(first);
            rmSync(file);
          } else {
            byPixels.set(key, file);
          }
        }
        removeEmptyFolders(BASELINES);
        const sorted = Object.fromEntries(Object.entries(sameAs).sort(([a], [b]) => a.localeCompare(b)));
        if (Object.keys(sorted).length) writeFileSync(SAME_AS, `${JSON.stringify(sorted, null, 1)}\n`);
        console.log(`Baselines: ${byPixels.size} screenshots for ${byPixels.size + Object.keys(sorted).length} combinations.`);
      },
    },
  };
}

/** `nw-viewport-height`: the test page's viewport, 800 CSS px wide, this tall. */
function viewportCommand() {
  return {
    name: 'nw-viewport-height',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nw-viewport-height') return undefined;
      const page = session.browser.getPage(session.id);
      await page.setViewport({ ...VIEWPORT, height: payload.height });
      return true;
    },
  };
}

const store = baselineStore();

export default {
  files: ['tests/matrix/*.matrix.ts'],
  nodeResolve: true,
  // One page at a time: the page in front gets frames, and screenshots are taken one by one.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 600_000,
  plugins: [
    store.plugin,
    viewportCommand(),
    visualRegressionPlugin({
      update,
      baseDir: BASELINES,
      getBaselineName: ({ name }) => {
        store.compared.add(name);
        return name;
      },
      getBaseline: store.getBaseline,
      getFailedName: ({ name }) => path.join(FAILED, name),
      getDiffName: ({ name }) => path.join(FAILED, `${name}.diff.png`),
      // Stored without the alpha channel (screenshots are opaque), at the highest compression.
      saveBaseline: ({ filePath, content }) => {
        mkdirSync(path.dirname(filePath), { recursive: true });
        writeFileSync(filePath, PNG.sync.write(PNG.sync.read(content), { colorType: 2, deflateLevel: 9 }));
      },
      diffOptions: DIFF,
      failureThresholdType: 'pixel',
      failureThreshold: FAILURE_PIXELS,
    }),
    // `newsroom-widgets/…` (the public entries the embed builder imports) → src/.
    packageEntriesDevServer(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        defaultViewport: VIEWPORT,
        // Only the fonts of FONT_PACKAGES, text without antialiasing (tests/matrix/fonts.conf).
        env: { ...process.env, FONTCONFIG_FILE: path.resolve('tests/matrix/fonts.conf') },
        args: [
          ...CHROME_ARGS,
          // No request leaves the machine: every host but the test server's fails to resolve.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          '--force-color-profile=srgb',
        ],
      },
      // The story always fits the viewport (tests/matrix/matrix.ts), so screenshots are
      // taken of what is on screen: capturing beyond the viewport resizes the page while
      // it is captured, and rows of a long table were caught skipped or half laid out.
      async createPage({ context }) {
        const page = await context.newPage();
        const screenshot = page.screenshot.bind(page);
        page.screenshot = (options = {}) => screenshot({ ...options, captureBeyondViewport: false });
        return page;
      },
    }),
  ],
  testFramework: {
    config: { timeout: 20_000 },
  },
  filterBrowserLogs: ({ type }) => type === 'error',
};
