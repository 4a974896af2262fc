import { css } from 'lit';

export const builderStyles = css`
  :host {
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_text);
    font-size: 1rem;
    max-inline-size: 72rem;
    padding: 1rem;
  }
  h1,
  h2,
  p {
    margin: 0;
  }
  .intro {
    padding-block-end: 1rem;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 1.25rem;
  }
  .intro h1,
  ::slotted([slot='heading']) {
    margin: 0;
    font-family: var(--_font-quote);
    font-size: 1.625rem;
    font-weight: 600;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }
  .intro p,
  ::slotted([slot='intro']) {
    margin: 0;
    margin-block-start: 0.375rem;
    color: var(--_muted);
    max-inline-size: 40rem;
  }

  /* Widget choice: native radios, drawn as a segmented control. */
  .picker {
    border: 0;
    padding: 0;
    margin: 0 0 1.5rem;
    min-inline-size: 0;
  }
  .picker legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .picker-options {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1px;
    background: var(--_border);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .option {
    position: relative;
    display: block;
  }
  .option input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option span {
    display: block;
    padding: 0.625rem 0.75rem;
    text-align: center;
    background: var(--_bg);
    font-weight: 500;
  }
  .option input:hover + span {
    background: var(--_surface);
  }
  .option input:checked + span {
    background: var(--_text);
    color: var(--_bg);
    font-weight: 600;
  }
  .option input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: -4px;
  }

  /* Form and output: stacked, side by side when there is room. */
  .layout {
    display: grid;
    gap: 2rem;
  }
  @container (min-width: 52rem) {
    .picker-options {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      max-inline-size: 40rem;
    }
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      align-items: start;
    }
    .output {
      position: sticky;
      inset-block-start: 1rem;
    }
  }

  .form {
    display: grid;
    gap: 1.125rem;
  }
  .pair {
    display: grid;
    gap: 1.125rem;
  }
  @container (min-width: 30rem) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  label,
  .found {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.4;
  }
  input[type='text'],
  textarea,
  select {
    font: inherit;
    font-size: 0.9375rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.5rem 0.625rem;
    inline-size: 100%;
    min-inline-size: 0;
  }
  select {
    padding-block: 0.45rem;
  }
  textarea {
    resize: vertical;
    line-height: 1.45;
    tab-size: 4;
  }
  textarea.nowrap {
    white-space: pre;
    overflow-x: auto;
  }
  .code,
  .snippet,
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.8125rem;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .invalid input,
  .invalid textarea {
    border-color: var(--_accent);
    border-inline-start-width: 3px;
  }
  .error {
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.4;
  }
  .error::before {
    content: '! ';
    content: '! ' / '';
  }

  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.5rem;
    align-items: center;
  }
  .check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_text);
  }
  .check .hint {
    grid-column: 2;
  }

  .recognised {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  .recognised dl {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem 1rem;
    margin: 0.375rem 0 0;
  }
  .recognised dt {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .recognised dd {
    margin: 0;
    font-size: 0.9375rem;
  }

  .settings {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
  }
  .settings summary {
    cursor: pointer;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .settings[open] summary {
    margin-block-end: 0.75rem;
  }
  .settings .field + .field {
    margin-block-start: 1rem;
  }

  .output h2 {
    font-size: 0.8125rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin-block-end: 0.5rem;
  }
  .output h2 + .snippet {
    margin-block-start: 0;
  }
  .output .tag {
    text-transform: none;
    letter-spacing: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 400;
  }
  .preview {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    min-block-size: 6rem;
  }
  @container (max-width: 30rem) {
    /* On a phone the widget keeps the width it would have in an article column. */
    .preview {
      padding: 0.5rem;
    }
  }
  .preview-empty {
    display: grid;
    place-items: center;
    min-block-size: 6rem;
    text-align: center;
    color: var(--_muted);
  }
  /* Empty but for a rare message; its margins give the space under the preview. */
  .output .preview-note {
    margin-block: 0.375rem 1.25rem;
  }
  .snippet {
    display: block;
    background: var(--_surface);
    border-color: var(--_border);
    line-height: 1.5;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .output .hint {
    margin-block-start: 0.375rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: 0.75rem;
  }
  .copy {
    font: inherit;
    font-weight: 600;
    color: var(--_bg);
    background: var(--_text);
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    cursor: pointer;
  }
  .copy:hover {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .status {
    font-size: 0.9375rem;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .option input:checked + span,
    .copy {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .error {
      color: CanvasText;
    }
  }
`;
