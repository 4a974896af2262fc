import { css } from 'lit';

export const demandTableStyles = css`
  :host {
    container-type: inline-size;
    margin-block: var(--nw-demand-margin, 1.5rem);
    --_estimated-block-size: 32rem;
    font-size: 1rem;
  }

  .frame {
    border-block-start: 3px solid var(--_accent);
    padding-block-start: 0.75rem;
    color: var(--_text);
    color-scheme: var(--_scheme);
    background: var(--_bg);
  }
  /* An explicit theme may differ from the page's colours: a panel of its own. */
  :host([theme='light']) .frame,
  :host([theme='dark']) .frame {
    padding: 0.875rem 1rem 1rem;
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  /* The author's table, when it cannot be read, is shown as the page shows it,
     in any theme: page styles may colour it, and only the page's own
     background is sure to suit them. */

  /* Heading, summary, filter */
  .head {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .head > p {
    margin: 0;
  }
  .heading {
    font-size: 1.1875rem;
    line-height: 1.3;
    font-weight: 700;
    max-inline-size: 36em;
    text-wrap: balance;
  }
  .summary {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .sep {
    color: var(--_border);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    margin-block-start: 0.25rem;
  }
  .filter-label {
    font-size: 0.8125rem;
    color: var(--_muted);
    margin-inline-end: 0.25rem;
  }
  .chip {
    --_knockout: var(--_bg);
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
    font: inherit;
    font-size: 0.8125rem;
    line-height: 1.2;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip:hover {
    border-color: var(--_muted);
  }
  .chip[aria-pressed='true'] {
    --_knockout: var(--_text);
    color: var(--_bg);
    background: var(--_text);
    border-color: var(--_text);
    font-weight: 600;
  }
  .chip-count {
    font-variant-numeric: tabular-nums;
    opacity: 0.8;
  }
  .chip .icon {
    color: var(--_chip-icon, currentColor);
  }
  .chip[aria-pressed='false'] {
    --_chip-icon: var(--_status);
  }

  /* Status colours: a third cue after the word and the shape. */
  .chip--rejected,
  .badge--rejected {
    --_status: var(--_status-rejected);
  }
  .chip--accepted,
  .badge--accepted {
    --_status: var(--_status-accepted);
  }
  .chip--partial,
  .badge--partial {
    --_status: var(--_status-partial);
  }
  .chip--open,
  .badge--open {
    --_status: var(--_status-open);
  }
  .chip--pending,
  .badge--pending {
    --_status: var(--_status-pending);
  }
  .chip--unknown,
  .badge--unknown {
    --_status: var(--_status-unknown);
  }

  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .badge {
    --_knockout: var(--_bg);
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_status);
  }
  .badge .icon {
    inline-size: 1.125em;
    block-size: 1.125em;
  }

  /* Wide: a table (its roles are explicit, so it stays one for assistive
     technology) laid out one grid per row, the same columns in every row as a
     fixed table layout gives: two equal columns and the status. A row is then
     laid out on its own, and rows of a long table that are off screen are
     skipped until they come near (content-visibility), so a table of
     thousands of rows costs little more than its first screen. */
  table,
  thead,
  tbody,
  th,
  td {
    display: block;
  }
  table {
    inline-size: 100%;
    font-size: 0.9375rem;
    line-height: 1.45;
  }
  tr {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) 10.5rem;
  }
  .without-status tr {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  /* The first rows are always laid out: sized first by an estimate, rows on
     the first screen would move what follows once they render. */
  tbody tr:nth-child(n + 25) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 6rem;
  }
  .empty td {
    grid-column: 1 / -1;
  }
  th,
  td {
    padding: 0.75rem 0.75rem 0.75rem 0;
    text-align: start;
    vertical-align: top;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    padding-block: 0.25rem 0.5rem;
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1.3;
    border-block-end: 2px solid var(--_text);
  }
  tbody th {
    font-weight: 600;
  }
  tbody tr {
    --_row-display: grid;
    border-block-end: 1px solid var(--_border);
  }
  .row[hidden] {
    display: none !important;
  }
  .label {
    display: none;
  }
  .none {
    color: var(--_muted);
  }
  .note {
    display: block;
    margin-block-start: 0.375rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .note-label {
    font-weight: 600;
  }
  .empty td {
    color: var(--_muted);
    font-style: italic;
  }

  /* Narrow: one card per row, the demand above its answer. */
  @container (max-width: 32.4999rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    table {
      font-size: 0.9375rem;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      --_row-display: flex;
      display: flex;
      flex-direction: column;
      gap: 0.625rem;
      padding: 0.875rem 1rem;
      margin-block-end: 0.5rem;
      background: var(--_surface);
      border: 0;
      border-radius: var(--_radius);
    }
    tbody th,
    tbody td {
      padding: 0;
    }
    .status {
      order: -1;
    }
    .label {
      display: block;
      margin-block-end: 0.125rem;
      font-size: 0.75rem;
      font-weight: 700;
      letter-spacing: 0.02em;
      color: var(--_muted);
    }
    :host([theme='light']) .frame,
    :host([theme='dark']) .frame {
      padding-inline: 0.625rem;
    }
    tbody tr:nth-child(n + 25) {
      contain-intrinsic-block-size: auto 11rem;
    }
    .response {
      padding-block-start: 0.625rem;
      border-block-start: 1px solid var(--_border);
    }
  }

  .foot {
    margin-block-start: 0.75rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .foot p {
    margin: 0.25rem 0 0;
  }
  .foot-label {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .badge,
    .chip .icon {
      color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
      forced-color-adjust: none;
    }
    tbody tr {
      border: 1px solid CanvasText;
    }
  }
  /* Keep text off the row borders that forced colours draw (wide table only). */
  @container (min-width: 32.5rem) {
    @media (forced-colors: active) {
      tr > :first-child {
        padding-inline-start: 0.5rem;
      }
    }
  }

  @media print {
    .filter,
    [role='status'] {
      display: none;
    }
    .row[hidden] {
      display: var(--_row-display) !important;
    }
    tbody tr {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
  }
`;
