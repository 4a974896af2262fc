/**
 * Social posts as newsrooms paste them: the official embed code of X, Bluesky
 * and Mastodon. The two X posts are the seed article's (NATO–Russia Council,
 * January 2022), verbatim. The others come from made-up example accounts.
 *
 * Each post is described once (`EmbedPost`) and turned into both the raw embed
 * code a producer copies from the platform (`embedCode`, a string, script tag
 * included) and a lit template of the same markup without the script
 * (`embedTemplate`), which is what the stories render: the platform's script
 * must never load in a preview.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface EmbedPost {
  platform: 'x' | 'bluesky' | 'mastodon';
  author: string;
  handle: string;
  /** Address of the post, as the platform writes it (without tracking parameters). */
  url: string;
  /** The date as the platform writes it in the embed code. */
  dateText?: string;
  /** Text; `\n` is a `<br>`. Mastodon's embed code carries none. */
  text?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Links in the text: what is shown → where it goes. */
  links?: Record<string, string>;
  /** `data-theme` (X) / `data-bluesky-embed-color-mode` (Bluesky). */
  colorMode?: 'light' | 'dark' | 'system';
  /** Bluesky's at:// URI and content id. */
  uri?: string;
  cid?: string;
}

export const nato: EmbedPost = {
  platform: 'x',
  author: 'NATO',
  handle: 'NATO',
  url: 'https://twitter.com/NATO/status/1481637470556450818',
  dateText: 'January 13, 2022',
  lang: 'en',
  dir: 'ltr',
  text: '#ICYMI: The NATO-Russia Council, which brings together all 30 #NATO Allies and #Russia, met in Brussels to discuss the situation in and around #Ukraine, and the implications for European security ⤵️https://t.co/epDFlon3pd',
  links: { 'https://t.co/epDFlon3pd': 'https://t.co/epDFlon3pd' },
};

export const stoltenberg: EmbedPost = {
  platform: 'x',
  author: 'Jens Stoltenberg',
  handle: 'jensstoltenberg',
  url: 'https://twitter.com/jensstoltenberg/status/1481291296914567175',
  dateText: 'January 12, 2022',
  lang: 'en',
  dir: 'ltr',
  text: "The NATO–Russia Council had a serious exchange on Russia's military build-up in & around #Ukraine & implications for European security. #NATO Allies & #Russia agreed to explore a schedule of future meetings. Allies are ready to table proposals & seek constructive outcomes. pic.twitter.com/dszyECAfGe",
  links: { 'pic.twitter.com/dszyECAfGe': 'https://twitter.com/jensstoltenberg/status/1481291296914567175/photo/1' },
};

/** A made-up newsroom account on Bluesky. */
export const blueskyNewsroom: EmbedPost = {
  platform: 'bluesky',
  author: 'Example Newsroom',
  handle: 'examplenewsroom.bsky.social',
  url: 'https://bsky.app/profile/did:plc:examplenewsroom01/post/3lbbt6ofsqk2o',
  uri: 'at://did:plc:examplenewsroom01/app.bsky.feed.post/3lbbt6ofsqk2o',
  cid: 'bafyreiexampleexampleexampleexampleexampleexample',
  dateText: 'November 20, 2024 at 5:02 PM',
  lang: 'en',
  colorMode: 'system',
  text: 'From our archive: how the first NATO–Russia Council in two years unfolded in January 2022, and what each side asked for. Thread by @deskeditor.bsky.social #Ukraine #NATO\n\n[image or embed]',
};

/** A made-up newsroom account on mastodon.social: its embed code has no text. */
export const mastodonNewsroom: EmbedPost = {
  platform: 'mastodon',
  author: 'examplenews',
  handle: 'examplenews@mastodon.social',
  url: 'https://mastodon.social/@examplenews/113485134588553233',
};

/** A made-up Arabic-language newsroom account on X, written right to left. */
export const arabicNewsroom: EmbedPost = {
  platform: 'x',
  author: 'غرفة الأخبار 🗞️',
  handle: 'example_news_ar',
  url: 'https://x.com/example_news_ar/status/1481700000000000000',
  dateText: 'January 13, 2022',
  lang: 'ar',
  dir: 'rtl',
  text: 'اجتمع مجلس #الناتو وروسيا في بروكسل لأول مرة منذ عامين، واتفق الطرفان على بحث جدول لاجتماعات مقبلة. التفاصيل عبر @example_news_ar وعلى موقعنا https://news.example/nato-russia',
  links: { 'https://news.example/nato-russia': 'https://news.example/nato-russia' },
};

/** A long post with line breaks, from a made-up reporter's account. */
export const longPost: EmbedPost = {
  platform: 'x',
  author: 'Example Reporter',
  handle: 'example_reporter',
  url: 'https://x.com/example_reporter/status/1481650000000000000',
  dateText: 'January 13, 2022',
  lang: 'en',
  dir: 'ltr',
  text: 'Notes from Brussels, where the NATO–Russia Council met for about four hours today:\n\n1. Both sides said they want to keep talking, and a schedule of future meetings will be explored.\n2. Allies restated that Ukraine decides its own security arrangements.\n3. Arms control, missile deployments and ways to avoid military incidents are on the table.\n\nFull write-up with the documents on our site: https://news.example/live/2022/01/13/nato-russia-council-brussels-full-report #NATO #Ukraine 🇺🇦🇪🇺',
  links: {
    'https://news.example/live/2022/01/13/nato-russia-council-brussels-full-report':
      'https://news.example/live/2022/01/13/nato-russia-council-brussels-full-report',
  },
};

const ENTITY = /(https?:\/\/[^\s]+|pic\.twitter\.com\/\w+|#[\p{L}\p{M}\p{N}_]+|@[\w.]+\w|\n)/u;

function entityHref(post: EmbedPost, token: string): string | undefined {
  if (post.links?.[token]) return post.links[token];
  if (post.platform === 'x' && token.startsWith('#')) return `https://twitter.com/hashtag/${encodeURIComponent(token.slice(1))}?src=hash&ref_src=twsrc%5Etfw`;
  if (post.platform === 'x' && token.startsWith('@')) return `https://twitter.com/${token.slice(1)}?ref_src=twsrc%5Etfw`;
  if (post.platform === 'bluesky' && token.startsWith('#')) return `https://bsky.app/hashtag/${encodeURIComponent(token.slice(1))}?ref_src=embed`;
  if (post.platform === 'bluesky' && token.startsWith('@')) return `https://bsky.app/profile/${token.slice(1)}?ref_src=embed`;
  return undefined;
}

const ref = (post: EmbedPost) => (post.platform === 'x' ? '?ref_src=twsrc%5Etfw' : '?ref_src=embed');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function textHtml(post: EmbedPost): string {
  return (post.text ?? '')
    .split(ENTITY)
    .map((token) => {
      if (token === '\n') return '<br>';
      const href = entityHref(post, token);
      return href ? `<a href="${escapeHtml(href)}">${escapeHtml(token)}</a>` : escapeHtml(token);
    })
    .join('');
}

function textTemplate(post: EmbedPost) {
  return (post.text ?? '').split(ENTITY).map((token) => {
    if (token === '\n') return html`<br />`;
    const href = entityHref(post, token);
    return href ? html`<a href=${href}>${token}</a>` : token;
  });
}

const MASTODON_STYLE =
  'background: #FCF8FF; border-radius: 8px; border: 1px solid #C9C4DA; margin: 0; max-width: 540px; min-width: 270px; overflow: hidden; padding: 0;';

/** The embed code exactly as a producer copies it from the platform, script tag included. */
export function embedCode(post: EmbedPost): string {
  const url = `${post.url}${ref(post)}`;
  if (post.platform === 'mastodon') {
    const origin = new URL(post.url).origin;
    return `<blockquote class="mastodon-embed" data-embed-url="${post.url}/embed" style="${MASTODON_STYLE}"> <a href="${post.url}" target="_blank" style="align-items: center; color: #1C1A25; display: flex; flex-direction: column; padding: 24px;"> <div style="color: #787588; margin-top: 16px;">Post by @${escapeHtml(post.handle)}</div> <div style="font-weight: 500;">View on Mastodon</div> </a> </blockquote> <script data-allowed-prefixes="${origin}/" async src="${origin}/embed.js"></script>`;
  }
  if (post.platform === 'bluesky') {
    const profile = post.url.replace(/\/post\/.*$/, '');
    return `<blockquote class="bluesky-embed" data-bluesky-uri="${post.uri}" data-bluesky-cid="${post.cid}" data-bluesky-embed-color-mode="${post.colorMode ?? 'system'}"><p lang="${post.lang ?? 'en'}">${textHtml(post)}</p>&mdash; ${escapeHtml(post.author)} (<a href="${profile}${ref(post)}">@${post.handle}</a>) <a href="${url}">${post.dateText}</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`;
  }
  const theme = post.colorMode === 'dark' ? ' data-theme="dark"' : '';
  return `<blockquote class="twitter-tweet"${theme}><p lang="${post.lang ?? 'en'}" dir="${post.dir ?? 'ltr'}">${textHtml(post)}</p>&mdash; ${escapeHtml(post.author)} (@${post.handle}) <a href="${url}">${post.dateText}</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
}

/** The same embed code as a lit template, without the platform's script tag. */
export function embedTemplate(post: EmbedPost): TemplateResult {
  const url = `${post.url}${ref(post)}`;
  if (post.platform === 'mastodon') {
    return html`<blockquote class="mastodon-embed" data-embed-url=${`${post.url}/embed`}>
      <a href=${post.url} target="_blank"><div>Post by @${post.handle}</div><div>View on Mastodon</div></a>
    </blockquote>`;
  }
  if (post.platform === 'bluesky') {
    const profile = post.url.replace(/\/post\/.*$/, '');
    return html`<blockquote
      class="bluesky-embed"
      data-bluesky-uri=${post.uri ?? nothing}
      data-bluesky-cid=${post.cid ?? nothing}
      data-bluesky-embed-color-mode=${post.colorMode ?? 'system'}
    ><p lang=${post.lang ?? 'en'}>${textTemplate(post)}</p>&mdash; ${post.author} (<a href=${`${profile}${ref(post)}`}>@${post.handle}</a>) <a href=${url}>${post.dateText}</a></blockquote>`;
  }
  return html`<blockquote class="twitter-tweet" data-theme=${post.colorMode === 'dark' ? 'dark' : nothing}><p
      lang=${post.lang ?? 'en'}
      dir=${post.dir ?? 'ltr'}
    >${textTemplate(post)}</p>&mdash; ${post.author} (@${post.handle}) <a href=${url}>${post.dateText}</a></blockquote>`;
}

/**
 * Raw embed code strings, for the stories, the tests and the embed builder.
 * (Marked pure so that the builder's bundle keeps only the one it starts with.)
 */
export const NATO_EMBED = /* @__PURE__ */ embedCode(nato);
export const STOLTENBERG_EMBED = /* @__PURE__ */ embedCode(stoltenberg);
export const BLUESKY_EMBED = /* @__PURE__ */ embedCode(blueskyNewsroom);
export const MASTODON_EMBED = /* @__PURE__ */ embedCode(mastodonNewsroom);
export const ARABIC_EMBED = /* @__PURE__ */ embedCode(arabicNewsroom);
export const LONG_EMBED = /* @__PURE__ */ embedCode(longPost);
/** Embed code cut off by a CMS: text without author line or link. */
export const BROKEN_EMBED = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Allies are ready to table</p></blockquote>';
