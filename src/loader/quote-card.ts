/** The loader's chunk for <nw-quote-card>: the class, defined when the loader says so (after the page's UI strings arrived). */
import { defineElement } from '../core/define.js';
import { NwQuoteCard } from '../quote-card/quote-card.component.js';

export function define(): void {
  defineElement('nw-quote-card', NwQuoteCard);
}
