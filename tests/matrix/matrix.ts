// The accessibility and visual-regression matrix: every story of a stories
// module, in light and dark, left-to-right and right-to-left, in English,
// German, Arabic and Ukrainian. Each combination is rendered as Storybook's
// toolbar renders it (.storybook/preview.js: the theme overrides the story's
// `theme` arg, the page wrapper carries `lang` and `dir`; the page styles come
// from .storybook/preview-head.html), must be axe clean for WCAG 2.2 A and AA,
// and must look like its committed baseline in tests/matrix/baselines/.
//
// Run with `npm run test:matrix`; see web-test-runner.matrix.config.mjs.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { html, nothing, render, type TemplateResult } from 'lit';
import { settle, storiesOf } from '../helpers.js';

export const THEMES = ['light', 'dark'] as const;
export const DIRECTIONS = ['ltr', 'rtl'] as const;
export const LANGUAGES = ['en', 'de', 'ar', 'uk'] as const;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no rule tagged A for 2.2 alone). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The viewport's height before a story is rendered (the width, 800 CSS px, is set in the config). */
const VIEWPORT_HEIGHT = 600;

type Theme = (typeof THEMES)[number];
type Direction = (typeof DIRECTIONS)[number];
type Language = (typeof LANGUAGES)[number];

interface StoryModule {
  default: { title?: string; parameters?: { layout?: string } };
  [name: string]: unknown;
}

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** "ArabicRTL" → "arabic-rtl", "NatoRussiaCouncil" → "nato-russia-council". */
const slug = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

let pageReady: Promise<void> | undefined;

/**
 * The page the stories sit on: Storybook's own page styles (read from
 * preview-head.html, so a change there shows here), no scrollbars, and every
 * widget laid out even below the fold (off screen a widget skips its layout,
 * content-visibility: auto).
 */
function preparePage(): Promise<void> {
  pageReady ??= (async () => {
    const response = await fetch('/.storybook/preview-head.html');
    if (!response.ok) throw new Error(`.storybook/preview-head.html: HTTP ${response.status}`);
    document.head.insertAdjacentHTML('beforeend', await response.text());
    const style = document.createElement('style');
    style.textContent = `
      html { scrollbar-width: none; }
      nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box { content-visibility: visible; }
      /* A dark news page declares its scheme for its own links and controls, as in
         tests/stories.test.ts: a widget's fallback shows the author's content as the page does. */
      .nw-page--dark { color-scheme: dark; }
    `;
    document.head.append(style);
  })();
  return pageReady;
}

/** Storybook's toolbar decorator (withPage in .storybook/preview.js) for one combination. */
function withPage(story: () => TemplateResult, { theme, lang, dir, fullscreen }: { theme: Theme; lang: Language; dir: Direction; fullscreen: boolean }) {
  const dark = theme === 'dark';
  document.body.classList.toggle('nw-dark', dark);
  const classes = ['nw-page', dark ? 'nw-page--dark' : '', fullscreen ? 'nw-page--full' : ''].filter(Boolean).join(' ');
  return html`<div class=${classes} lang=${lang} dir=${dir}>${story()}</div>`;
}

/** Every element in `root`'s light and shadow trees, nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const images = (root: ParentNode) => allElements(root).filter((el): el is HTMLImageElement => el instanceof HTMLImageElement);

/** Content the browser skips for now (content-visibility: auto, e.g. the rows of a long table far below). */
function skipped(root: ParentNode): number {
  return allElements(root).filter((el) => {
    const child = el.firstElementChild;
    return (
      child !== null &&
      getComputedStyle(el).contentVisibility === 'auto' &&
      child.checkVisibility() &&
      !child.checkVisibility({ contentVisibilityAuto: true })
    );
  }).length;
}

/** After the next frame, or after 100 ms if the page gets no frames. */
const frame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(timer), resolve())));
  });

async function setViewportHeight(height: number): Promise<void> {
  if (window.innerHeight === height) return;
  await executeServerCommand('nw-viewport-height', { height });
  await frame();
}

/** Waits until the story looks as it will stay: widgets updated, fonts and images loaded or failed, nothing focused. */
async function stable(root: HTMLElement): Promise<void> {
  await settle(root);
  await document.fonts.ready;
  for (let round = 0; round < 3; round++) {
    const pending = images(root).filter((img) => !img.complete);
    if (!pending.length) break;
    for (const img of pending) img.loading = 'eager';
    await Promise.all(
      pending.map(
        (img) =>
          new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }),
      ),
    );
    // A failed avatar re-renders with initials.
    await settle(root);
  }
  await Promise.all(images(root).map((img) => img.decode().catch(() => undefined)));
  (document.activeElement as HTMLElement | null)?.blur?.();
  await frame();
}

/**
 * Makes the viewport as tall as the page and waits until all of the story is
 * rendered: axe then sees every part, and the screenshot needs nothing outside
 * the viewport (capturing beyond it resizes the page while it is captured,
 * which caught long tables half laid out).
 */
async function fitViewport(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 6; round++) {
    for (let wait = 0; wait < 10 && skipped(root) > 0; wait++) await frame();
    const height = Math.max(VIEWPORT_HEIGHT, Math.ceil(document.documentElement.scrollHeight));
    if (height === window.innerHeight && skipped(root) === 0) return;
    await setViewportHeight(height);
  }
  throw new Error(`the story did not settle in a viewport of its height (${skipped(root)} parts still skipped)`);
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((violation) =>
      [
        `axe ${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map(
          (node) => `  ${node.target.flat().join(' >>> ')}: ${node.html.slice(0, 160)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Declares the matrix for one stories module: one test per story, theme,
 * direction and language, named after the baseline it compares with
 * (`<folder>/<story>/<theme>-<dir>-<lang>.png`). Each test runs axe and the
 * screenshot comparison and reports both when both fail.
 */
export function storyMatrix(folder: string, module: StoryModule, { timeout = 10_000 }: { timeout?: number } = {}): void {
  for (const theme of THEMES) {
    describe(`matrix: ${module.default.title ?? folder} (${theme})`, function () {
      this.timeout(timeout);
      before(async () => {
        await preparePage();
        // The whole page in the theme's scheme: widgets left on theme="auto" (posts
        // that upgradeEmbeds wraps) follow it too. Nothing moves.
        await emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      });
      after(() => document.body.classList.remove('nw-dark'));

      for (const [name, story] of storiesOf(module, { theme })) {
        const parameters = (module[name] as { parameters?: { layout?: string } }).parameters;
        const fullscreen = (parameters?.layout ?? module.default.parameters?.layout) === 'fullscreen';
        for (const dir of DIRECTIONS) {
          for (const lang of LANGUAGES) {
            const baseline = `${folder}/${slug(name)}/${theme}-${dir}-${lang}`;
            it(baseline, async () => {
              // Units relative to the viewport (the article's min-height) start from the same height every time.
              await setViewportHeight(VIEWPORT_HEIGHT);
              const stage = document.createElement('div');
              document.body.append(stage);
              try {
                render(withPage(story, { theme, lang, dir, fullscreen }), stage);
                const root = stage.firstElementChild as HTMLElement;
                await stable(root);
                await fitViewport(root);
                const problems: string[] = [];
                const results = await window.axe.run(root, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
                if (results.violations.length) problems.push(describeViolations(results));
                try {
                  await visualDiff(root, baseline);
                } catch (error) {
                  problems.push((error as Error).message);
                }
                if (problems.length) throw new Error(problems.join('\n'));
              } finally {
                render(nothing, stage);
                stage.remove();
              }
            });
          }
        }
      }
    });
  }
}
