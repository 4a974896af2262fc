import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/quote-card/quote-card.js';
import { grushko, grushkoArabic, grushkoGerman, sherman, stoltenberg } from '../content/quotes.js';
import { widgetArgTypes } from './arg-types.js';

interface QuoteArgs {
  /** The quote's paragraphs, pasted as the element's content. */
  paragraphs: string[];
  speaker?: string;
  speakerRole?: string;
  date?: string;
  cite?: string;
  source?: string;
  avatar?: string;
  variant?: 'card' | 'pull';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

/** Clears the optional fields of the default args, so a story shows only what it sets. */
const only = ({ quote, ...args }: Partial<QuoteArgs> & { quote?: string[] }): Partial<QuoteArgs> => ({
  speaker: undefined,
  speakerRole: undefined,
  date: undefined,
  cite: undefined,
  source: undefined,
  avatar: undefined,
  ...args,
  ...(quote ? { paragraphs: quote } : {}),
});

/** The markup a producer pastes: attributes plus the quote as light-DOM content. */
const render = (args: QuoteArgs) => html`
  <nw-quote-card
    speaker=${ifDefined(args.speaker)}
    speaker-role=${ifDefined(args.speakerRole)}
    date=${ifDefined(args.date)}
    cite=${ifDefined(args.cite)}
    source=${ifDefined(args.source)}
    avatar=${ifDefined(args.avatar)}
    variant=${ifDefined(args.variant)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  >
    <blockquote>${args.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</blockquote>
  </nw-quote-card>
`;

const meta: Meta<QuoteArgs> = {
  title: 'Widgets/Quote card',
  component: 'nw-quote-card',
  render,
  args: { ...only(sherman), variant: 'card', theme: 'auto' },
  argTypes: {
    paragraphs: { control: 'object', description: 'Paragraphs of the quote (light-DOM content)' },
    speakerRole: { name: 'speaker-role' },
    variant: { control: 'inline-radio', options: ['card', 'pull'] },
    ...widgetArgTypes,
  },
};
export default meta;

type Story = StoryObj<QuoteArgs>;


export const Default: Story = {};

export const Pull: Story = { args: only({ ...grushko, variant: 'pull' }) };

export const Dark: Story = {
  args: only({ ...grushko, theme: 'dark' }),
  parameters: { backgrounds: { default: 'dark' } },
};

export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: only(grushkoArabic),
  render: (args) => html`<div lang="ar" dir="rtl">${render(args)}</div>`,
};

export const German: Story = {
  args: only(grushkoGerman),
  render: (args) => html`<div lang="de">${render(args)}</div>`,
};

export const LongQuote: Story = { args: only(stoltenberg) };

export const MissingOptionalFields: Story = {
  args: only({ quote: grushko.quote, speaker: grushko.speaker }),
};

export const BadUrl: Story = {
  name: 'Bad URL (javascript: cite)',
  args: only({ ...sherman, cite: 'javascript:alert(document.cookie)' }),
};

export const BrokenAvatar: Story = {
  args: only({ ...sherman, avatar: '/images/no-such-portrait.jpg' }),
};

export const NarrowColumn: Story = {
  name: 'Narrow (280 px)',
  args: only(grushko),
  render: (args) => html`<div class="narrow">${render(args)}</div>
    <style>
      .narrow {
        inline-size: 280px;
      }
    </style>`,
};
