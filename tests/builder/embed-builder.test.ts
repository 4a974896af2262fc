import { expect } from '@open-wc/testing';
import * as stories from '../../stories/embed-builder.stories.js';
import type { EmbedBuilder } from '../../builder/embed-builder.js';
import { BLUESKY_EMBED } from '../../content/posts.js';
import { DEFAULT_SCRIPT_URL, MESSAGES } from '../../builder/snippet.js';
import { captureWarnings, renderInto, shadow, storiesOf } from '../helpers.js';

type Upgradable = HTMLElement & { updateComplete: Promise<boolean> };

const story = (name: string) => storiesOf(stories).find(([storyName]) => storyName === name)![1];

/** The builder, and its preview widget, fully rendered. */
async function settled(builder: EmbedBuilder) {
  await builder.updateComplete;
  const widget = shadow(builder).querySelector('.preview')!.firstElementChild as Upgradable | null;
  await widget?.updateComplete;
  return widget;
}

async function open(name = 'QuoteCard', width?: number) {
  const builder = await renderInto<EmbedBuilder>(story(name)(), width);
  await settled(builder);
  return builder;
}

const $ = <T extends Element = HTMLElement>(builder: EmbedBuilder, selector: string) => shadow(builder).querySelector<T>(selector)!;

/** Types into a field as a producer would (value + input event). */
async function type(builder: EmbedBuilder, id: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(builder, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return settled(builder);
}

async function choose(builder: EmbedBuilder, kind: string) {
  const radio = $<HTMLInputElement>(builder, `input[name="widget"][value="${kind}"]`);
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
  return settled(builder);
}

const snippetText = (builder: EmbedBuilder) => $<HTMLTextAreaElement>(builder, '#snippet').value;

describe('<embed-builder>', () => {
  it('shows the seed quote in a real quote card and the snippet that makes it', async () => {
    const builder = await open();
    const widget = (await settled(builder))!;
    expect(widget.localName).to.equal('nw-quote-card');
    expect(shadow(widget).textContent).to.contain('[Some of Putin’s demands] are simply non-starters.');
    const snippet = snippetText(builder);
    expect(snippet).to.equal(builder.snippet);
    expect(snippet.startsWith(`<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>`)).to.equal(true);
    expect(snippet).to.contain('speaker="Wendy Sherman"');
    await expect(builder).to.be.accessible();
  });

  it('offers the four widgets as a radio group, and switching changes the fields and the preview', async () => {
    const builder = await open();
    const radios = Array.from(shadow(builder).querySelectorAll<HTMLInputElement>('fieldset input[type="radio"][name="widget"]'));
    expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).to.deep.equal(['Quote card', 'Tweet embed', 'Demand table', 'Fact box']);
    expect(shadow(builder).querySelector('fieldset legend')!.textContent).to.equal('Widget');

    let widget = await choose(builder, 'facts');
    expect(builder.widget).to.equal('facts');
    expect(widget!.localName).to.equal('nw-fact-box');
    expect($(builder, 'label[for="f-facts-facts"]').textContent).to.equal('Facts');
    expect(shadow(builder).querySelector('#f-quote-quote')).to.equal(null);
    expect(snippetText(builder)).to.contain('<dt>NATO allies at the table</dt>');

    widget = await choose(builder, 'demands');
    expect(widget!.localName).to.equal('nw-demand-table');
    expect(shadow(widget!).textContent).to.contain('Ukraine must never be admitted to NATO.');

    widget = await choose(builder, 'post');
    expect(widget!.localName).to.equal('nw-tweet-embed');
    expect($(builder, '.recognised').textContent).to.contain('Jens Stoltenberg').and.to.contain('@jensstoltenberg').and.to.contain('January 12, 2022');
  });

  it('updates the preview and the snippet as the producer types', async () => {
    const builder = await open();
    const widget = await type(builder, 'f-quote-speaker', 'Alexander Grushko');
    expect(shadow(widget!).textContent).to.contain('Alexander Grushko');
    expect(snippetText(builder)).to.contain('speaker="Alexander Grushko"');
    const select = $<HTMLSelectElement>(builder, '#f-variant');
    select.value = 'pull';
    select.dispatchEvent(new Event('change'));
    await settled(builder);
    expect(snippetText(builder)).to.contain('variant="pull"');
  });

  it('explains invalid input next to the field, with aria-invalid and aria-describedby, and stays accessible', async () => {
    const builder = await open();
    await type(builder, 'f-quote-date', '12/01/2022');
    const date = $<HTMLInputElement>(builder, '#f-quote-date');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = date.getAttribute('aria-describedby')!.split(' ');
    const message = shadow(builder).getElementById(describedBy[0]!)!;
    expect(message.textContent).to.equal(MESSAGES.date);
    expect(snippetText(builder)).not.to.contain('date="12/01/2022"');

    await type(builder, 'f-quote-cite', 'javascript:alert(document.cookie)');
    expect($(builder, '#e-quote-cite').textContent).to.equal(MESSAGES.link);
    expect(snippetText(builder)).not.to.contain('javascript:');
    await expect(builder).to.be.accessible();

    await type(builder, 'f-quote-date', '2022-01-12');
    expect(date.getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(builder).querySelector('#e-quote-date')).to.equal(null);
  });

  it('checks pasted embed code and says what it recognised', async () => {
    const builder = await open('TweetEmbed');
    await type(builder, 'f-post-code', '<p>Not an embed</p>');
    expect($(builder, '#e-post-code').textContent).to.equal(MESSAGES.embed);
    expect($(builder, '#f-post-code').getAttribute('aria-invalid')).to.equal('true');
    await type(builder, 'f-post-code', BLUESKY_EMBED);
    expect(shadow(builder).querySelector('#e-post-code')).to.equal(null);
    expect($(builder, '.recognised').textContent).to.contain('Bluesky').and.to.contain('@examplenewsroom.bsky.social');
    expect(snippetText(builder)).not.to.contain('embed.bsky.app');
    const allow = $<HTMLInputElement>(builder, '#f-post-allowOriginal');
    allow.checked = true;
    allow.dispatchEvent(new Event('change'));
    await settled(builder);
    expect(snippetText(builder)).to.contain('<nw-tweet-embed allow-original>');
  });

  it('reads rows pasted from a spreadsheet and explains incomplete ones', async () => {
    const builder = await open('DemandTable');
    await type(builder, 'f-demands-rows', 'Union\tEmployer\tStatus\nMore pay\tNo\tRejected\nShorter shifts\tWe will see\tOpen to talks');
    expect($(builder, '.found').textContent).to.contain('Read 2 rows').and.to.contain('Union / Employer');
    expect(snippetText(builder)).to.contain('<th scope="row">Shorter shifts</th>');
    await type(builder, 'f-demands-rows', 'More pay\tNo\tRejected\nShorter shifts');
    expect($(builder, '#e-demands-rows').textContent).to.contain(MESSAGES.rows);
    await expect(builder).to.be.accessible();
  });

  it('keeps hostile input inert in the preview and in the snippet', async () => {
    const builder = await open();
    const widget = await type(builder, 'f-quote-quote', '"><script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(widget!.querySelector('script, img')).to.equal(null);
    expect(widget!.querySelector('blockquote p')!.textContent).to.equal('"><script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(snippetText(builder)).to.contain('<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</p>');
  });

  it('says what will appear while there is nothing to preview, without a widget that warns', async () => {
    const builder = await open();
    const warnings = await captureWarnings(async () => {
      await type(builder, 'f-quote-quote', '  ');
    });
    expect(warnings).to.deep.equal([]);
    expect($(builder, '.preview').children.length).to.equal(1);
    expect($(builder, '.preview > .preview-empty').textContent).to.contain('once there is a quote');
    expect($(builder, '#e-quote-quote').textContent).to.equal('Write or paste the quote.');
    const widget = await type(builder, 'f-quote-quote', 'Back again.');
    expect(widget!.localName).to.equal('nw-quote-card');
  });

  it('never loads the original post in the preview: it says what readers would get instead', async () => {
    const builder = await open('TweetEmbed');
    const allow = $<HTMLInputElement>(builder, '#f-post-allowOriginal');
    allow.checked = true;
    allow.dispatchEvent(new Event('change'));
    const widget = (await settled(builder))!;
    const scripts = document.scripts.length;
    shadow(widget).querySelector<HTMLButtonElement>('[part="load-original"]')!.click();
    await settled(builder);
    expect(document.scripts.length).to.equal(scripts);
    expect(document.querySelector('script[src*="twitter"], iframe')).to.equal(null);
    expect(shadow(widget).querySelector('[part="load-original"]'), 'still the private card').to.exist;
    expect($(builder, '.preview-note').textContent).to.contain('never contacts');
  });

  it('checks the script address', async () => {
    const builder = await open();
    $<HTMLDetailsElement>(builder, 'details.settings').open = true;
    await type(builder, 'f-settings-scriptUrl', 'https://static.example.org/newsroom-widgets.js');
    expect(snippetText(builder)).to.contain('<script type="module" src="https://static.example.org/newsroom-widgets.js"></script>');
    await type(builder, 'f-settings-scriptUrl', 'cdn/newsroom-widgets.js');
    expect($(builder, '#e-settings-scriptUrl').textContent).to.equal(MESSAGES.link);
    await expect(builder).to.be.accessible();
  });

  describe('copy', () => {
    const descriptor = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    afterEach(() => {
      if (descriptor) Object.defineProperty(navigator, 'clipboard', descriptor);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies the snippet and says "Copied" politely', async () => {
      const copied: string[] = [];
      stubClipboard(async (text) => void copied.push(text));
      const builder = await open();
      $<HTMLButtonElement>(builder, 'button.copy').click();
      await new Promise((resolve) => setTimeout(resolve));
      await settled(builder);
      expect(copied).to.deep.equal([builder.snippet]);
      const status = $(builder, '.actions [role="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent).to.equal('Copied');
    });

    it('selects the code in the read-only text area when the clipboard is refused', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const builder = await open();
      $<HTMLButtonElement>(builder, 'button.copy').click();
      await new Promise((resolve) => setTimeout(resolve));
      await settled(builder);
      const area = $<HTMLTextAreaElement>(builder, '#snippet');
      expect(area.readOnly).to.equal(true);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect($(builder, '.actions [role="status"]').textContent).to.contain('Ctrl+C');
    });
  });

  it('fits 360 px without horizontal scrolling', async () => {
    const builder = await open('DemandTable', 360);
    expect(builder.scrollWidth).to.be.at.most(360);
    for (const el of Array.from(shadow(builder).querySelectorAll<HTMLElement>('.layout > *'))) expect(el.getBoundingClientRect().width).to.be.at.most(360);
  });
});

describe('embed builder stories', () => {
  for (const [name, render] of storiesOf(stories)) {
    for (const theme of ['light', 'dark']) {
      it(`${name} (${theme}) is accessible`, async () => {
        const builder = await renderInto<EmbedBuilder>(render());
        builder.theme = theme as 'light' | 'dark';
        await settled(builder);
        await expect(builder).to.be.accessible();
      });
    }
  }
});
