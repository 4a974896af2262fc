import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/fact-box/fact-box.js';
import type { NwFactBox } from '../../src/fact-box/fact-box.js';
import { exampleBudget, natoFacts } from '../../content/facts.js';
import { captureWarnings, renderInto, settle, shadow } from '../helpers.js';

const SEED = html`<nw-fact-box>
  <h3>Key facts: NATO, Russia and Ukraine</h3>
  <ul>
    <li><strong>30</strong> NATO allies at the table</li>
    <li><strong>2</strong> years since the council last met</li>
    <li>The Donbas, Ukraine’s industrial heartland, has been devastated.</li>
    <li><strong>2014</strong> Russia annexed Crimea</li>
    <li><strong>14,000+</strong> people killed in eastern Ukraine</li>
  </ul>
  <p>Source: <a href="https://www.nato.int/cps/en/natohq/topics_50091.htm">NATO–Russia Council</a></p>
  <p>Updated <time datetime="2022-01-13">13 January 2022</time></p>
</nw-fact-box>`;

/** A box with `count` facts (figures then prose), from JavaScript. */
async function boxWith(count: number, attrs: { maxVisible?: number; theme?: string } = {}): Promise<NwFactBox> {
  const el = document.createElement('nw-fact-box');
  if (attrs.maxVisible) el.setAttribute('max-visible', String(attrs.maxVisible));
  if (attrs.theme) el.setAttribute('theme', attrs.theme);
  el.data = {
    heading: 'Many facts',
    facts: Array.from({ length: count }, (_, i) => (i % 2 ? { label: `Prose fact ${i + 1}` } : { label: `figure ${i + 1}`, value: i + 1 })),
  };
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const items = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('.figure, .fact'));
const visibleFacts = (el: Element) => items(el).filter((li) => li.checkVisibility()).length;
const toggleOf = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button.toggle')!;

describe('<nw-fact-box>', () => {
  it('is a complementary landmark named by its visible heading', async () => {
    const el = await fixture<NwFactBox>(SEED);
    const aside = shadow(el).querySelector('aside')!;
    const labelledBy = aside.getAttribute('aria-labelledby')!;
    const heading = shadow(el).getElementById(labelledBy)!;
    expect(heading.localName).to.equal('h3', 'keeps the author’s heading level');
    expect(heading.textContent!.trim()).to.equal('Key facts: NATO, Russia and Ukraine');
    expect(heading.checkVisibility()).to.equal(true);
    // One landmark per box: the host adds no role of its own.
    expect(el.hasAttribute('role')).to.equal(false);
    expect(shadow(el).querySelectorAll('aside, [role]')).to.have.length(1);
  });

  it('without a heading it is named "Key facts", translated', async () => {
    const wrapper = await fixture(html`<div>
      <nw-fact-box><ul><li>A fact</li></ul></nw-fact-box>
      <nw-fact-box lang="de"><ul><li>Ein Fakt</li></ul></nw-fact-box>
    </div>`);
    await settle(wrapper);
    const [en, de] = Array.from(wrapper.querySelectorAll('nw-fact-box'));
    expect(shadow(en!).querySelector('h2')!.textContent).to.equal('Key facts');
    expect(shadow(de!).querySelector('h2')!.textContent).to.equal('Die wichtigsten Fakten');
  });

  it('several boxes, even with the same heading, each have one aside with its own id and a name that resolves', async () => {
    const wrapper = await fixture(html`<div>
      <nw-fact-box heading="Key facts"><ul><li>One</li></ul></nw-fact-box>
      <nw-fact-box heading="Key facts"><ul><li>Two</li></ul></nw-fact-box>
      <nw-fact-box><ul><li>Three</li></ul></nw-fact-box>
    </div>`);
    await settle(wrapper);
    const boxes = Array.from(wrapper.querySelectorAll('nw-fact-box'));
    const ids = boxes.flatMap((box) => Array.from(shadow(box).querySelectorAll('[id]'), (node) => node.id));
    expect(new Set(ids).size).to.equal(ids.length, 'ids are unique across boxes');
    const names = boxes.map((box) => {
      const asides = shadow(box).querySelectorAll('aside');
      expect(asides).to.have.length(1);
      const [headingId, ...rest] = asides[0]!.getAttribute('aria-labelledby')!.split(' ');
      const heading = shadow(box).getElementById(headingId!)!;
      expect(heading.textContent).to.equal('Key facts');
      expect(heading.checkVisibility()).to.equal(true);
      return [heading, ...rest.map((id) => shadow(box).getElementById(id)!)].map((node) => node.textContent).join('');
    });
    // Three landmarks called "Key facts" would be indistinguishable in a landmark list.
    expect(names).to.deep.equal(['Key facts, 1 of 3', 'Key facts, 2 of 3', 'Key facts, 3 of 3']);
    await expect(wrapper).to.be.accessible();
    boxes[2]!.setAttribute('heading', 'Other facts');
    boxes[0]!.remove();
    await settle(wrapper);
    expect(shadow(boxes[1]!).querySelector('aside')!.getAttribute('aria-labelledby')!.split(' ')).to.have.length(1);
  });

  it('boxes that share a name number themselves again when one is removed, added or renamed; other boxes keep theirs', async () => {
    const wrapper = await fixture(html`<div>
      <nw-fact-box heading="Sanctions"><ul><li>One</li></ul></nw-fact-box>
      <nw-fact-box heading="Sanctions"><ul><li>Two</li></ul></nw-fact-box>
      <nw-fact-box heading="Troops"><ul><li>Alone</li></ul></nw-fact-box>
      <nw-fact-box heading="Sanctions"><ul><li>Three</li></ul></nw-fact-box>
    </div>`);
    await settle(wrapper);
    const nameOf = (box: Element) => {
      const ids = shadow(box).querySelector('aside')!.getAttribute('aria-labelledby')!.split(' ');
      return ids.map((id) => shadow(box).getElementById(id)!.textContent).join('');
    };
    const names = () => Array.from(wrapper.querySelectorAll('nw-fact-box'), nameOf);
    expect(names()).to.deep.equal(['Sanctions, 1 of 3', 'Sanctions, 2 of 3', 'Troops', 'Sanctions, 3 of 3']);
    wrapper.querySelector('nw-fact-box')!.remove();
    await settle(wrapper);
    expect(names()).to.deep.equal(['Sanctions, 1 of 2', 'Troops', 'Sanctions, 2 of 2']);
    wrapper.querySelectorAll('nw-fact-box')[1]!.setAttribute('heading', 'Sanctions');
    await settle(wrapper);
    expect(names()).to.deep.equal(['Sanctions, 1 of 3', 'Sanctions, 2 of 3', 'Sanctions, 3 of 3']);
    wrapper.insertAdjacentHTML('afterbegin', '<nw-fact-box heading="Troops"><ul><li>New</li></ul></nw-fact-box>');
    await settle(wrapper);
    expect(names()).to.deep.equal(['Troops', 'Sanctions, 1 of 3', 'Sanctions, 2 of 3', 'Sanctions, 3 of 3']);
  });

  it('key figures stand out; prose facts form a list', async () => {
    const el = await renderInto<NwFactBox>(SEED, 720);
    const figures = Array.from(shadow(el).querySelectorAll('.figure'));
    expect(figures.map((f) => f.querySelector('.value')!.textContent)).to.deep.equal(['30', '2', '2014', '14,000+']);
    expect(figures[0]!.querySelector('.label')!.textContent).to.equal('NATO allies at the table');
    const prose = Array.from(shadow(el).querySelectorAll('ul.facts > li'));
    expect(prose.map((li) => li.textContent!.trim())).to.deep.equal(['The Donbas, Ukraine’s industrial heartland, has been devastated.']);
    const valueSize = parseFloat(getComputedStyle(figures[0]!.querySelector('.value')!).fontSize);
    const proseSize = parseFloat(getComputedStyle(prose[0]!).fontSize);
    expect(valueSize).to.be.greaterThan(proseSize * 2);
    // Wide: figures side by side; narrow: stacked.
    const top = (i: number) => figures[i]!.getBoundingClientRect().top;
    expect(top(1)).to.equal(top(0));
    const narrow = await renderInto<NwFactBox>(SEED, 300);
    const narrowFigures = Array.from(shadow(narrow).querySelectorAll('.figure'), (f) => f.getBoundingClientRect());
    expect(narrowFigures[1]!.top).to.be.greaterThan(narrowFigures[0]!.bottom - 1);
  });

  it('shows its sources and a localised update date', async () => {
    const el = await fixture<NwFactBox>(SEED);
    const sources = shadow(el).querySelector('[part=sources]')!;
    expect(sources.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: NATO–Russia Council');
    expect(sources.querySelector('a')!.getAttribute('href')).to.equal('https://www.nato.int/cps/en/natohq/topics_50091.htm');
    const updated = shadow(el).querySelector('[part=updated]')!;
    expect(updated.textContent).to.equal('Updated January 13, 2022');
    expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2022-01-13');

    el.data = { sources: [{ label: 'A', url: 'https://a.example/' }, { label: 'B', url: 'https://b.example/' }] };
    el.setAttribute('updated', '2022-01-14');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=sources]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Quellen: A und B');
    expect(shadow(el).querySelector('[part=updated]')!.textContent).to.equal('Aktualisiert am 14. Januar 2022');
  });

  it('numbers from JSON are formatted for the page’s language; written values stay as written', async () => {
    const wrapper = await fixture(html`<div lang="de">
      <nw-fact-box
        ><script type="application/json">
          { "facts": [{ "label": "Tote", "value": 14000 }, { "label": "Jahr", "value": "2014" }, { "label": "Verbündete", "value": "30+" }] }
        </script></nw-fact-box
      >
    </div>`);
    const el = wrapper.querySelector('nw-fact-box')!;
    await el.updateComplete;
    const values = Array.from(shadow(el).querySelectorAll('.value'), (v) => v.textContent);
    expect(values).to.deep.equal(['14.000', '2014', '30+']);
    expect(el.data.facts[0]!.value).to.equal(14000);
  });

  describe('collapsing', () => {
    it('shows max-visible facts and a button for all of them; Enter and Space toggle it', async () => {
      const el = await renderInto<NwFactBox>(html`<nw-fact-box max-visible="4"
        ><h2>${exampleBudget.heading}</h2>
        <ul>
          ${exampleBudget.facts.map((f) => (f.value ? html`<li><strong>${f.value}</strong> ${f.label}</li>` : html`<li>${f.label}</li>`))}
        </ul></nw-fact-box
      >`);
      const button = toggleOf(el);
      expect(visibleFacts(el)).to.equal(4);
      expect(items(el)).to.have.length(15);
      expect(button.textContent!.trim()).to.equal('Show all 15 facts');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const controlled = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(controlled.querySelectorAll('li')).to.have.length(15);

      const toggles: boolean[] = [];
      el.addEventListener('nw-toggle', (event) => toggles.push(event.detail.expanded));
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleFacts(el)).to.equal(15);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Show fewer');

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(visibleFacts(el)).to.equal(4);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement, 'focus stays on the button after collapsing').to.equal(button);
      expect(toggles).to.deep.equal([true, false]);
    });

    it('hidden facts are hidden from assistive technology too', async () => {
      // display: none (not clipping) takes an element out of the accessibility tree.
      const el = await boxWith(10, { maxVisible: 3 });
      const last = items(el).at(-1)!;
      expect(last.textContent!.trim()).to.equal('Prose fact 10');
      expect(getComputedStyle(last).display).to.equal('none');
      expect(getComputedStyle(items(el)[2]!).display).to.not.equal('none');
      toggleOf(el).click();
      await el.updateComplete;
      expect(getComputedStyle(last).display).to.not.equal('none');
    });

    it('no button when everything fits', async () => {
      const el = await boxWith(6);
      expect(toggleOf(el)).to.equal(null);
      expect(visibleFacts(el)).to.equal(6);
    });

    it('printing shows every fact and no button', async () => {
      const el = await boxWith(12);
      expect(visibleFacts(el)).to.equal(6);
      try {
        await emulateMedia({ media: 'print' });
        expect(visibleFacts(el)).to.equal(12);
        expect(toggleOf(el).checkVisibility()).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(visibleFacts(el)).to.equal(6);
    });

    it('renders 500 facts, collapsed and expanded', async () => {
      const el = await boxWith(500);
      expect(items(el)).to.have.length(500);
      expect(visibleFacts(el)).to.equal(6);
      expect(toggleOf(el).textContent!.trim()).to.equal('Show all 500 facts');
      toggleOf(el).click();
      await el.updateComplete;
      expect(visibleFacts(el)).to.equal(500);
    });

    it('an invalid max-visible falls back to 6 with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await boxWith(8, { maxVisible: -2 });
        expect(visibleFacts(el)).to.equal(6);
      });
      expect(warnings.join()).to.contain('max-visible');
    });

    it('is accessible collapsed and expanded, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await boxWith(9, { theme });
        el.parentElement!.style.background = theme === 'dark' ? '#111' : '#fff';
        await expect(el.parentElement).to.be.accessible();
        toggleOf(el).click();
        await el.updateComplete;
        await expect(el.parentElement).to.be.accessible();
      }
    });
  });

  it('a heading from data keeps the level of the author’s heading; the heading attribute is an h2', async () => {
    const el = await fixture<NwFactBox>(SEED);
    el.data = { ...natoFacts, heading: 'From data' };
    await el.updateComplete;
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('From data');
    el.heading = 'From the attribute';
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('From the attribute');
    expect(shadow(el).querySelectorAll('.figure, .fact')).to.have.length(natoFacts.facts.length);
  });

  it('fits 280 px and 1200 px columns without overflowing', async () => {
    for (const width of [280, 1200]) {
      const el = await renderInto<NwFactBox>(SEED, width);
      expect(el.scrollWidth, `${width}px`).to.be.at.most(width);
    }
  });

  it('compact variant has smaller figures', async () => {
    const full = await renderInto<NwFactBox>(SEED, 300);
    const compact = await renderInto<NwFactBox>(SEED, 300);
    compact.variant = 'compact';
    await compact.updateComplete;
    const size = (el: Element) => parseFloat(getComputedStyle(shadow(el).querySelector('.value')!).fontSize);
    expect(size(compact)).to.be.lessThan(size(full));
  });

  it('lays out right to left under dir="rtl"', async () => {
    const el = await renderInto<NwFactBox>(html`<div lang="ar" dir="rtl">${SEED}</div>`, 320);
    const box = el.querySelector('nw-fact-box')!;
    await box.updateComplete;
    const aside = shadow(box).querySelector('aside')!;
    expect(getComputedStyle(aside).direction).to.equal('rtl');
    expect(shadow(box).querySelector('h3')!.textContent).to.equal('Key facts: NATO, Russia and Ukraine');
    const value = shadow(box).querySelector('.value')!.getBoundingClientRect();
    expect(aside.getBoundingClientRect().right - value.right).to.be.lessThan(40, 'figures start on the right');
  });
});
