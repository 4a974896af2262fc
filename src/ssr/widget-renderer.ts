/**
 * One widget rendered on the server, through Lit's own server renderer
 * (@lit-labs/ssr's LitElementRenderer): a server instance of the widget class
 * gets the element's attributes, reads the element's content from its twin
 * (the element in the parsed page, see serverTwins), and renders its shadow
 * root with the hydration markers the browser's Lit picks up.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { ReactiveElement } from 'lit';
import { serverTwins } from '../core/content.js';
import { shadowStyles, type StylesOption } from './styles.js';

/** The server instance that stands for an element of the page, if any. */
export type InstanceOf = (el: Element) => Element | undefined;

/**
 * Links the server instance `element` to `twin`, the element of the parsed
 * page it stands for: the widget reads its content, language and direction
 * from the twin, and the few questions a widget asks of itself as a node are
 * answered by the twin (whether it contains its embed code, whether it is
 * connected, which other widgets share its document: a fact box numbers
 * namesakes). `instanceOf` maps the page's other widgets to their instances.
 */
export function linkTwin(element: HTMLElement, twin: Element, instanceOf: InstanceOf = () => undefined): void {
  serverTwins.set(element as unknown as ReactiveElement, twin);
  const root = {
    querySelectorAll: (selectors: string) =>
      Array.from((twin.getRootNode() as ParentNode).querySelectorAll(selectors)).map((el) => instanceOf(el) ?? el),
  };
  Object.defineProperties(element, {
    contains: { value: (node: Node | null) => twin.contains(node), configurable: true },
    isConnected: { get: () => twin.isConnected, configurable: true },
    getRootNode: { value: () => root, configurable: true },
  });
}

/** Lit's element renderer, with the widget's styles inline or as a link (see styles.ts). */
export class WidgetRenderer extends LitElementRenderer {
  styles: StylesOption = 'inline';

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    const result = super.renderShadow(renderInfo);
    if (!result) return result;
    // Lit writes the styles first, as '<style>', each sheet's text, '</style>'.
    const afterStyles = result[0] === '<style>' ? result.indexOf('</style>') + 1 : 0;
    const ctor = customElements.get(this.tagName)!;
    return [shadowStyles(this.tagName, ctor, this.styles), ...result.slice(afterStyles)];
  }
}

/** A widget of the page, ready to render: its server instance is linked and has its attributes. */
export function prepareWidget(twin: Element, styles: StylesOption, instanceOf?: InstanceOf): WidgetRenderer {
  const tag = twin.localName;
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined on the server`);
  const renderer = new WidgetRenderer(tag);
  renderer.styles = styles;
  const element = renderer.element as HTMLElement;
  linkTwin(element, twin, instanceOf);
  for (const name of twin.getAttributeNames()) renderer.setAttribute(name, twin.getAttribute(name) ?? '');
  // Runs willUpdate and reflects properties to attributes, as the first update would.
  renderer.connectedCallback();
  return renderer;
}

/** Attributes the widget reflected (a property set before rendering), as the browser would add them. */
export function reflectedAttributes(renderer: WidgetRenderer): Array<[string, string]> {
  const element = renderer.element as HTMLElement & { attributes: Iterable<{ name: string; value: string }> };
  return Array.from(element.attributes, ({ name, value }): [string, string] => [name, value]);
}

/** The widget's declarative shadow root: `<template shadowrootmode="open">…</template>`. */
export async function renderShadowRoot(renderer: WidgetRenderer): Promise<string> {
  const renderInfo: RenderInfo = {
    elementRenderers: [WidgetRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [renderer.element],
    slotStack: [],
    deferHydration: false,
  };
  const shadow = renderer.renderShadow(renderInfo);
  if (!shadow) return '';
  const mode = renderer.shadowRootOptions.mode ?? 'open';
  const delegatesFocus = renderer.shadowRootOptions.delegatesFocus ? ' shadowrootdelegatesfocus' : '';
  return `<template shadowrootmode="${mode}"${delegatesFocus}>${await collectResult(shadow)}</template>`;
}
