import { expect, fixture, html } from '@open-wc/testing';
import '../../src/tweet-embed/tweet-embed.js';
import type { NwTweetEmbed } from '../../src/tweet-embed/tweet-embed.js';
import { embedTemplate, nato, stoltenberg, arabicNewsroom, mastodonNewsroom } from '../../content/posts.js';
import * as stories from '../../stories/tweet-embed.stories.js';
import { renderInto, settle, shadow, storiesOf } from '../helpers.js';

const NATO = html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`;

describe('<nw-tweet-embed>', () => {
  it('renders the X embed code as a named article with author, handle, text, date and links', async () => {
    const el = await fixture<NwTweetEmbed>(NATO);
    const root = shadow(el);
    const article = root.querySelector('article')!;
    expect(article.getAttribute('aria-label')).to.equal('Post by NATO');
    expect(root.querySelector('[part=author]')!.textContent).to.equal('NATO');
    expect(root.querySelector('[part=handle]')!.textContent).to.equal('@NATO');
    expect(root.querySelector('[part=platform]')!.getAttribute('aria-label')).to.equal('X');
    const text = root.querySelector('[part=text]')!;
    expect(text.getAttribute('lang')).to.equal('en');
    expect(text.textContent).to.equal(
      '#ICYMI: The NATO-Russia Council, which brings together all 30 #NATO Allies and #Russia, met in Brussels to discuss the situation in and around #Ukraine, and the implications for European security ⤵️t.co/epDFlon3pd',
    );
    const date = root.querySelector<HTMLAnchorElement>('a[part=date]')!;
    expect(date.getAttribute('href')).to.equal('https://twitter.com/NATO/status/1481637470556450818');
    expect(date.querySelector('time')!.getAttribute('datetime')).to.equal('2022-01-13');
    expect(date.textContent).to.equal('January 13, 2022');
    expect(root.querySelector('[part=view-link]')!.textContent).to.equal('View on X');
  });

  it('keeps the date in its own reading order on a page of the other direction', async () => {
    // A Ukrainian date on a right-to-left page must not read ".січня 2022 р 13"; an Arabic one on a left-to-right page keeps right to left.
    for (const [lang, dir, expected] of [
      ['uk', 'rtl', 'ltr'],
      ['ar', 'ltr', 'rtl'],
      ['en', 'rtl', 'ltr'],
    ] as const) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>${NATO}</div>`);
      const el = wrapper.querySelector<NwTweetEmbed>('nw-tweet-embed')!;
      await settle(el);
      const time = shadow(el).querySelector('time')!;
      expect(time.textContent, `${lang} date`).to.not.equal('');
      expect(getComputedStyle(time).direction, `${lang} date on a ${dir} page`).to.equal(expected);
      expect(getComputedStyle(time).unicodeBidi, `${lang} date on a ${dir} page`).to.equal('isolate');
    }
  });

  it('links entities to the platform; every link is a plain anchor without referrer', async () => {
    const el = await fixture<NwTweetEmbed>(NATO);
    const links = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('[part=text] a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['#ICYMI', 'https://x.com/hashtag/ICYMI'],
      ['#NATO', 'https://x.com/hashtag/NATO'],
      ['#Russia', 'https://x.com/hashtag/Russia'],
      ['#Ukraine', 'https://x.com/hashtag/Ukraine'],
      ['t.co/epDFlon3pd', 'https://t.co/epDFlon3pd'],
    ]);
    for (const a of shadow(el).querySelectorAll('a[href^="http"]')) {
      expect(a.getAttribute('rel'), a.textContent!).to.equal('noopener noreferrer');
    }
  });

  it('shows pic.twitter.com as a media link, not as text', async () => {
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed>${embedTemplate(stoltenberg)}</nw-tweet-embed>`);
    const root = shadow(el);
    expect(root.querySelector('[part=text]')!.textContent).not.to.contain('pic.twitter.com');
    const media = root.querySelector<HTMLAnchorElement>('a[part=media]')!;
    expect(media.textContent!.trim()).to.equal('Photo or video, on X');
    expect(media.getAttribute('href')).to.equal('https://twitter.com/jensstoltenberg/status/1481291296914567175/photo/1');
  });

  it('a skip link before the post moves focus to the end-of-post mark after it', async () => {
    const el = await fixture<NwTweetEmbed>(NATO);
    const root = shadow(el);
    const skip = root.querySelector<HTMLAnchorElement>('[part=skip-link]')!;
    expect(skip.textContent).to.equal('Skip post by @NATO');
    expect(skip.getBoundingClientRect().width).to.be.at.most(1, 'hidden until focused');
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(20, 'visible when focused');
    skip.click();
    const end = root.activeElement!;
    expect(end.textContent).to.equal('End of post by @NATO');
    const order = skip.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(order).to.not.equal(0);
    expect(root.querySelector('article')!.contains(end)).to.equal(false);
  });

  it('names the post in the page language', async () => {
    const wrapper = await fixture(html`<div lang="de"><nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed></div>`);
    const el = wrapper.querySelector('nw-tweet-embed')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('article')!.getAttribute('aria-label')).to.equal('Beitrag von NATO');
  });

  it('right to left: text keeps its language and direction, handles stay left to right', async () => {
    const wrapper = await fixture(html`<div lang="ar" dir="rtl" style="inline-size: 500px"><nw-tweet-embed>${embedTemplate(arabicNewsroom)}</nw-tweet-embed></div>`);
    const el = wrapper.querySelector('nw-tweet-embed')!;
    await settle(wrapper);
    const root = shadow(el);
    const text = root.querySelector('[part=text]')!;
    expect(text.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(text).direction).to.equal('rtl');
    const mention = Array.from(text.querySelectorAll('a')).find((a) => a.textContent === '@example_news_ar')!;
    expect(mention.getAttribute('dir')).to.equal('ltr');
    expect(root.querySelector('[part=handle] bdi')!.getAttribute('dir')).to.equal('ltr');
    const avatar = root.querySelector('[part=avatar]')!.getBoundingClientRect();
    const author = root.querySelector('[part=author]')!.getBoundingClientRect();
    expect(avatar.left).to.be.greaterThan(author.left, 'avatar on the right');
  });

  it('Mastodon: author, handle and links without text', async () => {
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed>${embedTemplate(mastodonNewsroom)}</nw-tweet-embed>`);
    const root = shadow(el);
    expect(root.querySelector('[part=handle]')!.textContent).to.equal('@examplenews@mastodon.social');
    expect(root.querySelector('[part=text]')).to.equal(null);
    expect(root.querySelector('[part=view-link]')!.getAttribute('href')).to.equal('https://mastodon.social/@examplenews/113485134588553233');
    expect(root.querySelector('[part=platform]')!.getAttribute('aria-label')).to.equal('Mastodon');
  });

  it('attributes override the embed code; plain text with attributes works', async () => {
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed author="North Atlantic Treaty Organization" date="2022-01-14">${embedTemplate(nato)}</nw-tweet-embed>`);
    expect(el.data.author).to.equal('North Atlantic Treaty Organization');
    expect(el.data.date).to.equal('2022-01-14');
    expect(el.data.handle).to.equal('NATO');
    const plain = await fixture<NwTweetEmbed>(html`<nw-tweet-embed url="https://x.com/jensstoltenberg/status/1481291296914567175?ref_src=twsrc%5Etfw" author="Jens Stoltenberg"
      >Allies are ready to table proposals. $TSLA</nw-tweet-embed
    >`);
    expect(plain.data).to.deep.include({
      platform: 'x',
      handle: 'jensstoltenberg',
      id: '1481291296914567175',
      url: 'https://x.com/jensstoltenberg/status/1481291296914567175',
      text: 'Allies are ready to table proposals. $TSLA',
    });
    expect(shadow(plain).querySelector('a.entity--cashtag')!.getAttribute('href')).to.equal('https://x.com/search?q=%24TSLA');
    // No date in the code: the one in the status id is shown.
    expect(shadow(plain).querySelector('time')!.getAttribute('datetime')).to.match(/^2022-01-1[23]T/);
  });

  it('follows the embed code colour mode unless theme is set', async () => {
    const dark = { ...nato, colorMode: 'dark' as const };
    const el = await fixture<NwTweetEmbed>(html`<nw-tweet-embed>${embedTemplate(dark)}</nw-tweet-embed>`);
    const bg = (host: NwTweetEmbed) => getComputedStyle(shadow(host).querySelector('article')!).backgroundColor;
    expect(bg(el)).to.equal('rgb(23, 24, 27)');
    const light = await fixture<NwTweetEmbed>(html`<nw-tweet-embed theme="light">${embedTemplate(dark)}</nw-tweet-embed>`);
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
  });

  it('fits 280 px and stops at 550 px', async () => {
    for (const width of [280, 320, 1200]) {
      const el = await renderInto<NwTweetEmbed>(html`<nw-tweet-embed>${embedTemplate(stoltenberg)}</nw-tweet-embed>`, width);
      expect(el.scrollWidth, `${width}px`).to.be.at.most(Math.min(width, 550));
      expect(el.getBoundingClientRect().width).to.be.at.most(550);
    }
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const wrapper = await fixture(html`<div style="background:${theme === 'dark' ? '#111' : '#fff'}">
        <nw-tweet-embed theme=${theme} allow-original>${embedTemplate(stoltenberg)}</nw-tweet-embed>
        <nw-tweet-embed theme=${theme}>${embedTemplate(arabicNewsroom)}</nw-tweet-embed>
      </div>`);
      await settle(wrapper);
      await expect(wrapper).to.be.accessible();
    }
  });
});

describe('tweet embed stories', () => {
  it('rendering every story requests nothing from another host', async () => {
    for (const [, story] of storiesOf(stories)) {
      const host = await renderInto(story());
      await settle(host.parentElement!);
    }
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => !['localhost', '127.0.0.1'].includes(url.hostname))
      .map((url) => url.href);
    expect(foreign).to.deep.equal([]);
    expect(document.querySelector('script[src*="twitter"], script[src*="bsky"], iframe')).to.equal(null);
  });
});
