/**
 * Collapses runs of white space the way the page renders them. Anything that
 * is not a string or a number (JSON can hold anything) becomes ''.
 */
export function normaliseText(text: unknown): string {
  return typeof text === 'string' || typeof text === 'number' ? String(text).replace(/\s+/g, ' ').trim() : '';
}

const NEVER_TEXT = new Set(['script', 'style', 'template']);

export interface TextOptions {
  /** Keep line feeds of text nodes, and end each `<p>` with a blank line (Bluesky writes lines that way). */
  preserveNewlines?: boolean;
  /** What a `<br>` becomes: a space (default) or `'\n'`. */
  lineBreak?: string;
  /** Elements whose text is left out (notes, attributions). */
  skip?: (el: Element) => boolean;
}

/**
 * The text of `node` as the page renders it, read from the tree alone (no
 * layout, so it works on a detached or server-side tree): scripts, styles and
 * templates are left out, `<br>` is a break, runs of white space collapse.
 */
export function textOf(node: Node, options: TextOptions = {}): string {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    return options.preserveNewlines ? text.replace(/[^\S\n]+/g, ' ') : text.replace(/\s+/g, ' ');
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  if (node.nodeType === 1) {
    const el = node as Element;
    if (NEVER_TEXT.has(el.localName) || options.skip?.(el)) return '';
    if (el.localName === 'br') return options.lineBreak ?? ' ';
  }
  let text = '';
  node.childNodes.forEach((child) => (text += textOf(child, options)));
  if (options.preserveNewlines && (node as Element).localName === 'p') text += '\n\n';
  return text;
}

/** Any value as text for a message, never throwing (objects without a prototype have no `toString`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
