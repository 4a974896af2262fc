import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, t } from '../src/core/i18n.js';
import type { StringKey } from '../src/core/strings.js';
import '../src/demand-table/demand-table.js';
import type { DemandStatus, DemandTableData } from '../src/demand-table/demand-table.js';
import { natoRussia, natoRussiaArabic, natoRussiaGerman, strikeTalks } from '../content/demands.js';
import { widgetArgTypes } from './arg-types.js';

interface DemandArgs extends DemandTableData {
  /** Show the status column in the light-DOM table. */
  withStatus?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const statusText = (lang: string, status: DemandStatus) =>
  t(lang, `status${status[0]!.toUpperCase()}${status.slice(1)}` as StringKey);

/**
 * The author's plain table, as a producer pastes it into the CMS. Without
 * JavaScript this is what readers see; the widget reads it.
 */
export const plainTable = (args: DemandArgs, lang = args.lang ?? 'en') => {
  const withStatus = args.withStatus !== false;
  const withNotes = args.rows.some((row) => row.note);
  return html`<table>
      ${args.heading ? html`<caption>${args.heading}</caption>` : nothing}
      <thead>
        <tr>
          <th scope="col">${args.demandBy ?? t(lang, 'demand')}</th>
          <th scope="col">${args.responseBy ?? t(lang, 'response')}</th>
          ${withStatus ? html`<th scope="col">${t(lang, 'status')}</th>` : nothing}
          ${withNotes ? html`<th scope="col">${t(lang, 'note')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${args.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.demand}</th>
            <td>${row.response}</td>
            ${withStatus ? html`<td>${statusText(lang, row.status)}</td>` : nothing}
            ${withNotes ? html`<td>${row.note ?? ''}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
    ${args.sources?.length
      ? html`<p>${t(lang, 'sources', { count: args.sources.length })}: ${args.sources.map((s) => html`<a href=${s.url ?? ''}>${s.label}</a> `)}</p>`
      : nothing}
    ${args.updated ? html`<p><time datetime=${args.updated}>${formatDate(args.updated, lang)?.text ?? args.updated}</time></p>` : nothing}`;
};

/** The light-DOM table form (the one to use in a CMS: readable without JavaScript). */
const render = (args: DemandArgs) => html`
  <nw-demand-table theme=${ifDefined(args.theme)} lang=${ifDefined(args.lang)}>${plainTable(args)}</nw-demand-table>
`;

const meta: Meta<DemandArgs> = {
  title: 'Widgets/Demand table',
  component: 'nw-demand-table',
  render,
  args: { ...natoRussia, withStatus: true, theme: 'auto' },
  argTypes: {
    heading: { control: 'text', description: 'The `<caption>` of the light-DOM table' },
    demandBy: { control: 'text', description: 'First header cell: who demands' },
    responseBy: { control: 'text', description: 'Second header cell: who answers' },
    rows: { control: 'object', description: 'Rows of the light-DOM table' },
    withStatus: { control: 'boolean', description: 'Include the status column' },
    ...widgetArgTypes,
  },
};
export default meta;

type Story = StoryObj<DemandArgs>;

export const Default: Story = {};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { ...natoRussiaArabic },
  render: (args) => html`<div lang="ar" dir="rtl">
    <nw-demand-table theme=${ifDefined(args.theme)}>${plainTable(args, 'ar')}</nw-demand-table>
  </div>`,
};

export const German: Story = {
  args: { ...natoRussiaGerman },
  render: (args) => html`<div lang="de">
    <nw-demand-table theme=${ifDefined(args.theme)}>${plainTable(args, 'de')}</nw-demand-table>
  </div>`,
};

export const ManyRows: Story = {
  name: 'Many rows (40, fictional strike)',
  args: { ...strikeTalks, sources: undefined, updated: undefined },
};

export const Minimal: Story = {
  name: 'Minimal (two columns, no status)',
  args: {
    heading: natoRussia.heading,
    demandBy: natoRussia.demandBy,
    responseBy: natoRussia.responseBy,
    rows: natoRussia.rows.map(({ demand, response, status }) => ({ demand, response, status })),
    withStatus: false,
    sources: undefined,
    updated: undefined,
  },
};

export const JsonForm: Story = {
  name: 'JSON form',
  render: (args) => html`<nw-demand-table theme=${ifDefined(args.theme)}>
    <script type="application/json">
      ${JSON.stringify({
        heading: args.heading,
        demandBy: args.demandBy,
        responseBy: args.responseBy,
        rows: args.rows,
        sources: args.sources,
        updated: args.updated,
      })}
    </script>
  </nw-demand-table>`,
};

export const BrokenJson: Story = {
  name: 'Broken JSON (falls back to the table)',
  render: (args) => html`<nw-demand-table theme=${ifDefined(args.theme)}>
    <script type="application/json">
      { "heading": "Russia’s demands", "rows": [ { "demand": "…", }
    </script>
    ${plainTable(args)}
  </nw-demand-table>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div class="narrow">${render(args)}</div>
    <style>
      .narrow {
        inline-size: 320px;
      }
    </style>`,
};
