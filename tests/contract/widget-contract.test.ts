/**
 * The contract every widget keeps (see DESIGN.md, "Public contract"), run on
 * each entry of the contract table: every input form renders the content,
 * attributes win over `data`, which wins over the light DOM, `data` holds
 * what is shown, changes re-render, and defining a tag again is harmless.
 * Bad and hostile input: widget-errors.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { captureWarnings, settle, shadow } from '../helpers.js';
import { afterChange, asJson, editText, expectShown, mount, nodesOf, shownIn, shownText, unsafeUrls } from './harness.js';
import { WIDGETS } from './widgets.js';

before(async () => {
  await Promise.all(WIDGETS.map((widget) => widget.load()));
});

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> contract`, () => {
    describe('input forms', () => {
      for (const form of widget.forms) {
        it(`renders its content given as ${form.name}, silently`, async () => {
          const warnings = await captureWarnings(async () => {
            const el = await mount(form.template(), { data: form.data });
            expectShown(el, form.shows);
            expect(unsafeUrls(el)).to.deep.equal([]);
          });
          expect(warnings, 'valid content warns about nothing').to.deep.equal([]);
        });

        it(`data holds the normalised content given as ${form.name}, in the documented shape`, async () => {
          const el = await mount(form.template(), { data: form.data });
          expect(asJson(el.data)).to.deep.equal(asJson(form.normalised));
          expect(widget.schema(el.data, 'data')).to.deep.equal([]);
        });
      }

      it('data normalises what it is given (white space, unsafe URLs, invalid dates, empty entries) and shows that', async () => {
        await captureWarnings(async () => {
          const dataForm = widget.forms.find((form) => form.name === 'data')!;
          const el = await mount(dataForm.template(), { data: widget.normalises.data });
          expect(asJson(el.data)).to.deep.equal(widget.normalises.normalised);
          expect(widget.schema(el.data, 'data')).to.deep.equal([]);
          expectShown(el, widget.normalises.shows);
        });
      });

      it('HTML comments in the light DOM (CMS block markers) are not content', async () => {
        const el = await mount(widget.commented.template());
        expectShown(el, widget.commented.shows, ['wp:', 'lit$']);
      });

      it('an attribute overrides data, which overrides the light DOM', async () => {
        const { attribute, field, selector, light, keeps } = widget.precedence;
        const el = await mount(light('From the light DOM'));
        const expectField = (value: string) => {
          expect(shownIn(el, selector), `shown ${field}`).to.equal(value);
          expect((el.data as Record<string, unknown>)[field], `data.${field}`).to.equal(value);
          expectShown(el, keeps);
        };
        expectField('From the light DOM');
        el.data = { [field]: 'From data' };
        await settle(el.parentElement!);
        expectField('From data');
        el.setAttribute(attribute, 'From the attribute');
        await settle(el.parentElement!);
        expectField('From the attribute');
        el.removeAttribute(attribute);
        await settle(el.parentElement!);
        expectField('From data');
        el.data = null;
        await settle(el.parentElement!);
        expectField('From the light DOM');
      });
    });

    describe('changes re-render', () => {
      it('a text change in the light DOM', async () => {
        const { from, to, shows, absent } = widget.changes.edit;
        const el = await mount(widget.seed());
        editText(el, from, to);
        await afterChange(el.parentElement!);
        expectShown(el, shows, absent);
      });

      it('new light-DOM children in place of the old ones', async () => {
        const { template, shows, absent } = widget.changes.replaceWith;
        const el = await mount(widget.seed());
        el.replaceChildren(...nodesOf(template()));
        await afterChange(el.parentElement!);
        expectShown(el, shows, absent);
      });

      it('attribute changes', async () => {
        const { values, shows, links = [] } = widget.changes.attributes;
        const el = await mount(widget.seed());
        for (const [name, value] of Object.entries(values)) {
          el.setAttribute(name, value);
          await settle(el.parentElement!);
        }
        expectShown(el, shows);
        const hrefs = Array.from(shadow(el).querySelectorAll('a[href]'), (a) => a.getAttribute('href'));
        expect(hrefs).to.include.members([...links]);
      });

      it('setting data', async () => {
        const { data, shows, absent } = widget.changes.data;
        const el = await mount(widget.seed());
        el.data = data;
        await settle(el.parentElement!);
        expectShown(el, shows, absent);
      });

      it('renders in the nearest lang, and again when it changes', async () => {
        const { en, de } = widget.changes.lang;
        const page = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
        const el = await mount(widget.seed(), { into: page });
        expectShown(el, de, en);
        page.lang = 'en';
        await afterChange(page);
        expectShown(el, en, de);
        page.lang = 'de';
        await afterChange(page);
        expectShown(el, de, en);
      });

      it('renders in the nearest dir, and again when it changes', async () => {
        const page = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
        const el = await mount(widget.seed(), { into: page });
        const direction = () => getComputedStyle(shadow(el).querySelector(widget.frame)!).direction;
        expect(direction()).to.equal('rtl');
        page.dir = 'ltr';
        await afterChange(page);
        expect(direction()).to.equal('ltr');
        page.dir = 'rtl';
        await afterChange(page);
        expect(direction()).to.equal('rtl');
        expectShown(el, widget.seedShows);
      });
    });

    describe('defining the tag again', () => {
      it('defineElement with the class that holds the tag is silent and changes nothing', async () => {
        const defined = customElements.get(widget.tag)!;
        const warnings = await captureWarnings(() => {
          defineElement(widget.tag, defined);
          defineElement(widget.tag, defined);
        });
        expect(warnings).to.deep.equal([]);
        expect(customElements.get(widget.tag)).to.equal(defined);
      });

      it('loading the defining module again from another URL is silent, and widgets keep working', async () => {
        const defined = customElements.get(widget.tag)!;
        const warnings = await captureWarnings(async () => {
          await import(`${widget.moduleUrl}?copy=second`);
        });
        expect(warnings).to.deep.equal([]);
        expect(customElements.get(widget.tag)).to.equal(defined);
        const el = await mount(widget.seed());
        expect(el).to.be.instanceOf(defined);
        expect(shownText(el)).to.contain(widget.seedShows[0]);
      });
    });
  });
}
