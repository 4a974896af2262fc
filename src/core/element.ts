import { LitElement, isServer, type PropertyValues, type ReactiveControllerHost } from 'lit';
import { property } from 'lit/decorators.js';
import { serverTwins } from './content.js';
import type { NwErrorCode } from './events.js';
import { onLocaleChange, prepareDates, resolveDir, resolveLang, stringsVersion } from './i18n.js';
import { reportError } from './report.js';
import { inRenderTurn } from './schedule.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';
const THEMES: readonly string[] = ['auto', 'light', 'dark'];

/**
 * One observer for the whole page: when a `lang` or `dir` attribute changes
 * (a site's language switcher, a preview tool), every connected widget checks
 * whether its own language or direction changed, and only then re-renders.
 */
const languageListeners = new Set<() => void>();
let languageObserver: MutationObserver | undefined;

function listenToPageLanguage(listener: () => void): void {
  languageListeners.add(listener);
  if (languageObserver || typeof document === 'undefined') return;
  languageObserver = new MutationObserver(() => languageListeners.forEach((notify) => notify()));
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  onLocaleChange(() => languageListeners.forEach((notify) => notify())); // strings that arrive later (a locale loaded on demand)
}

/** Rendering a widget goes on with after an update: a long list's later slices (see slices.ts). */
export interface LaterWork {
  readonly pending: boolean;
  done(): Promise<void>;
}

const laterWork = new WeakMap<object, Set<LaterWork>>();
let datesPrepared = false;
/** Elements in a widget's content beyond which its shadow root waits for the first render (see connectedCallback). */
const LONG_CONTENT = 300;
/** Hosts whose next update renders more of a long list, with what to do when its turn comes. */
const turnWork = new WeakMap<object, () => void>();

/** Makes `host`'s `updateComplete` wait for `work` too, so it means "everything is rendered". */
export function waitForLater(host: object, work: LaterWork): void {
  let works = laterWork.get(host);
  if (!works) laterWork.set(host, (works = new Set()));
  works.add(work);
}

/**
 * Asks `host` for an update that waits for its render turn like a first
 * render (see schedule.ts), behind the renders already waiting; `atTurn` runs
 * just before it (a long list's next slice is let in then, not before).
 */
export function requestUpdateInTurn(host: ReactiveControllerHost, atTurn: () => void = () => {}): void {
  turnWork.set(host, atTurn);
  host.requestUpdate();
}

/**
 * What every widget shares: the `theme` attribute, the page's language and
 * direction, and the one error-reporting path. Content comes in through a
 * `ContentController` (see content.ts). It renders nothing itself.
 */
export abstract class NwElement extends LitElement {
  /** The library version that defined this class (see `defineElement`). */
  static readonly nwVersion = VERSION;

  /** Colour scheme: `auto` follows the reader's system setting. */
  // useDefault: the default is not written onto the element as an attribute (the
  // styles read an absent attribute as `auto`); a write per widget costs a page of hundreds dearly.
  @property({ reflect: true, useDefault: true }) theme: Theme = 'auto';

  /** Where the author's content shows until the first render (see createRenderRoot). */
  #placeholder?: HTMLSlotElement;
  #internals?: ElementInternals;

  constructor() {
    super();
    if (!isServer) this.#internals = this.attachInternals?.();
    // An unknown theme renders as `auto`; say so once, like any bad input.
    this.addController({
      hostUpdated: () => {
        if (this.theme !== null && !THEMES.includes(this.theme)) reportError(this, 'invalid-attribute', `theme "${this.theme}" is not one of ${THEMES.join(', ')}; "auto" is used.`);
      },
    });
  }

  /** The language, direction and strings version of the last render. */
  #renderedFor = '';
  #onPageLanguage = (): void => {
    if (`${this.pageLang}|${this.pageDir}|${stringsVersion(this.pageLang)}` !== this.#renderedFor) this.requestUpdate();
  };

  /** The page language that applies to this widget (nearest `lang`; on a server, of the tree it renders). */
  protected get pageLang(): string {
    const source = isServer ? serverTwins.get(this) : this;
    return source ? resolveLang(source) : 'en';
  }

  /** The text direction that applies to this widget (nearest `dir`). */
  protected get pageDir(): 'ltr' | 'rtl' {
    const source = isServer ? serverTwins.get(this) : this;
    return source ? resolveDir(source, this.pageLang) : 'ltr';
  }

  /** Reports a problem met at run time (an image or script that failed): one warning, one `nw-error`; never throws. */
  protected report(code: NwErrorCode, message: string): void {
    reportError(this, code, message);
  }

  /**
   * Until its first render (which waits for its turn, see schedule.ts), the
   * widget shows the author's content as it is and carries the custom state
   * `pending`, so the optional pre-upgrade stylesheet keeps styling it as
   * before the script ran: nothing collapses or jumps in between. A short
   * content shows through a plain slot of the shadow root, made at once (made
   * for hundreds of widgets together, that costs least). A long one (a table
   * of many rows) has no shadow root until its first render: moving it into a
   * slot would lay out all of it again, for nothing. A server-rendered shadow
   * root is kept as it is.
   */
  #rootLater = false;

  override connectedCallback(): void {
    if (!isServer && !this.renderRoot && !this.shadowRoot && this.getElementsByTagName('*').length > LONG_CONTENT) {
      // Lit makes the render root on connection unless one is set: an empty stand-in until the first render.
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = this.ownerDocument.createDocumentFragment();
      this.#rootLater = true;
      this.#setPending(true);
    }
    super.connectedCallback();
    if (isServer) return;
    listenToPageLanguage(this.#onPageLanguage);
    const back = this.#whenBack;
    this.#whenBack = undefined;
    back?.();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!isServer && !this.#rootLater && !root.hasChildNodes()) {
      this.#placeholder = this.ownerDocument.createElement('slot');
      root.append(this.#placeholder);
      this.#setPending(true);
    }
    return root;
  }

  #setPending(pending: boolean): void {
    try {
      if (pending) this.#internals?.states.add('pending');
      else this.#internals?.states.delete('pending');
    } catch {
      // Browsers before custom state names without dashes: the stylesheet's :not(:defined) still applies before the upgrade.
    }
  }

  /** The first render waits for its turn (see schedule.ts); later ones, a reader's click, run at once. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const works = laterWork.get(this);
    if (!works) return result;
    for (;;) {
      const pending = [...works].filter((work) => work.pending);
      if (!pending.length) return result;
      await Promise.all(pending.map((work) => work.done()));
      result = await super.getUpdateComplete();
    }
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer) return super.scheduleUpdate();
    const atTurn = turnWork.get(this);
    if (this.hasUpdated && !atTurn) return super.scheduleUpdate();
    turnWork.delete(this);
    if (!datesPrepared) {
      // The page's first date format gets a turn of its own, before the first render (widgets show dates).
      datesPrepared = true;
      const lang = this.pageLang;
      void inRenderTurn(() => prepareDates(lang));
    }
    return this.#inTurn(atTurn);
  }

  /** A first render whose turn came while the widget was off the page: runs once it is back. */
  #whenBack?: () => void;

  /**
   * Runs the update in its turn. A widget taken off the page while it waited
   * for its first render (a live blog pruning old entries, a CMS preview
   * replacing its content) does not render then, nor warn about its input:
   * it renders once it is connected again, as Lit renders no element before
   * its first connection.
   */
  #inTurn(atTurn?: () => void): Promise<unknown> {
    return inRenderTurn((): Promise<unknown> | undefined => {
      if (!this.hasUpdated && !this.isConnected) return new Promise((resolve) => (this.#whenBack = () => resolve(this.#inTurn(atTurn))));
      atTurn?.();
      super.scheduleUpdate();
      return undefined;
    });
  }

  protected override update(changed: PropertyValues): void {
    turnWork.delete(this); // this update answers a request for one in turn too
    if (this.#rootLater) {
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = this.createRenderRoot();
      this.#rootLater = false;
      this.#setPending(false);
    }
    if (this.#placeholder) {
      this.#placeholder.remove();
      this.#placeholder = undefined;
      this.#setPending(false);
    }
    if (!isServer) this.#renderedFor = `${this.pageLang}|${this.pageDir}|${stringsVersion(this.pageLang)}`;
    super.update(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageListeners.delete(this.#onPageLanguage);
  }
}
