/** The builder's starting values: the seed article's content, as a producer would type or paste it. */
import { natoRussia } from '../content/demands.js';
import { natoFacts } from '../content/facts.js';
import { STOLTENBERG_EMBED } from '../content/posts.js';
import { sherman } from '../content/quotes.js';
import { STATUS_WORDS, type BuilderInput } from './snippet.js';

/** The demand table as it comes out of a spreadsheet: a header row, tabs between cells. */
export const DEMANDS_TSV = [
  ['Demand', 'Response', 'Status', 'Note'],
  ...natoRussia.rows.map((row) => [row.demand, row.response, STATUS_WORDS[row.status], row.note ?? '']),
]
  .map((cells) => cells.join('\t'))
  .join('\n');

export function seedInput(): BuilderInput {
  return {
    quote: {
      quote: sherman.quote.join('\n\n'),
      speaker: sherman.speaker,
      speakerRole: sherman.speakerRole,
      date: sherman.date,
      source: sherman.source,
      cite: sherman.cite,
      avatar: '',
      variant: 'card',
    },
    facts: {
      heading: natoFacts.heading ?? '',
      facts: natoFacts.facts.map((fact) => (fact.value !== undefined ? `${fact.label}: ${fact.value}` : fact.label)).join('\n'),
      sources: (natoFacts.sources ?? []).map((source) => `${source.label} | ${source.url}`).join('\n'),
      updated: natoFacts.updated ?? '',
    },
    demands: {
      heading: natoRussia.heading ?? '',
      demandBy: natoRussia.demandBy ?? '',
      responseBy: natoRussia.responseBy ?? '',
      rows: DEMANDS_TSV,
    },
    post: { code: STOLTENBERG_EMBED, allowOriginal: false },
  };
}
