import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
// The same element the standalone page (dist/builder/index.html) shows.
import '../builder/index.js';
import type { WidgetKind } from '../builder/index.js';
import { themeArgType } from './arg-types.js';

interface BuilderArgs {
  widget: WidgetKind;
  theme?: 'auto' | 'light' | 'dark';
}

const render = (args: BuilderArgs) => html`<embed-builder widget=${args.widget} theme=${args.theme ?? 'auto'}></embed-builder>`;

const meta: Meta<BuilderArgs> = {
  title: 'Embed builder',
  tags: ['!autodocs'],
  render,
  args: { widget: 'quote', theme: 'auto' },
  argTypes: {
    widget: { control: 'inline-radio', options: ['quote', 'post', 'demands', 'facts'], description: 'The widget the builder starts with' },
    theme: themeArgType,
  },
  parameters: { layout: 'fullscreen', controls: { exclude: ['theme'] } },
};
export default meta;

type Story = StoryObj<BuilderArgs>;

export const QuoteCard: Story = { name: 'Quote card' };

export const TweetEmbed: Story = { name: 'Tweet embed', args: { widget: 'post' } };

export const DemandTable: Story = { name: 'Demand table', args: { widget: 'demands' } };

export const FactBox: Story = { name: 'Fact box', args: { widget: 'facts' } };
