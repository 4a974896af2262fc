/** Stable codes a widget reports with `nw-error`; add, don't rename. */
export type NwErrorCode =
  | 'empty-content'
  | 'invalid-url'
  | 'invalid-date'
  | 'invalid-json'
  | 'invalid-data'
  | 'invalid-attribute'
  | 'unparseable-embed'
  | 'unknown-status'
  | 'image-failed'
  | 'load-failed';

export interface NwErrorDetail {
  code: NwErrorCode;
  message: string;
}

/** Every `nw-*` event and its detail. */
export interface NwEventMap {
  'nw-error': CustomEvent<NwErrorDetail>;
  'nw-filter-change': CustomEvent<{ statuses: string[]; visible: number; total: number }>;
  'nw-toggle': CustomEvent<{ expanded: boolean }>;
  'nw-load-original': CustomEvent<{ url: string; platform: string }>;
}

declare global {
  interface GlobalEventHandlersEventMap extends NwEventMap {}
}

type DetailOf<K extends keyof NwEventMap> = NwEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed, bubbling, composed `nw-*` event from `el`. */
export function emit<K extends keyof NwEventMap>(
  el: EventTarget,
  name: K,
  detail: DetailOf<K>,
  init: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: init.cancelable ?? false,
  });
  return el.dispatchEvent(event);
}
