/**
 * The server's stand-in for the browser's DOM: a page parsed with linkedom,
 * which widgets read as they read their light DOM in a browser.
 */
import { parseHTML } from 'linkedom';

/** A whole document (doctype or `<html>` first), as opposed to a fragment of one. */
const WHOLE_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i;

export interface ParsedPage {
  document: Document;
  /** The input was a fragment (parsed into `<body>`, serialised from there). */
  isFragment: boolean;
  /** Runs `fn` with the DOM classes of the parsed page as globals, for library code that tests `instanceof Element`. */
  withDomGlobals<T>(fn: () => T): T;
  /** The page as HTML again, with its changes. */
  serialise(): string;
}

/**
 * Parses `html`, a whole page or a fragment. A fragment is parsed inside a
 * `<body>` whose `<html>` carries `lang` and `dir`, so widgets in it take the
 * language of the page it will be part of.
 */
export function parsePage(html: string, context: { lang?: string | undefined; dir?: string | undefined } = {}): ParsedPage {
  const isFragment = !WHOLE_PAGE.test(html);
  const window = parseHTML(isFragment ? '<!doctype html><html><head></head><body></body></html>' : html) as unknown as DomWindow;
  const { document } = window;
  if (isFragment) {
    if (context.lang) document.documentElement.setAttribute('lang', context.lang);
    if (context.dir) document.documentElement.setAttribute('dir', context.dir);
    document.body.innerHTML = html;
  }
  completeTables(document);
  return {
    document,
    isFragment,
    withDomGlobals: (fn) => withGlobals({ Element: window.Element, HTMLElement: window.HTMLElement, Node: window.Node }, fn),
    serialise: () => (isFragment ? document.body.innerHTML : document.toString()),
  };
}

interface DomWindow {
  document: Document;
  Element: unknown;
  HTMLElement: unknown;
  Node: unknown;
}

/** Runs `fn` with `globals` set where the global object lacks them, then removes them again. */
function withGlobals<T>(globals: Record<string, unknown>, fn: () => T): T {
  const scope = globalThis as Record<string, unknown>;
  const added = Object.keys(globals).filter((name) => !(name in scope));
  for (const name of added) scope[name] = globals[name];
  try {
    return fn();
  } finally {
    for (const name of added) delete scope[name];
  }
}

/** Every `nw-*` element under `root`, in document order, outside `<template>` content. */
export function widgetElements(root: ParentNode, tags: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(tags.join(','))).filter((el) => !el.parentElement?.closest('template'));
}

function childrenNamed(el: Element, ...names: string[]): Element[] {
  return Array.from(el.children).filter((child) => names.includes(child.localName));
}

function define(el: Element, name: string, get: () => unknown): void {
  if (name in el && (el as unknown as Record<string, unknown>)[name] !== undefined) return;
  Object.defineProperty(el, name, { get, configurable: true });
}

/**
 * linkedom's tables are plain elements. The parsers read tables through the
 * HTMLTableElement API (`rows`, `cells`, `caption`, `tHead`, `tBodies`), so
 * each table of the page gets it, computed from its children as a browser does.
 */
export function completeTables(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const sections = () => childrenNamed(table, 'thead', 'tbody', 'tfoot');
    define(table, 'caption', () => childrenNamed(table, 'caption')[0] ?? null);
    define(table, 'tHead', () => childrenNamed(table, 'thead')[0] ?? null);
    define(table, 'tFoot', () => childrenNamed(table, 'tfoot')[0] ?? null);
    define(table, 'tBodies', () => childrenNamed(table, 'tbody'));
    // A browser lists the head's rows first, then the table's own and the bodies', then the foot's.
    define(table, 'rows', () => {
      const head = childrenNamed(table, 'thead').flatMap((section) => childrenNamed(section, 'tr'));
      const foot = childrenNamed(table, 'tfoot').flatMap((section) => childrenNamed(section, 'tr'));
      const body = Array.from(table.children).flatMap((child) =>
        child.localName === 'tr' ? [child] : child.localName === 'tbody' ? childrenNamed(child, 'tr') : [],
      );
      return [...head, ...body, ...foot];
    });
    for (const section of sections()) define(section, 'rows', () => childrenNamed(section, 'tr'));
    for (const row of Array.from(table.querySelectorAll('tr'))) define(row, 'cells', () => childrenNamed(row, 'td', 'th'));
  }
}
