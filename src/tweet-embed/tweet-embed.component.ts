import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { avatarStyles, renderAvatar } from '../core/avatar.js';
import { NwElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { formatDate, parseIsoDate, t } from '../core/i18n.js';
import { baseStyles, themeTokens } from '../core/theme.js';
import { safeImageUrl, safeLinkUrl } from '../core/url.js';
import { makeDormant, wake } from './dormant.js';
import { loadPlatformScript } from './load-original.js';
import { mediaIcon, platformMark } from './platform-marks.js';
import {
  PLATFORM_NAMES,
  PLATFORMS,
  cleanPostUrl,
  dateOfId,
  describePostUrl,
  extractMedia,
  parseEmbed,
  platformOfUrl,
  segmentText,
  type ParsedEmbed,
  type Platform,
  type PostData,
  type PostLink,
} from './tweet-embed.parse.js';
import { tweetEmbedStyles } from './tweet-embed.styles.js';

/** What Mastodon's own embed allows its frame (the analyser's attribute type knows one token at a time). */
const ORIGINAL_FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox' as 'allow-scripts';

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim() || undefined;
const asPlatform = (value: unknown): Platform | undefined =>
  PLATFORMS.includes(value as Platform) ? (value as Platform) : undefined;

/** `@user@instance` with a line-break opportunity before the instance, so a long Mastodon handle wraps there. */
function handleParts(handle: string) {
  const at = handle.indexOf('@');
  return at > 0 ? html`@${handle.slice(0, at)}<wbr />${handle.slice(at)}` : `@${handle}`;
}

/**
 * A social post from X/Twitter, Bluesky or Mastodon, shown from the embed code
 * newsrooms already paste, with no request to the platform: no iframe, no
 * script, no tracking. Readers get the author, the text with its links, the
 * date and a link to the original; the platform's own embed loads only when a
 * reader asks for it and the producer allowed it (`allow-original`).
 *
 * @tag nw-tweet-embed
 * @summary A private, fast, accessible social post card from official X, Bluesky or Mastodon embed code.
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
  @property({ type: Boolean, attribute: 'allow-original', reflect: true }) allowOriginal = false;

  @state() private avatarFailed = false;
  @state() private original = false;

  #data: Partial<PostData> = {};
  #parsed: ParsedEmbed = { text: '', links: [], media: [] };
  /** The post as last rendered, so validation need not work it out again. */
  #shown?: PostData;

  /** The post shown, normalised; set it to render from JavaScript. */
  get data(): PostData {
    const parsed = this.#parsed;
    const given = this.#data;
    const firstSafe = (...values: Array<string | undefined>) => values.map((v) => safeLinkUrl(cleanPostUrl(clean(v)))).find(Boolean);
    const url = firstSafe(this.url, given.url, parsed.url) ?? undefined;
    const platform = asPlatform(this.platform) ?? asPlatform(given.platform) ?? parsed.platform ?? platformOfUrl(url);
    const fromUrl = describePostUrl(url);
    const handle = (clean(this.handle) ?? clean(given.handle) ?? parsed.handle ?? fromUrl.handle)?.replace(/^@/, '');
    const id = clean(given.id) ?? fromUrl.id;
    const date = [this.date, given.date, parsed.date].map(clean).find((d) => parseIsoDate(d)) ?? dateOfId(platform, id);
    const avatar = safeImageUrl(clean(this.avatar) ?? clean(given.avatar)) ?? undefined;
    const text = typeof given.text === 'string' ? given.text : parsed.text;
    const links: PostLink[] = Array.isArray(given.links) ? given.links : parsed.links;
    const post = extractMedia({
      platform,
      url,
      id,
      author: clean(this.author) ?? clean(given.author) ?? parsed.author,
      handle,
      date,
      text,
      lang: clean(given.lang) ?? parsed.lang,
      dir: given.dir ?? parsed.dir,
      links: links.filter((link) => safeLinkUrl(link.href)).map((link) => ({ text: link.text, href: safeLinkUrl(link.href)! })),
      media: Array.isArray(given.media) ? given.media : parsed.media,
      avatar,
    });
    post.media = post.media.map((href) => safeLinkUrl(href)).filter((href): href is string => Boolean(href));
    return post;
  }

  set data(value: Partial<PostData> | null | undefined) {
    if (value !== null && value !== undefined && typeof value !== 'object') {
      this.report('invalid-data', 'data must be an object with the post (text, author, handle, url).');
      return;
    }
    this.#data = { ...value, text: typeof value?.text === 'string' ? value.text : undefined } as Partial<PostData>;
    this.requestUpdate();
  }

  /** Can this post be shown as a card? It needs someone who posted and something they posted. */
  #readable(post: PostData): boolean {
    const who = Boolean(post.author || post.handle);
    const what = Boolean(post.text || post.media.length || (post.platform === 'mastodon' && post.url));
    return who && what;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Outside the widget, the author's embed code is as they wrote it.
    if (this.#parsed.source && !this.original) wake(this.#parsed.source);
  }

  protected override readLightDom(): void {
    this.#parsed = parseEmbed(this);
    if (this.#parsed.source && !this.original) makeDormant(this.#parsed.source);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('avatar')) this.avatarFailed = false;
  }

  protected override updated(): void {
    this.#validate();
  }

  #validate(): void {
    const post = this.#shown ?? this.data;
    if (this.url && !safeLinkUrl(this.url)) this.report('invalid-url', `url "${this.url}" is not an http(s) URL; the post is shown without a link.`);
    if (this.#data.url && !safeLinkUrl(this.#data.url)) this.report('invalid-url', `data.url "${this.#data.url}" is not an http(s) URL.`);
    const rawAvatar = this.avatar || this.#data.avatar;
    if (rawAvatar && !safeImageUrl(rawAvatar)) this.report('invalid-url', `avatar "${rawAvatar}" is not an http(s) image URL; initials are shown instead.`);
    for (const raw of [this.date, this.#data.date]) {
      if (raw && !parseIsoDate(raw)) this.report('invalid-date', `date "${raw}" is not an ISO 8601 date (YYYY-MM-DD); it is ignored.`);
    }
    if (this.platform && !asPlatform(this.platform)) this.report('invalid-attribute', `platform "${this.platform}" is not one of ${PLATFORMS.join(', ')}; it is ignored.`);
    if (!this.#readable(post)) {
      const empty = !(this.textContent ?? '').trim() && !this.#data.text;
      if (empty) this.report('empty-content', 'no post found; paste the official embed code (or the text with author and handle attributes) inside the element.');
      else this.report('unparseable-embed', 'the embed code could not be read (no author or handle, or no text); it is shown as written.');
    }
  }

  #onAvatarError = (): void => {
    this.avatarFailed = true;
    this.report('image-failed', `avatar image "${this.avatar || this.#data.avatar}" failed to load; initials are shown instead.`);
  };

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
      if (post.platform !== 'mastodon') this.#ensureOriginalBlockquote(post);
      if (post.platform !== 'mastodon') {
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

  /** The platform scripts upgrade an official blockquote in the page; make one from the data when there is none. */
  #ensureOriginalBlockquote(post: PostData): void {
    const existing = this.#parsed.source;
    if (existing && this.contains(existing)) {
      wake(existing);
      if (post.platform === 'x') existing.setAttribute('data-dnt', 'true');
      return;
    }
    const doc = this.ownerDocument;
    const bq = doc.createElement('blockquote');
    const p = doc.createElement('p');
    p.textContent = post.text;
    if (post.lang) p.lang = post.lang;
    const link = doc.createElement('a');
    link.href = post.url!;
    link.textContent = post.date ?? post.url!;
    if (post.platform === 'x') {
      bq.className = 'twitter-tweet';
      bq.setAttribute('data-dnt', 'true');
    } else {
      bq.className = 'bluesky-embed';
      const { handle, id } = describePostUrl(post.url);
      const profile = /\/profile\/([^/]+)/.exec(post.url!)?.[1] ?? handle;
      bq.setAttribute('data-bluesky-uri', this.#parsed.atUri ?? `at://${profile}/app.bsky.feed.post/${id}`);
    }
    bq.append(p, `— ${post.author ?? ''} (@${post.handle ?? ''}) `, link);
    this.append(bq);
  }

  protected override render() {
    const post = (this.#shown = this.data);
    if (!this.#readable(post)) return html`<slot></slot>`;
    const lang = this.pageLang;
    const platformName = post.platform ? PLATFORM_NAMES[post.platform] : '';
    if (this.original) {
      return post.platform === 'mastodon' && post.url
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
    const mode = explicit ? undefined : this.#parsed.colorMode;
    const segments = post.text ? segmentText(post) : [];
    return html`
      <div part="frame" class=${mode ? `frame frame--${mode}` : 'frame'}>
        <a part="skip-link" class="skip" href="#end" @click=${this.#skip}>${t(lang, 'skipPost', { name: skipName })}</a>
        <article part="post" class="post" aria-label=${t(lang, 'postBy', { name })}>
          <header part="header" class="header">
            ${renderAvatar(post.avatar, shownAuthor ?? name, { failed: this.avatarFailed, onError: this.#onAvatarError })}
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
                ? html`<a part="date" class="date" href=${post.url} rel="noopener noreferrer"><time datetime=${date.datetime}>${date.text}</time></a>`
                : html`<time part="date" class="date" datetime=${date.datetime}>${date.text}</time>`
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
