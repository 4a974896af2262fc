/** The contract table entry of `<nw-demand-table>`, with the seed article’s demands and answers. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DemandStatus, DemandTableData } from '../../src/demand-table/demand-table.js';
import { natoRussia, natoRussiaGerman } from '../../content/demands.js';
import { json, sourceLink, type WidgetContract } from './contract.js';
import { listOf, oneOf, optional, shape, text } from './harness.js';

const STATUS_WORDS: Record<DemandStatus, string> = {
  rejected: 'Rejected',
  accepted: 'Accepted',
  partial: 'Partly accepted',
  open: 'Open to talks',
  pending: 'No answer yet',
  unknown: 'Unclear',
};

/** A demand table as an author writes it; `withHeader: false` leaves out caption and header cells (attributes give them). */
export function demandTableMarkup(data: DemandTableData, options: { withHeader?: boolean } = {}): TemplateResult {
  const withHeader = options.withHeader !== false;
  const withNotes = data.rows.some((row) => row.note);
  return html`<table>
      ${withHeader && data.heading ? html`<caption>${data.heading}</caption>` : nothing}
      ${withHeader
        ? html`<thead>
            <tr>
              <th>${data.demandBy}</th>
              <th>${data.responseBy}</th>
              <th>Status</th>
              ${withNotes ? html`<th>Note</th>` : nothing}
            </tr>
          </thead>`
        : nothing}
      <tbody>
        ${data.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.demand}</th>
            <td>${row.response}</td>
            <td>${STATUS_WORDS[row.status]}</td>
            ${withNotes ? html`<td>${row.note ?? ''}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
    ${withHeader && data.sources?.length ? html`<p>Sources: ${data.sources.map((source) => html`<a href=${source.url ?? nothing}>${source.label}</a> `)}</p>` : nothing}
    ${withHeader && data.updated ? html`<p>Updated <time datetime=${data.updated}>${data.updated}</time></p>` : nothing}`;
}

const FIRST_DEMAND = natoRussia.rows[0]!.demand;
const FIRST_RESPONSE = natoRussia.rows[0]!.response;

export const demandTable: WidgetContract = {
  tag: 'nw-demand-table',
  load: async () => (await import('../../src/demand-table/demand-table.js')).NwDemandTable,
  moduleUrl: new URL('../../src/demand-table/demand-table.ts', import.meta.url).href,
  seed: () => html`<nw-demand-table>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
  seedShows: [natoRussia.heading!, natoRussia.demandBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', '3 rejected · 2 open to talks'],
  frame: '[part=base]',
  forms: [
    {
      name: 'attributes',
      template: () => html`<nw-demand-table heading=${natoRussia.heading!} demand-by=${natoRussia.demandBy!} response-by=${natoRussia.responseBy!}
        >${demandTableMarkup(natoRussia, { withHeader: false })}</nw-demand-table
      >`,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected'],
      normalised: { ...natoRussia, sources: undefined, updated: undefined },
    },
    {
      name: 'light DOM',
      template: () => html`<nw-demand-table>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', 'Updated January 13, 2022'],
      normalised: natoRussia,
    },
    {
      name: 'JSON child',
      template: () => html`<nw-demand-table>${json(natoRussia)}</nw-demand-table>`,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', 'Updated January 13, 2022'],
      normalised: natoRussia,
    },
    {
      name: 'data',
      template: () => html`<nw-demand-table></nw-demand-table>`,
      data: natoRussia satisfies DemandTableData,
      shows: [natoRussia.heading!, natoRussia.demandBy!, natoRussia.responseBy!, FIRST_DEMAND, FIRST_RESPONSE, 'Rejected', 'Updated January 13, 2022'],
      normalised: natoRussia,
    },
  ],
  schema: shape({
    heading: optional(text),
    demandBy: optional(text),
    responseBy: optional(text),
    rows: listOf(shape({ demand: text, response: text, status: oneOf('rejected', 'accepted', 'partial', 'open', 'pending', 'unknown'), note: optional(text) })),
    sources: optional(listOf(shape({ label: text, url: optional(text) }))),
    updated: optional(text),
  }),
  normalises: {
    data: {
      heading: '  Depot   strike ',
      rows: [
        { demand: ' More  pay ', response: 'Agreed in full.', status: 'Accepted' },
        { demand: '', response: ' ' },
        { demand: 'Shorter shifts', response: 'Will talk about it.', status: ' OPEN ' },
      ],
      sources: [{ label: 'Union leaflet', url: 'javascript:alert(1)' }],
      updated: 'yesterday',
    },
    normalised: {
      heading: 'Depot strike',
      rows: [
        { demand: 'More pay', response: 'Agreed in full.', status: 'accepted' },
        { demand: 'Shorter shifts', response: 'Will talk about it.', status: 'open' },
      ],
      sources: [{ label: 'Union leaflet' }],
    },
    shows: ['Depot strike', 'More pay', 'Shorter shifts', 'Union leaflet', '1 accepted · 1 open to talks'],
  },
  precedence: {
    attribute: 'heading',
    field: 'heading',
    selector: '[part=heading]',
    light: (value) => html`<nw-demand-table>${demandTableMarkup({ ...natoRussia, heading: value })}</nw-demand-table>`,
    keeps: [FIRST_DEMAND, natoRussia.demandBy!],
  },
  badInputs: [
    {
      problem: 'an invalid URL',
      code: 'invalid-url',
      template: () => html`<nw-demand-table>${demandTableMarkup(natoRussia, { withHeader: false })}${sourceLink('javascript:alert(1)')}</nw-demand-table>`,
      mentions: 'javascript:alert(1)',
      shows: [FIRST_DEMAND, 'Council statement'],
    },
    {
      problem: 'an invalid date',
      code: 'invalid-date',
      template: () => html`<nw-demand-table updated="soon">${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      mentions: 'soon',
      shows: [FIRST_DEMAND, natoRussia.heading!],
      absent: ['Updated'],
    },
    {
      problem: 'invalid JSON',
      code: 'invalid-json',
      template: () => html`<nw-demand-table><script type="application/json">{"rows": [</script>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      mentions: 'JSON',
      fallback: FIRST_DEMAND,
    },
    {
      problem: 'invalid data',
      code: 'invalid-data',
      template: () => html`<nw-demand-table>${demandTableMarkup(natoRussia)}</nw-demand-table>`,
      setData: 'rows',
      mentions: 'data',
      shows: [FIRST_DEMAND, natoRussia.heading!],
    },
    {
      problem: 'empty content',
      code: 'empty-content',
      template: () => html`<nw-demand-table><p>The demands will be listed here.</p></nw-demand-table>`,
      mentions: 'no demands',
      fallback: 'The demands will be listed here.',
    },
    {
      problem: 'an unknown status',
      code: 'unknown-status',
      template: () => html`<nw-demand-table
        ><table>
          <tr><th>Union</th><th>Board</th><th>Status</th></tr>
          <tr><td>More pay</td><td>Agreed in full.</td><td>Accepted</td></tr>
          <tr><td></td><td> </td><td>Rejected</td></tr>
          <tr><td>Shorter shifts</td><td>Thinking about it.</td><td>sideways</td></tr>
        </table></nw-demand-table
      >`,
      mentions: 'sideways',
      // The unknown word is "unclear"; the empty row is left out.
      shows: ['More pay', 'Shorter shifts', 'Unclear', '1 accepted · 1 unclear'],
      absent: ['sideways', 'Rejected'],
    },
  ],
  urlInputs: [
    {
      via: 'a source link in the light DOM',
      template: (url) => html`<nw-demand-table>${demandTableMarkup(natoRussia, { withHeader: false })}${sourceLink(url)}</nw-demand-table>`,
      shows: [FIRST_DEMAND, 'Council statement'],
    },
    {
      via: 'the JSON child',
      template: (url) => html`<nw-demand-table>${json({ ...natoRussia, sources: [{ label: 'Council statement', url }] })}</nw-demand-table>`,
      shows: [FIRST_DEMAND, 'Council statement'],
    },
    {
      via: 'data',
      template: () => html`<nw-demand-table></nw-demand-table>`,
      data: (url) => ({ ...natoRussia, sources: [{ label: 'Council statement', url }] }),
      shows: [FIRST_DEMAND, 'Council statement'],
    },
  ],
  markupData: (markup) => ({ heading: markup, demandBy: markup, rows: [{ demand: markup, response: markup, status: 'open', note: markup }] }),
  commented: {
    template: () => html`<nw-demand-table><!-- wp:table -->${demandTableMarkup(natoRussia)}<!-- /wp:table --></nw-demand-table>`,
    shows: [natoRussia.heading!, FIRST_DEMAND, FIRST_RESPONSE],
  },
  changes: {
    edit: { from: 'Rejected', to: 'Accepted', shows: ['Accepted', '2 rejected · 1 accepted · 2 open to talks'], absent: ['3 rejected'] },
    replaceWith: {
      template: () => demandTableMarkup(natoRussiaGerman),
      shows: [natoRussiaGerman.heading!, natoRussiaGerman.rows[0]!.demand],
      absent: [FIRST_DEMAND],
    },
    attributes: {
      values: { heading: 'What Moscow asked for', 'demand-by': 'Moscow', 'response-by': 'Brussels and Washington' },
      shows: ['What Moscow asked for', 'Moscow', 'Brussels and Washington'],
    },
    data: { data: natoRussiaGerman, shows: [natoRussiaGerman.heading!, natoRussiaGerman.rows[0]!.demand], absent: [FIRST_DEMAND] },
    lang: {
      en: ['3 rejected · 2 open to talks', 'Rejected', 'Updated January 13, 2022'],
      de: ['3 abgelehnt · 2 gesprächsbereit', 'Abgelehnt', 'Aktualisiert am 13. Januar 2022'],
    },
  },
};
