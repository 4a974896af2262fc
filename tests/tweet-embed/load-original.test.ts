import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/tweet-embed/tweet-embed.js';
import type { NwTweetEmbed } from '../../src/tweet-embed/tweet-embed.js';
import { embedTemplate, mastodonNewsroom, nato } from '../../content/posts.js';
import { captureWarnings, shadow } from '../helpers.js';

/** Catches what the widget appends to <head> instead of letting the browser fetch it. */
function interceptHead(): { added: Node[]; restore: () => void } {
  const added: Node[] = [];
  const head = document.head as HTMLHeadElement & { append: ParentNode['append'] };
  head.append = (...nodes: Array<Node | string>) => {
    added.push(...nodes.filter((node): node is Node => typeof node !== 'string'));
  };
  return { added, restore: () => delete (head as Partial<typeof head>).append };
}

const foreignRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).hostname)
    .filter((host) => !['localhost', '127.0.0.1'].includes(host));

const button = (el: NwTweetEmbed) => shadow(el).querySelector<HTMLButtonElement>('button[part=load-original]')!;

describe('load original post', () => {
  it('is offered only with allow-original, next to a notice of what it shares', async () => {
    const plain = await fixture<NwTweetEmbed>(html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`);
    expect(shadow(plain).querySelector('button')).to.equal(null);
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>`);
    expect(button(el).textContent).to.equal('Load original post');
    const notice = shadow(el).querySelector('[part=notice]')!;
    expect(notice.textContent).to.contain('X').and.contain('IP address');
    expect(button(el).getAttribute('aria-describedby')).to.equal(notice.id);
  });

  it('creates the Trusted Types policy only on click, and loads widgets.js from the allowlist', async () => {
    const created: string[] = [];
    Object.defineProperty(window, 'trustedTypes', {
      configurable: true,
      value: {
        createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => {
          created.push(name);
          return { createScriptURL: (url: string) => rules.createScriptURL(url) };
        },
      },
    });
    const head = interceptHead();
    try {
      const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>`);
      expect(created).to.deep.equal([]);
      const requested = oneEvent(el, 'nw-load-original');
      button(el).click();
      const event = await requested;
      expect(event.detail).to.deep.equal({ url: 'https://twitter.com/NATO/status/1481637470556450818', platform: 'x' });
      expect(event.cancelable).to.equal(true);
      expect(created).to.deep.equal(['newsroom-widgets']);
      const scripts = head.added.filter((node): node is HTMLScriptElement => node instanceof HTMLScriptElement);
      expect(scripts.map((s) => s.src)).to.deep.equal(['https://platform.twitter.com/widgets.js']);
      await el.updateComplete;
      // The original blockquote is shown for the platform script to upgrade, asking X not to track.
      expect(shadow(el).querySelector('article')).to.equal(null);
      expect(shadow(el).querySelector('slot')).to.exist;
      expect(el.querySelector('blockquote.twitter-tweet')!.getAttribute('data-dnt')).to.equal('true');
    } finally {
      head.restore();
      delete (window as { trustedTypes?: unknown }).trustedTypes;
    }
  });

  it('requests nothing when the nw-load-original event is cancelled (consent manager)', async () => {
    const head = interceptHead();
    const veto = (event: Event) => event.preventDefault();
    document.addEventListener('nw-load-original', veto);
    try {
      const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>`);
      button(el).click();
      await el.updateComplete;
      expect(head.added).to.deep.equal([]);
      expect(shadow(el).querySelector('article')).to.exist;
      expect(document.querySelector('script[src*="twitter"], script[src*="bsky"]')).to.equal(null);
      expect(foreignRequests()).to.deep.equal([]);
    } finally {
      document.removeEventListener('nw-load-original', veto);
      head.restore();
    }
  });

  it('Bluesky from plain text: builds the official blockquote and loads embed.js', async () => {
    const head = interceptHead();
    try {
      const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed
        allow-original
        url="https://bsky.app/profile/examplenewsroom.bsky.social/post/3lbbt6ofsqk2o"
        author="Example Newsroom"
        >From our archive.</nw-tweet-embed
      >`);
      button(el).click();
      await el.updateComplete;
      const bq = el.querySelector('blockquote.bluesky-embed')!;
      expect(bq.getAttribute('data-bluesky-uri')).to.equal('at://examplenewsroom.bsky.social/app.bsky.feed.post/3lbbt6ofsqk2o');
      expect(bq.textContent).to.contain('From our archive.');
      expect(head.added.map((node) => (node as HTMLScriptElement).src)).to.deep.equal(['https://embed.bsky.app/static/embed.js']);
    } finally {
      head.restore();
    }
  });

  it('Mastodon: an iframe of the post’s /embed page, only after the click', async () => {
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed allow-original>${embedTemplate(mastodonNewsroom)}</nw-tweet-embed>`);
    expect(shadow(el).querySelector('iframe')).to.equal(null);
    button(el).click();
    await el.updateComplete;
    const frame = shadow(el).querySelector('iframe')!;
    const src = frame.getAttribute('src');
    frame.remove();
    expect(frame.getAttribute('sandbox')).to.contain('allow-scripts');
    expect(src).to.equal('https://mastodon.social/@examplenews/113485134588553233/embed');
  });

  it('reports instead of throwing when the page refuses the script', async () => {
    const head = document.head as HTMLHeadElement & { append: ParentNode['append'] };
    head.append = () => {
      throw new TypeError('This document requires TrustedScriptURL assignment.');
    };
    try {
      const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>`);
      const warnings = await captureWarnings(async () => {
        const errored = oneEvent(el, 'nw-error');
        button(el).click();
        expect((await errored).detail.code).to.equal('load-failed');
      });
      expect(warnings).to.have.length(1);
      await el.updateComplete;
      expect(shadow(el).querySelector('article'), 'the private card stays').to.exist;
    } finally {
      delete (head as Partial<typeof head>).append;
    }
  });

  it('loading one post never lets the platform script reach the other posts on the page', async () => {
    const head = interceptHead();
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>
        <nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>
      </div>`);
      const [first, second] = Array.from(page.querySelectorAll<NwTweetEmbed>('nw-tweet-embed'));
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      // What widgets.js looks for: nothing, while both show their private cards.
      expect(page.querySelectorAll('blockquote.twitter-tweet')).to.have.length(0);
      button(first!).click();
      await first!.updateComplete;
      const active = Array.from(page.querySelectorAll('blockquote.twitter-tweet'));
      expect(active).to.have.length(1);
      expect(first!.contains(active[0]!)).to.equal(true);
      expect(shadow(second!).querySelector('article'), 'the other post keeps its private card').to.exist;
    } finally {
      head.restore();
    }
  });

  it('the author\'s embed code gets its platform class back when the widget leaves the page', async () => {
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`);
    const blockquote = el.querySelector('blockquote')!;
    expect(blockquote.classList.contains('twitter-tweet')).to.equal(false);
    el.remove();
    expect(blockquote.classList.contains('twitter-tweet')).to.equal(true);
    document.body.append(el);
    await el.updateComplete;
    expect(blockquote.classList.contains('twitter-tweet')).to.equal(false);
    expect(shadow(el).querySelector('[part=author]')!.textContent).to.equal('NATO');
    el.remove();
  });
});
