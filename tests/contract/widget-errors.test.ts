/**
 * "Never breaks the page" and "Safe", run on each entry of the contract
 * table: bad input of every problem class keeps the content readable, fires
 * `nw-error` with its stable code and prints one warning naming the widget,
 * once; hostile input throws nothing out of a widget, pollutes nothing, and
 * no unsafe URL or markup reaches the shadow DOM.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { captureWarnings, settle, shadow } from '../helpers.js';
import { afterChange, expectFallback, expectShown, injectedElements, mount, shownIn, shownText, unsafeUrls, type WithData } from './harness.js';
import { NOT_AN_OBJECT, UNSAFE_URLS, WIDGETS, hostileData, pollutingJson } from './widgets.js';

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
