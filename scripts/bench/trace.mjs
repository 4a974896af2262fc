// --trace: a Chrome trace (devtools.timeline) of one page load, and where the
// renderer's main thread spent its time: each trace event's self time (its
// duration minus that of the events nested in it), grouped.
import { readFileSync } from 'node:fs';

const GROUPS = {
  script: ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'v8.run', 'FireIdleCallback'],
  compile: ['v8.compile', 'v8.compileModule', 'CompileScript', 'CompileModule', 'v8.produceCache', 'v8.produceModuleCache', 'CacheScript', 'CacheModule'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'PaintImage'],
  'parse HTML': ['ParseHTML'],
  gc: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'],
};
const groupOf = new Map(Object.entries(GROUPS).flatMap(([group, names]) => names.map((name) => [name, group])));
/** The group of a trace event, or null for events left out (they would split their parents' time). */
const classify = (name) => groupOf.get(name) ?? (/^V8\.Compile/.test(name) ? 'compile' : name === 'RunTask' ? 'other' : null);

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile'];

/**
 * Self time per group (ms) on the renderers' main threads; `other` is the
 * part of tasks (RunTask) outside every grouped event. `busy`: all tasks.
 */
export function splitTrace(file) {
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
  const mainThreads = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`) || !e.dur || !classify(e.name)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const totals = {};
  let busy = 0;
  for (const events of byThread.values()) {
    events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    const nodes = [];
    for (const e of events) {
      while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      const node = { name: e.name, end: e.ts + e.dur, self: e.dur };
      if (parent) parent.self -= Math.min(e.dur, parent.end - e.ts);
      else busy += e.dur;
      stack.push(node);
      nodes.push(node);
    }
    for (const { name, self } of nodes) {
      const group = classify(name);
      totals[group] = (totals[group] ?? 0) + self / 1000;
    }
  }
  busy /= 1000;
  return { totals, busy };
}
