/**
 * The quote card's content pipeline: what the author's light DOM yields, and
 * the one model built from attributes, `data` and that markup. Plain
 * functions, no rendering: the widget runs them through the core's
 * ContentController, and tests and the server call them directly.
 *
 * Accepted markup, most specific first:
 *   <blockquote cite="…"><p>…</p><p>…</p></blockquote> [<cite>Speaker</cite>]
 *   <figure><blockquote>…</blockquote><figcaption>…<cite>…</cite></figcaption></figure>
 *   <p>…</p><p>…</p>
 *   bare text
 */

import type { Built, ContentInputs, Problem } from '../core/content.js';
import { firstOf } from '../core/content.js';
import { parseIsoDate } from '../core/i18n.js';
import { normaliseText, textOf } from '../core/text.js';
import { safeImageUrl, safeLinkUrl } from '../core/url.js';

export type QuoteVariant = 'card' | 'pull';
export const QUOTE_VARIANTS: readonly QuoteVariant[] = ['card', 'pull'];

/** The normalised content a quote card shows. */
export interface QuoteData {
  /** The quote, one string per paragraph. */
  quote: string[];
  speaker?: string;
  /** The speaker's title or affiliation. */
  speakerRole?: string;
  /** ISO 8601 date the quote was said or published. */
  date?: string;
  /** URL of the source; only http(s) is kept. */
  cite?: string;
  /** Label of the source, e.g. an outlet or an event. */
  source?: string;
  /** Image URL of the speaker. */
  avatar?: string;
}

/** The attributes that feed a quote card's model. */
export interface QuoteAttributes {
  speaker: string;
  speakerRole: string;
  date: string;
  cite: string;
  source: string;
  avatar: string;
  variant: string;
}

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
export function parseQuote(host: Element | null): ParsedQuote {
  if (!host) return { quote: [] };
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
    .filter((node) => node !== citeEl && !(node.nodeType === 1 && (node as Element).matches('figcaption, footer')))
    .map((node) => textOf(node))
    .join(' ');
  const quote = normaliseText(text);
  return { quote: quote ? [quote] : [], speaker };
}

/** The `data` property as given, if it is an object; its quote as paragraphs. */
function quoteInput(data: unknown, problems: Problem[]): Partial<Record<keyof QuoteData, unknown>> & { quote?: string[] } {
  if (data === undefined) return {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ code: 'invalid-data', message: 'data must be an object with a quote.' });
    return {};
  }
  const given = data as Record<string, unknown>;
  const quote = given.quote;
  return { ...given, quote: Array.isArray(quote) ? quote.map(normaliseText) : typeof quote === 'string' ? [quote] : undefined };
}

/** Builds the quote card's model: attribute, then `data`, then the light DOM. */
export function buildQuote({ attributes, parsed, data }: ContentInputs<QuoteAttributes, ParsedQuote>): Built<QuoteData> {
  const problems: Problem[] = [];
  const given = quoteInput(data, problems);
  const pick = (...values: unknown[]) => firstOf(normaliseText, ...values);
  const quote = (given.quote?.length ? given.quote : parsed.quote).map(normaliseText).filter(Boolean);

  const rawCite = pick(attributes.cite, given.cite, parsed.cite);
  const cite = safeLinkUrl(rawCite) ?? undefined;
  if (rawCite && !cite) problems.push({ code: 'invalid-url', message: `cite "${rawCite}" is not an http(s) URL; the source is shown without a link.` });
  const rawAvatar = pick(attributes.avatar, given.avatar);
  const avatar = safeImageUrl(rawAvatar) ?? undefined;
  if (rawAvatar && !avatar) problems.push({ code: 'invalid-url', message: `avatar "${rawAvatar}" is not an http(s) image URL; initials are shown instead.` });
  const rawDate = pick(attributes.date, given.date);
  const date = parseIsoDate(rawDate) ? rawDate : undefined;
  if (rawDate && !date) problems.push({ code: 'invalid-date', message: `date "${rawDate}" is not an ISO 8601 date (YYYY-MM-DD); it is not shown.` });
  if (!QUOTE_VARIANTS.includes(attributes.variant as QuoteVariant)) {
    problems.push({ code: 'invalid-attribute', message: `variant "${attributes.variant}" is not one of ${QUOTE_VARIANTS.join(', ')}; "card" is used.` });
  }
  if (!quote.length) problems.push({ code: 'empty-content', message: 'no quote text found; add a <blockquote> or <p> inside the element.' });

  return {
    model: {
      quote,
      speaker: pick(attributes.speaker, given.speaker, parsed.speaker),
      speakerRole: pick(attributes.speakerRole, given.speakerRole),
      date,
      cite,
      source: pick(attributes.source, given.source),
      avatar,
    },
    problems,
  };
}
