import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-card/quote-card.js';
import type { NwQuoteCard } from '../../src/quote-card/quote-card.js';
import { parseQuote } from '../../src/quote-card/quote-card.parse.js';
import { captureWarnings, renderInto, settle, shadow } from '../helpers.js';

const SHERMAN = html`<nw-quote-card
  speaker="Wendy Sherman"
  speaker-role="U.S. Deputy Secretary of State"
  date="2022-01-12"
  cite="https://www.state.gov/"
  source="State Department"
>
  <blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote>
</nw-quote-card>`;

describe('<nw-quote-card>', () => {
  it('renders the quote from the light DOM in figure > blockquote + figcaption', async () => {
    const el = await fixture<NwQuoteCard>(SHERMAN);
    const root = shadow(el);
    const figure = root.querySelector('figure')!;
    expect(figure).to.exist;
    const blockquote = figure.querySelector(':scope > blockquote')!;
    expect(blockquote.textContent!.trim()).to.equal('[Some of Putin’s demands] are simply non-starters.');
    expect(blockquote.getAttribute('cite')).to.equal('https://www.state.gov/');
    const caption = figure.querySelector(':scope > figcaption')!;
    expect(blockquote.contains(caption)).to.equal(false);
    expect(caption.textContent).to.contain('Wendy Sherman').and.contain('U.S. Deputy Secretary of State');
    const cite = caption.querySelector('cite')!;
    expect(cite.querySelector('a')!.getAttribute('href')).to.equal('https://www.state.gov/');
    expect(cite.textContent!.trim()).to.equal('State Department');
    const time = caption.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2022-01-12');
    expect(time.textContent).to.equal('January 12, 2022');
  });

  it('the quote is readable in the light DOM before the element upgrades', async () => {
    const host = await fixture(html`<div>
      <nw-quote-card-not-yet speaker="Wendy Sherman"><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card-not-yet>
    </div>`);
    expect((host as HTMLElement).innerText).to.contain('Simply non-starters.');
  });

  it('never sets the ARIA role attribute from speaker-role', async () => {
    const el = await fixture<NwQuoteCard>(SHERMAN);
    expect(el.hasAttribute('role')).to.equal(false);
    expect(shadow(el).querySelector('[role]')).to.equal(null);
  });

  it('shows initials when there is no avatar, and when the image fails', async () => {
    const el = await fixture<NwQuoteCard>(SHERMAN);
    expect(shadow(el).querySelector('[part=avatar]')!.textContent).to.equal('WS');
    const errored = oneEvent(el, 'nw-error');
    await captureWarnings(async () => {
      el.avatar = '/no-such-image.jpg';
      await el.updateComplete;
      expect(shadow(el).querySelector('img[part=avatar]')).to.exist;
      const event = await errored;
      expect(event.detail.code).to.equal('image-failed');
      await el.updateComplete;
    });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('[part=avatar]')!.textContent).to.equal('WS');
  });

  it('the avatar image is decorative and sends no referrer', async () => {
    const el = await fixture<NwQuoteCard>(html`<nw-quote-card speaker="Wendy Sherman" avatar="data:image/png;base64,AAAA"
      ><p>Quote</p></nw-quote-card
    >`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    el.avatar = '/portrait.jpg';
    await el.updateComplete;
    const img = shadow(el).querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('lays out right to left under dir="rtl"', async () => {
    const wrapper = await fixture(html`<div lang="ar" dir="rtl" style="inline-size: 500px">
      <nw-quote-card speaker="ألكسندر غروشكو" date="2022-01-12"><p>نص الاقتباس</p></nw-quote-card>
    </div>`);
    const el = wrapper.querySelector('nw-quote-card')!;
    await el.updateComplete;
    const figure = shadow(el).querySelector('figure')!;
    expect(getComputedStyle(figure).direction).to.equal('rtl');
    const avatar = shadow(el).querySelector('[part=avatar]')!.getBoundingClientRect();
    const speaker = shadow(el).querySelector('[part=speaker]')!.getBoundingClientRect();
    expect(avatar.left).to.be.greaterThan(speaker.left, 'avatar sits on the right in RTL');
    expect(shadow(el).querySelector('time')!.textContent).to.match(/٢٠٢٢|2022/);
  });

  it('pull variant: no box, no avatar, larger type', async () => {
    const card = await fixture<NwQuoteCard>(SHERMAN);
    const pull = await fixture<NwQuoteCard>(html`<nw-quote-card variant="pull" speaker="Alexander Grushko"
      ><p>It’s absolutely imperative.</p></nw-quote-card
    >`);
    const cardSize = parseFloat(getComputedStyle(shadow(card).querySelector('blockquote')!).fontSize);
    const pullSize = parseFloat(getComputedStyle(shadow(pull).querySelector('blockquote')!).fontSize);
    expect(pullSize).to.be.greaterThan(cardSize);
    expect(getComputedStyle(shadow(pull).querySelector('figure')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const avatar = shadow(pull).querySelector('[part=avatar]');
    expect(avatar === null || getComputedStyle(avatar).display === 'none').to.equal(true);
  });

  it('each paragraph of the quote is its own <p>', async () => {
    const el = document.createElement('nw-quote-card');
    el.data = { quote: ['First.', 'Second.'], speaker: 'Jens Stoltenberg' };
    document.body.append(el);
    await el.updateComplete;
    expect(Array.from(shadow(el).querySelectorAll('blockquote p'), (p) => p.textContent)).to.deep.equal(['First.', 'Second.']);
    el.remove();
  });

  it('fits a 280 px column and a 1200 px one without overflowing', async () => {
    for (const width of [280, 1200]) {
      const el = await renderInto<NwQuoteCard>(SHERMAN, width);
      expect(el.scrollWidth, `${width}px`).to.be.at.most(width);
      expect(shadow(el).querySelector('figure')!.getBoundingClientRect().width).to.be.at.most(width);
    }
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const wrapper = await fixture(html`<div style="background:${theme === 'dark' ? '#111' : '#fff'}">
        <nw-quote-card theme=${theme} speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" cite="https://www.state.gov/" source="State Department"
          ><p>Simply non-starters.</p></nw-quote-card
        >
        <nw-quote-card theme=${theme} variant="pull" speaker="Alexander Grushko"><p>It’s absolutely imperative.</p></nw-quote-card>
      </div>`);
      await settle(wrapper);
      await expect(wrapper).to.be.accessible();
    }
  });
});

describe('parseQuote', () => {
  const parse = (markup: string) => {
    const host = document.createElement('div');
    host.innerHTML = markup; // test fixture markup only
    return parseQuote(host);
  };

  it('reads paragraphs of a blockquote, its cite and a trailing <cite>', () => {
    expect(parse('<blockquote cite="https://a.example/"><p> One\n  two </p><p>Three</p></blockquote><cite>Wendy Sherman</cite>')).to.deep.equal({
      quote: ['One two', 'Three'],
      cite: 'https://a.example/',
      speaker: 'Wendy Sherman',
    });
  });

  it('reads a figure with a figcaption', () => {
    const parsed = parse('<figure><blockquote>Just text</blockquote><figcaption>— <cite>Jens Stoltenberg</cite></figcaption></figure>');
    expect(parsed.quote).to.deep.equal(['Just text']);
    expect(parsed.speaker).to.equal('Jens Stoltenberg');
  });

  it('reads bare paragraphs and bare text', () => {
    expect(parse('<p>A</p><p>B</p>').quote).to.deep.equal(['A', 'B']);
    expect(parse('  Bare   text  ').quote).to.deep.equal(['Bare text']);
    expect(parse('').quote).to.deep.equal([]);
  });

  it('keeps the attributes the author wrote: defaults are not written onto the element, a property set later is', async () => {
    const el = await fixture<NwQuoteCard>(html`<nw-quote-card speaker="Wendy Sherman"><p>Simply non-starters.</p></nw-quote-card>`);
    expect(el.getAttributeNames().sort()).to.deep.equal(['speaker']);
    expect([el.theme, el.variant]).to.deep.equal(['auto', 'card']);
    // A property set from script (a React prop, the builder) shows in the attribute, which the styles read.
    el.theme = 'dark';
    el.variant = 'pull';
    await el.updateComplete;
    expect([el.getAttribute('theme'), el.getAttribute('variant')]).to.deep.equal(['dark', 'pull']);
    expect(getComputedStyle(shadow(el).querySelector('figure')!).backgroundColor).to.not.equal(getComputedStyle(document.body).backgroundColor);
    el.theme = 'auto';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('auto');
  });

  it('removing variant or theme returns to the defaults, with no warning', async () => {
    const el = await fixture<NwQuoteCard>(html`<nw-quote-card variant="pull" theme="dark" speaker="Wendy Sherman"><p>Simply non-starters.</p></nw-quote-card>`);
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('variant');
      el.removeAttribute('theme');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(shadow(el).querySelector('figure')!.classList.contains('quote--card')).to.equal(true);
  });
});
