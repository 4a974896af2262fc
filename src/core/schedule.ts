/**
 * Slices the first renders of many widgets into tasks: a page with hundreds
 * of posts or tables must not block the main thread for the whole upgrade.
 * Renders wait in one queue and run one after another; once a slice of
 * rendering time has run, the browser gets the main thread back
 * (input, paint) before the next render. Nothing is deferred until scrolled
 * into view: every widget renders, in document order, within a few tasks, so
 * printing, find-in-page and anchors get them all.
 */

/**
 * Rendering time one task may take before yielding (ms): well under the 50 ms
 * of a long task, and long enough that a page of hundreds of widgets is not
 * laid out and painted again after every few of them (8 ms slices made a
 * 300-widget page about 20 % slower to finish).
 */
export const SLICE_MS = 20;

interface Scheduler {
  yield?: () => Promise<void>;
}

const queue: Array<() => void> = [];
let sliceEnd = -1;
let draining = false;

function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` (a render, synchronous) in its turn: at once while the current
 * slice has time left, else after yielding. The time is checked between two
 * renders, after the first has run, so one task holds about one slice of
 * rendering, however many widgets wait.
 */
export function inRenderTurn<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    });
    if (!draining) void drain();
  });
}

async function drain(): Promise<void> {
  draining = true;
  try {
    while (queue.length) {
      if (performance.now() > sliceEnd) {
        await yieldToBrowser();
        sliceEnd = performance.now() + SLICE_MS;
      }
      queue.shift()!();
    }
  } finally {
    draining = false;
  }
}
