/**
 * A widget's styles in its declarative shadow root, three ways:
 *
 * - inline `<style>` (the default, as Lit renders them). Under a
 *   Content-Security-Policy without 'unsafe-inline', the policy lists their
 *   hashes (`styleHashes`) or the page's nonce (`{ nonce }`).
 * - `{ href }`: a `<link rel="stylesheet">` to the widget's stylesheet,
 *   shipped as `dist/ssr/<tag>.css` and written at build time from the
 *   class's own styles (`widgetStylesheets`). Works under `style-src 'self'`
 *   as it is. Chrome treats it as a stylesheet linked in the body: what
 *   follows waits until it is in, so nothing shows unstyled or moves
 *   (tests/node/ssr-page.test.mjs); the server preloads the files from `<head>`.
 */
import { createHash } from 'node:crypto';
import type { CSSResultOrNative } from 'lit';
import { escapeAttribute } from './escape.js';

/** How a server-rendered shadow root gets its styles. */
export type StylesOption =
  /** A `<style>` element with the widget's CSS (the default). */
  | 'inline'
  /** A `<style nonce="…">`, for a page whose policy allows that nonce. */
  | { nonce: string }
  /** A `<link rel="stylesheet" href="{href}{tag}.css">`. */
  | { href: string };

interface StyledClass {
  elementStyles?: CSSResultOrNative[];
  finalize?(): void;
}

/**
 * A server-rendered widget is laid out in full, always. With
 * `content-visibility: auto` (theme.ts), Chrome first sizes a widget that is
 * on screen at load by its estimate, then by its content, which moves what
 * follows; and when the script later defines the widget, the switch to `auto`
 * does it again. Its content is in the page from the start, so there is no
 * render for `auto` to save.
 */
const SERVER_RULES = ":host, [part~='row'] { content-visibility: visible; }";

/** The CSS of a defined widget class, as its shadow root adopts it in a browser, with the server's rule. */
export function cssOf(ctor: CustomElementConstructor): string {
  const styled = ctor as unknown as StyledClass;
  styled.finalize?.();
  const css = (styled.elementStyles ?? []).map((style) => ('cssText' in style ? style.cssText : ''));
  return [...css, SERVER_RULES].join('\n');
}

/** The URL of `tag`'s stylesheet under `base` (a folder URL; a missing final `/` is added). */
export function stylesheetUrl(base: string, tag: string): string {
  return `${base}${base === '' || base.endsWith('/') ? '' : '/'}${tag}.css`;
}

/** The markup that styles `tag`'s shadow root. */
export function shadowStyles(tag: string, ctor: CustomElementConstructor, styles: StylesOption): string {
  if (typeof styles === 'object' && 'href' in styles) return `<link rel="stylesheet" href="${escapeAttribute(stylesheetUrl(styles.href, tag))}">`;
  const nonce = typeof styles === 'object' ? ` nonce="${escapeAttribute(styles.nonce)}"` : '';
  return `<style${nonce}>${cssOf(ctor)}</style>`;
}

/**
 * The Content-Security-Policy sources that allow the inline styles of
 * server-rendered widgets: each widget's `'sha256-…'`, for `style-src`
 * next to `'self'`. They change only when a widget's styles change (a new
 * version of the library).
 */
export function styleHashes(tags: readonly string[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const tag of tags) {
    const ctor = customElements.get(tag);
    if (!ctor) throw new Error(`<${tag}> is not defined`);
    hashes[tag] = `'sha256-${createHash('sha256').update(cssOf(ctor), 'utf8').digest('base64')}'`;
  }
  return hashes;
}

/**
 * Every defined widget's stylesheet, by file name (`nw-quote-card.css`):
 * what `npm run build` writes to `dist/ssr/`.
 */
export function widgetStylesheets(tags: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const tag of tags) {
    const ctor = customElements.get(tag);
    if (!ctor) throw new Error(`<${tag}> is not defined`);
    files[`${tag}.css`] = `/* ${tag}: its shadow root's styles, for server-rendered pages (newsroom-widgets/ssr). */\n${cssOf(ctor)}\n`;
  }
  return files;
}
