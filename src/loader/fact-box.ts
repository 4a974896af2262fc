/** The loader's chunk for <nw-fact-box>: the class, defined when the loader says so (after the page's UI strings arrived). */
import { defineElement } from '../core/define.js';
import { NwFactBox } from '../fact-box/fact-box.component.js';

export function define(): void {
  defineElement('nw-fact-box', NwFactBox);
}
