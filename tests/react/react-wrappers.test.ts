// The generated React wrappers (src/react/), rendered by React 19 in the browser.
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { NwErrorDetail } from '../../src/core/events.js';
import { NwQuoteCard } from '../../src/quote-card/quote-card.js';
import { DemandTable, FactBox, QuoteCard, TweetEmbed } from '../../src/react/index.js';
import { captureWarnings, settle, shadow } from '../helpers.js';

const h = React.createElement;
const QUOTE = '[Some of Putin’s demands] are simply non-starters.';

describe('React wrappers', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  /** Renders synchronously, then waits for the widgets to update. */
  async function show(element: React.ReactNode): Promise<void> {
    flushSync(() => root.render(element));
    await settle(container);
  }

  it('<QuoteCard> renders an upgraded <nw-quote-card> showing its children and props', async () => {
    const ref = React.createRef<NwQuoteCard>();
    await show(
      h(
        QuoteCard,
        { ref, speaker: 'Wendy Sherman', speakerRole: 'U.S. Deputy Secretary of State', date: '2022-01-12', cite: 'https://www.state.gov/' },
        h('blockquote', null, h('p', null, QUOTE)),
      ),
    );
    const el = container.querySelector('nw-quote-card')!;
    expect(el).to.be.instanceOf(NwQuoteCard);
    expect(ref.current).to.equal(el);
    const figure = shadow(el).querySelector('figure')!;
    expect(figure.querySelector('blockquote')!.textContent!.trim()).to.equal(QUOTE);
    const caption = figure.querySelector('figcaption')!.textContent!;
    expect(caption).to.contain('Wendy Sherman').and.contain('U.S. Deputy Secretary of State');
    expect(figure.querySelector('cite a')!.getAttribute('href')).to.equal('https://www.state.gov/');
  });

  it('re-rendering with new props updates the widget', async () => {
    const quote = h('blockquote', null, h('p', null, QUOTE));
    await show(h(QuoteCard, { speaker: 'Wendy Sherman' }, quote));
    await show(h(QuoteCard, { speaker: 'Jens Stoltenberg' }, quote));
    const caption = shadow(container.querySelector('nw-quote-card')!).querySelector('figcaption')!.textContent!;
    expect(caption).to.contain('Jens Stoltenberg').and.not.contain('Wendy Sherman');
  });

  it('the data prop renders content without children', async () => {
    await show(h(QuoteCard, { data: { quote: [QUOTE], speaker: 'Wendy Sherman' } }));
    const figure = shadow(container.querySelector('nw-quote-card')!).querySelector('figure')!;
    expect(figure.querySelector('blockquote')!.textContent!.trim()).to.equal(QUOTE);
    expect(figure.querySelector('figcaption')!.textContent).to.contain('Wendy Sherman');
  });

  it('onNwError receives nw-error for a bad cite, and the quote stays readable', async () => {
    const details: NwErrorDetail[] = [];
    const warnings = await captureWarnings(() =>
      show(
        h(
          QuoteCard,
          { speaker: 'Wendy Sherman', cite: 'javascript:alert(1)', onNwError: (event) => details.push(event.detail) },
          h('blockquote', null, h('p', null, QUOTE)),
        ),
      ),
    );
    expect(details.map((detail) => detail.code)).to.deep.equal(['invalid-url']);
    expect(details[0]!.message).to.contain('javascript:alert(1)');
    expect(warnings).to.have.length(1);
    const figure = shadow(container.querySelector('nw-quote-card')!).querySelector('figure')!;
    expect(figure.querySelector('blockquote')!.textContent).to.contain('non-starters');
    expect(figure.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('every widget has a wrapper that renders its tag with the handlers from its @fires', async () => {
    const wrappers = [QuoteCard, TweetEmbed, DemandTable, FactBox];
    expect(wrappers.map((wrapper) => wrapper.displayName)).to.deep.equal(['QuoteCard', 'TweetEmbed', 'DemandTable', 'FactBox']);
    // A handler prop becomes a listener, never an attribute on the element.
    const toggles: boolean[] = [];
    await show(
      h(FactBox, { heading: 'Key facts', onNwToggle: (event) => toggles.push(event.detail.expanded), onNwError: () => {} }),
    );
    const el = container.querySelector('nw-fact-box')!;
    expect(el.getAttributeNames()).to.not.include('onnwtoggle');
    el.dispatchEvent(new CustomEvent('nw-toggle', { detail: { expanded: true } }));
    expect(toggles).to.deep.equal([true]);
  });
});
