import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/quote-card/quote-card.js';
import { grushko, grushkoArabic, grushkoGerman, sherman, stoltenberg } from './content/quotes.js';

interface QuoteArgs {
  quote: string[];
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
    <blockquote>${args.quote.map((paragraph) => html`<p>${paragraph}</p>`)}</blockquote>
  </nw-quote-card>
`;

const meta: Meta<QuoteArgs> = {
  title: 'Widgets/Quote card',
  component: 'nw-quote-card',
  render,
  args: { ...sherman, variant: 'card', theme: 'auto' },
  argTypes: {
    quote: { control: 'object', description: 'Paragraphs of the quote (light-DOM content)' },
    speakerRole: { name: 'speaker-role' },
    variant: { control: 'inline-radio', options: ['card', 'pull'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'text', description: 'Language of this widget (normally inherited from the page)' },
  },
};
export default meta;

type Story = StoryObj<QuoteArgs>;

export const Default: Story = {};

export const Pull: Story = { args: { ...grushko, variant: 'pull' } };

export const Dark: Story = {
  args: { ...grushko, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { ...grushkoArabic },
  render: (args) => html`<div lang="ar" dir="rtl">${render(args)}</div>`,
};

export const German: Story = {
  args: { ...grushkoGerman },
  render: (args) => html`<div lang="de">${render(args)}</div>`,
};

export const LongQuote: Story = { args: { ...stoltenberg } };

export const MissingOptionalFields: Story = {
  args: { quote: grushko.quote, speaker: grushko.speaker },
};

export const BadUrl: Story = {
  name: 'Bad URL (javascript: cite)',
  args: { ...sherman, cite: 'javascript:alert(document.cookie)' },
};

export const BrokenAvatar: Story = {
  args: { ...sherman, avatar: '/images/no-such-portrait.jpg' },
};

export const NarrowColumn: Story = {
  name: 'Narrow (280 px)',
  args: { ...grushko },
  render: (args) => html`<div class="narrow">${render(args)}</div>
    <style>
      .narrow {
        inline-size: 280px;
      }
    </style>`,
};
