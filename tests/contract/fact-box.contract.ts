/** The contract table entry of `<nw-fact-box>`, with the seed article’s key facts. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FactBoxData } from '../../src/fact-box/fact-box.js';
import { natoFacts, natoFactsGerman, natoFactsJson } from '../../content/facts.js';
import { json, sourceLink, type WidgetContract } from './contract.js';
import { listOf, optional, shape, text, textOrNumber } from './harness.js';

/** A fact box's content as an author writes it: heading, a list of facts, sources and date. */
export function factMarkup(data: FactBoxData, options: { withHeading?: boolean } = {}): TemplateResult {
  return html`${options.withHeading !== false && data.heading ? html`<h3>${data.heading}</h3>` : nothing}
    <ul>
      ${data.facts.map((fact) => {
        const note = fact.note ? html` <small>${fact.note}</small>` : nothing;
        return fact.value === undefined ? html`<li>${fact.label}${note}</li>` : html`<li><strong>${fact.value}</strong> ${fact.label}${note}</li>`;
      })}
    </ul>
    ${data.sources?.length || data.updated
      ? html`<footer>
          ${data.sources?.map((source) => html`<a href=${source.url}>${source.label}</a> `)}
          ${data.updated ? html`<time datetime=${data.updated}>${data.updated}</time>` : nothing}
        </footer>`
      : nothing}`;
}

const FIRST_FACT = natoFacts.facts[0]!;
const PROSE_FACT = natoFacts.facts[4]!.label;

export const factBox: WidgetContract = {
  tag: 'nw-fact-box',
  load: async () => (await import('../../src/fact-box/fact-box.js')).NwFactBox,
  moduleUrl: new URL('../../src/fact-box/fact-box.ts', import.meta.url).href,
  seed: () => html`<nw-fact-box>${factMarkup(natoFacts)}</nw-fact-box>`,
  seedShows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'NATO–Russia Council', 'Updated January 13, 2022'],
  frame: 'aside',
  forms: [
    {
      name: 'attributes',
      template: () => html`<nw-fact-box heading=${natoFacts.heading!} updated=${natoFacts.updated!}
        >${factMarkup({ facts: natoFacts.facts })}</nw-fact-box
      >`,
      shows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'Updated January 13, 2022'],
      normalised: { ...natoFacts, sources: undefined },
    },
    {
      name: 'light DOM',
      template: () => html`<nw-fact-box>${factMarkup(natoFacts)}</nw-fact-box>`,
      shows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'NATO–Russia Council', 'Updated January 13, 2022'],
      normalised: natoFacts,
    },
    {
      name: 'JSON child',
      template: () => html`<nw-fact-box>${json(natoFactsJson)}</nw-fact-box>`,
      // Numbers given as numbers are formatted for the page's language.
      shows: [natoFactsJson.heading, '30', '14,000', natoFactsJson.facts[3]!.note!, PROSE_FACT, 'Updated January 13, 2022'],
      normalised: natoFactsJson,
    },
    {
      name: 'data',
      template: () => html`<nw-fact-box></nw-fact-box>`,
      data: natoFacts satisfies FactBoxData,
      shows: [natoFacts.heading!, String(FIRST_FACT.value), FIRST_FACT.label, PROSE_FACT, 'NATO–Russia Council', 'Updated January 13, 2022'],
      normalised: natoFacts,
    },
  ],
  schema: shape({
    heading: optional(text),
    facts: listOf(shape({ label: text, value: optional(textOrNumber), note: optional(text) })),
    sources: optional(listOf(shape({ label: text, url: text }))),
    updated: optional(text),
  }),
  normalises: {
    data: {
      heading: '  In   brief ',
      facts: [{ label: ' NATO allies ', value: 30 }, { label: '' }, { label: 'Met in Brussels.', note: '  12 January 2022 ' }],
      sources: [
        { label: 'Bad', url: 'javascript:alert(1)' },
        { label: ' NATO ', url: 'https://www.nato.int/' },
      ],
      updated: 'soon',
    },
    normalised: {
      heading: 'In brief',
      facts: [{ label: 'NATO allies', value: 30 }, { label: 'Met in Brussels.', note: '12 January 2022' }],
      sources: [{ label: 'NATO', url: 'https://www.nato.int/' }],
    },
    shows: ['In brief', '30', 'NATO allies', 'Met in Brussels.', '12 January 2022', 'NATO'],
  },
  precedence: {
    attribute: 'heading',
    field: 'heading',
    selector: '[part=heading]',
    light: (value) => html`<nw-fact-box>${factMarkup({ ...natoFacts, heading: value })}</nw-fact-box>`,
    keeps: [FIRST_FACT.label, PROSE_FACT],
  },
  badInputs: [
    {
      problem: 'an invalid URL',
      code: 'invalid-url',
      template: () => html`<nw-fact-box>${factMarkup({ facts: natoFacts.facts })}${sourceLink('javascript:alert(1)')}</nw-fact-box>`,
      mentions: 'javascript:alert(1)',
      shows: [FIRST_FACT.label, PROSE_FACT],
      absent: ['Council statement'],
    },
    {
      problem: 'an invalid date',
      code: 'invalid-date',
      template: () => html`<nw-fact-box updated="soon">${factMarkup({ ...natoFacts, updated: undefined })}</nw-fact-box>`,
      mentions: 'soon',
      shows: [FIRST_FACT.label, PROSE_FACT],
      absent: ['Updated'],
    },
    {
      problem: 'invalid JSON',
      code: 'invalid-json',
      template: () => html`<nw-fact-box><script type="application/json">{ "facts": [ </script>${factMarkup(natoFacts)}</nw-fact-box>`,
      mentions: 'JSON',
      fallback: FIRST_FACT.label,
    },
    {
      problem: 'invalid data',
      code: 'invalid-data',
      template: () => html`<nw-fact-box>${factMarkup(natoFacts)}</nw-fact-box>`,
      setData: 'not an object',
      mentions: 'data',
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      problem: 'empty content',
      code: 'empty-content',
      template: () => html`<nw-fact-box><p>The key facts will follow.</p></nw-fact-box>`,
      mentions: 'no facts',
      fallback: 'The key facts will follow.',
    },
    {
      problem: 'a bad max-visible value',
      code: 'invalid-attribute',
      template: () => html`<nw-fact-box max-visible="-2">${factMarkup(natoFacts)}</nw-fact-box>`,
      mentions: 'max-visible',
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      problem: 'a bad variant value',
      code: 'invalid-attribute',
      template: () => html`<nw-fact-box variant="huge">${factMarkup(natoFacts)}</nw-fact-box>`,
      mentions: 'huge',
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
  ],
  urlInputs: [
    {
      via: 'a source link in the light DOM',
      template: (url) => html`<nw-fact-box>${factMarkup({ facts: natoFacts.facts })}${sourceLink(url)}</nw-fact-box>`,
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      via: 'the JSON child',
      template: (url) => html`<nw-fact-box>${json({ ...natoFactsJson, sources: [{ label: 'Council statement', url }] })}</nw-fact-box>`,
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
    {
      via: 'data',
      template: () => html`<nw-fact-box></nw-fact-box>`,
      data: (url) => ({ ...natoFacts, sources: [{ label: 'Council statement', url }] }),
      shows: [FIRST_FACT.label, PROSE_FACT],
    },
  ],
  markupData: (markup) => ({ heading: markup, facts: [{ label: markup, value: markup, note: markup }], sources: [{ label: markup, url: 'https://www.nato.int/' }] }),
  commented: {
    template: () => html`<nw-fact-box><!-- wp:list -->${factMarkup(natoFacts)}<!-- /wp:list --></nw-fact-box>`,
    shows: [natoFacts.heading!, FIRST_FACT.label, PROSE_FACT],
  },
  changes: {
    edit: { from: 'Key facts:', to: 'In brief:', shows: ['In brief: NATO, Russia and Ukraine'], absent: ['Key facts:'] },
    replaceWith: {
      template: () => factMarkup(natoFactsGerman),
      shows: [natoFactsGerman.heading!, natoFactsGerman.facts[0]!.label],
      absent: [FIRST_FACT.label],
    },
    attributes: {
      values: { heading: 'NATO and Russia in figures', updated: '2022-01-14' },
      shows: ['NATO and Russia in figures', 'Updated January 14, 2022'],
    },
    data: { data: natoFactsGerman, shows: [natoFactsGerman.heading!, natoFactsGerman.facts[0]!.label], absent: [FIRST_FACT.label] },
    lang: { en: ['Source:', 'Updated January 13, 2022'], de: ['Quelle:', 'Aktualisiert am 13. Januar 2022'] },
  },
};
