import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { avatarStyles, renderAvatar } from '../core/avatar.js';
import { NwElement } from '../core/element.js';
import { formatDate } from '../core/i18n.js';
import { baseStyles, themeTokens } from '../core/theme.js';
import { normaliseText } from '../core/text.js';
import { displayHost, safeImageUrl, safeLinkUrl } from '../core/url.js';
import { parseQuote, type ParsedQuote } from './quote-card.parse.js';
import { quoteCardStyles } from './quote-card.styles.js';

export type QuoteVariant = 'card' | 'pull';

/** The normalised content a quote card shows. */
export interface QuoteData {
  /** The quote, one string per paragraph. */
  quote: string[];
  speaker?: string;
  /** The speaker's title or affiliation. */
  speakerRole?: string;
  /** ISO 8601 date the quote was said or published. */
  date?: string;
  /** URL of the source; only http(s) is kept. */
  cite?: string;
  /** Label of the source, e.g. an outlet or an event. */
  source?: string;
  /** Image URL of the speaker. */
  avatar?: string;
}

const VARIANTS: readonly QuoteVariant[] = ['card', 'pull'];

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
  @property({ reflect: true }) variant: QuoteVariant = 'card';

  @state() private avatarFailed = false;

  #data: Partial<QuoteData> = {};
  // Filled by readLightDom() once connected.
  #parsed: ParsedQuote = { quote: [] };
  /** The content as last rendered, so validation need not work it out again. */
  #shown?: QuoteData;

  /** The content shown, normalised; set it to render from JavaScript. */
  get data(): QuoteData {
    const quote = this.#data.quote?.length ? this.#data.quote : this.#parsed.quote;
    const pick = (attr: string, fromData: string | undefined, fromDom?: string) =>
      normaliseText(attr) || normaliseText(fromData) || normaliseText(fromDom) || undefined;
    const cite = safeLinkUrl(pick(this.cite, this.#data.cite, this.#parsed.cite)) ?? undefined;
    const avatar = safeImageUrl(pick(this.avatar, this.#data.avatar)) ?? undefined;
    const date = pick(this.date, this.#data.date);
    return {
      quote: quote.map(normaliseText).filter(Boolean),
      speaker: pick(this.speaker, this.#data.speaker, this.#parsed.speaker),
      speakerRole: pick(this.speakerRole, this.#data.speakerRole),
      date: formatDate(date, 'en') ? date : undefined,
      cite,
      source: pick(this.source, this.#data.source),
      avatar,
    };
  }

  set data(value: Partial<QuoteData> | null | undefined) {
    if (value !== null && value !== undefined && typeof value !== 'object') {
      this.report('invalid-data', 'data must be an object with a quote.');
      return;
    }
    const quote = value?.quote as unknown;
    this.#data = {
      ...value,
      quote: Array.isArray(quote) ? quote.map(String) : typeof quote === 'string' ? [quote] : undefined,
    };
    this.requestUpdate();
  }

  protected override readLightDom(): void {
    this.#parsed = parseQuote(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('avatar')) this.avatarFailed = false;
  }

  protected override updated(): void {
    this.#validate();
  }

  #validate(): void {
    const rawCite = this.cite || this.#data.cite || this.#parsed.cite;
    if (rawCite && !safeLinkUrl(rawCite)) this.report('invalid-url', `cite "${rawCite}" is not an http(s) URL; the source is shown without a link.`);
    const rawAvatar = this.avatar || this.#data.avatar;
    if (rawAvatar && !safeImageUrl(rawAvatar)) this.report('invalid-url', `avatar "${rawAvatar}" is not an http(s) image URL; initials are shown instead.`);
    const rawDate = this.date || this.#data.date;
    if (rawDate && !formatDate(rawDate, 'en')) this.report('invalid-date', `date "${rawDate}" is not an ISO 8601 date (YYYY-MM-DD); it is not shown.`);
    if (!VARIANTS.includes(this.variant)) this.report('invalid-attribute', `variant "${this.variant}" is not one of ${VARIANTS.join(', ')}; "card" is used.`);
    if (!(this.#shown ?? this.data).quote.length) this.report('empty-content', 'no quote text found; add a <blockquote> or <p> inside the element.');
  }

  #onAvatarError = (): void => {
    this.avatarFailed = true;
    this.report('image-failed', `avatar image "${this.avatar || this.#data.avatar}" failed to load; initials are shown instead.`);
  };

  protected override render() {
    const data = (this.#shown = this.data);
    // Nothing to show: let the author's content (if any) stand.
    if (!data.quote.length) return html`<slot></slot>`;
    const lang = this.pageLang;
    const date = formatDate(data.date, lang);
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'card';
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
                ? renderAvatar(data.avatar, data.speaker, { failed: this.avatarFailed, onError: this.#onAvatarError })
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
