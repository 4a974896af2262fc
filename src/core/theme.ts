import { css, unsafeCSS } from 'lit';
import { darkColors, lightColors, type Palette } from './palette.js';

/**
 * Theme tokens. Authors style widgets with the public `--nw-*` properties; the
 * widgets read the private `--_*` ones, which take the public value when set and
 * otherwise the light or dark palette's (`--_c-*`, each value written once, in
 * palette.ts).
 * `theme="auto"` (the default) follows `prefers-color-scheme`; `light` and
 * `dark` force one.
 *
 * Light and dark defaults are tested for WCAG AA contrast: text and muted text
 * against background and surface, accent and status colours against both.
 *
 * The page a widget sits on may be of the other scheme: a forced theme on a
 * page of the other scheme, or `auto` on a site that does not follow the
 * reader's setting. So palette colours only ever go on a background of the
 * same palette: each widget sets `color`, `color-scheme` and a background of
 * its own on the box it draws, and the host itself keeps the page's colour and
 * colour scheme. What a widget shows without a box of its own keeps the page's
 * colours: the author's content shown as written (a fallback, or before the
 * first render) and an `auto` pull quote.
 */

/** `--_c-<name>: <value>` for each colour of a palette (constants, never input). */
const declare = (palette: Palette): string =>
  Object.entries(palette)
    .map(([name, value]) => `--_c-${name}:${value};`)
    .join('');

/** The light palette (private `--_c-*` values, from palette.ts) and its colour scheme. */
export const lightPalette = unsafeCSS(`--_scheme:light;${declare(lightColors)}`);

/** The dark palette; see `lightPalette`. */
export const darkPalette = unsafeCSS(`--_scheme:dark;${declare(darkColors)}`);

/**
 * The colours widgets use: the public `--nw-color-*` value when set, else the
 * palette's. Custom properties resolve where they are declared, so an element
 * that switches palette (a post in its own colour mode) declares these again.
 */
export const paletteColors = css`
  --_text: var(--nw-color-text, var(--_c-text));
  --_muted: var(--nw-color-muted, var(--_c-muted));
  --_bg: var(--nw-color-bg, var(--_c-bg));
  --_surface: var(--nw-color-surface, var(--_c-surface));
  --_border: var(--nw-color-border, var(--_c-border));
  --_accent: var(--nw-color-accent, var(--_c-accent));
  --_link: var(--nw-color-link, var(--_c-link));
  --_focus: var(--nw-color-focus, var(--_c-focus));
  --_status-rejected: var(--nw-color-rejected, var(--_c-rejected));
  --_status-accepted: var(--nw-color-accepted, var(--_c-accepted));
  --_status-partial: var(--nw-color-partial, var(--_c-partial));
  --_status-open: var(--nw-color-open, var(--_c-open));
  --_status-pending: var(--nw-color-pending, var(--_c-pending));
  --_status-unknown: var(--nw-color-unknown, var(--_c-unknown));
`;

export const themeTokens = css`
  :host {
    ${lightPalette}
    ${paletteColors}
    --_font: var(--nw-font-family, inherit);
    --_font-quote: var(--nw-font-quote, Georgia, 'Iowan Old Style', 'Times New Roman', serif);
    --_radius: var(--nw-radius, 4px);
    --_space: var(--nw-space, 1rem);

    font-family: var(--_font);
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
`;

/** Shared base rules: box sizing, links, focus ring, motion, forced colours, print. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
    overflow-wrap: break-word;
    /* Off screen, the browser skips a widget's layout and paint (a live blog
       of hundreds of widgets lays out only what is near the viewport). It is
       still rendered: print, find-in-page and anchors reach every widget. Until
       it has been laid out once, it counts as about its usual height. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_estimated-block-size, 16rem);
    /* Paint containment clips at the edge; leave room for focus rings. */
    overflow-clip-margin: 4px;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host,
    :host([theme]),
    :host(:not([theme])) {
      --_bg: transparent;
      --_surface: transparent;
      --_text: #000;
      --_muted: #333;
      --_link: #000;
      --_scheme: light;
      color-scheme: light;
      break-inside: avoid;
    }
  }
`;
