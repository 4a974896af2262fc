/**
 * A tiny markup tree: the one model both the copied snippet and the live
 * preview come from. `serialize` writes it as escaped HTML text; `toDom`
 * builds the same nodes with createElement/setAttribute/text nodes, so what
 * the producer sees in the preview is exactly what they paste, and no user
 * text is ever parsed as HTML on the way.
 */

export interface Markup {
  tag: string;
  /** Attribute name and value; '' is written as a bare boolean attribute. */
  attrs: Array<[string, string]>;
  children: Array<Markup | string>;
}

type AttrValue = string | boolean | null | undefined;

/** An element; attributes that are undefined, null, false or blank are left out. */
export function el(tag: string, attrs: Record<string, AttrValue> = {}, children: Array<Markup | string | null | undefined | false> = []): Markup {
  const list: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) list.push([name, '']);
    else if (typeof value === 'string' && value.trim() !== '') list.push([name, value]);
  }
  return { tag, attrs: list, children: children.filter((child): child is Markup | string => Boolean(child)) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML text or a quoted attribute value: & < > " '. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const VOID = new Set(['br', 'img']);
const INLINE = new Set(['a', 'abbr', 'b', 'br', 'cite', 'em', 'i', 'small', 'span', 'strong', 'time']);
// Attribute names come from this module's callers, never from input; still, refuse anything odd.
const ATTR_NAME = /^[a-z][a-z0-9-]*$/;

const MAX_LINE = 88;

/** The start tag; with `pad`, long ones put each attribute on a line of its own. */
function openTag(node: Markup, pad?: string): string {
  const attrs = node.attrs
    .filter(([name]) => ATTR_NAME.test(name))
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`));
  const oneLine = `<${node.tag}${attrs.map((attr) => ` ${attr}`).join('')}>`;
  if (pad === undefined || attrs.length < 2 || pad.length + oneLine.length <= MAX_LINE) return oneLine;
  return `<${node.tag}\n${attrs.map((attr) => `${pad}  ${attr}`).join('\n')}\n${pad}>`;
}

function inline(node: Markup | string): string {
  if (typeof node === 'string') return escapeHtml(node);
  if (VOID.has(node.tag)) return openTag(node);
  return `${openTag(node)}${node.children.map(inline).join('')}</${node.tag}>`;
}

/**
 * Whether `node`'s children go on lines of their own: only when it holds
 * elements that are blocks and no text of its own (so re-indenting cannot
 * change what the reader sees).
 */
function isBlockParent(node: Markup): boolean {
  return (
    node.children.some((child) => typeof child !== 'string' && !INLINE.has(child.tag)) &&
    node.children.every((child) => typeof child !== 'string' || child.trim() === '')
  );
}

/** The markup as indented, escaped HTML. */
export function serialize(node: Markup | string, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string') return pad + escapeHtml(node);
  if (!isBlockParent(node)) return pad + inline(node);
  const children = node.children.filter((child): child is Markup => typeof child !== 'string');
  return [pad + openTag(node, pad), ...children.map((child) => serialize(child, depth + 1)), `${pad}</${node.tag}>`].join('\n');
}

/** The same markup as DOM nodes, built without any HTML parsing. */
export function toDom(node: Markup | string, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attrs) if (ATTR_NAME.test(name)) element.setAttribute(name, value);
  for (const child of node.children) element.append(toDom(child, doc));
  return element;
}

/** The text a reader would see, for tests and summaries. */
export function textOf(node: Markup | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
