/**
 * Reads a fact box from the author's light DOM, a JSON child or a `data`
 * object. Plain functions, no rendering: the widget calls them, and tests call
 * them directly. Nothing here throws; problems come back as a list for the
 * widget to report.
 *
 * Accepted markup:
 *   <h2>–<h4>                                the heading
 *   <dl><dt>Label<dd>Value[<dd>Note]</dl>    facts; `<small>`/`.note` in a `<dd>` is its note
 *   <ul>/<ol><li><strong>30</strong> allies   a figure (value) and its label
 *            <li>Prose fact</li>             a fact in words
 *   <a href> outside the facts               sources
 *   <time datetime> outside the facts        when the box was last updated
 *   <script type="application/json">         the whole box as JSON (see FactBoxData)
 */
import { jsonChild, type Built, type ContentInputs } from '../core/content.js';
import type { NwErrorDetail } from '../core/events.js';
import { parseIsoDate } from '../core/i18n.js';
import { describeValue, normaliseText, textOf } from '../core/text.js';
import { displayHost, safeLinkUrl } from '../core/url.js';

/** One fact: a figure (`value` short and numeric) or a statement. */
export interface Fact {
  /** What the figure counts, or the whole fact when there is no value. */
  label: string;
  /** The figure or value; numbers are formatted for the page's language, text is shown as written. */
  value?: string | number;
  /** A qualification or a date for this fact. */
  note?: string;
}

export interface FactSource {
  label: string;
  /** An http(s) URL (unsafe URLs never get here). */
  url: string;
}

/** The normalised content a fact box shows. */
export interface FactBoxData {
  heading?: string;
  facts: Fact[];
  sources?: FactSource[];
  /** ISO 8601 date or date-time of the last update. */
  updated?: string;
}

export interface ParsedFactBox {
  heading?: string;
  /** The level of the author's heading, kept in the shadow DOM's outline. */
  headingLevel?: 2 | 3 | 4;
  /** Undefined when the input does not give facts (a partial `data` object). */
  facts?: Fact[];
  sources?: FactSource[];
  updated?: string;
  /** What was wrong and dropped, to report with `nw-error`. */
  problems: NwErrorDetail[];
}

const FIGURE_START = /^[+\-−±~≈<>≤≥$€£¥₴₽]?\s?\p{Nd}/u;
const FIGURE_MAX_LENGTH = 16;

/**
 * Whether a value is a key figure: a number, or short text that starts with a
 * digit ("30", "14,000+", "2014", "€1.2bn"). Anything else is prose.
 */
export function isFigure(value: string | number | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text.length > 0 && text.length <= FIGURE_MAX_LENGTH && FIGURE_START.test(text);
}

const NOTE = 'small, .note';
const NEVER_TEXT = new Set(['script', 'style', 'template']);

const isNote = (el: Element) => el.matches(NOTE);

/** The text of the outermost notes inside `el`. */
function noteIn(el: Element): string {
  const notes: string[] = [];
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (isNote(child)) notes.push(normaliseText(textOf(child)));
      else if (!NEVER_TEXT.has(child.localName)) visit(child);
    }
  };
  visit(el);
  return notes.filter(Boolean).join(' ');
}

function fact(label: string, value?: string, note?: string): Fact {
  const result: Fact = { label };
  if (value) result.value = value;
  if (note) result.note = note;
  return result;
}

/** `<dt>` starts a fact; its first `<dd>` is the value, further `<dd>`s are the note. */
export function factsFromDl(dl: Element): Fact[] {
  const items = Array.from(dl.children).flatMap((child) => (child.localName === 'div' ? Array.from(child.children) : [child]));
  const facts: Fact[] = [];
  let current: { label: string; values: string[]; notes: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const [value, ...rest] = current.values;
    const note = [...current.notes, ...rest].join(' ');
    if (current.label || value) facts.push(current.label ? fact(current.label, value, note) : fact(value ?? '', undefined, note));
    current = null;
  };
  for (const item of items) {
    if (item.localName === 'dt') {
      flush();
      current = { label: normaliseText(textOf(item)), values: [], notes: [] };
    } else if (item.localName === 'dd') {
      current ??= { label: '', values: [], notes: [] };
      const text = normaliseText(textOf(item, { skip: isNote }));
      if (text) current.values.push(text);
      const note = noteIn(item);
      if (note) current.notes.push(note);
    }
  }
  flush();
  return facts;
}

/** Each `<li>`: a figure when its first child is `<strong>`/`<b>`, else a fact in words. */
export function factsFromList(list: Element): Fact[] {
  return Array.from(list.children)
    .filter((child) => child.localName === 'li')
    .map((li) => {
      const first = Array.from(li.childNodes).find((node) => node.nodeType === 1 || normaliseText(node.textContent) !== '');
      const note = noteIn(li);
      if (first && first.nodeType === 1 && ['strong', 'b'].includes((first as Element).localName)) {
        const value = normaliseText(textOf(first, { skip: isNote }));
        const label = normaliseText(textOf(li, { skip: (el) => el === first || isNote(el) }));
        return label ? fact(label, value, note) : fact(value, undefined, note);
      }
      return fact(normaliseText(textOf(li, { skip: isNote })), undefined, note);
    })
    .filter((item) => item.label);
}

/** Reads `host`'s light DOM: a JSON child if there is one, else the markup. */
export function parseFactBox(host: Element | null): ParsedFactBox {
  if (!host) return { problems: [] };
  const json = jsonChild(host);
  if (json) return 'error' in json ? { problems: [{ code: 'invalid-json', message: json.error }] } : factsFromJson(json.value);

  const headingEl = host.querySelector('h2, h3, h4');
  const container =
    host.querySelector('dl') ?? Array.from(host.querySelectorAll('ul, ol')).find((list) => !list.closest('footer, nav'));
  const facts = !container ? [] : container.localName === 'dl' ? factsFromDl(container) : factsFromList(container);
  const outside = (el: Element) => !container?.contains(el);

  const problems: NwErrorDetail[] = [];
  const sources: FactSource[] = [];
  for (const link of Array.from(host.querySelectorAll('a[href]')).filter(outside)) {
    const raw = link.getAttribute('href') ?? '';
    const url = safeLinkUrl(raw);
    const label = normaliseText(textOf(link));
    if (!url) {
      problems.push({ code: 'invalid-url', message: `source link "${raw}" is not an http(s) URL; it is left out.` });
      continue;
    }
    if (!sources.some((source) => source.url === url)) sources.push({ label: label || displayHost(url), url });
  }

  const time = Array.from(host.querySelectorAll('time[datetime]')).find(outside);
  const updated = readUpdated(time?.getAttribute('datetime'), problems);

  const result: ParsedFactBox = { facts, sources, problems };
  const heading = headingEl ? normaliseText(textOf(headingEl)) : '';
  if (headingEl && heading) {
    result.heading = heading;
    result.headingLevel = Number(headingEl.localName.slice(1)) as 2 | 3 | 4;
  }
  if (updated) result.updated = updated;
  return result;
}

function readUpdated(raw: unknown, problems: NwErrorDetail[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string' && parseIsoDate(raw)) return raw.trim();
  problems.push({ code: 'invalid-date', message: `updated "${describeValue(raw)}" is not an ISO 8601 date (YYYY-MM-DD); it is not shown.` });
  return undefined;
}

/** Parses the text of a JSON child. Facts are required there. */
export function parseFactJson(text: string): ParsedFactBox {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [{ code: 'invalid-json', message: `the JSON content is not valid JSON (${(error as Error).message}).` }] };
  }
  return factsFromJson(value);
}

/** The box given as JSON: like `data`, but facts are required. */
function factsFromJson(value: unknown): ParsedFactBox {
  const parsed = normaliseFactData(value);
  if (!parsed.facts) {
    parsed.problems.push({ code: 'invalid-data', message: 'the JSON content has no "facts" array.' });
  }
  return parsed;
}

function textField(value: unknown): string | undefined {
  if (typeof value === 'string') return normaliseText(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Checks and normalises a `{heading, facts, sources, updated}` object (the
 * `data` property or parsed JSON). Bad facts and sources are dropped one by
 * one, each with a problem; a missing `facts` leaves `facts` undefined.
 */
export function normaliseFactData(value: unknown): ParsedFactBox {
  const problems: NwErrorDetail[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ code: 'invalid-data', message: 'data must be an object like {heading, facts: [{label, value, note?}]}.' }] };
  }
  const input = value as Record<string, unknown>;
  const result: ParsedFactBox = { problems };

  const heading = textField(input.heading);
  if (heading) result.heading = heading;

  if (input.facts !== undefined) {
    if (!Array.isArray(input.facts)) {
      problems.push({ code: 'invalid-data', message: '"facts" must be an array of {label, value, note?}.' });
    } else {
      result.facts = [];
      input.facts.forEach((item: unknown, index) => {
        const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
        const label = textField(entry.label);
        const rawValue = entry.value;
        const value = typeof rawValue === 'number' && Number.isFinite(rawValue) ? rawValue : textField(rawValue);
        const note = textField(entry.note);
        if (!label && value === undefined) {
          problems.push({ code: 'invalid-data', message: `fact ${index + 1} has neither a label nor a value; it is left out.` });
          return;
        }
        const fact: Fact = label ? { label } : { label: String(value) };
        if (label && value !== undefined) fact.value = value;
        if (note) fact.note = note;
        result.facts!.push(fact);
      });
    }
  }

  if (input.sources !== undefined) {
    if (!Array.isArray(input.sources)) {
      problems.push({ code: 'invalid-data', message: '"sources" must be an array of {label, url}.' });
    } else {
      result.sources = [];
      for (const item of input.sources as unknown[]) {
        const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
        const raw = typeof entry.url === 'string' ? entry.url : '';
        const url = safeLinkUrl(raw);
        if (!url) {
          problems.push({ code: 'invalid-url', message: `source URL "${raw}" is not an http(s) URL; it is left out.` });
          continue;
        }
        result.sources.push({ label: textField(entry.label) ?? displayHost(url), url });
      }
    }
  }

  const updated = readUpdated(input.updated, problems);
  if (updated) result.updated = updated;
  return result;
}

export type FactBoxVariant = 'full' | 'compact';
export const FACT_BOX_VARIANTS: readonly FactBoxVariant[] = ['full', 'compact'];
export const DEFAULT_MAX_VISIBLE = 6;

/** The attributes that feed a fact box's model. */
export interface FactBoxAttributes {
  heading: string;
  updated: string;
  variant: string;
  maxVisible: number;
  /** The `max-visible` attribute as written, for the message when it is not a number. */
  maxVisibleText: string | null;
}

/** Whether `max-visible` is usable: a whole number of 1 or more. */
export function validMaxVisible(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

/** Builds the fact box's model: attributes, then `data`, then the light DOM. */
export function buildFactBox({ attributes, parsed, data }: ContentInputs<FactBoxAttributes, ParsedFactBox>): Built<FactBoxData> {
  const js: ParsedFactBox = data === undefined ? { problems: [] } : normaliseFactData(data);
  const problems = [...parsed.problems, ...js.problems];
  const model: FactBoxData = { facts: js.facts ?? parsed.facts ?? [] };
  const heading = normaliseText(attributes.heading) || js.heading || parsed.heading;
  if (heading) model.heading = heading;
  const sources = js.sources ?? parsed.sources;
  if (sources?.length) model.sources = sources;
  const updatedAttribute = (attributes.updated ?? '').trim(); // null once the attribute is removed
  if (updatedAttribute && !parseIsoDate(updatedAttribute)) {
    problems.push({ code: 'invalid-date', message: `updated "${attributes.updated}" is not an ISO 8601 date (YYYY-MM-DD); it is not used.` });
  }
  const updated = (parseIsoDate(updatedAttribute) ? updatedAttribute : undefined) || js.updated || parsed.updated;
  if (updated) model.updated = updated;
  if (!FACT_BOX_VARIANTS.includes(attributes.variant as FactBoxVariant)) {
    problems.push({ code: 'invalid-attribute', message: `variant "${attributes.variant}" is not one of ${FACT_BOX_VARIANTS.join(', ')}; "full" is used.` });
  }
  if (!validMaxVisible(attributes.maxVisible)) {
    problems.push({ code: 'invalid-attribute', message: `max-visible "${attributes.maxVisibleText}" is not a whole number of 1 or more; ${DEFAULT_MAX_VISIBLE} is used.` });
  }
  const jsonFailed = parsed.problems.some((p) => p.code === 'invalid-json' || p.code === 'invalid-data');
  if (!model.facts.length && !jsonFailed) {
    problems.push({ code: 'empty-content', message: 'no facts found; add a <dl> or a <ul> of facts, or a JSON child, inside the element.' });
  }
  return { model, problems };
}
