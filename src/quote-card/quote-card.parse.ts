/**
 * Reads a quote from the author's light DOM. Plain functions, no rendering:
 * the widget calls them, and tests call them directly.
 *
 * Accepted markup, most specific first:
 *   <blockquote cite="…"><p>…</p><p>…</p></blockquote> [<cite>Speaker</cite>]
 *   <figure><blockquote>…</blockquote><figcaption>…<cite>…</cite></figcaption></figure>
 *   <p>…</p><p>…</p>
 *   bare text
 */

import { normaliseText } from '../core/text.js';

export interface ParsedQuote {
  /** The quote's paragraphs, as text. */
  quote: string[];
  /** `cite` of the author's `<blockquote>`, unchecked (the URL policy decides). */
  cite?: string;
  /** The text of a `<cite>` outside the quote, used as speaker when no attribute gives one. */
  speaker?: string;
}

function paragraphsOf(container: Element): string[] {
  const blocks = Array.from(container.children).filter((child) => child.localName === 'p');
  const texts = blocks.length ? blocks.map((p) => normaliseText(p.textContent)) : [normaliseText(container.textContent)];
  return texts.filter(Boolean);
}

/** Parses the quote out of `host`'s light DOM. Never throws. */
export function parseQuote(host: Element): ParsedQuote {
  const blockquote = host.querySelector('blockquote');
  const citeEl = Array.from(host.querySelectorAll('cite')).find((el) => !blockquote?.contains(el));
  const speaker = normaliseText(citeEl?.textContent) || undefined;
  if (blockquote) {
    const cite = blockquote.getAttribute('cite')?.trim() || undefined;
    return { quote: paragraphsOf(blockquote), cite, speaker };
  }
  const paragraphs = Array.from(host.querySelectorAll('p')).filter(
    (p) => !p.closest('figcaption, footer') && !(citeEl && p.contains(citeEl)),
  );
  if (paragraphs.length) {
    return { quote: paragraphs.map((p) => normaliseText(p.textContent)).filter(Boolean), speaker };
  }
  // Bare text: everything except an attribution element.
  const text = Array.from(host.childNodes)
    .filter((node) => node !== citeEl && !(node instanceof Element && node.matches('figcaption, footer, template, script, style')))
    .map((node) => node.textContent ?? '')
    .join(' ');
  const quote = normaliseText(text);
  return { quote: quote ? [quote] : [], speaker };
}
