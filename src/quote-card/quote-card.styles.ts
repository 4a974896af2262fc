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
    color-scheme: var(--_scheme);
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

  /* Pull quote: set in the article's flow, no box, a short accent rule.
     With no box of its own it has no background to contrast with but the
     page's, so by default (theme auto) it is set in the page's colours, like
     the article text around it; only the accent rule is the widget's. A page
     may well be dark while the reader's system is light (or the other way
     round), and a designer expects a pull quote to read as part of the
     article in either case. */
  :host([variant='pull']) figure {
    background: none;
    padding: 0.25rem 0 0;
    border-block-start: 0.25rem solid var(--_accent);
    max-inline-size: 40rem;
    border-radius: 0;
  }
  :host([variant='pull']:not([theme='light']):not([theme='dark'])) figure {
    --_text: var(--nw-color-text, currentColor);
    --_muted: var(--nw-color-muted, currentColor);
    --_link: var(--nw-color-link, currentColor);
    --_focus: var(--nw-color-focus, currentColor);
    color-scheme: inherit;
  }
  /* A forced theme sets the quote in that scheme's colours whatever the page
     is, so it brings the background they are made for: a panel under the
     accent rule, with room for the text. On a page of the same scheme it
     reads as a quiet band; on the other, as a deliberate inset. */
  :host([variant='pull'][theme='light']) figure,
  :host([variant='pull'][theme='dark']) figure {
    background: var(--_bg);
    padding: 0.25rem 1.25rem 1.125rem;
    border-radius: 0 0 var(--_radius) var(--_radius);
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
    :host([variant='pull'][theme='light']) figure,
    :host([variant='pull'][theme='dark']) figure {
      padding: 0.5rem 2rem 1.5rem;
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
