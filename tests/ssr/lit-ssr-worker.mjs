// Loaded by @lit-labs/testing's litSsrPlugin into each worker that server-renders
// a template for ssrFixture (web-test-runner.config.mjs). Lit's server renderer
// alone never sees an element's children, so the widgets would render without
// their content. This links each widget instance Lit creates to its element in
// the template's markup, as newsroom-widgets/ssr does for a page: the widgets
// then render their content, through Lit's own renderer and hydration markers.
// The fixtures send static markup (no bindings: tests/ssr/story-markup.ts).
import { workerData } from 'node:worker_threads';
import { LitElementRenderer } from '@lit-labs/ssr';
import { parsePage, widgetElements } from '../../dist/ssr/dom.js';
import { WIDGET_TAGS } from '../../dist/ssr/index.js';
import { linkTwin } from '../../dist/ssr/widget-renderer.js';

const { strings, values } = workerData.template;
if (values.length) throw new Error('tests/ssr/lit-ssr-worker.mjs renders static markup only (a template without bindings)');
const { document } = parsePage(strings.join(''));
// Lit creates the widgets in document order, as they appear in the markup.
const twins = widgetElements(document, WIDGET_TAGS);
const instances = new Map();

const connectedCallback = LitElementRenderer.prototype.connectedCallback;
LitElementRenderer.prototype.connectedCallback = function () {
  const twin = twins.shift();
  if (twin?.localName !== this.tagName) throw new Error(`<${this.tagName}> has no element of its own in the markup`);
  instances.set(twin, this.element);
  linkTwin(this.element, twin, (el) => instances.get(el));
  connectedCallback.call(this);
};
