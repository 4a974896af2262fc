import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, state } from 'lit/decorators.js';
import { ContentController } from '../core/content.js';
import { SliceController } from '../core/slices.js';
import { NwElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { formatDate, t } from '../core/i18n.js';
import { renderSources, renderUpdated } from '../core/parts.js';
import { baseStyles, themeTokens } from '../core/theme.js';
import { statusIcon } from './demand-table.icons.js';
import { STATUSES, buildDemands, parseLightDom, statusStringKeys, type DemandRow, type DemandStatus, type DemandTableData } from './demand-table.parse.js';
import { demandTableStyles } from './demand-table.styles.js';

export type { DemandRow, DemandSource, DemandStatus, DemandTableData } from './demand-table.parse.js';

/** Rows rendered per task in a long table. */
const ROW_SLICE = 50;

const statusWord = (lang: string, status: DemandStatus) => t(lang, statusStringKeys(status).word);
const countWords = (lang: string, status: DemandStatus, count: number) => t(lang, statusStringKeys(status).count, { count });

/**
 * Who demanded what, and how the other side answered: a negotiation, a
 * strike, an ultimatum or a list of protesters' demands, side by side, with
 * the outcome of each point at a glance and a filter by outcome. The
 * author's own `<table>` is the content, so readers without JavaScript get
 * the plain table.
 *
 * @tag nw-demand-table
 * @summary Demands and responses side by side, with an outcome badge per row, a summary and a filter by outcome.
 *
 * @slot - A `<table>`: `<caption>` (heading), header cells naming the two parties, then rows of demand, response, optional status (or `data-status` on the `<tr>`) and optional note. Or a `<script type="application/json">` with the `data` shape. Links and a `<time datetime>` next to the table are its sources and date. Shown as written when it cannot be read.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - Heading, summary and filter above the table.
 * @csspart heading - The heading.
 * @csspart summary - The count of rows per outcome ("3 rejected · 2 open to talks").
 * @csspart filter - The group of filter buttons.
 * @csspart filter-button - One filter button (`aria-pressed` says whether it is on).
 * @csspart table - The `<table>`.
 * @csspart row - A body row (`data-status` holds its status).
 * @csspart demand - A demand cell.
 * @csspart response - A response cell.
 * @csspart note - A row's note.
 * @csspart status - A status badge (word and shape).
 * @csspart footer - Sources and the updated date.
 *
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Secondary text (labels, notes, sources).
 * @cssprop --nw-color-surface - Background of the stacked cards and the pressed filter.
 * @cssprop --nw-color-border - Hairline rules.
 * @cssprop --nw-color-accent - The rule above the heading.
 * @cssprop --nw-color-link - Links.
 * @cssprop --nw-color-rejected - Colour of the rejected badge (also accepted, partial, open, pending, unknown).
 * @cssprop --nw-font-family - Font (default: the page's).
 * @cssprop --nw-radius - Corner radius.
 * @cssprop --nw-demand-margin - Block margin around the widget (default 1.5rem).
 *
 * @fires nw-filter-change - The reader changed the filter. `detail: {statuses, visible, total}` (`statuses` empty means all).
 * @fires nw-error - Invalid input (malformed JSON, bad data, an unknown status, a bad link or date, no rows). `detail: {code, message}`.
 */
export class NwDemandTable extends NwElement {
  static override styles = [themeTokens, baseStyles, demandTableStyles];

  /** The heading (otherwise the table's `<caption>`). */
  @property() heading = '';

  /** Who makes the demands (otherwise the first header cell). */
  @property({ attribute: 'demand-by' }) demandBy = '';

  /** Who answers (otherwise the second header cell). */
  @property({ attribute: 'response-by' }) responseBy = '';

  /** Date of the last update, ISO 8601 (`2022-01-13`). (Attribute `updated`; `updated()` is Lit's lifecycle hook.) */
  @property({ attribute: 'updated' }) updatedAt = '';

  /** The statuses shown; empty shows every row. */
  @state() private filter: DemandStatus[] = [];

  /** Text of the live region; empty until the reader first filters. */
  @state() private announcement = '';

  readonly #content = new ContentController(this, {
    read: parseLightDom,
    attributes: (host: NwDemandTable) => ({
      heading: host.heading,
      demandBy: host.demandBy,
      responseBy: host.responseBy,
      updated: host.updatedAt,
    }),
    build: buildDemands,
  });

  /** The content shown, normalised; set it to render from JavaScript. */
  get data(): DemandTableData {
    return this.#content.model;
  }

  set data(value: Partial<DemandTableData> | null | undefined) {
    this.#content.setData(value);
  }

  /**
   * A long table (a live tracker, an archive of 1,000 demands) renders its
   * first rows at once and the rest a slice per turn (core/slices.ts), so no
   * single task blocks the page; `updateComplete` waits for every row.
   */
  readonly #rows = new SliceController(this, ROW_SLICE, () => this.#content.model.rows.length);

  /** The filter that applies: only statuses that still have rows. */
  #activeFilter(counts: Map<DemandStatus, number>): DemandStatus[] {
    return this.filter.filter((status) => counts.has(status));
  }

  #setFilter(next: DemandStatus[], rows: DemandRow[], counts: Map<DemandStatus, number>): void {
    this.filter = STATUSES.filter((status) => next.includes(status));
    const active = this.#activeFilter(counts);
    const visible = active.length ? active.reduce((sum, status) => sum + (counts.get(status) ?? 0), 0) : rows.length;
    this.announcement = t(this.pageLang, 'showingRows', { count: visible, total: rows.length });
    emit(this, 'nw-filter-change', { statuses: [...active], visible, total: rows.length });
  }

  protected override render() {
    const data = this.#content.model;
    const rows = data.rows;
    // No rows (or malformed JSON): the author's table, as written, is what readers get.
    if (!rows.length) return this.#fallback();

    const lang = this.pageLang;
    const counts = new Map<DemandStatus, number>();
    for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    const present = STATUSES.filter((status) => counts.has(status));
    // A table without any stated outcome (two columns) shows no status column.
    const withStatus = present.some((status) => status !== 'unknown');
    const active = this.#activeFilter(counts);
    const demandBy = data.demandBy || t(lang, 'demand');
    const responseBy = data.responseBy || t(lang, 'response');
    const heading = data.heading || `${demandBy} – ${responseBy}`;
    const visibleCount = active.length ? active.reduce((sum, status) => sum + (counts.get(status) ?? 0), 0) : rows.length;

    const toggle = (status: DemandStatus) => {
      const next = active.includes(status) ? active.filter((s) => s !== status) : [...active, status];
      this.#setFilter(next, rows, counts);
    };

    return html`
      <div part="base" class="frame" dir=${this.pageDir}>
        <div part="header" class="head">
          ${data.heading ? html`<p part="heading" class="heading">${data.heading}</p>` : nothing}
          ${withStatus
            ? html`<p part="summary" class="summary">
                ${present.map((status, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span class="count count--${status}">${countWords(lang, status, counts.get(status)!)}</span>`)}
              </p>`
            : nothing}
          ${withStatus && present.length > 1
            ? html`<div part="filter" class="filter" role="group" aria-labelledby="filter-label">
                <span id="filter-label" class="filter-label">${t(lang, 'filterLabel')}</span>
                <button type="button" part="filter-button" class="chip" aria-pressed=${active.length === 0 ? 'true' : 'false'} @click=${() => this.#setFilter([], rows, counts)}>
                  ${t(lang, 'filterAll')} <span class="chip-count">${rows.length}</span>
                </button>
                ${present.map(
                  (status) => html`<button
                    type="button"
                    part="filter-button"
                    class="chip chip--${status}"
                    data-status=${status}
                    aria-pressed=${active.includes(status) ? 'true' : 'false'}
                    @click=${() => toggle(status)}
                  >
                    ${statusIcon(status)}${statusWord(lang, status)} <span class="chip-count">${counts.get(status)}</span>
                  </button>`,
                )}
              </div>`
            : nothing}
          <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        </div>
        <table part="table" role="table" class=${withStatus ? 'with-status' : 'without-status'}>
          <caption class=${data.heading ? 'visually-hidden' : 'visually-hidden untitled'}>${heading}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col" class="col-demand">${demandBy}</th>
              <th role="columnheader" scope="col" class="col-response">${responseBy}</th>
              ${withStatus ? html`<th role="columnheader" scope="col" class="col-status">${t(lang, 'status')}</th>` : nothing}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${this.#rows.starts().map((start) =>
              // A slice already rendered is left alone while its inputs are the same:
              // rendering the next slice of a long table costs that slice only.
              guard([rows, start, lang, demandBy, responseBy, withStatus, active.join()], () =>
                rows.slice(start, start + ROW_SLICE).map((row) => this.#row(row, lang, demandBy, responseBy, withStatus, active.length === 0 || active.includes(row.status))),
              ),
            )}
            ${visibleCount === 0
              ? html`<tr role="row" class="empty"><td role="cell" colspan=${withStatus ? 3 : 2}>${t(lang, 'noRows')}</td></tr>`
              : nothing}
          </tbody>
        </table>
        ${this.#footer(data, lang)}
      </div>
    `;
  }

  /** The author's content as written, in the page's colours whatever the theme (see demand-table.styles.ts). */
  #fallback() {
    return html`<div part="base" class="fallback"><slot></slot></div>`;
  }

  // Kept light: 1,000 rows render as plain text cells, no layout reads.
  #row(row: DemandRow, lang: string, demandBy: string, responseBy: string, withStatus: boolean, shown: boolean) {
    return html`<tr role="row" part="row" class="row" data-status=${row.status} ?hidden=${!shown}>
      <th role="rowheader" scope="row" part="demand" class="demand">
        <span class="label" aria-hidden="true">${demandBy}</span>${row.demand || html`<span class="none" aria-hidden="true">—</span>`}
      </th>
      <td role="cell" part="response" class="response">
        <span class="label" aria-hidden="true">${responseBy}</span>${row.response || html`<span class="none" aria-hidden="true">—</span>`}
        ${row.note ? html`<span part="note" class="note"><span class="note-label">${t(lang, 'note')}:</span> ${row.note}</span>` : nothing}
      </td>
      ${withStatus
        ? html`<td role="cell" class="status">
            <span part="status" class="badge badge--${row.status}">${statusIcon(row.status)}<span>${statusWord(lang, row.status)}</span></span>
          </td>`
        : nothing}
    </tr>`;
  }

  #footer(data: DemandTableData, lang: string) {
    const sources = data.sources ?? [];
    const date = formatDate(data.updated, lang);
    if (!sources.length && !date) return nothing;
    return html`<div part="footer" class="foot">
      ${sources.length ? html`<p class="sources">${renderSources(sources, lang, 'foot-label')}</p>` : nothing}
      ${date ? html`<p class="updated">${renderUpdated(date, lang)}</p>` : nothing}
    </div>`;
  }
}
