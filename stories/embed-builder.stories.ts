import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/index.js';
import { EmbedBuilder } from './builder/embed-builder.js';
import type { WidgetKind } from './builder/snippet.js';
import { themeArgType } from './arg-types.js';

// The builder is a tool of the stories site, not a library widget: it is defined here only.
if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}

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

export const SocialPost: Story = { name: 'Social post', args: { widget: 'post' } };

export const DemandTable: Story = { name: 'Demand table', args: { widget: 'demands' } };

export const FactBox: Story = { name: 'Fact box', args: { widget: 'facts' } };
