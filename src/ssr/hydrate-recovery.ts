/**
 * When a widget cannot take over its server-rendered shadow root, it renders
 * it afresh instead of breaking. Lit's hydration throws when the browser's
 * first render differs in structure from the server's: for instance a fact
 * box rendered on its own (renderWidget) that finds, on the page, another box
 * of the same name, which it then numbers ("Key facts, 1 of 2"). The widget
 * then clears the shadow root, adopts its styles and renders as without a
 * server, with one console warning.
 *
 * This module must run after Lit's hydration support and before Lit defines
 * LitElement (see hydrate.ts): it wraps the support's hook, and imports no
 * module that would load lit-element.
 */
import { adoptStyles, type CSSResultOrNative } from '@lit/reactive-element/css-tag.js';
import { render, type RenderOptions } from 'lit-html';

interface HydratingElement extends HTMLElement {
  hasUpdated: boolean;
  renderRoot: ShadowRoot;
  renderOptions: RenderOptions;
  render(): unknown;
  update(changed: unknown): void;
}

/** A shadow root with Lit's server-rendered markup that no client render has taken over yet. */
function hasServerMarkup(root: Node | undefined): boolean {
  if (!(root instanceof ShadowRoot) || '_$litPart$' in root) return false;
  return Array.from(root.childNodes).some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));
}

type HydrateSupport = (classes: { LitElement: { prototype: HydratingElement } }) => void;
const scope = globalThis as { litElementHydrateSupport?: HydrateSupport };
const hydrateSupport = scope.litElementHydrateSupport;

if (hydrateSupport) {
  scope.litElementHydrateSupport = (classes) => {
    hydrateSupport(classes);
    const prototype = classes.LitElement.prototype;
    const update = prototype.update;
    prototype.update = function (this: HydratingElement, changed: unknown) {
      const hydrating = !this.hasUpdated && hasServerMarkup(this.renderRoot);
      try {
        update.call(this, changed);
      } catch (error) {
        const ctor = this.constructor as { nwVersion?: string; elementStyles?: CSSResultOrNative[] };
        // Only this library's widgets, and only their first, hydrating update.
        if (!hydrating || !ctor.nwVersion) throw error;
        console.warn(
          `newsroom-widgets: <${this.localName}> differs from its server-rendered shadow root (${(error as Error)?.message}); it is rendered again.`,
        );
        const root = this.renderRoot;
        root.replaceChildren();
        delete (root as { _$litPart$?: unknown })._$litPart$;
        adoptStyles(root, ctor.elementStyles ?? []);
        render(this.render(), root, this.renderOptions);
      }
    };
  };
}
