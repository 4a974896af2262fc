/**
 * newsroom-widgets/ssr: server rendering for Node 20+.
 *
 * `renderToString(html)` gives every widget of a page (or of a fragment of
 * one) its declarative shadow root, rendered from the element's own
 * attributes and content through the same content pipeline and templates as
 * in the browser; the light DOM stays in place for readers without
 * JavaScript, feeds and crawlers. The browser's Lit then hydrates these
 * shadow roots instead of rendering them again (`dist/newsroom-widgets-hydrate.js`,
 * or `newsroom-widgets/ssr/hydrate` before any other import in a bundle).
 */
import '../index.js';
import { resolveLang } from '../core/i18n.js';
import { upgradeEmbeds as wrapEmbeds } from '../tweet-embed/upgrade-embeds.js';
import { parsePage, widgetElements } from './dom.js';
import { escapeAttribute, jsonForScript } from './escape.js';
import { schemaGraph, structuredData, type JsonLdNode } from './schema.js';
import { styleHashes, stylesheetUrl, type StylesOption } from './styles.js';
import { prepareWidget, reflectedAttributes, renderShadowRoot, type WidgetRenderer } from './widget-renderer.js';

export { structuredData, type JsonLdNode } from './schema.js';
export { stylesheetUrl, widgetStylesheets, type StylesOption } from './styles.js';

/**
 * The `style-src` sources that allow the widgets' inline server-rendered
 * styles under a Content-Security-Policy without 'unsafe-inline': one
 * `'sha256-…'` per widget, e.g. `style-src 'self' ${cspStyleSources()}`.
 */
export function cspStyleSources(): string {
  return Object.values(styleHashes(WIDGET_TAGS)).join(' ');
}

/** The tags rendered on the server. */
export const WIDGET_TAGS = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

export interface RenderOptions {
  /**
   * How each shadow root gets its styles: `'inline'` (default) writes a
   * `<style>` (under a strict CSP, allow it with `cspStyleSources()`);
   * `{ nonce }` writes `<style nonce>`; `{ href }` links the widget's
   * stylesheet `{href}{tag}.css` (the files of `dist/ssr/`, served by the
   * site), which `style-src 'self'` allows as it is.
   */
  styles?: StylesOption;
  /**
   * Write schema.org JSON-LD (`Quotation`, `SocialMediaPosting`) for the
   * quotes and posts: one `<script type="application/ld+json">` at the end
   * of `<head>` (of a whole page) or of the fragment. Default `true`.
   */
  schema?: boolean;
  /** First wrap raw X/Bluesky/Mastodon embed code in `<nw-tweet-embed>`, as `upgradeEmbeds()` does. Default `false`. */
  upgradeEmbeds?: boolean;
  /** For a fragment: the language of the page it goes into (widgets format dates and strings in it). */
  lang?: string;
  /** For a fragment: the direction of the page it goes into. */
  dir?: 'ltr' | 'rtl';
}

export interface WidgetInput {
  /** Attribute names and values, as on the tag (`{ speaker: 'Wendy Sherman', 'speaker-role': '…' }`). */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** The element's content (light DOM), as HTML. */
  content?: string;
}

/** Marks what the server adds to a page (JSON-LD, preloads), so that rendering its own output again replaces it. */
const MARK = 'data-nw-ssr';

function isDeclarativeShadowRoot(node: Element): boolean {
  return node.localName === 'template' && (node.hasAttribute('shadowrootmode') || node.hasAttribute('shadowroot'));
}

/** A token that does not occur in `html`, for the places where rendered markup goes. */
function placeholderToken(html: string): string {
  for (;;) {
    const token = `nw-ssr-${Math.random().toString(36).slice(2, 10)}`;
    if (!html.includes(token)) return token;
  }
}

/**
 * Renders every `nw-*` widget in `html` (a whole page or a fragment) on the
 * server: each gets its declarative shadow root, its light DOM unchanged
 * (except embed code put out of the platforms' reach, as in the browser).
 * Widgets already rendered (a page that went through this before) are
 * rendered again.
 */
export async function renderToString(html: string, options: RenderOptions = {}): Promise<string> {
  const { styles = 'inline', schema = true } = options;
  const page = parsePage(html, options);
  const { document } = page;
  // upgradeEmbeds as the browser runs it.
  if (options.upgradeEmbeds) wrapEmbeds(document);
  for (const old of Array.from(document.querySelectorAll(`[${MARK}]`))) old.remove();

  const twins = widgetElements(document, WIDGET_TAGS);
  const instances = new Map<Element, WidgetRenderer>();
  const instanceOf = (el: Element) => instances.get(el)?.element as Element | undefined;
  // All instances first: a widget may look at the others on its page (a fact box numbers namesakes).
  for (const twin of twins) {
    for (const child of Array.from(twin.children)) if (isDeclarativeShadowRoot(child)) child.remove();
    instances.set(twin, prepareWidget(twin, styles, instanceOf));
  }

  const token = placeholderToken(html);
  const inserts: string[] = [];
  const nodes: JsonLdNode[] = [];
  for (const [twin, renderer] of instances) {
    const shadowRoot = await renderShadowRoot(renderer);
    for (const [name, value] of reflectedAttributes(renderer)) if (!twin.hasAttribute(name)) twin.setAttribute(name, value);
    twin.prepend(document.createComment(`${token}-${inserts.length}`));
    inserts.push(shadowRoot);
    if (schema) {
      const node = structuredData(twin.localName, (renderer.element as unknown as { data: unknown }).data, resolveLang(twin));
      if (node) nodes.push(node);
    }
  }
  if (typeof styles === 'object' && 'href' in styles && !page.isFragment && document.head) {
    // Fetched from the start, not when the parser reaches each widget: Chrome shows nothing after a
    // widget until its stylesheet is in (as for any stylesheet linked in the body).
    const first = Array.from(document.head.children).find((el) => ['link', 'script', 'style'].includes(el.localName)) ?? null;
    for (const tag of new Set(twins.map((twin) => twin.localName))) {
      document.head.insertBefore(document.createComment(`${token}-${inserts.length}`), first);
      inserts.push(`<link rel="preload" as="style" href="${escapeAttribute(stylesheetUrl(styles.href, tag))}" ${MARK}>`);
    }
  }
  if (nodes.length) {
    const where = page.isFragment ? document.body : (document.head ?? document.body ?? document.documentElement);
    where.append(document.createComment(`${token}-${inserts.length}`));
    inserts.push(`<script type="application/ld+json" ${MARK}>${jsonForScript(schemaGraph(nodes))}</script>`);
  }
  return page.serialise().replace(new RegExp(`<!--${token}-(\\d+)-->`, 'g'), (_, index: string) => inserts[Number(index)]!);
}

/**
 * Renders one widget, for frameworks that render element by element: the
 * element's full HTML, with its declarative shadow root and `content` as its
 * light DOM. Options as for `renderToString` (`schema` is off by default
 * here; when on, the JSON-LD script follows the element).
 */
export async function renderWidget(tag: WidgetTag, input: WidgetInput = {}, options: RenderOptions = {}): Promise<string> {
  if (!(WIDGET_TAGS as readonly string[]).includes(tag)) throw new TypeError(`renderWidget: "${tag}" is not one of ${WIDGET_TAGS.join(', ')}`);
  let attributes = '';
  for (const [name, value] of Object.entries(input.attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new TypeError(`renderWidget: "${name}" is not an attribute name`);
    attributes += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return renderToString(`<${tag}${attributes}>${input.content ?? ''}</${tag}>`, { ...options, schema: options.schema ?? false });
}
