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
  return {
    document,
    isFragment,
    serialise: () => (isFragment ? document.body.innerHTML : document.toString()),
  };
}

interface DomWindow {
  document: Document;
}

/** Every `nw-*` element under `root`, in document order, outside `<template>` content. */
export function widgetElements(root: ParentNode, tags: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(tags.join(','))).filter((el) => !el.parentElement?.closest('template'));
}
