// What axe cannot see, for every story of the four widgets: forced colours
// (badges keep word and shape, controls keep an outline, axe clean), reduced
// motion (nothing moves), 320 px reflow and 200% text (nothing wider than the
// widget), a visible focus indicator of 3:1 contrast on every control, and
// WCAG 2.2 target size (24×24 CSS px, or 24 px spacing).
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import * as demandTable from '../../stories/demand-table.stories.js';
import * as factBox from '../../stories/fact-box.stories.js';
import * as quoteCard from '../../stories/quote-card.stories.js';
import * as tweetEmbed from '../../stories/tweet-embed.stories.js';
import { renderInto, settle, storiesOf } from '../helpers.js';

const MODULES = { quoteCard, tweetEmbed, demandTable, factBox };
const WIDGETS = 'nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box';
/** A news page of each scheme, as in tests/stories.test.ts. */
const PAGES = {
  light: 'background:#ffffff;color:#1b1b1b;color-scheme:light',
  dark: 'background:#111214;color:#eceae6;color-scheme:dark',
};

const IN_VIEW = html`<style>
  nw-quote-card,
  nw-tweet-embed,
  nw-demand-table,
  nw-fact-box {
    content-visibility: visible;
  }
</style>`;

async function show(story: () => TemplateResult, width?: number, page: keyof typeof PAGES = 'light'): Promise<HTMLElement[]> {
  const root = await renderInto<HTMLDivElement>(html`<div style=${PAGES[page]}>${IN_VIEW}${story()}</div>`, width);
  const widgets = Array.from(root.querySelectorAll<HTMLElement>(WIDGETS));
  expect(widgets.length, 'a widget').to.be.greaterThan(0);
  return widgets;
}

/** Every element in the shadow trees of `widget`, nested shadow roots included. */
function shadowElements(widget: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (widget.shadowRoot) walk(widget.shadowRoot);
  return out;
}

const describeEl = (el: Element) => `<${el.localName}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;

/** Controls a reader operates: buttons, links, summaries, anything focusable. */
function controls(widget: Element): HTMLElement[] {
  return shadowElements(widget).filter((el) => el.matches('button, a[href], summary, input, select, textarea, [tabindex]:not([tabindex="-1"])') && !el.matches(':disabled'));
}

/** A link inline in running text (WCAG 2.5.8's inline exception). */
function inlineInText(el: HTMLElement): boolean {
  if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
  const parent = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host;
  const own = (el.textContent ?? '').trim().length;
  const around = (parent?.textContent ?? '').trim().length;
  return around > own + 1;
}

function rgba(colour: string): [number, number, number, number] {
  const m = colour.match(/rgba?\(([^)]+)\)/);
  if (!m) {
    const probe = document.createElement('span');
    probe.style.color = colour;
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    if (c === colour) throw new Error(`cannot read colour ${colour}`);
    return rgba(c);
  }
  const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}
function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: number[], b: number[]): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}
/** The colour behind `el`: the nearest opaque background up the (flattened) tree. */
function backgroundOf(el: Element): number[] {
  let node: Element | null = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
  while (node) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    if (c[3] > 0.5) return c;
    node = node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return [255, 255, 255, 1];
}

const seconds = (list: string) => Math.max(...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));

for (const [moduleName, module] of Object.entries(MODULES)) {
  describe(`beyond axe: ${module.default.title ?? moduleName}`, () => {
    for (const [name, story] of storiesOf(module)) {
      describe(name, () => {
        afterEach(async () => {
          await executeServerCommand('nw-media-features', { features: [] });
          await emulateMedia({ reducedMotion: 'no-preference' });
          document.documentElement.style.fontSize = '';
        });

        it('forced colours: badges keep word and shape, controls an outline, axe clean', async () => {
          await executeServerCommand('nw-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
          expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
          const widgets = await show(story);
          for (const widget of widgets) {
            for (const badge of shadowElements(widget).filter((el) => el.matches('[part~="status"]'))) {
              const style = getComputedStyle(badge);
              expect(badge.textContent!.trim(), `${describeEl(badge)} has its word`).to.not.equal('');
              expect(style.visibility).to.equal('visible');
              const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
              const icon = badge.querySelector('svg');
              const iconShown = !!icon && icon.getBoundingClientRect().width > 0;
              expect(border || iconShown, `${describeEl(badge)} keeps a border or icon`).to.equal(true);
            }
            for (const control of controls(widget)) {
              control.focus();
              const style = getComputedStyle(control);
              expect(style.outlineStyle, `${describeEl(control)} outline in forced colours`).to.not.equal('none');
              expect(parseFloat(style.outlineWidth)).to.be.at.least(1);
              control.blur();
            }
            // Contrast is the reader's palette's business here (axe reads the author colours).
            await expect(widget).to.be.accessible({ ignoredRules: ['color-contrast'] });
          }
        });

        // 0.01 ms, the usual "reduce" value, counts as none: it ends in the same frame.
        it('reduced motion: no transition or animation', async () => {
          await emulateMedia({ reducedMotion: 'reduce' });
          const widgets = await show(story);
          for (const widget of widgets) {
            for (const el of shadowElements(widget)) {
              const style = getComputedStyle(el);
              expect(seconds(style.transitionDuration), `${describeEl(el)} transition`).to.be.at.most(0.001);
              if (style.animationName !== 'none') expect(seconds(style.animationDuration), `${describeEl(el)} animation`).to.be.at.most(0.001);
            }
          }
        });

        for (const [label, width, zoom] of [
          ['320 px reflow', 320, false],
          ['200% text in 640 px', 640, true],
        ] as const) {
          it(`${label}: nothing wider than the widget`, async () => {
            if (zoom) document.documentElement.style.fontSize = '200%';
            const widgets = await show(story, width);
            for (const widget of widgets) {
              await settle(widget.parentElement!);
              expect(widget.scrollWidth, `<${widget.localName}> scrollWidth`).to.be.at.most(widget.clientWidth);
              const box = widget.getBoundingClientRect();
              const elements = shadowElements(widget);
              // Visually hidden text (1 px, clipped, e.g. the stacked table's header row) takes no room.
              const hidden = elements.filter((el) => {
                const r = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                const clips = style.overflow !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto';
                return clips && style.display !== 'contents' && (r.width <= 1 || r.height <= 1);
              });
              for (const el of elements) {
                const r = el.getBoundingClientRect();
                if (r.width <= 1 || r.height <= 1 || hidden.some((h) => h.contains(el))) continue;
                expect(r.width, `${describeEl(el)} width`).to.be.at.most(box.width + 0.5);
                expect(r.left, `${describeEl(el)} left`).to.be.at.least(box.left - 0.5);
                expect(r.right, `${describeEl(el)} right`).to.be.at.most(box.right + 0.5);
              }
            }
          });
        }

        for (const theme of ['light', 'dark']) {
          it(`focus (${theme}): every control shows a 2 px indicator of 3:1 contrast`, async () => {
            const widgets = await show(storiesOf(module, { theme }).find(([n]) => n === name)![1], undefined, theme as 'light' | 'dark');
            // A story that takes no theme (its widgets follow the light test reader) is checked on the light page.
            for (const widget of widgets.filter((w) => theme === 'light' || w.getAttribute('theme') === 'dark')) {
              for (const control of controls(widget)) {
                control.focus({ focusVisible: true } as FocusOptions);
                expect(control.matches(':focus-visible'), `${describeEl(control)} focus-visible`).to.equal(true);
                const style = getComputedStyle(control);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                const shadowRing = style.boxShadow !== 'none';
                expect(outline || shadowRing, `${describeEl(control)}: outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`).to.equal(true);
                if (outline) {
                  const ratio = contrast(rgba(style.outlineColor), backgroundOf(control));
                  expect(ratio, `${describeEl(control)} outline ${style.outlineColor} contrast`).to.be.at.least(3);
                }
                control.blur();
              }
            }
          });
        }

        it('target size: 24×24 CSS px, or 24 px spacing', async () => {
          const widgets = await show(story);
          for (const widget of widgets) {
            const all = controls(widget);
            const rects = new Map(all.map((c) => [c, c.getBoundingClientRect()]));
            for (const control of all) {
              if (inlineInText(control)) continue;
              control.focus(); // a skip link shows itself on focus
              const r = control.getBoundingClientRect();
              control.blur();
              if (r.width >= 24 && r.height >= 24) continue;
              const cx = r.left + r.width / 2;
              const cy = r.top + r.height / 2;
              for (const [other, o] of rects) {
                if (other === control || o.width <= 1 || o.height <= 1) continue;
                const dx = Math.max(o.left - cx, 0, cx - o.right);
                const dy = Math.max(o.top - cy, 0, cy - o.bottom);
                expect(Math.hypot(dx, dy), `${describeEl(control)} (${r.width.toFixed(1)}×${r.height.toFixed(1)}) spacing to ${describeEl(other)}`).to.be.at.least(12);
              }
            }
          }
        });
      });
    }
  });
}
