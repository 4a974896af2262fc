import { css } from 'lit';

export const factBoxStyles = css`
  :host {
    container-type: inline-size;
    margin-block: var(--nw-fact-box-margin, 1.5rem);
    --_estimated-block-size: 20rem;
  }

  /* The author's content, shown when no facts can be read, looks as the page
     shows it, in any theme: page styles may colour it, and only the page's own
     background is sure to suit them. */

  .box {
    padding: 1rem 1.125rem 1.125rem;
    background: var(--_surface);
    border-block-start: 3px solid var(--_accent);
    border-radius: 0 0 var(--_radius) var(--_radius);
    color: var(--_text);
    color-scheme: var(--_scheme);
  }

  .heading {
    margin: 0 0 0.875rem;
    font-size: 1.0625rem;
    line-height: 1.3;
    font-weight: 700;
    text-wrap: balance;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Key figures: a large number over its label; stacked when narrow, a grid when wide. */
  .figures {
    display: grid;
    grid-template-columns: 1fr;
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--_border);
    min-inline-size: 0;
  }
  .value {
    font-size: 2.25rem;
    line-height: 1;
    font-weight: 700;
    letter-spacing: -0.01em;
    font-variant-numeric: lining-nums proportional-nums;
    color: var(--_accent);
    unicode-bidi: isolate;
  }
  .label {
    font-size: 0.9375rem;
    line-height: 1.35;
  }
  .note {
    display: block;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--_muted);
  }

  /* Facts in words. */
  .facts {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.625rem;
    margin-block-start: 0.25rem;
  }
  .figures + .facts {
    margin-block-start: 0;
  }
  .fact {
    position: relative;
    padding-inline-start: 1rem;
    margin-block: 0.5rem;
    font-size: 0.9375rem;
    line-height: 1.45;
    max-inline-size: 42em;
  }
  .fact::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.125rem;
    inset-block-start: 0.6em;
    inline-size: 0.375rem;
    block-size: 0.375rem;
    background: var(--_accent);
  }
  .term {
    font-weight: 700;
  }
  .fact .note {
    margin-block-start: 0.125rem;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
    min-block-size: 2.5rem;
    padding: 0.5rem 0.875rem;
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle:hover {
    border-color: var(--_muted);
  }
  .chevron {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform 150ms ease;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .footer {
    margin-block-start: 1rem;
    padding-block-start: 0.625rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.8125rem;
    line-height: 1.45;
    color: var(--_muted);
  }
  .footer p {
    margin: 0;
  }
  .footer p + p {
    margin-block-start: 0.25rem;
  }
  .sources-label {
    font-weight: 600;
  }

  /* Columns follow the number of figures shown, so rows stay balanced (2×2, not 3+1). */
  .figures {
    column-gap: 1.5rem;
  }
  @container (min-width: 28rem) {
    .figures:not(.figures--1) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 30rem) {
    .box {
      padding: 1.25rem 1.5rem 1.375rem;
    }
    .value {
      font-size: 2.5rem;
    }
  }
  @container (min-width: 42rem) {
    .figures.figures--3,
    .figures.figures--many {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 56rem) {
    .figures.figures--4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  /* Compact, for sidebars: smaller figures, tighter spacing, two figures a row when they fit. */
  :host([variant='compact']) .box {
    padding: 0.75rem 0.875rem 0.875rem;
  }
  :host([variant='compact']) .heading {
    font-size: 0.9375rem;
    margin-block-end: 0.5rem;
  }
  :host([variant='compact']) .figures {
    grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
    column-gap: 1rem;
  }
  /* Four figures: two rows of two, or one row of four; never three and an orphan. */
  :host([variant='compact']) .figures.figures--4 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  @container (min-width: 36rem) {
    :host([variant='compact']) .figures.figures--4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  :host([variant='compact']) .figure {
    padding-block: 0.5rem;
    gap: 0.125rem;
  }
  :host([variant='compact']) .value {
    font-size: 1.5rem;
  }
  :host([variant='compact']) .label,
  :host([variant='compact']) .fact {
    font-size: 0.8125rem;
  }
  :host([variant='compact']) .fact {
    margin-block: 0.375rem;
  }
  :host([variant='compact']) .footer {
    margin-block-start: 0.625rem;
    font-size: 0.75rem;
  }

  /* Collapsed facts are hidden on screen only (display: none hides them from
     assistive technology too); print shows every fact and no button. */
  @media screen {
    .is-collapsed {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .box {
      border: 1px solid CanvasText;
      border-block-start-width: 3px;
    }
    .value {
      color: CanvasText;
    }
    .fact::before {
      background: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
    }
  }

  @media print {
    .box {
      padding-inline: 0;
      border-block-start: 2pt solid #000;
    }
    .value {
      color: #000;
    }
    .fact::before {
      background: #000;
    }
    .toggle {
      display: none;
    }
    .figure,
    .fact {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
  }
`;
