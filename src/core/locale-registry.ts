/**
 * Where the UI strings come from, in three layers (the later wins):
 *
 * 1. the library's own tables: English from the start, any other language
 *    when its module in `src/locales/` is imported (`defineLocale`);
 * 2. what an app registers (`registerLocale`): a language the library lacks,
 *    or its own wording for some keys;
 * 3. what the page says in `<script type="application/json" data-nw-strings>`,
 *    read once, at the first string asked for.
 *
 * A locale can arrive after the widgets rendered in English (a loader that
 * fetches only the languages on the page): `onLocaleChange` tells them.
 *
 * This module imports no locale but English, so every locale module can
 * import it. It touches no DOM at import time (server rendering).
 */
import en from '../locales/en.js';
import type { PluralForms, StringKey, StringValue, Translation } from './strings.js';

type Layer = Map<string, Translation>;

// Annotated so that a bundle that never shows a string (the quote card alone) leaves English out.
const library: Layer = /* @__PURE__ */ new Map([['en', en]]);
const app: Layer = new Map();
const page: Layer = new Map();

/** Each language's strings merged over English, built on first use, dropped on any change. */
const merged = new Map<string, Translation>();
const versions = new Map<string, number>();
const listeners = new Set<(lang: string) => void>();
/** Until a string has been shown, a change needs no re-render and no version. */
let served = false;

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
const baseOf = (lang: string) => lang.split('-')[0]!;

function changed(lang: string): void {
  merged.clear();
  if (!served) return;
  versions.set(lang, (versions.get(lang) ?? 0) + 1);
  listeners.forEach((listener) => listener(lang));
}

/**
 * Keeps what can be a string of `lang`: known keys whose value is a string or
 * plural forms with an `other`. Says what it dropped in `problems`.
 */
function cleanTable(input: unknown, problems: string[], prefix = ''): Translation {
  const table: Translation = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(`${prefix}not an object of strings`);
    return table;
  }
  for (const [key, value] of Object.entries(input)) {
    if (!hasOwn(en, key)) {
      problems.push(`${prefix}unknown key "${key}"`);
    } else if (typeof value === 'string') {
      table[key as StringKey] = value;
    } else if (typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string') {
      const forms = {} as PluralForms;
      for (const category of PLURAL_CATEGORIES) {
        const form = (value as Record<string, unknown>)[category];
        if (typeof form === 'string') forms[category as Intl.LDMLPluralRule] = form;
      }
      table[key as StringKey] = forms;
    } else {
      problems.push(`${prefix}"${key}" is neither a string nor plural forms with "other"`);
    }
  }
  return table;
}

function addTo(layer: Layer, lang: string, table: Translation): void {
  layer.set(lang, { ...layer.get(lang), ...table });
}

function warn(source: string, problems: string[]): void {
  if (problems.length) console.warn(`newsroom-widgets: ${source}: ignored ${problems.join('; ')}.`);
}

/**
 * The library's own table for `lang` (what each `src/locales/<lang>.ts`
 * calls when imported). What an app or the page sets still wins over it,
 * whichever comes first.
 */
export function defineLocale(lang: string, table: Translation): void {
  const key = lang.toLowerCase();
  if (library.get(key) === table) return;
  library.set(key, table);
  changed(key);
}

/** The library's tables registered so far, by language (English first). */
export function definedLocales(): ReadonlyMap<string, Translation> {
  return library;
}

/**
 * Adds a language, or your own wording for some keys of one, over the
 * library's table: `registerLocale('en', { viewOn: 'Read on {platform}' })`.
 * Later calls add to earlier ones. Unknown keys and malformed values are
 * ignored with one console warning; it never throws.
 */
export function registerLocale(lang: string, strings: Translation): void {
  const key = String(lang).trim().toLowerCase();
  const problems: string[] = [];
  addTo(app, key, cleanTable(strings, problems));
  warn(`registerLocale('${lang}')`, problems);
  changed(key);
}

/**
 * Calls `listener(lang)` whenever the strings of `lang` may have changed (a
 * locale or an app's wording registered after the first string was shown).
 * Returns the unsubscribe.
 */
export function onLocaleChange(listener: (lang: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A number that changes whenever what `t(lang, …)` returns may have changed:
 * a widget compares it with the one it last rendered with.
 */
export function stringsVersion(lang: string): number {
  const key = lang.toLowerCase();
  const base = baseOf(key);
  const own = (tag: string) => versions.get(tag) ?? 0;
  return own('en') + own(base) + (key === base ? 0 : own(key));
}

let pageRead = false;

/**
 * The page's overrides, read once, at the first string asked for: module
 * scripts run after the page is parsed, so the block may be anywhere in it.
 * Never throws; what cannot be read is left out, with one warning per block.
 */
function readPageOnce(): void {
  if (pageRead || typeof document === 'undefined' || typeof document.querySelectorAll !== 'function') return;
  pageRead = true;
  let scripts: Element[] = [];
  try {
    scripts = Array.from(document.querySelectorAll('script[type="application/json"][data-nw-strings]'));
  } catch {
    // A document that cannot be queried (a server-side stand-in) has no overrides.
  }
  for (const script of scripts) {
    const problems: string[] = [];
    try {
      const json: unknown = JSON.parse(script.textContent ?? '');
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not an object of languages, such as {"en": {…}}');
      for (const [lang, strings] of Object.entries(json)) addTo(page, lang.trim().toLowerCase(), cleanTable(strings, problems, `${lang}: `));
    } catch (error) {
      problems.push(`the block: ${(error as Error).message}`);
    }
    warn('<script data-nw-strings>', problems);
  }
}

/** The strings of `lang`: its own, else its base language's (`pt` for `pt-BR`), else English. */
function tableOf(lang: string): Translation {
  const key = lang.toLowerCase();
  let table = merged.get(key);
  if (!table) {
    table = {};
    for (const tag of new Set(['en', baseOf(key), key])) {
      for (const layer of [library, app, page]) Object.assign(table, layer.get(tag));
    }
    merged.set(key, table);
  }
  return table;
}

/** The value of `key` for `lang`, through the layers and fallbacks above. */
export function stringOf(lang: string, key: StringKey): StringValue {
  readPageOnce();
  served = true;
  return tableOf(lang)[key] ?? en[key];
}
