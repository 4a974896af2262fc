/**
 * What the builder keeps of pasted embed code: the platform's blockquote and
 * what official embed code is made of inside it (paragraphs, links, line
 * breaks, a few inline elements), cleaned by DOMPurify. Scripts, styles,
 * frames, media and forms go with their content; other wrappers give way to
 * their content; links keep http(s) addresses only; the blockquote keeps its
 * platform class (from the library's platform table) and the data the widget
 * reads (language, colour mode, Bluesky's post URI, Mastodon's embed URL).
 *
 * DOMPurify is a dependency of the builder only: no widget imports this file.
 */
import DOMPurify, { type Config, type UponSanitizeAttributeHook } from 'dompurify';
import { safeLinkUrl } from 'newsroom-widgets/core';
import { EMBED_CLASSES, EMBED_SELECTOR } from 'newsroom-widgets/tweet-embed/platforms';
import { el, type Markup } from './markup.js';

/** Elements of official embed code that are kept. */
const KEPT_ELEMENTS = ['blockquote', 'p', 'a', 'br', 'div', 'span', 'strong', 'em', 'b', 'i'];

/** Elements dropped with everything in them; any other element gives way to its content. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'img', 'link', 'meta',
  'form', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'picture', 'source', 'frame', 'frameset',
  'base', 'title', 'head',
];

const langOf = (value: string) => value.replace(/[^A-Za-z0-9-]/g, '');
const dirOf = (value: string) => (['ltr', 'rtl', 'auto'].includes(value.toLowerCase()) ? value.toLowerCase() : undefined);
const colourMode = (value: string) => (value === 'dark' || value === 'light' ? value : undefined);

/** Attribute → its cleaned value (undefined: dropped), per kept element. */
type Rule = (value: string) => string | undefined;
const TEXT_DIRECTION: Record<string, Rule> = { lang: langOf, dir: dirOf };
const ATTRIBUTE_RULES: Record<string, Record<string, Rule>> = {
  a: { href: (value) => safeLinkUrl(value) ?? undefined },
  p: TEXT_DIRECTION,
  blockquote: {
    class: (value) => value.split(/\s+/).filter((name) => EMBED_CLASSES.includes(name)).join(' '),
    ...TEXT_DIRECTION,
    'data-lang': langOf,
    'data-theme': colourMode,
    'data-bluesky-uri': (value) => (/^at:\/\/[^\s"'<>]+$/.test(value) ? value : undefined),
    'data-bluesky-cid': (value) => value.replace(/[^A-Za-z0-9]/g, ''),
    'data-bluesky-embed-color-mode': colourMode,
    'data-embed-url': (value) => safeLinkUrl(value) ?? undefined,
  },
};

const ATTRIBUTES = [...new Set(Object.values(ATTRIBUTE_RULES).flatMap(Object.keys))];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: KEPT_ELEMENTS,
  ALLOWED_ATTR: ATTRIBUTES,
  // The rules above check every value; DOMPurify's own URL check applies to links on top.
  ADD_URI_SAFE_ATTR: ATTRIBUTES.filter((name) => name !== 'href' && name !== 'data-embed-url'),
  ALLOWED_URI_REGEXP: /^https?:/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_CONTENTS: DROPPED_WITH_CONTENT,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

/** Keeps an attribute only where its element's rule allows it, with the rule's cleaned value. */
const applyRules: UponSanitizeAttributeHook = (node, data) => {
  const rule = ATTRIBUTE_RULES[node.localName]?.[data.attrName];
  const value = rule?.(data.attrValue.trim());
  if (value) data.attrValue = value;
  else data.keepAttr = false;
};

/** An element of the cleaned fragment as a markup tree (it holds only what the rules kept). */
function toMarkup(node: Node): Array<Markup | string> {
  if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const attrs = Object.fromEntries(Array.from(element.attributes, (attr) => [attr.name, attr.value]));
  return [el(element.localName, attrs, Array.from(element.childNodes).flatMap(toMarkup))];
}

/**
 * The first official embed blockquote in `code`, cleaned, as a markup tree;
 * undefined when the code holds none. Nothing parsed here is inserted anywhere.
 */
export function cleanEmbedCode(code: string): Markup | undefined {
  DOMPurify.addHook('uponSanitizeAttribute', applyRules);
  try {
    const fragment = DOMPurify.sanitize(code, CONFIG);
    const blockquote = fragment.querySelector(EMBED_SELECTOR);
    return blockquote ? (toMarkup(blockquote)[0] as Markup) : undefined;
  } finally {
    DOMPurify.removeHook('uponSanitizeAttribute', applyRules);
  }
}
