import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestUpdateInTurn, waitForLater, type LaterWork } from './element.js';

/**
 * Renders a long list (a table of thousands of rows, a box of thousands of
 * facts) a slice at a time: the first slice with the widget's first render,
 * then one more slice per turn (see schedule.ts), so no single task blocks
 * the page. Nothing waits to be scrolled into view: every item is in the
 * widget within a few turns, for print and find-in-page too.
 *
 * The host renders the slices that `starts()` lists (each one's first
 * index), best each behind Lit's `guard` so that a slice already rendered
 * costs nothing the next time. The widget's `updateComplete` (NwElement's)
 * waits for the last slice, so it means every item is there.
 */
export class SliceController implements ReactiveController, LaterWork {
  /** How many items may be rendered now. */
  #rendered: number;
  #more?: Promise<void>;
  #updated?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Items per slice. */
    readonly size: number,
    /** How many items there are now. */
    private readonly total: () => number,
  ) {
    this.#rendered = size;
    host.addController(this);
    waitForLater(host, this);
  }

  /** Where each slice of the items rendered so far starts. */
  starts(): number[] {
    const starts: number[] = [];
    const end = Math.min(this.total(), this.#rendered);
    for (let start = 0; start < end; start += this.size) starts.push(start);
    return starts;
  }

  /** How many of the items are rendered. */
  get rendered(): number {
    return Math.min(this.total(), this.#rendered);
  }

  hostUpdated(): void {
    const updated = this.#updated;
    this.#updated = undefined;
    updated?.();
    if (this.#rendered < this.total()) this.#more ??= this.#renderMore();
  }

  async #renderMore(): Promise<void> {
    while (this.#rendered < this.total()) {
      await new Promise<void>((resolve) => {
        this.#updated = resolve;
        requestUpdateInTurn(this.host, () => (this.#rendered += this.size));
      });
    }
    this.#more = undefined;
  }

  /** Resolves once every item is rendered. */
  async done(): Promise<void> {
    while (this.#more) await this.#more;
  }

  /** Whether slices are still to come. */
  get pending(): boolean {
    return this.#more !== undefined;
  }
}
