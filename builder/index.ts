/**
 * The embed builder: defines `<embed-builder>` and every widget it previews.
 * The standalone page (`dist/builder/`, bundled from here) and the story load
 * this module. It uses the library only through its public entries, as any
 * npm user would.
 */
import 'newsroom-widgets';
import { defineElement } from 'newsroom-widgets/core';
import { EmbedBuilder } from './embed-builder.js';

export { EmbedBuilder };
export type { WidgetKind } from './snippet.js';

defineElement('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
