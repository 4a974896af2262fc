// dist/newsroom-widgets.css, the pre-upgrade stylesheet, has the widgets' own
// colours: the build fills them into src/prelude.css from the palettes in
// src/core/palette.ts, which the widgets' theme declares too. (This file
// defines no widget: it styles them as a page does before the script runs.)
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { darkColors, lightColors } from '../../src/core/palette.js';

const STYLESHEET = '/dist/newsroom-widgets.css';

/** A colour as the browser computes it. */
function rgb(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STYLESHEET;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
});

afterEach(() => emulateMedia({ colorScheme: 'light' }));

function render(markup: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  return wrapper;
}

describe('newsroom-widgets.css', () => {
  it('writes no colour of its own in the source: every one names a palette colour', async () => {
    const source = await (await fetch('/src/prelude.css')).text();
    const css = await (await fetch(STYLESHEET)).text();
    expect(source.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi), 'colours written in src/prelude.css').to.equal(null);
    expect(source).to.include('{{light.surface}}');
    expect(css).not.to.include('{{');
  });

  it('draws a quote card and a post in the light palette', () => {
    const page = render(`
      <nw-quote-card speaker="Wendy Sherman"><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card>
      <nw-tweet-embed><blockquote class="twitter-tweet"><p>Text <a href="https://x.com/NATO">link</a></p></blockquote></nw-tweet-embed>`);
    const card = page.querySelector('nw-quote-card')!;
    const post = page.querySelector('nw-tweet-embed > blockquote')!;
    expect(getComputedStyle(card).backgroundColor).to.equal(rgb(lightColors.surface));
    expect(getComputedStyle(card).color).to.equal(rgb(lightColors.text));
    expect(getComputedStyle(card.querySelector('blockquote > p')!, '::before').color).to.equal(rgb(lightColors.accent));
    // The speaker line: the blockquote's ::before where attr() reads through custom properties, else the card's ::after.
    const speakerLine = CSS.supports('x: attr(x type(*))') ? getComputedStyle(card.querySelector('blockquote')!, '::before') : getComputedStyle(card, '::after');
    expect(speakerLine.content).to.equal('"Wendy Sherman"');
    expect(speakerLine.borderTopColor).to.equal(rgb(lightColors.border));
    expect(getComputedStyle(post).backgroundColor).to.equal(rgb(lightColors.bg));
    expect(getComputedStyle(post).borderTopColor).to.equal(rgb(lightColors.border));
    expect(getComputedStyle(post.querySelector('a')!).color).to.equal(rgb(lightColors.link));
    page.remove();
  });

  it('switches to the dark palette where the widgets do', async () => {
    const page = render(`
      <nw-quote-card theme="dark" speaker="Wendy Sherman"><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card>
      <nw-quote-card><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card>
      <nw-tweet-embed><blockquote class="twitter-tweet"><p>Text <a href="https://x.com/NATO">link</a></p></blockquote></nw-tweet-embed>`);
    const [forced, auto] = page.querySelectorAll('nw-quote-card');
    const post = page.querySelector('nw-tweet-embed > blockquote')!;
    expect(getComputedStyle(forced!).backgroundColor).to.equal(rgb(darkColors.surface));
    expect(getComputedStyle(auto!).backgroundColor).to.equal(rgb(lightColors.surface));

    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(auto!).backgroundColor).to.equal(rgb(darkColors.surface));
    expect(getComputedStyle(auto!).color).to.equal(rgb(darkColors.text));
    expect(getComputedStyle(post).backgroundColor).to.equal(rgb(darkColors.bg));
    expect(getComputedStyle(post).borderTopColor).to.equal(rgb(darkColors.border));
    expect(getComputedStyle(post.querySelector('p')!).color).to.equal(rgb(darkColors.text));
    expect(getComputedStyle(post.querySelector('a')!).color).to.equal(rgb(darkColors.link));
    page.remove();
  });
});
