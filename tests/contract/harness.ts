/**
 * What the contract suite needs beyond tests/helpers.ts: mounting a widget
 * the way a page or an npm user does, reading what a reader sees, checking
 * URLs and the shape of `data`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { settle, shadow } from '../helpers.js';

/** An element with the `data` property every widget has. */
export type WithData = HTMLElement & { data: unknown; requestUpdate(): void; readonly updateComplete: Promise<boolean> };

/**
 * Renders `template` (one widget element) detached, sets `data` on it when
 * given (before it connects, as an npm user does), then appends it to `into`
 * (a fresh container by default) and waits until it has rendered.
 */
export async function mount(template: TemplateResult, options: { data?: unknown; into?: HTMLElement } = {}): Promise<WithData> {
  const into = options.into ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const holder = document.createElement('div');
  render(template, holder);
  const el = holder.firstElementChild as WithData | null;
  if (!el) throw new Error('the template holds no element');
  if (options.data !== undefined) el.data = options.data;
  into.append(el);
  await settle(into);
  return el;
}

/** Lets observers (light DOM, page language) see a change, then waits for every widget under `root`. */
export async function afterChange(root: ParentNode): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await settle(root);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text a reader sees in the widget's shadow root: text of rendered
 * elements only (not of collapsed or `display: none` ones), white space
 * collapsed. Content slotted from the light DOM is not part of it.
 */
export function shownText(el: Element): string {
  const root = shadow(el);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, template')) continue;
    if (!parent.checkVisibility()) continue;
    text += node.data;
  }
  return normalise(text);
}

/** Asserts that every text of `shows` is in the shadow root, and none of `absent`. */
export function expectShown(el: Element, shows: readonly string[], absent: readonly string[] = []): void {
  const text = shownText(el);
  for (const expected of shows) expect(text, `<${el.localName}> shows "${expected}"`).to.contain(expected);
  for (const unexpected of absent) expect(text, `<${el.localName}> no longer shows "${unexpected}"`).not.to.contain(unexpected);
}

/**
 * Whether the widget fell back to the author's content: its shadow root
 * slots the light DOM, and a reader sees `text` there (`innerText` follows
 * what is rendered, so light-DOM content that is not slotted is not in it).
 */
export function expectFallback(el: HTMLElement, text: string): void {
  expect(shadow(el).querySelector('slot'), `<${el.localName}> slots the author's content`).to.exist;
  if (!text) return;
  expect(normalise(el.innerText), `<${el.localName}> keeps "${text}" readable`).to.contain(text);
  expect(shownText(el), `<${el.localName}> does not render "${text}" itself as well`).not.to.contain(text);
}

/** The text of the first element matching `selector` in the shadow root, white space collapsed. */
export function shownIn(el: Element, selector: string): string | undefined {
  const node = shadow(el).querySelector(selector);
  return node ? normalise(node.textContent ?? '') : undefined;
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'xlink:href', 'data-src'];

/**
 * Every URL-valued attribute in the shadow root that is neither an in-page
 * fragment nor an http(s) URL (after the browser's own parsing).
 */
export function unsafeUrls(el: Element): string[] {
  const unsafe: string[] = [];
  for (const node of Array.from(shadow(el).querySelectorAll('*'))) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === null || value.startsWith('#')) continue;
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'unparseable';
      }
      if (protocol !== 'http:' && protocol !== 'https:') unsafe.push(`<${node.localName} ${name}="${value}">`);
    }
  }
  return unsafe;
}

/** The HTML of every element of the widget's shadow root that an attacker could have made. */
export function injectedElements(el: Element): string[] {
  return Array.from(shadow(el).querySelectorAll('script, iframe, object, embed, b, i, [onerror], [onload], [onclick]'), (node) => node.outerHTML);
}

/** Finds the first light-DOM text node of `el` containing `from` and puts `to` in its place. */
export function editText(el: Element, from: string, to: string): void {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes(from)) {
      node.data = node.data.replace(from, to);
      return;
    }
  }
  throw new Error(`no text "${from}" in <${el.localName}>`);
}

/** Renders `template` into a detached container and returns its nodes, to put into a widget. */
export function nodesOf(template: TemplateResult): Node[] {
  const holder = document.createElement('div');
  render(template, holder);
  return Array.from(holder.childNodes);
}

/** `value` as JSON would carry it: without `undefined` fields, so it compares with documented content. */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/* A small schema language for the documented shape of `data`. A check returns what is wrong. */

export type Check = (value: unknown, path: string) => string[];

export const text: Check = (value, path) => (typeof value === 'string' ? [] : [`${path} is ${JSON.stringify(value)}, not a string`]);

export const textOrNumber: Check = (value, path) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? [] : [`${path} is ${JSON.stringify(value)}, not text or a number`];

export const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? [] : check(value, path);

export const oneOf =
  (...allowed: readonly string[]): Check =>
  (value, path) =>
    allowed.includes(value as string) ? [] : [`${path} is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`];

export const listOf =
  (item: Check): Check =>
  (value, path) =>
    Array.isArray(value) ? value.flatMap((entry, i) => item(entry, `${path}[${i}]`)) : [`${path} is not an array`];

/** A plain object with exactly the documented fields (an undocumented own key is a problem). */
export const shape =
  (fields: Record<string, Check>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path} is not an object`];
    if (Object.getPrototypeOf(value) !== Object.prototype) return [`${path} is not a plain object`];
    const record = value as Record<string, unknown>;
    const undocumented = Reflect.ownKeys(record)
      .filter((key) => typeof key !== 'string' || !Object.hasOwn(fields, key))
      .map((key) => `${path} has the undocumented field ${String(key)}`);
    return [...undocumented, ...Object.entries(fields).flatMap(([key, check]) => check(Object.hasOwn(record, key) ? record[key] : undefined, `${path}.${key}`))];
  };
