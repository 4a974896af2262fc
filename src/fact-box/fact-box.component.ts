import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, query, state } from 'lit/decorators.js';
import { ContentController } from '../core/content.js';
import { SliceController } from '../core/slices.js';
import { NwElement, requestUpdateInTurn } from '../core/element.js';
import { emit } from '../core/events.js';
import { formatDate, formatNumber, t } from '../core/i18n.js';
import { renderSources, renderUpdated } from '../core/parts.js';
import { baseStyles, themeTokens } from '../core/theme.js';
import {
  DEFAULT_MAX_VISIBLE,
  FACT_BOX_VARIANTS,
  buildFactBox,
  isFigure,
  parseFactBox,
  validMaxVisible,
  type Fact,
  type FactBoxData,
  type FactBoxVariant,
} from './fact-box.parse.js';
import { factBoxStyles } from './fact-box.styles.js';

export type { Fact, FactBoxData, FactBoxVariant, FactSource } from './fact-box.parse.js';

// Ids only need to be unique within one shadow root, but a per-box id keeps
// them unique on the page too (and in a flattened copy such as SSR output).
let boxCount = 0;

/** The grid class for `count` visible figures. */
const columnsClass = (count: number) => (count > 4 ? 'many' : String(count));

/** Facts rendered per task in a very long box. */
const FACT_SLICE = 200;

/**
 * Key facts and figures next to an article, with their sources. The facts are
 * the element's own content (a heading, a `<dl>` or a list, links), so readers,
 * feed readers, crawlers and print get them without JavaScript.
 *
 * Presented as a named complementary landmark (`<aside>` labelled by its
 * heading). Short numeric values ("30", "14,000+", "2014") stand out as key
 * figures; other facts form a list. Beyond `max-visible` facts the rest collapse
 * behind a "Show all N facts" button; printing shows everything.
 *
 * @tag nw-fact-box
 * @summary Key facts and figures with sources and an update date; collapses long boxes.
 *
 * @slot - The facts: an optional `<h2>`–`<h4>`, a `<dl>` (`<dt>` label, `<dd>` value, a second `<dd>` or `<small>` as note) or a `<ul>`/`<ol>` (`<li><strong>30</strong> allies</li>` for a figure), source links and a `<time datetime>`; or a `<script type="application/json">` child. Shown as written when no facts can be read.
 *
 * @csspart box - The `<aside>` landmark.
 * @csspart fallback - Wraps the author's own content when no facts can be read.
 * @csspart heading - The heading that names the box.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure (value, label, note).
 * @csspart value - The number of a key figure.
 * @csspart facts - The list of facts in words.
 * @csspart fact - One fact in words.
 * @csspart note - The note of a fact.
 * @csspart toggle - The "Show all / Show fewer" button.
 * @csspart footer - Sources and update date.
 * @csspart sources - The sources line.
 * @csspart updated - The "Updated" line with its `<time>`.
 *
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Labels, notes, sources and date.
 * @cssprop --nw-color-surface - Box background.
 * @cssprop --nw-color-border - Hairline rules.
 * @cssprop --nw-color-accent - Top rule and key figures.
 * @cssprop --nw-color-link - Links.
 * @cssprop --nw-font-family - Font (default: the page's).
 * @cssprop --nw-radius - Corner radius of the box.
 * @cssprop --nw-fact-box-margin - Block margin around the widget (default 1.5rem).
 *
 * @fires nw-toggle - The reader showed all facts or fewer. `detail: {expanded}`.
 * @fires nw-error - Invalid input (no facts, bad JSON or data, a bad link, date or attribute). `detail: {code, message}`.
 */
export class NwFactBox extends NwElement {
  static override styles = [themeTokens, baseStyles, factBoxStyles];

  /** The heading; overrides the author's `<h2>`–`<h4>`. Default: "Key facts", translated. */
  @property() heading = '';

  /** When the facts were last updated, ISO 8601 (`2022-01-13`). (Attribute `updated`; `updated()` is Lit's lifecycle hook.) */
  @property({ attribute: 'updated' }) updatedAt = '';

  /** How many facts show before the rest collapse behind a button. */
  @property({ type: Number, attribute: 'max-visible' }) maxVisible = DEFAULT_MAX_VISIBLE;

  /** `full` (default) or `compact`, for sidebars: smaller figures, tighter spacing. */
  @property({ reflect: true, useDefault: true }) variant: FactBoxVariant = 'full';

  /** Whether the collapsed facts are shown. */
  @state() private expanded = false;

  @query('.toggle') private toggleButton?: HTMLButtonElement;

  readonly #id = `nw-fact-box-${++boxCount}`;

  readonly #content = new ContentController(this, {
    read: parseFactBox,
    attributes: (host: NwFactBox) => ({
      heading: host.heading,
      updated: host.updatedAt,
      variant: host.variant ?? 'full',
      maxVisible: host.maxVisible,
      maxVisibleText: host.getAttribute?.('max-visible') ?? null,
    }),
    build: buildFactBox,
  });

  /**
   * A box of thousands of facts renders them a slice per turn
   * (core/slices.ts), figures first; `updateComplete` waits for all of them.
   */
  readonly #slices = new SliceController(this, FACT_SLICE, () => this.#content.model.facts.length);

  /** The content shown, normalised; set it to render from JavaScript. */
  get data(): FactBoxData {
    return this.#content.model;
  }

  set data(value: Partial<FactBoxData> | null | undefined) {
    this.#content.setData(value);
  }

  /**
   * The name this box's landmark has ('' when it shows the author's content
   * instead): its heading, or "Key facts". It follows from the box's own
   * inputs, so other boxes may read it to number boxes that share a name
   * ("Key facts, 2 of 3": landmarks of one kind need unique names).
   */
  #landmarkName(): string {
    const data = this.#content.model;
    return data.facts.length ? data.heading || t(this.pageLang, 'keyFacts') : '';
  }

  /** The name last rendered, to tell namesakes when it changes. */
  #renderedName = '';
  /** The document or shadow root the box was last connected to. */
  #root?: Node;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#root = this.getRootNode?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The boxes left behind that shared this box's name number themselves again.
    this.#namesakes([this.#renderedName], this.#root).forEach((peer) => peer.requestUpdate());
  }

  /**
   * The fact boxes in the same document or shadow root, in document order. In
   * a document, through its live tag-name list, which the browser keeps
   * between calls: a live blog of many boxes does not search the whole page
   * for every box it renders.
   */
  #boxesHere(root: Node | undefined = this.getRootNode?.()): ArrayLike<Element> {
    const here = (root ?? {}) as Partial<Document>;
    if (typeof here.getElementsByTagName === 'function') return here.getElementsByTagName('nw-fact-box');
    return typeof here.querySelectorAll === 'function' ? here.querySelectorAll('nw-fact-box') : [];
  }

  /** The other fact boxes of this library here whose landmark has one of `names`: their numbering depends on this box. */
  #namesakes(names: string[], root?: Node): NwFactBox[] {
    const wanted = names.filter(Boolean);
    return Array.prototype.filter.call(
      this.#boxesHere(root),
      (el: Element) => el !== this && el instanceof NwFactBox && wanted.includes(el.#landmarkName()),
    ) as NwFactBox[];
  }

  /** "2 of 3" when other boxes here show the same name, else ''. */
  #position(name: string, lang: string): string {
    const boxes = this.#boxesHere();
    let index = 0;
    let total = 0;
    for (let i = 0; i < boxes.length; i++) {
      const el = boxes[i];
      if (el === this) index = total + 1;
      if (el === this || (el instanceof NwFactBox && el.isConnected && el.#landmarkName() === name)) total++;
    }
    return total > 1 ? t(lang, 'nthOf', { index, total }) : '';
  }

  protected override updated(changed: PropertyValues): void {
    // A new or renamed box changes how its namesakes number themselves.
    const name = this.#landmarkName();
    const before = this.#renderedName;
    if (name !== before) {
      this.#renderedName = name;
      // In turn, behind the first renders still waiting: while a page of many boxes upgrades, each renders again once, not once per box.
      this.#namesakes([name, before]).forEach((peer) => requestUpdateInTurn(peer));
    }
    // Collapsing moves the button up; keep it, and the reader's focus, in view.
    if (changed.has('expanded') && changed.get('expanded') === true) {
      this.toggleButton?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  #toggle = (): void => {
    this.expanded = !this.expanded;
    emit(this, 'nw-toggle', { expanded: this.expanded });
  };

  protected override render() {
    const data = this.#content.model;
    // Nothing to show: let the author's content (if any) stand.
    if (!data.facts.length) return html`<div part="fallback" class="fallback"><slot></slot></div>`;
    const lang = this.pageLang;
    const variant = FACT_BOX_VARIANTS.includes(this.variant) ? this.variant : 'full';
    const limit = validMaxVisible(this.maxVisible) ? this.maxVisible : DEFAULT_MAX_VISIBLE;
    // Figures first, then facts in words, each in the author's order; the first `limit` show.
    const { figures, prose } = this.#kinds(data.facts);
    const collapsible = data.facts.length > limit;
    const shown = collapsible && !this.expanded ? limit : data.facts.length;
    const isCollapsed = (index: number) => (index >= shown ? 'is-collapsed' : '');
    const headingId = `${this.#id}-heading`;
    const positionId = `${this.#id}-position`;
    const factsId = `${this.#id}-facts`;
    const name = this.#landmarkName();
    const position = this.#position(name, lang);
    return html`
      <aside part="box" class=${`box box--${variant}`} aria-labelledby=${position ? `${headingId} ${positionId}` : headingId}>
        ${this.#heading(headingId, name)}
        ${position ? html`<span id=${positionId} hidden>, ${position}</span>` : nothing}
        <div class="body" id=${factsId}>
          ${figures.length
            ? html`<ul part="figures" class=${`figures figures--${columnsClass(Math.min(figures.length, shown))}`}>
                ${this.#sliced(figures, 0, (item, index) => html`<li part="figure" class=${`figure ${isCollapsed(index)}`}>
                    <span part="value" class="value">${this.#value(item, lang)}</span>
                    <span class="label">${item.label}</span>
                    ${this.#note(item)}
                  </li>`, [lang, shown])}
              </ul>`
            : nothing}
          ${prose.length
            ? html`<ul part="facts" class=${`facts ${figures.length >= shown ? 'is-collapsed' : ''}`}>
                ${this.#sliced(prose, figures.length, (item, index) => html`<li part="fact" class=${`fact ${isCollapsed(figures.length + index)}`}>
                    ${item.value !== undefined
                      ? html`<span class="term">${item.label}</span> <span class="text">${this.#value(item, lang)}</span>`
                      : item.label}
                    ${this.#note(item)}
                  </li>`, [lang, shown])}
              </ul>`
            : nothing}
        </div>
        ${collapsible
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${factsId}
              @click=${this.#toggle}
            >
              ${this.expanded ? t(lang, 'showFewer') : t(lang, 'showAll', { count: data.facts.length })}
              <svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2 4.5 6 8.5 10 4.5" /></svg>
            </button>`
          : nothing}
        ${this.#footer(data, lang)}
      </aside>
    `;
  }

  /** The facts split into figures and facts in words, the same arrays while the facts are the same. */
  #kinds(facts: Fact[]): { figures: Fact[]; prose: Fact[] } {
    if (this.#split?.facts !== facts) {
      this.#split = { facts, figures: facts.filter((item) => isFigure(item.value)), prose: facts.filter((item) => !isFigure(item.value)) };
    }
    return this.#split;
  }

  #split?: { facts: Fact[]; figures: Fact[]; prose: Fact[] };

  /**
   * The items of `list` rendered so far (the list starts at `offset` in the
   * box's order), a slice at a time; a slice already rendered with the same
   * inputs is left alone.
   */
  #sliced(list: Fact[], offset: number, item: (fact: Fact, index: number) => TemplateResult, inputs: unknown[]) {
    const end = Math.min(list.length, this.#slices.rendered - offset);
    const slices = [];
    for (let start = 0; start < end; start += FACT_SLICE) {
      const stop = Math.min(end, start + FACT_SLICE);
      slices.push(guard([list, start, stop, ...inputs], () => list.slice(start, stop).map((fact, i) => item(fact, start + i))));
    }
    return slices;
  }

  #heading(id: string, text: string): TemplateResult {
    const level = this.heading || !this.#content.parsed.headingLevel ? 2 : this.#content.parsed.headingLevel;
    if (level === 3) return html`<h3 part="heading" class="heading" id=${id}>${text}</h3>`;
    if (level === 4) return html`<h4 part="heading" class="heading" id=${id}>${text}</h4>`;
    return html`<h2 part="heading" class="heading" id=${id}>${text}</h2>`;
  }

  #value(item: Fact, lang: string): string {
    return typeof item.value === 'number' ? formatNumber(item.value, lang) : (item.value ?? '');
  }

  #note(item: Fact) {
    return item.note ? html`<span part="note" class="note">${item.note}</span>` : nothing;
  }

  #footer(data: FactBoxData, lang: string) {
    const sources = data.sources ?? [];
    const date = formatDate(data.updated, lang);
    if (!sources.length && !date) return nothing;
    return html`<footer part="footer" class="footer">
      ${sources.length ? html`<p part="sources" class="sources">${renderSources(sources, lang, 'sources-label')}</p>` : nothing}
      ${date ? html`<p part="updated" class="updated">${renderUpdated(date, lang)}</p>` : nothing}
    </footer>`;
  }
}
