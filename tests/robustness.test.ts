// Never breaks the page: hostile or broken input to any widget yields a
// readable widget or the author's content, never an exception, never HTML
// injected from data, and never a request to a host that the input names.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, settle } from './helpers.js';

const TAGS = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'] as const;

const HOSTILE_STRINGS = [
  '',
  ' ',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  '//evil.example/x.png',
  'https://evil.example/tracker.gif',
  '\u202Eevil\u202C',
  '👩‍👩‍👧‍👦'.repeat(50),
  'x'.repeat(20000),
  '2022-02-30',
  '9999-99-99T99:99',
  'NaN',
  '{"__proto__":{"polluted":1}}',
];

// `avatar` is left out: an http(s) image the producer names is meant to load
// (its hostile schemes are covered by the URL policy tests).
const ATTRIBUTES: Record<(typeof TAGS)[number], string[]> = {
  'nw-quote-card': ['speaker', 'speaker-role', 'date', 'cite', 'source', 'variant', 'theme'],
  'nw-tweet-embed': ['url', 'author', 'handle', 'date', 'platform', 'theme'],
  'nw-demand-table': ['heading', 'demand-by', 'response-by', 'updated', 'theme'],
  'nw-fact-box': ['heading', 'updated', 'max-visible', 'variant', 'theme'],
};

const HOSTILE_DATA: unknown[] = [
  null,
  undefined,
  42,
  'a string',
  [],
  {},
  { rows: 'not an array', facts: 5, quote: { nested: true } },
  { rows: [null, 1, 'x', { demand: {}, response: [] , status: {} }], facts: [null, { label: {} , value: {} }] },
  { quote: ['<b>bold</b>'], rows: [{ demand: '<b>x</b>', response: '<i>y</i>', status: 'rejected' }], facts: [{ label: '<b>l</b>', value: '<i>v</i>' }] },
  JSON.parse('{"__proto__": {"polluted": true}, "rows": [], "facts": []}'),
];

describe('robustness against hostile input', () => {
  let uncaught: string[];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  for (const tag of TAGS) {
    it(`<${tag}>: hostile attributes never throw, inject HTML or fetch a named host`, async () => {
      const before = performance.getEntriesByType('resource').length;
      await captureWarnings(async () => {
        for (const value of HOSTILE_STRINGS) {
          const el = document.createElement(tag);
          for (const name of ATTRIBUTES[tag]) el.setAttribute(name, value);
          el.textContent = value || 'Some content';
          document.body.append(el);
          await settle(document.body);
          const root = el.shadowRoot!;
          expect(root.querySelector('script, iframe, img[onerror]'), `${tag} with ${value.slice(0, 30)}`).to.equal(null);
          for (const link of Array.from(root.querySelectorAll('a[href]'))) {
            expect(link.getAttribute('href')!, value.slice(0, 30)).to.match(/^https?:|^#/);
          }
          el.remove();
        }
      });
      const fetched = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
      expect(fetched.filter((url) => url.includes('evil.example'))).to.deep.equal([]);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
    });

    it(`<${tag}>: a hostile data property never throws or renders HTML`, async () => {
      await captureWarnings(async () => {
        for (const data of HOSTILE_DATA) {
          const el = document.createElement(tag) as HTMLElement & { data: unknown };
          document.body.append(el);
          expect(() => {
            el.data = data;
          }, `${tag}.data = ${JSON.stringify(data)}`).to.not.throw();
          await settle(document.body);
          expect(el.shadowRoot!.querySelector('b, i, script'), JSON.stringify(data)).to.equal(null);
          expect(() => el.data, 'reading data back').to.not.throw();
          el.remove();
        }
      });
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
    });
  }
});
