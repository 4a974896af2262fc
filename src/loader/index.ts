/**
 * The recommended script tag: `<script type="module" src=".../autoload.js">`.
 *
 * A small module that finds the widgets a page uses (and bare X, Bluesky and
 * Mastodon embed code), now and as content is added later, and imports from
 * its own folder only what they need: one chunk per widget, the shared chunk
 * with Lit and the core, and the UI strings of the languages on the page.
 * A page with one quote card never downloads the table or the post parser.
 *
 * Widgets are defined only once their languages' strings have arrived, so
 * they render once, in the right language.
 */
import { EMBED_SELECTOR } from '../tweet-embed/embed-classes.js';

interface WidgetChunk {
  define(): void;
  /** The tweet embed's chunk also wraps bare embed code (see upgradeEmbeds). */
  upgradeEmbeds?: (root: ParentNode) => unknown;
}

const WIDGETS: Record<string, () => Promise<WidgetChunk>> = {
  'nw-quote-card': () => import('./quote-card.js'),
  'nw-tweet-embed': () => import('./tweet-embed.js'),
  'nw-demand-table': () => import('./demand-table.js'),
  'nw-fact-box': () => import('./fact-box.js'),
};
const TAGS = Object.keys(WIDGETS);

/** UI strings by language; English comes with the core. Each module registers its table when imported. */
const LOCALES: Record<string, () => Promise<unknown>> = {
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  es: () => import('../locales/es.js'),
  it: () => import('../locales/it.js'),
  pt: () => import('../locales/pt.js'),
  uk: () => import('../locales/uk.js'),
  ru: () => import('../locales/ru.js'),
  ar: () => import('../locales/ar.js'),
  he: () => import('../locales/he.js'),
  tr: () => import('../locales/tr.js'),
  pl: () => import('../locales/pl.js'),
};

/** The language a widget follows (its nearest `lang`, else the reader's), reduced to what LOCALES is keyed by. */
function languageOf(el: Element): string {
  const lang = el.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  return lang.trim().toLowerCase().split('-')[0]!;
}

const requested = new Map<string, Promise<unknown>>();

/** Loads `key` once; a failure is reported once and may be retried by later content. */
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = requested.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    requested.set(key, pending);
    pending.catch((error: unknown) => {
      requested.delete(key);
      console.warn(`newsroom-widgets: could not load ${key}: ${(error as Error)?.message ?? error}`);
    });
  }
  return pending;
}

/** Loads what `root` (the document, or content added to it) needs. */
function serve(root: ParentNode): void {
  // Embed code inside <nw-tweet-embed> is that post's content, not bare embed code: the
  // wrappers upgradeEmbeds adds are seen here again, and need nothing more.
  const widgets = Array.from(root.querySelectorAll(`${TAGS.join(',')},:is(${EMBED_SELECTOR}):not(nw-tweet-embed *)`));
  if (root.nodeType === 1 && (WIDGETS[(root as Element).localName] || (root as Element).matches(EMBED_SELECTOR))) widgets.unshift(root as Element);
  if (!widgets.length) return;
  // Bare embed code becomes <nw-tweet-embed> as soon as its chunk is here.
  if (widgets.some((el) => el.localName === 'blockquote')) {
    once('nw-tweet-embed', WIDGETS['nw-tweet-embed']!).then((chunk) => chunk.upgradeEmbeds?.(root), () => {});
  }
  // The strings of every language these widgets follow, fetched next to the widgets' chunks.
  const languages = new Set(widgets.map(languageOf));
  const strings = Promise.all(
    [...languages].filter((lang) => LOCALES[lang]).map((lang) => once(`strings (${lang})`, LOCALES[lang]!).catch(() => {})),
  );
  for (const tag of new Set(widgets.map((el) => (el.localName === 'blockquote' ? 'nw-tweet-embed' : el.localName)))) {
    if (customElements.get(tag)) continue;
    const chunk = once(tag, WIDGETS[tag]!);
    // Defined once its strings are here, so it renders once, in the page's language.
    Promise.all([chunk, strings]).then(([widget]) => widget.define()).catch(() => {});
  }
}

function start(): void {
  serve(document);
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && !(node as Element).parentElement?.closest('nw-tweet-embed')) serve(node as Element);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * Started once per page, however many copies run: the post chunk imports this
 * module for the embed classes, so a page that loads it with a query string
 * (a CMS's `?ver=`, a cache buster) evaluates a second copy.
 */
const STARTED = Symbol.for('newsroom-widgets.autoload');
const scope = globalThis as { [STARTED]?: boolean };
if (typeof document !== 'undefined' && !scope[STARTED]) {
  scope[STARTED] = true;
  start();
}
