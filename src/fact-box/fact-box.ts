import '../locales/all.js';
import { defineElement } from '../core/define.js';
import { NwFactBox } from './fact-box.component.js';

export { NwFactBox } from './fact-box.component.js';
export type { Fact, FactBoxData, FactBoxVariant, FactSource } from './fact-box.component.js';

defineElement('nw-fact-box', NwFactBox);

declare global {
  interface HTMLElementTagNameMap {
    'nw-fact-box': NwFactBox;
  }
}
