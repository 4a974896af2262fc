/**
 * Slices the first renders of many widgets into tasks: a page with hundreds
 * of posts or tables must not block the main thread for the whole upgrade.
 * Each widget's first render waits for its turn; after about one frame's
 * worth of rendering, the browser gets the main thread back (input, paint)
 * before the next widgets render. Nothing is deferred until scrolled into
 * view: every widget renders, in document order, within a few tasks, so
 * printing, find-in-page and anchors get them all.
 */

/** Rendering time one task may take before yielding (ms). */
const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

let sliceEnd = -1;
let waiting: Promise<void> | undefined;

function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves when a first render may run: at once within the current slice, else after yielding. */
export async function renderTurn(): Promise<void> {
  if (typeof performance === 'undefined') return;
  while (performance.now() > sliceEnd) {
    waiting ??= yieldToBrowser().then(() => {
      sliceEnd = performance.now() + SLICE_MS;
      waiting = undefined;
    });
    await waiting;
  }
}
