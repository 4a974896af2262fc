import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AvatarController, avatarStyles } from '../core/avatar.js';
import { ContentController } from '../core/content.js';
import { NwElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { formatDate, t } from '../core/i18n.js';
import { inRenderTurn } from '../core/schedule.js';
import { baseStyles, themeTokens } from '../core/theme.js';
import { makeDormant, wake } from './dormant.js';
import { loadPlatformScript, originalBlockquote } from './load-original.js';
import { mediaIcon, platformMark } from './platform-marks.js';
import { PLATFORM_NAMES, PLATFORM_TABLE } from './platforms.js';
import { buildTweetEmbed, isReadable, parseEmbed, segmentText, type Segment, type TweetEmbedData } from './tweet-embed.parse.js';
import { tweetEmbedStyles } from './tweet-embed.styles.js';

/** What Mastodon's own embed allows its frame (the analyser's attribute type knows one token at a time). */
const ORIGINAL_FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox' as 'allow-scripts';

/** `@user@instance` with a line-break opportunity before the instance, so a long Mastodon handle wraps there. */
function handleParts(handle: string) {
  const at = handle.indexOf('@');
  return at > 0 ? html`@${handle.slice(0, at)}<wbr />${handle.slice(at)}` : `@${handle}`;
}

/**
 * The tweet embed: a post from X/Twitter, Bluesky or Mastodon, shown from the embed code
 * newsrooms already paste, with no request to the platform: no iframe, no
 * script, no tracking. Readers get the author, the text with its links, the
 * date and a link to the original; the platform's own embed loads only when a
 * reader asks for it and the producer allowed it (`allow-original`).
 *
 * @tag nw-tweet-embed
 * @summary A private, fast, accessible card for an X, Bluesky or Mastodon post, from its official embed code.
 *
 * @slot - The official embed code (`blockquote.twitter-tweet`, `.bluesky-embed`, `.mastodon-embed`), any `<blockquote>`, or the post's text. Shown as written when it cannot be read, and where the platform's embed loads after "Load original post".
 *
 * @csspart frame - The wrapper around the skip link, the post and its end mark.
 * @csspart skip-link - "Skip post by …", visible when focused.
 * @csspart post - The `<article>` holding the post.
 * @csspart header - Avatar, author, handle and platform mark.
 * @csspart avatar - The author's image, or their initials.
 * @csspart author - The author's name.
 * @csspart handle - The author's @handle.
 * @csspart platform - The platform's mark.
 * @csspart text - The post's text.
 * @csspart link - Links in the text (URLs, hashtags, mentions, cashtags).
 * @csspart media - The link to a photo, video or embed of the post.
 * @csspart footer - Date and "View on …".
 * @csspart date - The date link.
 * @csspart view-link - The "View on …" link.
 * @csspart load-original - The "Load original post" button.
 * @csspart notice - What loading the original shares with the platform.
 * @csspart original - The platform's own embed (Mastodon iframe) after loading.
 *
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Handle, date and notice.
 * @cssprop --nw-color-bg - Card background.
 * @cssprop --nw-color-border - Card border and rules.
 * @cssprop --nw-color-link - Links.
 * @cssprop --nw-font-family - Font (default: the page's).
 * @cssprop --nw-radius - Corner radius of the card.
 * @cssprop --nw-post-margin - Block margin around the widget (default 1.5rem).
 *
 * @fires nw-error - Unreadable embed code, bad URL, date or platform, an avatar or platform script that failed. `detail: {code, message}`.
 * @fires nw-load-original - Before the platform's embed loads, after a reader's click. Cancelable: call `preventDefault()` (e.g. a consent manager) to keep the private card. `detail: {url, platform}`.
 */
export class NwTweetEmbed extends NwElement {
  static override styles = [themeTokens, baseStyles, avatarStyles, tweetEmbedStyles];

  /** Address of the post; its host tells the platform. */
  @property() url = '';

  /** The author's display name. */
  @property() author = '';

  /** The author's handle, without `@`. */
  @property() handle = '';

  /** When it was posted, ISO 8601 (`2022-01-13`). */
  @property() date = '';

  /** URL of the author's image; without it, initials. Nothing is fetched from the platform. */
  @property() avatar = '';

  /** `x`, `bluesky` or `mastodon`; inferred from the embed code or `url` when not set. */
  @property() platform = '';

  /** Offer readers a "Load original post" button that loads the platform's own embed. */
  @property({ type: Boolean, attribute: 'allow-original', reflect: true, useDefault: true }) allowOriginal = false;

  @state() private original = false;

  readonly #content = new ContentController(this, {
    read: parseEmbed,
    attributes: (host: NwTweetEmbed) => ({
      url: host.url,
      author: host.author,
      handle: host.handle,
      date: host.date,
      avatar: host.avatar,
      platform: host.platform,
    }),
    build: buildTweetEmbed,
  });
  readonly #avatar = new AvatarController(this);

  /** The post shown, normalised; set it to render from JavaScript. */
  get data(): TweetEmbedData {
    return this.#content.model;
  }

  set data(value: Partial<TweetEmbedData> | null | undefined) {
    this.#content.setData(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render, after the content's turn (see ContentController): the
    // post's text split into entities; the first post of a page compiles their patterns.
    if (!isServer && !this.hasUpdated) void inRenderTurn(() => this.isConnected && this.#segmentsOf(this.#content.model));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Outside the widget, the author's embed code is as they wrote it.
    const source = this.#content.parsed.source;
    if (source && !this.original) wake(source);
  }

  protected override willUpdate(): void {
    // While the private card shows, the platform's script must not find this
    // post's blockquote (see dormant.ts). Only its class changes, which the
    // content pipeline does not observe.
    const source = this.#content.parsed.source;
    if (source && !this.original && this.contains(source)) makeDormant(source);
  }

  #skip = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#end')?.focus();
  };

  #loadOriginal = (): void => {
    const post = this.data;
    if (!post.platform || !post.url) return;
    const allowed = emit(this, 'nw-load-original', { url: post.url, platform: post.platform }, { cancelable: true });
    if (!allowed) return;
    try {
      if (!PLATFORM_TABLE[post.platform].originalFrame) {
        originalBlockquote(this, post, this.#content.parsed);
        loadPlatformScript(post.platform, this, () => {
          this.original = false;
          this.report('load-failed', `the ${PLATFORM_NAMES[post.platform!]} embed script could not be loaded; the private card is shown.`);
        });
      }
      this.original = true;
    } catch (error) {
      this.report('load-failed', `the original post could not be loaded: ${(error as Error)?.message ?? error}`);
    }
  };

  /** The post's text split into text and entities, kept with the model it was split from. */
  #segmented?: { post: TweetEmbedData; segments: Segment[] };

  #segmentsOf(post: TweetEmbedData): Segment[] {
    if (this.#segmented?.post !== post) this.#segmented = { post, segments: post.text ? segmentText(post) : [] };
    return this.#segmented.segments;
  }

  protected override render() {
    const post = this.#content.model;
    if (!isReadable(post)) return html`<slot></slot>`;
    const lang = this.pageLang;
    const platformName = post.platform ? PLATFORM_NAMES[post.platform] : '';
    if (this.original) {
      return PLATFORM_TABLE[post.platform!]?.originalFrame && post.url
        ? html`<iframe
            part="original"
            class="original-frame"
            src=${`${post.url}/embed`}
            title=${t(lang, 'postBy', { name: post.author ?? `@${post.handle}` })}
            sandbox=${ORIGINAL_FRAME_SANDBOX}
            referrerpolicy="strict-origin"
          ></iframe>`
        : html`<slot></slot>`;
    }
    // Mastodon's embed code names no one: show the account's user name.
    const shownAuthor = post.author ?? post.handle?.split('@')[0];
    const name = post.author ?? `@${post.handle}`;
    const skipName = post.handle ? `@${post.handle}` : name;
    const date = formatDate(post.date, lang, { withTime: /T\d{2}:\d{2}$/.test(post.date ?? '') });
    const explicit = this.theme === 'light' || this.theme === 'dark';
    const mode = explicit ? undefined : this.#content.parsed.colorMode;
    const segments = this.#segmentsOf(post);
    return html`
      <div part="frame" class=${mode ? `frame frame--${mode}` : 'frame'}>
        <a part="skip-link" class="skip" href="#end" @click=${this.#skip}>${t(lang, 'skipPost', { name: skipName })}</a>
        <article part="post" class="post" aria-label=${t(lang, 'postBy', { name })}>
          <header part="header" class="header">
            ${this.#avatar.render(post.avatar, shownAuthor ?? name)}
            <span class="who">
              ${shownAuthor ? html`<span part="author" class="author"><bdi>${shownAuthor}</bdi></span>` : nothing}
              ${post.handle ? html`<span part="handle" class="handle"><bdi dir="ltr">${handleParts(post.handle)}</bdi></span>` : nothing}
            </span>
            ${post.platform ? platformMark(post.platform) : nothing}
          </header>
          ${segments.length
            ? html`<p part="text" class="text" lang=${ifDefined(post.lang)} dir=${post.dir ?? 'auto'}>${segments.map((segment) =>
                segment.kind === 'text'
                  ? segment.text
                  : html`<a part="link" class=${`entity entity--${segment.kind}`} href=${segment.href} rel="noopener noreferrer" dir=${segment.kind === 'hashtag' ? 'auto' : 'ltr'}>${segment.text}</a>`,
              )}</p>`
            : nothing}
          ${post.media.map(
            (href) => html`<a part="media" class="media" href=${href} rel="noopener noreferrer">
              ${mediaIcon}<span>${t(lang, 'media', { platform: platformName })}</span>
            </a>`,
          )}
          <footer part="footer" class="footer">
            ${date
              ? post.url
                ? html`<a part="date" class="date" href=${post.url} rel="noopener noreferrer"><time datetime=${date.datetime} dir="auto">${date.text}</time></a>`
                : html`<time part="date" class="date" datetime=${date.datetime} dir="auto">${date.text}</time>`
              : nothing}
            ${post.url && platformName
              ? html`<a part="view-link" class="view" href=${post.url} rel="noopener noreferrer">${t(lang, 'viewOn', { platform: platformName })}</a>`
              : nothing}
          </footer>
          ${this.allowOriginal && post.url && post.platform
            ? html`<div class="load">
                <button part="load-original" type="button" aria-describedby="notice" @click=${this.#loadOriginal}>${t(lang, 'loadOriginal')}</button>
                <p part="notice" id="notice" class="notice">${t(lang, 'loadOriginalNotice', { platform: platformName })}</p>
              </div>`
            : nothing}
        </article>
        <span id="end" class="end visually-hidden" tabindex="-1">${t(lang, 'endOfPost', { name: skipName })}</span>
      </div>
    `;
  }
}
