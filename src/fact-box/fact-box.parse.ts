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
import type { NwErrorDetail } from '../core/events.js';
import { parseIsoDate } from '../core/i18n.js';
import { displayHost, safeLinkUrl } from '../core/url.js';
import { normaliseText } from '../core/text.js';

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

/** The text of `node`, leaving out elements `skip` names (notes, scripts). */
function textOf(node: Node, skip: (el: Element) => boolean = () => false): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const el = node as Element;
  if (node.nodeType === 1) {
    if (NEVER_TEXT.has(el.localName) || skip(el)) return '';
    if (el.localName === 'br') return ' ';
  }
  let text = '';
  for (const child of Array.from(node.childNodes)) text += textOf(child, skip);
  return text;
}

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
      const text = normaliseText(textOf(item, isNote));
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
        const value = normaliseText(textOf(first, isNote));
        const label = normaliseText(textOf(li, (el) => el === first || isNote(el)));
        return label ? fact(label, value, note) : fact(value, undefined, note);
      }
      return fact(normaliseText(textOf(li, isNote)), undefined, note);
    })
    .filter((item) => item.label);
}

/** Reads `host`'s light DOM: a JSON child if there is one, else the markup. */
export function parseFactBox(host: Element): ParsedFactBox {
  const json = Array.from(host.children).find(
    (child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
  );
  if (json) return parseFactJson(json.textContent ?? '');

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
  problems.push({ code: 'invalid-date', message: `updated "${String(raw)}" is not an ISO 8601 date (YYYY-MM-DD); it is not shown.` });
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
