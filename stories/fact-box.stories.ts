import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/fact-box/fact-box.js';
import type { Fact, FactSource } from '../src/fact-box/fact-box.js';
import { exampleBudget, natoFacts, natoFactsArabic, natoFactsGerman, natoFactsJson } from '../content/facts.js';
import { widgetArgTypes } from './arg-types.js';

interface FactBoxArgs {
  heading?: string;
  facts: Fact[];
  sources?: FactSource[];
  updated?: string;
  /** How the producer writes the facts: a list (`<li><strong>30</strong> …`) or a `<dl>`. */
  markup?: 'list' | 'dl';
  maxVisible?: number;
  variant?: 'full' | 'compact';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const listItem = (fact: Fact) =>
  fact.value === undefined
    ? html`<li>${fact.label}${fact.note ? html` <small>${fact.note}</small>` : nothing}</li>`
    : html`<li><strong>${fact.value}</strong> ${fact.label}${fact.note ? html` <small>${fact.note}</small>` : nothing}</li>`;

const dlItem = (fact: Fact) =>
  html`<dt>${fact.label}</dt>
    ${fact.value === undefined ? nothing : html`<dd>${fact.value}</dd>`}${fact.note ? html`<dd>${fact.note}</dd>` : nothing}`;

/** The markup a producer pastes: a heading, the facts, the source links and the date, all readable without JavaScript. */
const render = (args: FactBoxArgs) => html`
  <nw-fact-box
    max-visible=${ifDefined(args.maxVisible)}
    variant=${ifDefined(args.variant)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  >
    ${args.heading ? html`<h3>${args.heading}</h3>` : nothing}
    ${args.markup === 'dl' ? html`<dl>${args.facts.map(dlItem)}</dl>` : html`<ul>${args.facts.map(listItem)}</ul>`}
    ${args.sources?.length || args.updated
      ? html`<footer>
          ${args.sources?.map((source) => html`<a href=${source.url}>${source.label}</a> `)}
          ${args.updated ? html`<time datetime=${args.updated}>${args.updated}</time>` : nothing}
        </footer>`
      : nothing}
  </nw-fact-box>
`;

const meta: Meta<FactBoxArgs> = {
  title: 'Widgets/Fact box',
  component: 'nw-fact-box',
  render,
  args: { ...natoFacts, markup: 'list', variant: 'full', theme: 'auto' },
  argTypes: {
    facts: { control: 'object', description: 'Facts: {label, value?, note?} (light-DOM content)' },
    sources: { control: 'object', description: 'Source links {label, url} (light-DOM content)' },
    updated: { control: 'text', description: 'ISO 8601 date of the last update' },
    markup: { control: 'inline-radio', options: ['list', 'dl'] },
    maxVisible: { name: 'max-visible', control: { type: 'number', min: 1 } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    ...widgetArgTypes,
  },
};
export default meta;

type Story = StoryObj<FactBoxArgs>;

export const Default: Story = {};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { ...natoFactsArabic },
  render: (args) => html`<div lang="ar" dir="rtl">${render(args)}</div>`,
};

export const German: Story = {
  name: 'German (definition list)',
  args: { ...natoFactsGerman, markup: 'dl' },
  render: (args) => html`<div lang="de">${render(args)}</div>`,
};

export const LongBox: Story = {
  name: 'Long box (15 facts, collapsed)',
  args: { ...exampleBudget, sources: [] },
};

export const NoSources: Story = {
  args: { sources: [], updated: undefined },
};

/** Facts as a JSON child: numbers are given as numbers and formatted for the page's language. */
export const JsonForm: Story = {
  name: 'JSON child',
  render: (args) => html`<div lang=${ifDefined(args.lang)}>
    <nw-fact-box theme=${ifDefined(args.theme)}>
      <script type="application/json" .textContent=${JSON.stringify(natoFactsJson)}></script>
    </nw-fact-box>
  </div>`,
};

export const TwoBoxes: Story = {
  name: 'Two boxes on one page',
  render: (args) => html`<div class="two-boxes">
      ${render({ ...args, ...natoFacts })}
      ${render({ ...args, ...exampleBudget, sources: [], maxVisible: 4 })}
    </div>
    <style>
      .two-boxes {
        display: grid;
        gap: 1rem;
      }
    </style>`,
};

export const Compact: Story = {
  name: 'Compact (sidebar)',
  args: { variant: 'compact' },
  render: (args) => html`<div class="sidebar">${render(args)}</div>
    <style>
      .sidebar {
        inline-size: 300px;
        max-inline-size: 100%;
      }
    </style>`,
};

export const NarrowColumn: Story = {
  name: 'Narrow (280 px)',
  render: (args) => html`<div class="narrow">${render(args)}</div>
    <style>
      .narrow {
        inline-size: 280px;
      }
    </style>`,
};

export const InvalidJson: Story = {
  name: 'Invalid JSON (author content stays)',
  render: (args) => html`<nw-fact-box theme=${ifDefined(args.theme)}>
    <script type="application/json">
      { "facts": [ { "label": "NATO allies", "value": 30, } ] }
    </script>
    <p>30 NATO allies and Russia met in Brussels.</p>
  </nw-fact-box>`,
};
