import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { NwErrorCode } from './events.js';
import { reportError } from './report.js';
import { inRenderTurn } from './schedule.js';

/** Something wrong with the input, and what the widget did about it. */
export interface Problem {
  code: NwErrorCode;
  message: string;
}

/** A model and the problems met while building it. */
export interface Built<Model> {
  model: Model;
  problems: Problem[];
}

/** Everything a model is built from. */
export interface ContentInputs<Attributes, Parsed> {
  /** The host's attribute values that feed the model. */
  attributes: Attributes;
  /** What the light DOM yielded. */
  parsed: Parsed;
  /** The `data` property as the page set it, unchecked; `undefined` when not set. */
  data: unknown;
}

/**
 * How a widget's inputs become the one model it renders. Every widget
 * declares one; `ContentController` runs it. `read` and `build` are plain
 * functions of their arguments, so tests and a server can call them.
 *
 * - `read` parses the author's light DOM (a DOM-shaped tree, which may be a
 *   server-side tree, or `null` when there is none). It only reads.
 * - `attributes` picks the host's attribute values that feed the model; the
 *   model is rebuilt when one of them changes (compared by value).
 * - `build` merges attributes, `data` and what `read` found, in that order of
 *   precedence, into the normalised model, and lists what was wrong on the way.
 */
export interface ContentSpec<Host, Attributes extends object, Parsed, Model> {
  read(root: Element | null): Parsed;
  attributes(host: Host): Attributes;
  build(inputs: ContentInputs<Attributes, Parsed>): Built<Model>;
}

/**
 * On a server there is no light DOM: the server renderer (src/ssr) links each
 * widget instance to the DOM-shaped tree standing for it (a linkedom element
 * of the page being rendered) before the widget renders. Its
 * ContentController reads that tree, and the widget takes its language and
 * direction from it.
 */
export const serverTwins = new WeakMap<ReactiveElement, Element>();

function sameValues(a: object | undefined, b: object): boolean {
  if (!a) return false;
  const before = Object.values(a);
  const after = Object.values(b);
  return before.length === after.length && before.every((value, i) => Object.is(value, after[i]));
}

/**
 * The one content pipeline of every widget. It reads the light DOM when the
 * widget connects and whenever the author's content changes (a CMS preview,
 * a script filling it in later), keeps the `data` property as given,
 * rebuilds the model only when one of these inputs changed (never per
 * render), and reports each problem of a new model once, after the render
 * that shows it: one console warning, one `nw-error` with a stable code.
 */
export class ContentController<Host extends ReactiveElement, Attributes extends object, Parsed, Model> implements ReactiveController {
  readonly #host: Host;
  readonly #spec: ContentSpec<Host, Attributes, Parsed, Model>;
  #observer?: MutationObserver;
  /** A tree to read instead of the host's children (server rendering). */
  #source: Element | null = null;
  #parsed?: Parsed;
  #data: unknown = undefined;
  #attributes?: Attributes;
  #built?: Built<Model>;
  #unreported = false;

  constructor(host: Host, spec: ContentSpec<Host, Attributes, Parsed, Model>) {
    this.#host = host;
    this.#spec = spec;
    host.addController(this);
  }

  /** The normalised model the widget renders. */
  get model(): Model {
    return this.#current().model;
  }

  /** The problems of the current model. */
  get problems(): readonly Problem[] {
    return this.#current().problems;
  }

  /** What the light DOM yielded, as last read. */
  get parsed(): Parsed {
    return (this.#parsed ??= this.#spec.read(this.#root()));
  }

  /** Sets the `data` input (`undefined` or `null` clears it). */
  setData(value: unknown): void {
    this.#data = value ?? undefined;
    this.#built = undefined;
    this.#host.requestUpdate();
  }

  /** Reads the light DOM from `root` instead of the host (a server-side tree). */
  readFrom(root: Element | null): void {
    this.#source = root;
    this.#invalidateDom();
  }

  hostConnected(): void {
    if (isServer) return;
    this.#invalidateDom();
    // Before the first render, in a turn of its own (see schedule.ts): reading the
    // content into the model, so the render's turn is shorter. Not for a widget
    // taken off the page meanwhile: it does no work until it is back.
    if (!this.#host.hasUpdated) void inRenderTurn(() => this.#host.isConnected && this.#current());
    if (typeof MutationObserver === 'undefined') return;
    this.#observer ??= new MutationObserver(() => this.#invalidateDom());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdated(): void {
    this.#current();
    if (!this.#unreported) return;
    this.#unreported = false;
    for (const { code, message } of this.#built!.problems) reportError(this.#host, code, message);
  }

  #root(): Element | null {
    if (this.#source) return this.#source;
    return isServer ? (serverTwins.get(this.#host) ?? null) : this.#host;
  }

  #invalidateDom(): void {
    this.#parsed = undefined;
    this.#built = undefined;
    this.#host.requestUpdate();
  }

  #current(): Built<Model> {
    const attributes = this.#spec.attributes(this.#host);
    if (!this.#built || !sameValues(this.#attributes, attributes)) {
      this.#attributes = attributes;
      this.#built = this.#spec.build({ attributes, parsed: this.parsed, data: this.#data });
      this.#unreported = true;
    }
    return this.#built;
  }
}

/**
 * The `<script type="application/json">` child of `root`: its value, or what
 * is wrong with it; `undefined` when there is none. JSON is data, never
 * markup: nothing in it is parsed as HTML.
 */
export function jsonChild(root: Element | null): { value: unknown } | { error: string } | undefined {
  const script = Array.from(root?.children ?? []).find(
    (child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
  );
  if (!script) return undefined;
  try {
    return { value: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return { error: `the JSON content is not valid JSON (${(error as Error).message}).` };
  }
}

/** The first non-empty string among `values`, normalised by `clean`. */
export function firstOf(clean: (value: unknown) => string, ...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = clean(value);
    if (text) return text;
  }
  return undefined;
}
