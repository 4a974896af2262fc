import { defineElement } from '../core/define.js';
import { NwQuoteCard } from './quote-card.component.js';

export { NwQuoteCard } from './quote-card.component.js';
export type { QuoteData, QuoteVariant } from './quote-card.component.js';

defineElement('nw-quote-card', NwQuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'nw-quote-card': NwQuoteCard;
  }
}
