import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { NwQuoteCard } from '../../src/quote-card/quote-card.js';
import { captureWarnings } from '../helpers.js';

describe('defineElement', () => {
  it('defining the same class twice is harmless and silent', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('nw-quote-card', NwQuoteCard);
      defineElement('nw-quote-card', NwQuoteCard);
    });
    expect(customElements.get('nw-quote-card')).to.equal(NwQuoteCard);
    expect(warnings).to.deep.equal([]);
  });

  it('a second copy of the same version (another URL) is silent', async () => {
    class SameVersionCopy extends NwQuoteCard {}
    const warnings = await captureWarnings(() => defineElement('nw-quote-card', SameVersionCopy));
    expect(customElements.get('nw-quote-card')).to.equal(NwQuoteCard);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, without throwing, when another version holds the tag', async () => {
    class Other extends LitElement {
      static nwVersion = '0.0.1-other';
    }
    customElements.define('nw-define-test', Other);
    class Mine extends LitElement {}
    const warnings = await captureWarnings(() => defineElement('nw-define-test', Mine));
    expect(customElements.get('nw-define-test')).to.equal(Other);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('nw-define-test').and.contain('0.0.1-other');
  });
});
