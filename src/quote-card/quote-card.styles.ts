import { css } from 'lit';

export const quoteCardStyles = css`
  :host {
    container-type: inline-size;
    margin-block: var(--nw-quote-margin, 1.5rem);
    --_estimated-block-size: 14rem;
  }

  figure {
    margin: 0;
    padding: 1.25rem 1.25rem 1.125rem;
    background: var(--_surface);
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .mark {
    display: block;
    inline-size: 2rem;
    block-size: 1.5rem;
    margin-block-end: 0.5rem;
    color: var(--_accent);
    fill: currentColor;
  }
  :host(:dir(rtl)) .mark {
    transform: scaleX(-1);
  }

  blockquote {
    margin: 0;
    font-family: var(--_font-quote);
    font-size: 1.1875rem;
    line-height: 1.45;
    font-weight: 400;
    max-inline-size: 34em;
    hanging-punctuation: first;
  }
  blockquote p {
    margin: 0;
  }
  blockquote p + p {
    margin-block-start: 0.75em;
  }

  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-start: 1rem;
    padding-block-start: 0.875rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
    line-height: 1.35;
  }
  .who {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-inline-size: 0;
  }
  .speaker {
    font-weight: 700;
    font-size: 0.9375rem;
  }
  .role,
  .meta {
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.45em;
    font-size: 0.8125rem;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline-end: 0.45em;
    color: var(--_muted);
  }
  cite {
    font-style: normal;
  }

  @container (min-width: 36rem) {
    figure {
      padding: 1.75rem 2rem 1.5rem;
    }
    blockquote {
      font-size: 1.4375rem;
    }
  }

  /* Pull quote: set in the article's flow, no box, a short accent rule. */
  :host([variant='pull']) figure {
    background: none;
    padding: 0.25rem 0 0;
    border-block-start: 0.25rem solid var(--_accent);
    max-inline-size: 40rem;
    border-radius: 0;
  }
  :host([variant='pull']) .mark {
    display: none;
  }
  :host([variant='pull']) blockquote {
    padding-block-start: 0.75rem;
    font-size: 1.5rem;
    line-height: 1.3;
    font-weight: 500;
  }
  :host([variant='pull']) figcaption {
    border: 0;
    margin-block-start: 0.75rem;
    padding: 0;
  }
  :host([variant='pull']) .avatar {
    display: none;
  }
  @container (min-width: 36rem) {
    :host([variant='pull']) blockquote {
      font-size: 2rem;
    }
  }

  @media (forced-colors: active) {
    figure {
      border: 1px solid CanvasText;
    }
    .mark {
      fill: CanvasText;
    }
  }

  @media print {
    figure {
      padding-inline: 0;
      border-inline-start: 2pt solid #000;
      padding-inline-start: 1rem;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
  }
`;
