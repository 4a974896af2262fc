import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { baseStyles, formatDate, themeTokens } from 'newsroom-widgets/core';
import { builderStyles } from './embed-builder.styles.js';
import { seedInput } from './seed.js';
import {
  DEFAULT_SCRIPT_URL,
  WIDGET_LABELS,
  WIDGET_TAGS,
  buildWidget,
  checkScriptUrl,
  snippetOf,
  toDom,
  type BuilderInput,
  type WidgetKind,
} from './snippet.js';

const KINDS: WidgetKind[] = ['quote', 'post', 'demands', 'facts'];

interface FieldOptions {
  label: string;
  hint?: string;
  multiline?: number;
  placeholder?: string;
  /** Code-like input: monospace, no spell checking. */
  code?: boolean;
  inputmode?: 'url' | 'numeric';
  /** Keep lines unwrapped (rows of a pasted table). */
  nowrap?: boolean;
}

/**
 * The embed-code builder producers use: pick a widget, fill in its content,
 * see the real widget, copy the snippet. The preview is built from the same
 * markup tree as the snippet (DOM methods only, no HTML parsing of what the
 * producer typed). Not part of the library: `index.ts` defines the tag, for
 * the standalone page and the story.
 *
 * @slot heading - The page's heading (an `<h1>`); "Embed builder" without it.
 * @slot intro - A line under the heading; a short how-to without it.
 */
export class EmbedBuilder extends LitElement {
  static override styles = [themeTokens, baseStyles, builderStyles];

  /** The widget being built. */
  @property({ reflect: true }) widget: WidgetKind = 'quote';

  /** Colour scheme of the builder (and of the preview when the snippet leaves it to the reader). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Where the snippet loads the library from. */
  @property({ attribute: 'script-url' }) scriptUrl = DEFAULT_SCRIPT_URL;

  /** The form's values for every widget, so switching widgets keeps what was typed. */
  @state() input: BuilderInput = seedInput();

  /** `theme` written into the snippet; `auto` leaves it out. */
  @state() widgetTheme: 'auto' | 'light' | 'dark' = 'auto';

  @state() private copyStatus = '';

  /** Said under the preview when the producer tries what only readers get (loading the original post). */
  @state() private previewNote = '';

  @query('.preview') private previewEl!: HTMLElement;
  @query('#snippet') private snippetEl!: HTMLTextAreaElement;

  /** The built widget, its problems and the snippet text, for the current input. */
  get result() {
    const built = buildWidget(this.widget, this.input);
    const node = this.widgetTheme === 'auto' ? built.node : { ...built.node, attrs: [...built.node.attrs, ['theme', this.widgetTheme] as [string, string]] };
    const scriptProblem = checkScriptUrl(this.scriptUrl);
    return { ...built, node, scriptProblem, snippet: snippetOf(node, scriptProblem ? DEFAULT_SCRIPT_URL : this.scriptUrl) };
  }

  /** The snippet as it would be copied now. */
  get snippet(): string {
    return this.result.snippet;
  }

  override render() {
    const result = this.result;
    const tag = WIDGET_TAGS[this.widget];
    return html`
      <header class="intro">
        <slot name="heading"><h1>Embed builder</h1></slot>
        <slot name="intro"><p>Choose a widget, fill in its content and copy the code into an HTML block of your CMS. Readers without JavaScript still get the text.</p></slot>
      </header>
      <fieldset class="picker">
        <legend>Widget</legend>
        <div class="picker-options">
          ${KINDS.map(
            (kind) => html`<label class="option">
              <input type="radio" name="widget" value=${kind} .checked=${this.widget === kind} @change=${() => this.choose(kind)} />
              <span>${WIDGET_LABELS[kind]}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="layout">
        <form class="form" aria-label=${`${WIDGET_LABELS[this.widget]} content`} @submit=${(event: Event) => event.preventDefault()}>
          ${this.fieldsFor(result.problems, result)}
          <details class="settings">
            <summary>Snippet settings</summary>
            ${this.select('widgetTheme', 'Colour scheme', this.widgetTheme, '', [
              ['auto', 'Follow the reader’s setting'],
              ['light', 'Always light'],
              ['dark', 'Always dark'],
            ])}
            ${this.textField('settings', 'scriptUrl', this.scriptUrl, result.scriptProblem, {
              label: 'Script address',
              hint: 'The library, loaded once per page. Change it to host the file yourself.',
              code: true,
              inputmode: 'url',
            })}
          </details>
        </form>
        <section class="output" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview <span class="tag">&lt;${tag}&gt;</span></h2>
          <div class="preview" @nw-load-original=${this.keepPreviewPrivate}></div>
          <p class="hint preview-note" role="status">${this.previewNote}</p>
          <h2 id="snippet-heading">Embed code</h2>
          <textarea
            id="snippet"
            class="snippet"
            readonly
            rows=${Math.min(Math.max(result.snippet.split('\n').length, 8), 18)}
            spellcheck="false"
            aria-labelledby="snippet-heading"
            aria-describedby="snippet-hint"
            .value=${result.snippet}
          ></textarea>
          <p id="snippet-hint" class="hint">Paste it into an HTML block. It adds the script once; more widgets on the same page can share it.</p>
          <div class="actions">
            <button type="button" class="copy" @click=${this.copy}>Copy embed code</button>
            <p class="status" role="status" aria-live="polite">${this.copyStatus}</p>
          </div>
        </section>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { node, empty } = this.result;
    if (empty) {
      // Nothing to show yet: say so, rather than a widget that reports empty content.
      const note = document.createElement('p');
      note.className = 'preview-empty';
      note.textContent = empty;
      this.previewEl.replaceChildren(note);
      return;
    }
    // The real widget, built node by node from the snippet's markup tree.
    const preview = toDom(node) as HTMLElement;
    if (this.widgetTheme === 'auto' && this.theme !== 'auto') preview.setAttribute('theme', this.theme);
    this.previewEl.replaceChildren(preview);
  }

  private choose(kind: WidgetKind) {
    this.widget = kind;
    this.copyStatus = '';
    this.previewNote = '';
  }

  /** The builder never contacts a platform: the preview keeps its private card. */
  private keepPreviewPrivate(event: Event) {
    event.preventDefault();
    this.previewNote = 'Readers who click this load the post from the platform. The builder itself never contacts it.';
  }

  private set(group: keyof BuilderInput | 'settings', name: string, value: string | boolean) {
    this.copyStatus = '';
    this.previewNote = '';
    if (group === 'settings') {
      if (name === 'scriptUrl') this.scriptUrl = String(value);
      if (name === 'widgetTheme') this.widgetTheme = value as EmbedBuilder['widgetTheme'];
      return;
    }
    this.input = { ...this.input, [group]: { ...this.input[group], [name]: value } };
  }

  private async copy() {
    const snippet = this.snippet;
    this.copyStatus = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(snippet);
      this.copyStatus = 'Copied';
    } catch {
      // No clipboard access (permissions, an embedded frame): select the text for Ctrl+C.
      this.snippetEl.focus();
      this.snippetEl.select();
      this.copyStatus = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  }

  private fieldsFor(problems: Record<string, string>, result: EmbedBuilder['result']): TemplateResult {
    const q = this.input.quote;
    const f = this.input.facts;
    const d = this.input.demands;
    const p = this.input.post;
    switch (this.widget) {
      case 'quote':
        return html`
          ${this.textField('quote', 'quote', q.quote, problems.quote, { label: 'Quote', hint: 'Verbatim. Leave a blank line between paragraphs.', multiline: 4 })}
          <div class="pair">
            ${this.textField('quote', 'speaker', q.speaker, problems.speaker, { label: 'Speaker', hint: 'Name as readers should see it.' })}
            ${this.textField('quote', 'speakerRole', q.speakerRole, problems.speakerRole, { label: 'Speaker’s role', hint: 'Title or affiliation.' })}
          </div>
          <div class="pair">
            ${this.textField('quote', 'date', q.date, problems.date, { label: 'Date', hint: 'Year-month-day, e.g. 2022-01-12.', inputmode: 'numeric', placeholder: 'YYYY-MM-DD' })}
            ${this.select('variant', 'Style', q.variant, 'A pull quote is larger, with no box.', [
              ['card', 'Card'],
              ['pull', 'Pull quote'],
            ])}
          </div>
          ${this.textField('quote', 'source', q.source, problems.source, { label: 'Source', hint: 'Where it was said, or the outlet.' })}
          ${this.textField('quote', 'cite', q.cite, problems.cite, { label: 'Source link', hint: 'An https:// address.', code: true, inputmode: 'url' })}
          ${this.textField('quote', 'avatar', q.avatar, problems.avatar, { label: 'Portrait image', hint: 'Optional. Without it, the speaker’s initials are shown.', code: true, inputmode: 'url' })}
        `;
      case 'facts':
        return html`
          ${this.textField('facts', 'heading', f.heading, problems.heading, { label: 'Heading' })}
          ${this.textField('facts', 'facts', f.facts, problems.facts, {
            label: 'Facts',
            hint: 'One a line, as “label: value” (“NATO allies at the table: 30”), or a sentence on its own.',
            multiline: 9,
          })}
          ${this.textField('facts', 'sources', f.sources, problems.sources, { label: 'Sources', hint: 'One a line, as “Label | https://…”.', multiline: 2 })}
          ${this.textField('facts', 'updated', f.updated, problems.updated, { label: 'Updated', hint: 'Year-month-day, e.g. 2022-01-13.', inputmode: 'numeric', placeholder: 'YYYY-MM-DD' })}
        `;
      case 'demands':
        return html`
          ${this.textField('demands', 'heading', d.heading, problems.heading, { label: 'Heading' })}
          <div class="pair">
            ${this.textField('demands', 'demandBy', d.demandBy, problems.demandBy, { label: 'Who demands' })}
            ${this.textField('demands', 'responseBy', d.responseBy, problems.responseBy, { label: 'Who answers' })}
          </div>
          ${this.textField('demands', 'rows', d.rows, problems.rows, {
            label: 'Rows',
            hint: 'Paste the cells from a spreadsheet (demand, response, status, note), or type one row a line as “demand | response | status”.',
            multiline: 8,
            code: true,
            nowrap: true,
          })}
          ${result.rows?.length
            ? html`<p class="found">Read ${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'}${this.headerNote(result.header)}.</p>`
            : nothing}
        `;
      case 'post':
        return html`
          ${this.textField('post', 'code', p.code, problems.code, {
            label: 'Embed code',
            hint: 'From the post’s “Embed” menu on X, Bluesky or Mastodon. The platform’s script is left out: nothing loads from it.',
            multiline: 8,
            code: true,
          })}
          ${result.recognised ? this.recognised(result.recognised) : nothing}
          <div class="check">
            <input id="f-post-allowOriginal" type="checkbox" .checked=${p.allowOriginal} @change=${(e: Event) => this.set('post', 'allowOriginal', (e.target as HTMLInputElement).checked)} aria-describedby="h-post-allowOriginal" />
            <label for="f-post-allowOriginal">Let readers load the original post</label>
            <p id="h-post-allowOriginal" class="hint">Adds <code>allow-original</code>: a button that loads the platform’s own embed, only when a reader asks.</p>
          </div>
        `;
    }
  }

  private headerNote(header: { demandBy?: string; responseBy?: string } | undefined): string {
    const names = [header?.demandBy, header?.responseBy].filter(Boolean);
    return names.length ? ` (header row: ${names.join(' / ')})` : '';
  }

  private recognised(found: NonNullable<EmbedBuilder['result']['recognised']>) {
    const date = found.date ? formatDate(found.date, 'en', { withTime: found.date.includes('T') })?.text ?? found.date : '';
    return html`<div class="recognised" aria-label="Recognised in the embed code" role="group">
      <p class="found">Recognised:</p>
      <dl>
        <div><dt>Platform</dt><dd>${found.platformName}</dd></div>
        <div><dt>Author</dt><dd>${found.author || '—'}</dd></div>
        <div><dt>Handle</dt><dd>${found.handle ? `@${found.handle}` : '—'}</dd></div>
        <div><dt>Date</dt><dd>${date || '—'}</dd></div>
      </dl>
    </div>`;
  }

  private textField(group: keyof BuilderInput | 'settings', name: string, value: string, problem: string | undefined, options: FieldOptions) {
    const id = `f-${group}-${name}`;
    const hintId = options.hint ? `h-${group}-${name}` : '';
    const errorId = problem ? `e-${group}-${name}` : '';
    const describedBy = [errorId, hintId].filter(Boolean).join(' ') || nothing;
    const onInput = (event: Event) => this.set(group, name, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    const common = {
      class: options.code ? 'code' : '',
    };
    return html`<div class="field ${problem ? 'invalid' : ''}">
      <label for=${id}>${options.label}</label>
      ${options.hint ? html`<p id=${hintId} class="hint">${options.hint}</p>` : nothing}
      ${options.multiline
        ? html`<textarea
            id=${id}
            name=${name}
            rows=${options.multiline}
            class=${`${common.class}${options.nowrap ? ' nowrap' : ''}`}
            spellcheck=${options.code ? 'false' : 'true'}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${value}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            name=${name}
            class=${common.class}
            type="text"
            inputmode=${options.inputmode ?? nothing}
            placeholder=${options.placeholder ?? ''}
            spellcheck=${options.code ? 'false' : 'true'}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${value}
            @input=${onInput}
          />`}
      ${problem ? html`<p id=${errorId} class="error">${problem}</p>` : nothing}
    </div>`;
  }

  private select(name: 'variant' | 'widgetTheme', label: string, value: string, hint: string, options: Array<[string, string]>) {
    const id = `f-${name}`;
    const hintId = `h-${name}`;
    const onChange = (event: Event) => {
      const next = (event.target as HTMLSelectElement).value;
      if (name === 'variant') this.set('quote', 'variant', next);
      else this.set('settings', 'widgetTheme', next);
    };
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p id=${hintId} class="hint">${hint}</p>` : nothing}
      <select id=${id} name=${name} aria-describedby=${hint ? hintId : nothing} @change=${onChange}>
        ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
      </select>
    </div>`;
  }
}
