import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { AvatarController, avatarStyles } from '../core/avatar.js';
import { ContentController } from '../core/content.js';
import { NwElement } from '../core/element.js';
import { formatDate } from '../core/i18n.js';
import { baseStyles, themeTokens } from '../core/theme.js';
import { displayHost } from '../core/url.js';
import { QUOTE_VARIANTS, buildQuote, parseQuote, type QuoteData, type QuoteVariant } from './quote-card.parse.js';
import { quoteCardStyles } from './quote-card.styles.js';

export type { QuoteData, QuoteVariant } from './quote-card.parse.js';

/**
 * A quotation with its speaker, source and date, as a newspaper prints it.
 * The quote is the element's own content, so readers, feed readers and
 * crawlers get it before and without JavaScript.
 *
 * @tag nw-quote-card
 * @summary A quote with speaker, title, source link and date; `card` or `pull` layout.
 *
 * @slot - The quote: a `<blockquote>` (with `<p>`s), `<p>`s or text. An optional `<cite>` after it names the speaker when `speaker` is not set. It is shown as written when the quote cannot be read.
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart quote - The `<blockquote>` holding the quote.
 * @csspart mark - The decorative quotation mark (card layout).
 * @csspart attribution - The `<figcaption>` with avatar, speaker and source.
 * @csspart avatar - The speaker's image, or their initials.
 * @csspart speaker - The speaker's name.
 * @csspart speaker-role - The speaker's title or affiliation.
 * @csspart source - The `<cite>` with the source, linked when `cite` is set.
 * @csspart date - The `<time>` element.
 *
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Secondary text (role, source, date).
 * @cssprop --nw-color-surface - Card background.
 * @cssprop --nw-color-border - Hairline rules.
 * @cssprop --nw-color-accent - Quotation mark and pull-quote rule.
 * @cssprop --nw-color-link - Links.
 * @cssprop --nw-font-family - Font of the attribution (default: the page's).
 * @cssprop --nw-font-quote - Font of the quote (default: a serif).
 * @cssprop --nw-radius - Corner radius of the card.
 * @cssprop --nw-quote-margin - Block margin around the widget (default 1.5rem).
 *
 * @fires nw-error - Invalid input (bad URL, date or variant, no quote, an avatar that failed to load). `detail: {code, message}`.
 */
export class NwQuoteCard extends NwElement {
  static override styles = [themeTokens, baseStyles, avatarStyles, quoteCardStyles];

  /** Who said it. */
  @property() speaker = '';

  /** The speaker's title or affiliation (not ARIA's `role`). */
  @property({ attribute: 'speaker-role' }) speakerRole = '';

  /** When it was said, ISO 8601 (`2022-01-12`). */
  @property() date = '';

  /** URL of the source; links must be http(s). */
  @property() cite = '';

  /** Label of the source (an outlet, an interview, a press conference). */
  @property() source = '';

  /** URL of the speaker's image; without it, or when it fails, initials. */
  @property() avatar = '';

  /** `card` (default): a quiet box with avatar. `pull`: a large pull quote in the text flow. */
  @property({ reflect: true, useDefault: true }) variant: QuoteVariant = 'card';

  readonly #content = new ContentController(this, {
    read: parseQuote,
    attributes: (host: NwQuoteCard) => ({
      speaker: host.speaker,
      speakerRole: host.speakerRole,
      date: host.date,
      cite: host.cite,
      source: host.source,
      avatar: host.avatar,
      variant: host.variant ?? 'card',
    }),
    build: buildQuote,
  });
  readonly #avatar = new AvatarController(this);

  /** The content shown, normalised; set it to render from JavaScript. */
  get data(): QuoteData {
    return this.#content.model;
  }

  set data(value: Partial<QuoteData> | null | undefined) {
    this.#content.setData(value);
  }

  protected override render() {
    const data = this.#content.model;
    // Nothing to show: let the author's content (if any) stand.
    if (!data.quote.length) return html`<slot></slot>`;
    const lang = this.pageLang;
    const date = formatDate(data.date, lang);
    const variant = QUOTE_VARIANTS.includes(this.variant) ? this.variant : 'card';
    const source = data.source || displayHost(data.cite);
    const hasCaption = Boolean(data.speaker || data.speakerRole || source || date);
    return html`
      <figure part="figure" class=${`quote quote--${variant}`}>
        ${variant === 'card' ? this.#mark() : nothing}
        <blockquote part="quote" cite=${data.cite ?? nothing}>
          ${data.quote.map((paragraph) => html`<p>${paragraph}</p>`)}
        </blockquote>
        ${hasCaption
          ? html`<figcaption part="attribution">
              ${data.speaker && variant === 'card'
                ? this.#avatar.render(data.avatar, data.speaker)
                : nothing}
              <span class="who">
                ${data.speaker ? html`<span part="speaker" class="speaker">${data.speaker}</span>` : nothing}
                ${data.speakerRole ? html`<span part="speaker-role" class="role">${data.speakerRole}</span>` : nothing}
                ${source || date
                  ? html`<span class="meta">
                      ${source
                        ? html`<cite part="source"
                            >${data.cite ? html`<a href=${data.cite} rel="noopener">${source}</a>` : source}</cite
                          >`
                        : nothing}
                      ${date ? html`<time part="date" datetime=${date.datetime}>${date.text}</time>` : nothing}
                    </span>`
                  : nothing}
              </span>
            </figcaption>`
          : nothing}
      </figure>
    `;
  }

  #mark() {
    return html`<svg part="mark" class="mark" viewBox="0 0 32 24" aria-hidden="true" focusable="false">
      ${svg`<path d="M0 24V14.4C0 6.6 4.2 1.8 12.2 0l1.4 3.3C9.2 4.6 7.2 7.4 7 11h6v13H0zm18 0V14.4C18 6.6 22.2 1.8 30.2 0l1.4 3.3C27.2 4.6 25.2 7.4 25 11h6v13H18z"/>`}
    </svg>`;
  }
}
