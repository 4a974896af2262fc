/**
 * The browser half of server rendering: Lit's hydration support, then every
 * widget. Widgets whose shadow root came from the server (newsroom-widgets/ssr)
 * take it over as it is, attaching their event listeners, instead of
 * rendering it again; others render as usual.
 *
 * Lit's hydration support must run before Lit defines its element class, so
 * this module comes first: as the script-tag bundle
 * `dist/newsroom-widgets-hydrate.js` (instead of `newsroom-widgets.js`), or,
 * in an app's own bundle, `import 'newsroom-widgets/ssr/hydrate'` before any
 * other import of Lit or of the widgets. A widget that cannot take over its
 * shadow root renders it again (hydrate-recovery.ts).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydrate-recovery.js';

export * from '../index.js';
