import '../locales/all.js';
import { defineElement } from '../core/define.js';
import { NwDemandTable } from './demand-table.component.js';

export { NwDemandTable } from './demand-table.component.js';
export type { DemandRow, DemandSource, DemandStatus, DemandTableData } from './demand-table.component.js';

defineElement('nw-demand-table', NwDemandTable);

declare global {
  interface HTMLElementTagNameMap {
    'nw-demand-table': NwDemandTable;
  }
}
