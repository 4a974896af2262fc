/**
 * "Never breaks the page" and "Safe", run on each entry of the contract
 * table: bad input of every problem class keeps the content readable, fires
 * `nw-error` with its stable code and prints one warning naming the widget,
 * once; hostile input throws nothing out of a widget, pollutes nothing, and
 * no unsafe URL or markup reaches the shadow DOM.
 *
 * The error codes are a contract too: ERROR_CODES below has one entry per
 * member of the source's `NwErrorCode` type (the type checker holds it to
 * that), the README's "Errors" section lists exactly these codes, and every
 * code is fired through real input by each widget listed for it, by the tests
 * in this file.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { NwErrorCode } from '../../src/core/events.js';
import { embedTemplate, nato } from '../../content/posts.js';
import { sherman } from '../../content/quotes.js';
import { captureWarnings, settle, shadow } from '../helpers.js';
import type { WidgetTag } from './contract.js';
import { afterChange, expectFallback, expectShown, injectedElements, mount, shownIn, shownText, unsafeUrls, type WithData } from './harness.js';
import { NOT_AN_OBJECT, UNSAFE_URLS, WIDGETS, hostileData, pollutingJson } from './widgets.js';

const ALL: readonly WidgetTag[] = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'];

/** Every `nw-error` code: what it means, and which widgets fire it (the README's table says the same). */
const ERROR_CODES = {
  'empty-content': { meaning: 'nothing to show was found: no quote, post, demand or fact in the content', widgets: ALL },
  'invalid-url': { meaning: 'a link or image URL is not http(s) (or a relative image path); it is left out', widgets: ALL },
  'invalid-date': { meaning: 'a date is not ISO 8601 (YYYY-MM-DD, optionally with a time); it is not shown', widgets: ALL },
  'invalid-json': { meaning: 'the JSON child is not valid JSON; the table or list in the page is shown as written', widgets: ['nw-demand-table', 'nw-fact-box'] },
  'invalid-data': { meaning: '`data` (or the JSON child) is not of the documented shape; what can be used is shown', widgets: ALL },
  'invalid-attribute': { meaning: 'an attribute has a value outside its list (theme, variant, platform, max-visible); the default is used', widgets: ALL },
  'unparseable-embed': { meaning: 'embed code with no author, handle or text; it is shown as written', widgets: ['nw-tweet-embed'] },
  'unknown-status': { meaning: 'a status is none of rejected, accepted, partial, open, pending, unknown; shown as "unknown"', widgets: ['nw-demand-table'] },
  'image-failed': { meaning: 'an avatar image did not load; initials are shown instead', widgets: ['nw-quote-card', 'nw-tweet-embed'] },
  'load-failed': { meaning: 'the original post (after a reader’s click) could not be loaded; the private card stays', widgets: ['nw-tweet-embed'] },
} satisfies Record<NwErrorCode, { meaning: string; widgets: readonly WidgetTag[] }>;

/** The codes each widget fired through real input in this file's tests. */
const fired = new Map<string, Set<WidgetTag>>();
function firedBy(tag: WidgetTag, code: string): void {
  fired.set(code, (fired.get(code) ?? new Set()).add(tag));
}

/**
 * The codes the README's "Errors" section lists: the first cell of each row of
 * its table (| `invalid-url` | … |), or, without such a table, every
 * backticked name like `invalid-url` outside code blocks (not `nw-*`).
 */
async function readmeCodes(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const start = readme.search(/^## Errors\b/m);
  expect(start, 'README.md has an "## Errors" section').to.be.greaterThan(-1);
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = (end === -1 ? rest : rest.slice(0, end)).replace(/```[\s\S]*?```/g, '');
  const rows = Array.from(section.matchAll(/^\|\s*`([a-z]+(?:-[a-z]+)+)`\s*\|/gm), (match) => match[1]!);
  const named = Array.from(section.matchAll(/`([a-z]+(?:-[a-z]+)+)`/g), (match) => match[1]!).filter((code) => !code.startsWith('nw-'));
  return [...new Set(rows.length ? rows : named)].sort();
}

before(async () => {
  await Promise.all(WIDGETS.map((widget) => widget.load()));
});

/** What a reader can read of `el`: its rendering, plus the author's content when the widget slots it. */
function readableText(el: WithData): string {
  const slotted = shadow(el).querySelector('slot') ? el.innerText : '';
  return `${shownText(el)} ${slotted}`.replace(/\s+/g, ' ');
}

const pollutedNothing = () => {
  expect(Object.prototype, 'Object.prototype').not.to.have.own.property('polluted');
  expect(({} as Record<string, unknown>).polluted, 'a fresh object').to.equal(undefined);
};

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> contract: bad input`, () => {
    for (const bad of widget.badInputs) {
      it(`${bad.problem}: content stays readable, nw-error "${bad.code}", one warning naming the widget, not repeated on re-render`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        const codes: string[] = [];
        page.addEventListener('nw-error', (event) => codes.push(event.detail.code));
        let el: WithData | undefined;
        const warnings = await captureWarnings(async () => {
          el = await mount(bad.template(), { into: page });
          if (bad.setData !== undefined) {
            el.data = bad.setData;
            await settle(page);
            el.data = bad.setData;
            await settle(page);
          }
          // The same problem, met again: a plain re-render, an attribute change, a light-DOM change.
          el.requestUpdate();
          await settle(page);
          el.setAttribute('theme', 'dark');
          await settle(page);
          el.append(document.createTextNode(''));
          await afterChange(page);
        });
        expect(codes).to.deep.equal([bad.code]);
        firedBy(widget.tag, bad.code);
        expect(warnings, warnings.join(" ||| ")).to.have.length(1);
        expect(warnings[0]).to.contain(`<${widget.tag}>`).and.contain(bad.mentions);
        if (bad.fallback !== undefined) expectFallback(el!, bad.fallback);
        else expectShown(el!, bad.shows ?? [], bad.absent);
      });
    }
  });

  describe(`<${widget.tag}> contract: the theme attribute`, () => {
    it('an unknown theme value fires nw-error "invalid-attribute" and warns once, naming it', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const codes: string[] = [];
      page.addEventListener('nw-error', (event) => codes.push(event.detail.code));
      let el: WithData | undefined;
      const warnings = await captureWarnings(async () => {
        el = await mount(widget.seed(), { into: page });
        el.setAttribute('theme', 'sepia');
        await settle(page);
        el.requestUpdate();
        await settle(page);
      });
      expect(codes).to.deep.equal(['invalid-attribute']);
      firedBy(widget.tag, 'invalid-attribute');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${widget.tag}>`).and.contain('sepia');
      expectShown(el!, widget.seedShows);
    });
  });

  describe(`<${widget.tag}> contract: hostile input`, () => {
    for (const [name, value] of hostileData(widget)) {
      it(`data set to ${name}: nothing throws, the content stays readable, data keeps its shape`, async () => {
        const codes: string[] = [];
        await captureWarnings(async () => {
          const el = await mount(widget.seed());
          el.addEventListener('nw-error', (event) => codes.push(event.detail.code));
          expect(() => {
            el.data = value;
          }).not.to.throw();
          await el.updateComplete;
          await settle(el.parentElement!);
          let data: unknown;
          expect(() => (data = el.data)).not.to.throw();
          expect(widget.schema(data, 'data')).to.deep.equal([]);
          const readable = readableText(el);
          for (const kept of widget.precedence.keeps) expect(readable).to.contain(kept);
          expect(unsafeUrls(el)).to.deep.equal([]);
        });
        if (NOT_AN_OBJECT.has(name)) expect(codes).to.deep.equal(['invalid-data']);
        pollutedNothing();
      });
    }

    if (widget.forms.some((form) => form.name === 'JSON child')) {
      it('a JSON child with prototype-pollution keys pollutes nothing', async () => {
        const tag = unsafeStatic(widget.tag);
        await captureWarnings(async () => {
          const el = await mount(staticHtml`<${tag}><script type="application/json">${pollutingJson(widget)}</script></${tag}>`);
          expect(widget.schema(el.data, 'data')).to.deep.equal([]);
          expect(Reflect.ownKeys(el.data as object)).not.to.include('__proto__');
        });
        pollutedNothing();
      });
    }

    for (const input of widget.urlInputs) {
      it(`unsafe URLs given through ${input.via} reach no href or src; the rest renders`, async () => {
        await captureWarnings(async () => {
          for (const url of UNSAFE_URLS) {
            const el = await mount(input.template(url), { data: input.data?.(url) });
            expect(unsafeUrls(el), JSON.stringify(url)).to.deep.equal([]);
            expectShown(el, input.shows);
          }
        });
      });
    }

    it('markup in data and attributes stays text', async () => {
      const markup = '<img src=x onerror="alert(1)"><b>bold?</b>';
      const dataForm = widget.forms.find((form) => form.name === 'data')!;
      await captureWarnings(async () => {
        const el = await mount(dataForm.template(), { data: widget.markupData(markup) });
        expect(injectedElements(el)).to.deep.equal([]);
        expect(shownText(el)).to.contain(markup);
        el.setAttribute(widget.precedence.attribute, markup);
        await settle(el.parentElement!);
        expect(shownIn(el, widget.precedence.selector)).to.equal(markup);
        expect(injectedElements(el)).to.deep.equal([]);
      });
    });
  });
}

/** Fires one `nw-error` from `el` by `act`, and returns its code and the warnings printed meanwhile. */
async function firstError(el: HTMLElement, act: () => void | Promise<void>): Promise<{ code: string; warnings: string[] }> {
  let code = '';
  const warnings = await captureWarnings(async () => {
    const errored = oneEvent(el, 'nw-error');
    await act();
    code = (await errored).detail.code;
    await settle(el.parentElement ?? el);
  });
  return { code, warnings };
}

describe('contract: errors that come after the first render', () => {
  before(async () => {
    await Promise.all(WIDGETS.map((widget) => widget.load()));
  });

  for (const [tag, template] of [
    ['nw-quote-card', () => html`<nw-quote-card speaker=${sherman.speaker}><blockquote><p>${sherman.quote[0]}</p></blockquote></nw-quote-card>`],
    ['nw-tweet-embed', () => html`<nw-tweet-embed>${embedTemplate(nato)}</nw-tweet-embed>`],
  ] as const) {
    it(`<${tag}>: an avatar image that does not load fires "image-failed" once and shows initials`, async () => {
      const el = await mount(template());
      const { code, warnings } = await firstError(el, () => el.setAttribute('avatar', '/tests/contract/no-such-avatar.png'));
      expect(code).to.equal('image-failed');
      firedBy(tag, code);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${tag}>`).and.contain('no-such-avatar.png');
      expect(shadow(el).querySelector('img[part=avatar]'), 'the broken image is gone').to.equal(null);
      expect(shadow(el).querySelector('[part=avatar]')?.textContent?.trim(), 'initials instead').to.match(/^\p{Lu}{1,2}$/u);
    });
  }

  it('<nw-tweet-embed>: the original post\'s script failing to load fires "load-failed" once, and the private card stays', async () => {
    const head = document.head as HTMLHeadElement & { append: ParentNode['append'] };
    const append = head.append;
    // The platform's script is asked for; here it comes from an address that no longer exists, so it fails as it would offline.
    const gone = URL.createObjectURL(new Blob(['']));
    URL.revokeObjectURL(gone);
    head.append = (...nodes: Array<Node | string>) => {
      for (const node of nodes) if (node instanceof HTMLScriptElement) node.src = gone;
      append.apply(head, nodes);
    };
    try {
      const el = await mount(html`<nw-tweet-embed allow-original>${embedTemplate(nato)}</nw-tweet-embed>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('button[part=load-original]');
      expect(button, 'the load-original button').to.exist;
      const { code, warnings } = await firstError(el, () => button!.click());
      expect(code).to.equal('load-failed');
      firedBy('nw-tweet-embed', code);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<nw-tweet-embed>');
      expect(shadow(el).querySelector('article'), 'the private card is shown again').to.exist;
    } finally {
      delete (head as Partial<typeof head>).append;
      document.head.querySelectorAll(`script[src="${gone}"]`).forEach((script) => script.remove());
    }
  });
});

describe('contract: the error codes', () => {
  it('the README lists exactly the codes of the NwErrorCode type', async () => {
    expect(await readmeCodes()).to.deep.equal(Object.keys(ERROR_CODES).sort());
  });

  // Runs last: the tests above recorded which widget fired which code.
  it('every code was fired through real input by each widget listed for it, and by no other', () => {
    const expected = Object.fromEntries(Object.entries(ERROR_CODES).map(([code, { widgets }]) => [code, [...widgets].sort()]));
    const actual = Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, [...(fired.get(code) ?? [])].sort()]));
    expect(actual).to.deep.equal(expected);
    expect([...fired.keys()].filter((code) => !Object.hasOwn(ERROR_CODES, code)), 'codes fired that the table does not list').to.deep.equal([]);
  });
});
