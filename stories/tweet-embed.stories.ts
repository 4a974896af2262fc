import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/tweet-embed/tweet-embed.js';
import { upgradeEmbeds } from '../src/tweet-embed/tweet-embed.js';
import {
  NATO_EMBED,
  arabicNewsroom,
  blueskyNewsroom,
  embedTemplate,
  longPost,
  mastodonNewsroom,
  nato,
  stoltenberg,
  type EmbedPost,
} from '../content/posts.js';
import { widgetArgTypes } from './arg-types.js';

interface PostArgs {
  /** The pasted embed code (rendered without its script tag). */
  post?: EmbedPost;
  /** Other light-DOM content, for plain text or broken code. */
  content?: TemplateResult | string;
  url?: string;
  author?: string;
  handle?: string;
  date?: string;
  avatar?: string;
  platform?: 'x' | 'bluesky' | 'mastodon';
  allowOriginal?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

/** What a producer pastes: the platform's embed code inside the tag. */
const render = (args: PostArgs) => html`
  <nw-tweet-embed
    url=${ifDefined(args.url)}
    author=${ifDefined(args.author)}
    handle=${ifDefined(args.handle)}
    date=${ifDefined(args.date)}
    avatar=${ifDefined(args.avatar)}
    platform=${ifDefined(args.platform)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    ?allow-original=${Boolean(args.allowOriginal)}
    >${args.post ? embedTemplate(args.post) : args.content ?? ''}</nw-tweet-embed
  >
`;

const meta: Meta<PostArgs> = {
  title: 'Widgets/Tweet embed',
  component: 'nw-tweet-embed',
  render,
  args: { post: nato, theme: 'auto', allowOriginal: false },
  argTypes: {
    post: { control: 'object', description: 'The embed code (light-DOM content)' },
    content: { control: false },
    allowOriginal: { name: 'allow-original', control: 'boolean' },
    platform: { control: 'inline-radio', options: ['x', 'bluesky', 'mastodon'] },
    ...widgetArgTypes,
  },
};
export default meta;

type Story = StoryObj<PostArgs>;

export const Default: Story = { name: 'NATO (X embed code)' };

export const Stoltenberg: Story = { name: 'Stoltenberg, with photo (X)', args: { post: stoltenberg } };

export const Bluesky: Story = { args: { post: blueskyNewsroom } };

export const Mastodon: Story = { args: { post: mastodonNewsroom } };

export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { post: arabicNewsroom },
  render: (args) => html`<div lang="ar" dir="rtl">${render(args)}</div>`,
};

export const German: Story = {
  name: 'German page',
  args: { post: stoltenberg },
  render: (args) => html`<div lang="de">${render(args)}</div>`,
};

export const Dark: Story = {
  args: { post: stoltenberg, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const EmbedCodeDark: Story = {
  name: 'Dark from the embed code (data-theme)',
  args: { post: { ...nato, colorMode: 'dark' } },
};

export const LongText: Story = { args: { post: longPost } };

export const PlainTextWithAttributes: Story = {
  name: 'Plain text with attributes',
  args: {
    post: undefined,
    content: 'NATO Allies & #Russia agreed to explore a schedule of future meetings.',
    url: 'https://x.com/jensstoltenberg/status/1481291296914567175',
    author: 'Jens Stoltenberg',
    date: '2022-01-12',
  },
};

export const AllowOriginal: Story = {
  name: 'Allow loading the original',
  args: { post: nato, allowOriginal: true },
};

export const Broken: Story = {
  name: 'Broken embed code',
  args: {
    post: undefined,
    content: html`<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Allies are ready to table</p></blockquote>`,
  },
};

export const Empty: Story = { args: { post: undefined, content: '' } };

export const EmbedCodeAsText: Story = {
  name: 'The embed code producers paste',
  render: (args) => html`${render(args)}
    <details>
      <summary>Embed code (the script tag is never loaded)</summary>
      <pre class="code">${NATO_EMBED}</pre>
    </details>
    <style>
      .code {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.8125rem;
      }
    </style>`,
};

/** An old article: bare official blockquotes, upgraded on the page by upgradeEmbeds(). */
export const Archive: Story = {
  render: () => html`<section
    class="archive"
    aria-label="Archive article"
    ${ref((el) => {
      if (el) queueMicrotask(() => upgradeEmbeds(el as HTMLElement));
    })}
  >
    <p>Taking it to twitter, NATO tweeted,</p>
    ${embedTemplate(nato)}
    <p>Stoltenberg tweeted,</p>
    ${embedTemplate(stoltenberg)} ${embedTemplate(blueskyNewsroom)} ${embedTemplate(mastodonNewsroom)}
  </section>`,
};
