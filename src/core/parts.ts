/**
 * Pieces of markup that several widgets show the same way: the list of
 * sources and the "Updated {date}" line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { t, type FormattedDate } from './i18n.js';
import { listParts } from './list-parts.js';

/** A source of the content: a label, linked when it has a (policy-checked) URL. */
export interface SourceLink {
  label: string;
  url?: string;
}

/** The sources joined as the language lists them ("A, B and C"), each linked when it has a URL. */
export function renderSourceList(sources: readonly SourceLink[], lang: string): Array<TemplateResult | string> {
  const parts = listParts(sources.map((_, index) => `\u0000${index}\u0000`), lang);
  return parts.map((part) => {
    const match = part.type === 'element' ? /^\u0000(\d+)\u0000$/.exec(part.value) : null;
    const source = match ? sources[Number(match[1])] : undefined;
    if (!source) return part.value;
    return source.url ? html`<a href=${source.url} rel="noopener">${source.label}</a>` : html`${source.label}`;
  });
}

/** "Sources: A, B and C" (the label translated and in the singular for one source). */
export function renderSources(sources: readonly SourceLink[], lang: string, labelClass: string): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`<span class=${labelClass}>${t(lang, 'sources', { count: sources.length })}:</span> ${renderSourceList(sources, lang)}`;
}

/** "Updated {date}" with the date in a `<time>`, wherever the language puts it. */
export function renderUpdated(date: FormattedDate, lang: string): TemplateResult {
  const [before = '', after = ''] = t(lang, 'updated', { date: '\u0000' }).split('\u0000');
  return html`${before}<time datetime=${date.datetime}>${date.text}</time>${after}`;
}
