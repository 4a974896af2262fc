import { LitElement, isServer } from 'lit';
import { property } from 'lit/decorators.js';
import type { NwErrorCode } from './events.js';
import { resolveDir, resolveLang } from './i18n.js';
import { reportError } from './report.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * What every widget shares: the `theme` attribute, the page's language and
 * direction, the one error-reporting path, and re-reading the light DOM when
 * the author's content changes. It renders nothing itself.
 */
export abstract class NwElement extends LitElement {
  /** The library version that defined this class (see `defineElement`). */
  static readonly nwVersion = VERSION;

  /** Colour scheme: `auto` follows the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  #observer?: MutationObserver;

  /** The page language that applies to this widget (nearest `lang`). */
  protected get pageLang(): string {
    return isServer ? 'en' : resolveLang(this);
  }

  /** The text direction that applies to this widget (nearest `dir`). */
  protected get pageDir(): 'ltr' | 'rtl' {
    return isServer ? 'ltr' : resolveDir(this, this.pageLang);
  }

  /** Reports bad input: one warning, one `nw-error`; never throws. */
  protected report(code: NwErrorCode, message: string): void {
    reportError(this, code, message);
  }

  /**
   * Called when the author's light-DOM content changes (a CMS preview, a
   * script filling it in later). Widgets re-parse there.
   */
  protected lightDomChanged(): void {
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer || typeof MutationObserver === 'undefined') return;
    this.#observer ??= new MutationObserver(() => this.lightDomChanged());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }
}
