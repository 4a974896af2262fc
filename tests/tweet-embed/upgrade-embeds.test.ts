import { expect, fixture, html } from '@open-wc/testing';
import { upgradeEmbeds } from '../../src/tweet-embed/tweet-embed.js';
import { BLUESKY_EMBED, MASTODON_EMBED, NATO_EMBED, STOLTENBERG_EMBED } from '../../content/posts.js';
import { settle, shadow } from '../helpers.js';

describe('upgradeEmbeds', () => {
  it('wraps every bare official blockquote and removes the platform scripts (inert archive page)', () => {
    // An inert document: the pasted script tags are there but never run or load.
    const doc = new DOMParser().parseFromString(
      `<article><p>Intro</p>${NATO_EMBED}<p>More</p>${STOLTENBERG_EMBED}${BLUESKY_EMBED}${MASTODON_EMBED}
       <blockquote>An ordinary quote</blockquote><script src="/site.js"></script></article>`,
      'text/html',
    );
    expect(doc.querySelectorAll('script[src]')).to.have.length(5);
    const created = upgradeEmbeds(doc);
    expect(created).to.have.length(4);
    expect(doc.querySelectorAll('nw-tweet-embed > blockquote')).to.have.length(4);
    expect(Array.from(doc.querySelectorAll('script[src]'), (s) => s.getAttribute('src'))).to.deep.equal(['/site.js']);
    expect(doc.querySelector('article > blockquote')!.textContent).to.equal('An ordinary quote');
    // The order of the article is kept.
    const order = Array.from(doc.querySelector('article')!.children, (el) => el.localName);
    expect(order).to.deep.equal(['p', 'nw-tweet-embed', 'p', 'nw-tweet-embed', 'nw-tweet-embed', 'nw-tweet-embed', 'blockquote', 'script']);
  });

  it('wraps 300 posts on a live page, once, and each becomes a private card', async () => {
    const page = await fixture<HTMLElement>(html`<section></section>`);
    const markup = NATO_EMBED.replace(/<script[^>]*><\/script>/, '');
    const count = 300;
    const template = document.createElement('template');
    template.innerHTML = Array.from({ length: count }, () => markup).join('\n'); // test fixture markup only
    page.append(template.content);
    const created = upgradeEmbeds(page);
    expect(created).to.have.length(count);
    expect(page.querySelectorAll('nw-tweet-embed')).to.have.length(count);
    expect(upgradeEmbeds(page)).to.have.length(0, 'idempotent');
    expect(upgradeEmbeds(document)).to.have.length(0, 'idempotent from the document too');
    expect(page.querySelectorAll('nw-tweet-embed nw-tweet-embed')).to.have.length(0);
    await settle(page);
    const last = page.querySelectorAll('nw-tweet-embed')[count - 1]!;
    expect(shadow(last).querySelector('article')!.getAttribute('aria-label')).to.equal('Post by NATO');
  });

  it('wraps the root itself when it is an embed blockquote', async () => {
    const page = await fixture<HTMLElement>(html`<div><blockquote class="bluesky-embed"><p>Hi</p></blockquote></div>`);
    const bq = page.querySelector('blockquote')!;
    expect(upgradeEmbeds(bq)).to.have.length(1);
    expect(bq.parentElement!.localName).to.equal('nw-tweet-embed');
  });
});
