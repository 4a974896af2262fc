import { css } from 'lit';

/**
 * Theme tokens. Authors style widgets with the public `--nw-*` properties; the
 * widgets read the private `--_*` ones, which take the public value when set and
 * otherwise the light or dark default. `theme="auto"` (the default) follows
 * `prefers-color-scheme`; `light` and `dark` force one.
 *
 * Light and dark defaults are tested for WCAG AA contrast: text and muted text
 * against background and surface, accent and status colours against both.
 */
export const themeTokens = css`
  :host {
    --_light-text: #1b1b1b;
    --_light-muted: #575757;
    --_light-bg: #ffffff;
    --_light-surface: #f5f3ef;
    --_light-border: #d6d2ca;
    --_light-accent: #a8201a;
    --_light-link: #0b4f9c;
    --_light-focus: #0b57d0;
    --_light-rejected: #a8201a;
    --_light-accepted: #1c6b3a;
    --_light-partial: #7a5300;
    --_light-open: #0b4f9c;
    --_light-pending: #575757;
    --_light-unknown: #575757;

    --_dark-text: #eceae6;
    --_dark-muted: #b8b3ab;
    --_dark-bg: #17181b;
    --_dark-surface: #222429;
    --_dark-border: #43464d;
    --_dark-accent: #ff8f85;
    --_dark-link: #8cc2ff;
    --_dark-focus: #8cc2ff;
    --_dark-rejected: #ff8f85;
    --_dark-accepted: #7fd99f;
    --_dark-partial: #f2c462;
    --_dark-open: #8cc2ff;
    --_dark-pending: #c7c2ba;
    --_dark-unknown: #c7c2ba;

    --_scheme: light;
    --_text: var(--nw-color-text, var(--_light-text));
    --_muted: var(--nw-color-muted, var(--_light-muted));
    --_bg: var(--nw-color-bg, var(--_light-bg));
    --_surface: var(--nw-color-surface, var(--_light-surface));
    --_border: var(--nw-color-border, var(--_light-border));
    --_accent: var(--nw-color-accent, var(--_light-accent));
    --_link: var(--nw-color-link, var(--_light-link));
    --_focus: var(--nw-color-focus, var(--_light-focus));
    --_status-rejected: var(--nw-color-rejected, var(--_light-rejected));
    --_status-accepted: var(--nw-color-accepted, var(--_light-accepted));
    --_status-partial: var(--nw-color-partial, var(--_light-partial));
    --_status-open: var(--nw-color-open, var(--_light-open));
    --_status-pending: var(--nw-color-pending, var(--_light-pending));
    --_status-unknown: var(--nw-color-unknown, var(--_light-unknown));

    --_font: var(--nw-font-family, inherit);
    --_font-quote: var(--nw-font-quote, Georgia, 'Iowan Old Style', 'Times New Roman', serif);
    --_radius: var(--nw-radius, 4px);
    --_space: var(--nw-space, 1rem);

    color-scheme: var(--_scheme);
    font-family: var(--_font);
    color: var(--_text);
  }

  :host([theme='dark']) {
    --_scheme: dark;
    --_text: var(--nw-color-text, var(--_dark-text));
    --_muted: var(--nw-color-muted, var(--_dark-muted));
    --_bg: var(--nw-color-bg, var(--_dark-bg));
    --_surface: var(--nw-color-surface, var(--_dark-surface));
    --_border: var(--nw-color-border, var(--_dark-border));
    --_accent: var(--nw-color-accent, var(--_dark-accent));
    --_link: var(--nw-color-link, var(--_dark-link));
    --_focus: var(--nw-color-focus, var(--_dark-focus));
    --_status-rejected: var(--nw-color-rejected, var(--_dark-rejected));
    --_status-accepted: var(--nw-color-accepted, var(--_dark-accepted));
    --_status-partial: var(--nw-color-partial, var(--_dark-partial));
    --_status-open: var(--nw-color-open, var(--_dark-open));
    --_status-pending: var(--nw-color-pending, var(--_dark-pending));
    --_status-unknown: var(--nw-color-unknown, var(--_dark-unknown));
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_scheme: dark;
      --_text: var(--nw-color-text, var(--_dark-text));
      --_muted: var(--nw-color-muted, var(--_dark-muted));
      --_bg: var(--nw-color-bg, var(--_dark-bg));
      --_surface: var(--nw-color-surface, var(--_dark-surface));
      --_border: var(--nw-color-border, var(--_dark-border));
      --_accent: var(--nw-color-accent, var(--_dark-accent));
      --_link: var(--nw-color-link, var(--_dark-link));
      --_focus: var(--nw-color-focus, var(--_dark-focus));
      --_status-rejected: var(--nw-color-rejected, var(--_dark-rejected));
      --_status-accepted: var(--nw-color-accepted, var(--_dark-accepted));
      --_status-partial: var(--nw-color-partial, var(--_dark-partial));
      --_status-open: var(--nw-color-open, var(--_dark-open));
      --_status-pending: var(--nw-color-pending, var(--_dark-pending));
      --_status-unknown: var(--nw-color-unknown, var(--_dark-unknown));
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
      color-scheme: light;
      break-inside: avoid;
    }
  }
`;
