// On paper: no dark backgrounds, no controls, the post and source addresses
// printed after their links, in every widget.
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { embedTemplate, stoltenberg } from '../content/posts.js';
import { settle, shadow } from './helpers.js';

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('a dark quote card prints black on white with its source address', async () => {
    const el = await fixture(html`<nw-quote-card theme="dark" speaker="Wendy Sherman" cite="https://www.state.gov/" source="State Department"
      ><p>Simply non-starters.</p></nw-quote-card
    >`);
    await emulateMedia({ media: 'print' });
    const figure = shadow(el).querySelector('figure')!;
    expect(getComputedStyle(figure).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(figure).color).to.equal('rgb(0, 0, 0)');
    const link = shadow(el).querySelector('cite a')!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://www.state.gov/');
  });

  it('a post prints without its skip link or load button, black on white', async () => {
    const el = await fixture(html`<nw-tweet-embed theme="dark" allow-original>${embedTemplate(stoltenberg)}</nw-tweet-embed>`);
    await settle(el.parentElement!);
    await emulateMedia({ media: 'print' });
    const root = shadow(el);
    expect(getComputedStyle(root.querySelector('.load')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part=text]')!).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(root.querySelector('[part=post]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});
