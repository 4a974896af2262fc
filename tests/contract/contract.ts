/**
 * What the contract table says about a widget (see widgets.ts), and what the
 * suites share: hostile `data`, and
 * URLs no link or image may take.
 */
import { html, type TemplateResult } from 'lit';
import type { NwErrorCode } from '../../src/core/events.js';
import type { Check } from './harness.js';

export type WidgetTag = 'nw-quote-card' | 'nw-tweet-embed' | 'nw-demand-table' | 'nw-fact-box';

/** One way to give a widget its content, and what that must show. */
export interface InputForm {
  name: 'attributes' | 'light DOM' | 'JSON child' | 'data';
  /** The element as a page writes it. */
  template: () => TemplateResult;
  /** Set as the `data` property before the element connects. */
  data?: unknown;
  /** Text a reader must see in the shadow root. */
  shows: readonly string[];
  /** What `data` must then hold (compared as JSON, so without `undefined` fields). */
  normalised: object;
}

/** Invalid input of one problem class, and what the widget must still do. */
export interface BadInput {
  problem: string;
  code: NwErrorCode;
  template: () => TemplateResult;
  /** Set as `data` after the element has rendered. */
  setData?: unknown;
  /** The warning names the problem: the bad value, or the field. */
  mentions: string;
  /** The rest of the content still renders (text in the shadow root) ... */
  shows?: readonly string[];
  /** ... and what the bad input would have shown is not there. */
  absent?: readonly string[];
  /** ... or the widget falls back to the author's content, which stays visible through the slot ('' when there is none). */
  fallback?: string;
}

/** A way an unsafe URL can reach the widget. */
export interface UrlInput {
  via: string;
  template: (url: string) => TemplateResult;
  data?: (url: string) => unknown;
  /** What must still render around the refused URL. */
  shows: readonly string[];
}

export interface WidgetContract {
  tag: WidgetTag;
  /** Imports the defining module (which defines the tag) and returns the class it defined. */
  load: () => Promise<CustomElementConstructor>;
  /** The defining module's address, to load it again from another URL. */
  moduleUrl: string;
  /** The element as a producer pastes it into an article. */
  seed: () => TemplateResult;
  /** What a reader must see of the seed. */
  seedShows: readonly string[];
  /** A selector matching the outermost rendered element, to read the direction from. */
  frame: string;
  forms: readonly InputForm[];
  /** The documented shape of `data`. */
  schema: Check;
  /** Messy `data` and its normalised form. */
  normalises: { data: unknown; normalised: object; shows: readonly string[] };
  /** A field that an attribute, `data` and the light DOM can all give. */
  precedence: {
    attribute: string;
    field: string;
    /** The rendered element that shows the field. */
    selector: string;
    /** The element with the field given in its light DOM as `value`. */
    light: (value: string) => TemplateResult;
    /** What else the light DOM gives, shown whichever input wins the field. */
    keeps: readonly string[];
  };
  badInputs: readonly BadInput[];
  urlInputs: readonly UrlInput[];
  /** `data` whose text fields all hold `markup`. */
  markupData: (markup: string) => unknown;
  /** Content wrapped in HTML comments, as CMS editors write them (`<!-- wp:html -->`), and what it must show. */
  commented: { template: () => TemplateResult; shows: readonly string[] };
  /** Changes to the seed that must re-render. */
  changes: {
    /** A light-DOM text change: `from` becomes `to`. */
    edit: { from: string; to: string; shows: readonly string[]; absent?: readonly string[] };
    /** New light-DOM children in place of the old ones. */
    replaceWith: { template: () => TemplateResult; shows: readonly string[]; absent: readonly string[] };
    /** Attributes set one after the other. */
    attributes: { values: Readonly<Record<string, string>>; shows: readonly string[]; links?: readonly string[] };
    data: { data: unknown; shows: readonly string[]; absent: readonly string[] };
    /** Text that is English under `lang="en"` and German under `lang="de"`. */
    lang: { en: readonly string[]; de: readonly string[] };
  };
}

/** `<p>` plus a link in a widget's light DOM, pointing at `url`. */
export const sourceLink = (url: string, label = 'Council statement') => html`<p>Source: <a href=${url}>${label}</a></p>`;

/** A `<script type="application/json">` child holding `value`. */
export const json = (value: unknown) => html`<script type="application/json">${JSON.stringify(value)}</script>`;


/** The seed content as JSON with `__proto__` and `constructor.prototype` keys in every object. */
export function pollutingJson(widget: WidgetContract): string {
  const seedData = widget.forms.find((form) => form.name === 'data')!.data;
  return JSON.stringify(seedData).replace(/\{/g, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
}

/** Values of `data` that are not an object: a widget refuses them with `invalid-data`. */
export const NOT_AN_OBJECT = new Set(['a number', 'NaN', 'a boolean', 'a string', 'an array', 'a function']);

/** Values of `data` that no one should set, but someone will. */
export function hostileData(widget: WidgetContract): Array<[string, unknown]> {
  const seedData = widget.forms.find((form) => form.name === 'data')!.data as Record<string, unknown>;
  const fieldsOf = (value: (key: string) => unknown) => Object.fromEntries(Object.keys(seedData).map((key) => [key, value(key)]));
  const weird = [42, {}, [null, 1, {}], true, null, Number.NaN];
  const keys = Object.keys(seedData);
  return [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['a string', 'a string'],
    ['an array', [seedData, 1]],
    ['an empty object', {}],
    ['an object without a prototype', Object.create(null) as unknown],
    ['a function', () => seedData],
    ['every field of the wrong type', fieldsOf((key) => weird[keys.indexOf(key) % weird.length])],
    ['every field an object without a prototype', fieldsOf(() => Object.create(null) as unknown)],
    ['every field a list of objects without a prototype', fieldsOf(() => [Object.create(null) as unknown])],
    ['prototype-pollution keys', JSON.parse(pollutingJson(widget)) as unknown],
  ];
}

/** URLs a link or an image must refuse. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(document.domain)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

