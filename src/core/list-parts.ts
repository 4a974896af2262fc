/**
 * Lists as each language writes them ("A, B, and C"), in parts, so that a
 * widget can link each item. A module of its own: only the widgets that list
 * sources (the demand table and the fact box) load it.
 */
import { canonicalLang, isPlainEnglish, listFormat } from './i18n.js';

/** A list's items and the words between them, as `Intl.ListFormat#formatToParts` gives them. */
export interface ListPart {
  type: 'element' | 'literal';
  value: string;
}

/** `items` joined as `lang` lists them ("A, B, and C" in English), in parts; English without Intl (see i18n.ts). */
export function listParts(items: readonly string[], lang: string): ListPart[] {
  const locale = canonicalLang(lang);
  if (!isPlainEnglish(locale)) return listFormat(locale).formatToParts(items) as ListPart[];
  const parts: ListPart[] = [];
  const last = items.length - 1;
  items.forEach((value, i) => {
    if (i) parts.push({ type: 'literal', value: i < last ? ', ' : last > 1 ? ', and ' : ' and ' });
    parts.push({ type: 'element', value });
  });
  return parts;
}

/** Joins items as the language lists them ("a, b, and c"). */
export function formatList(items: string[], lang: string): string {
  return listParts(items, lang)
    .map((part) => part.value)
    .join('');
}
