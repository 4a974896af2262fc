import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { render } from 'lit';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: never, context: never) => unknown;
  name?: string;
}
interface StoryModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

/**
 * Every story of a CSF module as [name, template], rendered as Storybook would
 * (meta args, then story args, then `overrides`, e.g. a theme).
 */
export function storiesOf(module: StoryModule, overrides: Record<string, unknown> = {}): Array<[string, () => TemplateResult]> {
  const meta = module.default;
  return Object.entries(module)
    .filter(([name, story]) => name !== 'default' && typeof story === 'object' && story !== null)
    .map(([name, value]) => {
      const story = value as StoryLike;
      const renderFn = (story.render ?? meta.render) as (args: Record<string, unknown>) => TemplateResult;
      const args = { ...meta.args, ...story.args, ...overrides };
      return [name, () => renderFn(args)];
    });
}

/** Renders a template into a fresh container and waits for every nw-* element in it to update. */
export async function renderInto<T extends Element = HTMLElement>(template: TemplateResult, width?: number): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) wrapper.style.inlineSize = `${width}px`;
  render(template, wrapper);
  await settle(wrapper);
  return wrapper.firstElementChild as T;
}

/**
 * Waits until every Lit element under `root` has finished updating. (No
 * requestAnimationFrame: test pages run in background tabs, where it stalls.)
 */
export async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements = Array.from(root.querySelectorAll('*')).filter(
      (el): el is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
    );
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Collects console.warn calls and `nw-error` events while `fn` runs. */
export async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The shadow root of `el`, asserted. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}
