import { stringOf } from './locale-registry.js';
import type { PluralForms, StringKey } from './strings.js';

export { defineLocale, onLocaleChange, registerLocale, stringsVersion } from './locale-registry.js';

/*
 * English comes with the core; other languages register when their module in
 * src/locales/ is imported: every npm entry and the one-file bundle import
 * them all (locales/all.ts), the script-tag loader only those of the page.
 */

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The element's parent across shadow boundaries (slot assignment aside). */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode?.();
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

function closestAttribute(el: Element, name: string): string | null {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const value = node.getAttribute(name);
    if (value !== null && value.trim() !== '') return value.trim();
  }
  return null;
}

/** The language of `el`: its own or nearest ancestor's `lang`, else the page's, else `en`. */
export function resolveLang(el: Element): string {
  const lang = closestAttribute(el, 'lang');
  if (lang) return canonicalLang(lang);
  if (typeof navigator !== 'undefined' && navigator.language) return canonicalLang(navigator.language);
  return 'en';
}

/** A BCP 47 tag Intl accepts, or `en`; each tag once per page (widgets ask at every string, date and render). */
export function canonicalLang(lang: string): string {
  return cachedIntl('tag', lang, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/** The direction of `el`: the nearest explicit `dir`, else the one the language implies. */
export function resolveDir(el: Element, lang = resolveLang(el)): 'ltr' | 'rtl' {
  const dir = closestAttribute(el, 'dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return directionOfLang(lang);
}

export function directionOfLang(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGS.has(baseLang(lang)) ? 'rtl' : 'ltr';
}

function baseLang(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/**
 * Intl objects are costly to create (a fraction of a millisecond each, which
 * adds up over hundreds of posts or rows) and safe to reuse: one per language
 * and options (`kind` names the options, so the key costs no serialising).
 * Canonical language tags are kept here too.
 */
const intlCache = new Map<string, unknown>();
function cachedIntl<T>(kind: string, lang: string, create: () => T): T {
  const key = `${kind}|${lang}`;
  let value = intlCache.get(key) as T | undefined;
  if (value === undefined) intlCache.set(key, (value = create()));
  return value;
}

/**
 * English (`en`, `en-US`) as Intl writes it, without Intl. A page's first
 * date, number or list format makes the browser load its locale data: one
 * task of about 15 ms at full speed and over 100 ms on a mid-range phone,
 * which no slicing can split. English widgets need only the long date, whole
 * numbers and lists (list-parts.ts), written exactly as Intl writes them (the tests
 * compare the two); times, fractions, other languages and other regions
 * (`en-GB` writes "13 January 2022") go to Intl.
 */
const PLAIN_ENGLISH = new Set(['en', 'en-US']);

/** Whether `locale` (canonical) is English that this module writes without Intl. */
export const isPlainEnglish = (locale: string): boolean => PLAIN_ENGLISH.has(locale);

/** The months as English writes them (also what the post parser reads in embed code). */
export const ENGLISH_MONTHS: readonly string[] = 'January February March April May June July August September October November December'.split(' ');

/** "January 13, 2022" from the date's UTC fields; null outside years 1000 to 9999. */
function englishDate(date: Date): string | null {
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? `${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${year}` : null;
}

/** "-1,234,567"; null for anything but a safe integer (and -0). */
function englishInteger(value: number): string | null {
  return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : null;
}

/** A cached `Intl.ListFormat` for `lang` (conjunction, long). */
export function listFormat(lang: string): Intl.ListFormat {
  const locale = canonicalLang(lang);
  const options = { style: 'long', type: 'conjunction' } as const;
  return cachedIntl('list', locale, () => new Intl.ListFormat(locale, options));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date or date-time; null when it is not one or not a real date. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!ISO_DATE.test(text)) return null;
  const date = new Date(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return null;
  // Reject roll-overs such as 2022-02-30.
  if (DATE_ONLY.test(text) && date.toISOString().slice(0, 10) !== text) return null;
  return date;
}

export interface FormattedDate {
  /** What the reader sees, in the page's language. */
  text: string;
  /** The machine-readable value for `<time datetime>`. */
  datetime: string;
}

/**
 * Formats an ISO 8601 value for `lang`. Date-only values are calendar dates and
 * are shown as written, in any time zone; values with a time also show it.
 */
export function formatDate(
  value: string | null | undefined,
  lang: string,
  options: { withTime?: boolean } = {},
): FormattedDate | null {
  if (typeof value !== 'string') return null;
  // Hundreds of widgets on a page show few distinct dates: each is formatted once.
  const key = `${lang}|${options.withTime ? 1 : 0}|${value}`;
  if (formattedDates.has(key)) {
    const known = formattedDates.get(key);
    return known ? { ...known } : null;
  }
  if (formattedDates.size >= 256) formattedDates.clear();
  const formatted = formatDateOnce(value, lang, options);
  formattedDates.set(key, formatted);
  return formatted ? { ...formatted } : null;
}

/**
 * Builds the date format of `lang` ahead of the widgets' first renders. The
 * first date format of a page costs more than any render (the browser loads
 * its locale data then: about 15 ms, over 100 ms on a slow phone); done in a
 * turn of its own, it does not make one widget's render a long task. English
 * dates need no Intl (see PLAIN_ENGLISH), so this costs nothing there.
 */
export function prepareDates(lang: string): void {
  formatDate('2000-01-01', lang);
}

/** Dates formatted recently, by language, options and value (at most 256). */
const formattedDates = new Map<string, FormattedDate | null>();

function formatDateOnce(value: string, lang: string, options: { withTime?: boolean }): FormattedDate | null {
  const date = parseIsoDate(value);
  if (!date || typeof value !== 'string') return null;
  const text = value.trim();
  const dateOnly = DATE_ONLY.test(text);
  const locale = canonicalLang(lang);
  const formatOptions: Intl.DateTimeFormatOptions = {
    dateStyle: 'long',
    ...(options.withTime && !dateOnly ? { timeStyle: 'short' } : {}),
    ...(dateOnly || !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? { timeZone: 'UTC' } : {}),
  };
  // Without an offset, a date-time is local to where it was written; show it as such.
  const shown = dateOnly || /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? date : new Date(`${text}Z`);
  const english = isPlainEnglish(locale) && !formatOptions.timeStyle && formatOptions.timeZone === 'UTC' ? englishDate(shown) : null;
  if (english) return { text: english, datetime: text };
  const format = cachedIntl(`date|${formatOptions.timeStyle ?? ''}|${formatOptions.timeZone ?? ''}`, locale, () => new Intl.DateTimeFormat(locale, formatOptions));
  return { text: format.format(shown), datetime: text };
}

/** Formats a number for `lang` (grouping, digits). */
export function formatNumber(value: number, lang: string): string {
  const locale = canonicalLang(lang);
  const english = isPlainEnglish(locale) ? englishInteger(value) : null;
  if (english !== null) return english;
  return cachedIntl('number', locale, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * A translated UI string: the page's or app's wording if given, else the
 * language's (exact, then base language), else English. `{name}`
 * placeholders are filled from `vars`; a string with plural forms is chosen
 * with `Intl.PluralRules` on `vars.count`.
 */
export function t(lang: string, key: StringKey, vars: Record<string, string | number> = {}): string {
  const entry = stringOf(lang, key);
  let template: string;
  if (typeof entry === 'string') {
    template = entry;
  } else {
    const count = Number(vars.count ?? 0);
    const locale = canonicalLang(lang);
    const category = cachedIntl('plural', locale, () => new Intl.PluralRules(locale)).select(count);
    template = (entry as PluralForms)[category] ?? entry.other;
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** The initials of a name, for an avatar fallback ("Wendy Sherman" -> "WS"). */
export function initialsOf(name: string): string {
  const words = name
    .replace(/[(@].*$/, '')
    .split(/[\s\-‐]+/u)
    .filter((word) => /\p{L}/u.test(word));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters
    .map((word) => Array.from((word ?? '').replace(/^[^\p{L}]+/u, ''))[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}
