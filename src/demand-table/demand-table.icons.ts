import { html, svg, type SVGTemplateResult } from 'lit';
import type { DemandStatus } from './demand-table.parse.js';

// One shape per outcome, so the status reads without colour: a cross, a
// tick, a half-filled disc, a speech bubble, a clock, a question mark.
const SHAPES: Record<DemandStatus, SVGTemplateResult> = {
  rejected: svg`<circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.5 5.5l5 5m0-5l-5 5" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/>`,
  accepted: svg`<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M4.75 8.25l2.25 2.25 4.25-4.75" fill="none" stroke="var(--_knockout, #fff)" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/>`,
  partial: svg`<circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.25a6.75 6.75 0 0 0 0 13.5z" fill="currentColor"/>`,
  open: svg`<path d="M2.5 3.25h11a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H7l-3 2.5v-2.5H2.5a1 1 0 0 1-1-1v-6.5a1 1 0 0 1 1-1z" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/><circle cx="5" cy="7.5" r="1" fill="currentColor"/><circle cx="8" cy="7.5" r="1" fill="currentColor"/><circle cx="11" cy="7.5" r="1" fill="currentColor"/>`,
  pending: svg`<circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.6 1.6"/><path d="M8 4.5V8l2.5 1.75" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6.1 6.2a2 2 0 1 1 2.6 1.9c-.45.17-.7.5-.7.95v.45" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.4" r=".95" fill="currentColor"/>`,
};

/** The decorative shape of a status (the word next to it carries the meaning). */
export function statusIcon(status: DemandStatus) {
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}
