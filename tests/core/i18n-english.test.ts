/**
 * English without Intl: the first Intl date, number or list format of a page
 * makes the browser load its locale data, one long task on a phone. English
 * widgets write their dates, whole numbers and lists themselves, and must
 * write them exactly as Intl does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, formatNumber } from '../../src/core/i18n.js';
import { formatList, listParts } from '../../src/core/list-parts.js';
import '../../src/fact-box/fact-box.js';
import '../../src/quote-card/quote-card.js';
import { shadow } from '../helpers.js';

type Formatter = 'DateTimeFormat' | 'NumberFormat' | 'ListFormat';
const FORMATTERS: Formatter[] = ['DateTimeFormat', 'NumberFormat', 'ListFormat'];

describe('English dates, numbers and lists without Intl', () => {
  // First, before any test below creates an Intl formatter for its comparison.
  it('an English page of widgets shows its dates, numbers and lists without creating an Intl formatter', async () => {
    const originals = FORMATTERS.map((name) => [name, Intl[name]] as const);
    const created: string[] = [];
    for (const [name, Original] of originals) {
      (Intl as unknown as Record<Formatter, unknown>)[name] = new Proxy(Original, {
        construct(target, args: unknown[]) {
          created.push(`${name}(${String(args[0])})`);
          return Reflect.construct(target, args) as object;
        },
      });
    }
    try {
      const page = await fixture(html`<div lang="en">
        <nw-quote-card speaker="Wendy Sherman" date="2022-01-12"><p>Some demands are simply non-starters.</p></nw-quote-card>
        <nw-fact-box updated="2022-01-13" max-visible="2">
          <h2>Key facts</h2>
          <dl><dt>Allies</dt><dd>30</dd><dt>Killed</dt><dd>14,000+</dd><dt>Met</dt><dd>Brussels</dd><dt>Annexed</dt><dd>2014</dd></dl>
          <p><a href="https://www.nato.int/">NATO</a>, <a href="https://www.reuters.com/">Reuters</a> and <a href="https://apnews.com/">AP</a></p>
        </nw-fact-box>
      </div>`);
      const quote = page.querySelector('nw-quote-card')!;
      const facts = page.querySelector('nw-fact-box')!;
      await Promise.all([(quote as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete, (facts as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete]);
      expect(shadow(quote).textContent).to.contain('January 12, 2022');
      expect(shadow(facts).querySelector('[part=updated]')!.textContent).to.equal('Updated January 13, 2022');
      expect(shadow(facts).querySelector('[part=sources]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sources: NATO, Reuters, and AP');
      expect(shadow(facts).querySelector('.toggle')!.textContent!.trim()).to.equal('Show all 4 facts');
      expect(created).to.deep.equal([]);
    } finally {
      for (const [name, Original] of originals) (Intl as unknown as Record<Formatter, unknown>)[name] = Original;
    }
  });

  it('writes long dates as Intl does, in en and en-US, for any date from the year 1000 to 9999', () => {
    const formats = {
      en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
      'en-US': new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
    };
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('en', 'en-US'), fc.boolean(), (date, lang, withTime) => {
        const day = date.toISOString().slice(0, 10);
        // A date, or a date-time written without an offset shown as a date.
        const value = withTime ? date.toISOString().slice(0, 16) : day;
        expect(formatDate(value, lang)!.text, value).to.equal(formats[lang as 'en' | 'en-US'].format(new Date(`${day}T00:00:00Z`)));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves times and other English regions to Intl', () => {
    expect(formatDate('2022-01-13', 'en-GB')!.text).to.equal(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2022-01-13T00:00:00Z')));
    expect(formatDate('2024-11-20T17:02', 'en', { withTime: true })!.text).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date('2024-11-20T17:02Z')),
    );
  });

  it('writes numbers as Intl does in English: whole numbers grouped by thousands, the rest through Intl', () => {
    const format = new Intl.NumberFormat('en');
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -99_999, max: 99_999 }), fc.double(), fc.constant(-0)), fc.constantFrom('en', 'en-US'), (value, lang) => {
        expect(formatNumber(value, lang), String(value)).to.equal(format.format(value));
      }),
      { numRuns: 500 },
    );
  });

  it('joins lists as Intl does in English, part by part', () => {
    const format = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 7 }), (items) => {
        expect(listParts(items, 'en')).to.deep.equal(format.formatToParts(items));
        expect(formatList(items, 'en-US')).to.equal(format.format(items));
      }),
      { numRuns: 300 },
    );
    expect(formatList(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
  });
});
