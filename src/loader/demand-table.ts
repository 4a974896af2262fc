/** The loader's chunk for <nw-demand-table>: the class, defined when the loader says so (after the page's UI strings arrived). */
import { defineElement } from '../core/define.js';
import { NwDemandTable } from '../demand-table/demand-table.component.js';

export function define(): void {
  defineElement('nw-demand-table', NwDemandTable);
}
