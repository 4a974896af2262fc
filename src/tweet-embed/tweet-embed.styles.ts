import { css } from 'lit';
import { darkPalette, lightPalette, paletteColors } from '../core/theme.js';

export const tweetEmbedStyles = css`
  :host {
    container-type: inline-size;
    margin-block: var(--nw-post-margin, 1.5rem);
    --_estimated-block-size: 18rem;
    max-inline-size: 550px;
    --_avatar-size: 2.75rem;
  }

  /* The embed code's own colour mode (data-theme, data-bluesky-embed-color-mode),
     used while the theme attribute is auto. */
  .frame--dark {
    ${darkPalette}
    ${paletteColors}
  }
  .frame--light {
    ${lightPalette}
    ${paletteColors}
  }
  .frame {
    position: relative;
    /* Again here: a page rule that reaches every element, such as WordPress
       Twenty Twenty-One's "main * { max-width: unset }", outranks the host's own. */
    max-inline-size: 550px;
    color: var(--_text);
    color-scheme: var(--_scheme);
    /* Declared here, not on the host: the frame may switch palette, and a
       custom property takes its value where it is declared. */
    --_avatar-bg: var(--_surface);
  }

  .skip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 1;
    padding: 0;
    background: var(--_bg);
    border-radius: var(--_radius);
    font-size: 0.875rem;
    /* Hidden until focused, as a skip link should be. */
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  .skip:focus,
  .skip:focus-visible {
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    clip-path: none;
    inline-size: auto;
    block-size: auto;
    overflow: visible;
  }
  /* The link sits on the card's corner: its focus ring goes inside, on the
     card's own background, so it keeps its contrast on a page of either scheme. */
  .skip:focus-visible {
    outline-offset: -4px;
  }

  .post {
    padding: 1rem 1rem 0.875rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
  }

  .header {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    line-height: 1.3;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    flex: 1;
  }
  .author {
    font-weight: 700;
    font-size: 0.9375rem;
  }
  .handle {
    color: var(--_muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .mark {
    flex: none;
    align-self: flex-start;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }

  .text {
    margin: 0.75rem 0 0;
    font-size: 1.0625rem;
    line-height: 1.5;
    white-space: pre-line;
    unicode-bidi: plaintext;
  }
  /* Underlined: colour alone does not tell a link from text (WCAG 1.4.1). */
  .entity {
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  .entity:hover {
    text-decoration-color: currentColor;
  }
  .entity--url {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }

  .media {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875rem;
    text-decoration: none;
  }
  .media:hover span {
    text-decoration: underline;
  }
  .media-icon {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-start: 0.75rem;
    padding-block-start: 0.625rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .date {
    color: var(--_muted);
  }
  .view {
    font-weight: 600;
  }

  .load {
    margin-block-start: 0.75rem;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.875rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_muted);
  }
  .notice {
    margin: 0.375rem 0 0;
    font-size: 0.75rem;
    line-height: 1.4;
    color: var(--_muted);
  }

  .original-frame {
    display: block;
    inline-size: 100%;
    block-size: 32rem;
    border: 0;
  }

  @container (min-width: 26rem) {
    .post {
      padding: 1.125rem 1.25rem 1rem;
    }
    .text {
      font-size: 1.125rem;
    }
  }

  @media (forced-colors: active) {
    .post,
    .media,
    button {
      border-color: CanvasText;
    }
    .mark,
    .media-icon {
      fill: CanvasText;
    }
  }

  @media print {
    .frame--dark,
    .frame--light {
      --_bg: transparent;
      --_surface: transparent;
      --_text: #000;
      --_muted: #333;
      --_link: #000;
      --_border: #999;
      color-scheme: light;
    }
    .skip,
    .load {
      display: none;
    }
    .view[href]::after {
      content: ' <' attr(href) '>';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;
