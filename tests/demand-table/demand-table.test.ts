import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/demand-table/demand-table.js';
import type { DemandTableData, NwDemandTable } from '../../src/demand-table/demand-table.js';
import { natoRussia } from '../../content/demands.js';
import * as stories from '../../stories/demand-table.stories.js';
import { plainTable } from '../../stories/demand-table.stories.js';
import { renderInto, settle, shadow, storiesOf } from '../helpers.js';

const seed = (attrs: { theme?: string } = {}) =>
  html`<nw-demand-table theme=${attrs.theme ?? 'light'}>${plainTable({ ...natoRussia, withStatus: true })}</nw-demand-table>`;

const bodyRows = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr.row'));
const visibleRows = (el: Element) => bodyRows(el).filter((row) => !row.hidden && row.getBoundingClientRect().height > 0);
const filterButton = (el: Element, label: string) =>
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.filter button')).find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(label))!;
const liveRegion = (el: Element) => shadow(el).querySelector('[role=status]')!;
const story = (name: string): TemplateResult => storiesOf(stories).find(([n]) => n === name)![1]();
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function withData(data: Partial<DemandTableData>, width?: number): Promise<NwDemandTable> {
  const el = await renderInto<NwDemandTable>(html`<nw-demand-table theme="light"></nw-demand-table>`, width);
  el.data = data;
  await settle(el.parentElement!);
  return el;
}

describe('<nw-demand-table>', () => {
  it('presents the seed table: caption, party column heads, row headers, badges, summary, sources, date', async () => {
    const el = await renderInto<NwDemandTable>(seed(), 800);
    const root = shadow(el);
    const table = root.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Russia’s demands and the NATO answer');
    expect(text(root.querySelector('[part=heading]'))).to.equal('Russia’s demands and the NATO answer');
    const heads = Array.from(table.querySelectorAll('thead th'));
    expect(heads.map(text)).to.deep.equal(['Russia', 'NATO and the U.S.', 'Status']);
    expect(heads.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const rows = bodyRows(el);
    expect(rows).to.have.length(5);
    const first = rows[0]!;
    const rowHeader = first.querySelector('th')!;
    expect(rowHeader.getAttribute('scope')).to.equal('row');
    expect(rowHeader.textContent).to.contain('Ukraine must never be admitted to NATO.');
    const badge = first.querySelector('[part=status]')!;
    expect(text(badge)).to.equal('Rejected');
    expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(rows[1]!.querySelector('[part=status]'))).to.equal('Open to talks');
    // Different shapes, not only colours.
    expect(rows[0]!.querySelector('svg')!.innerHTML).to.not.equal(rows[1]!.querySelector('svg')!.innerHTML);
    expect(text(rows[3]!.querySelector('[part=note]'))).to.equal('Note: Agreeing would go against a founding principle of the alliance.');
    expect(text(root.querySelector('[part=summary]'))).to.equal('3 rejected · 2 open to talks');
    const link = root.querySelector<HTMLAnchorElement>('[part=footer] a')!;
    expect(link.getAttribute('href')).to.equal('https://www.nato.int/');
    const time = root.querySelector('[part=footer] time')!;
    expect(time.getAttribute('datetime')).to.equal('2022-01-13');
    expect(text(time.parentElement)).to.equal('Updated January 13, 2022');
    expect(el.data.rows.map((row) => row.status)).to.deep.equal(['rejected', 'open', 'rejected', 'rejected', 'open']);
  });

  it('leaves the light DOM alone, so the plain table is there without JavaScript', async () => {
    const before = await fixture(html`<div>${plainTable({ ...natoRussia })}</div>`);
    const el = await renderInto<NwDemandTable>(seed());
    expect(el.querySelector('table')!.outerHTML).to.equal(before.querySelector('table')!.outerHTML);
    const notYet = await fixture<HTMLElement>(html`<div><nw-demand-table-not-yet>${plainTable({ ...natoRussia })}</nw-demand-table-not-yet></div>`);
    expect(notYet.innerText).to.contain('Ukraine must never be admitted to NATO.');
  });

  it('a two-column table has no status column, summary or filter', async () => {
    const el = await renderInto<NwDemandTable>(story('Minimal'));
    const root = shadow(el);
    expect(root.querySelectorAll('thead th')).to.have.length(2);
    expect(root.querySelector('[part=summary]')).to.equal(null);
    expect(root.querySelector('.filter')).to.equal(null);
    expect(root.querySelector('[part=status]')).to.equal(null);
  });

  describe('filter', () => {
    it('offers a button per present status with its count, and an "All" button', async () => {
      const el = await renderInto<NwDemandTable>(seed());
      const buttons = Array.from(shadow(el).querySelectorAll('.filter button'));
      expect(buttons.map(text)).to.deep.equal(['All 5', 'Rejected 3', 'Open to talks 2']);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
      expect(shadow(el).querySelector('.filter')!.getAttribute('role')).to.equal('group');
    });

    it('a click shows only that status, announces the count and fires nw-filter-change', async () => {
      const el = await renderInto<NwDemandTable>(seed(), 800);
      const changed = oneEvent(el, 'nw-filter-change');
      filterButton(el, 'Open to talks').click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ statuses: ['open'], visible: 2, total: 5 });
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(2);
      expect(visibleRows(el).every((row) => row.dataset.status === 'open')).to.equal(true);
      expect(filterButton(el, 'Open to talks').getAttribute('aria-pressed')).to.equal('true');
      expect(filterButton(el, 'All').getAttribute('aria-pressed')).to.equal('false');
      expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
      expect(text(liveRegion(el))).to.equal('Showing 2 of 5 demands');
      filterButton(el, 'Rejected').click();
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(5);
      filterButton(el, 'All').click();
      await el.updateComplete;
      expect(filterButton(el, 'Open to talks').getAttribute('aria-pressed')).to.equal('false');
      expect(text(liveRegion(el))).to.equal('Showing 5 of 5 demands');
    });

    it('works from the keyboard: Enter and Space on real buttons', async () => {
      const el = await renderInto<NwDemandTable>(seed(), 800);
      const rejected = filterButton(el, 'Rejected');
      rejected.focus();
      expect(shadow(el).activeElement).to.equal(rejected);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(filterButton(el, 'Rejected').getAttribute('aria-pressed')).to.equal('true');
      expect(visibleRows(el).map((row) => row.dataset.status)).to.deep.equal(['rejected', 'rejected', 'rejected']);
      expect(bodyRows(el).filter((row) => row.hidden)).to.have.length(2);
      expect(text(liveRegion(el))).to.equal('Showing 3 of 5 demands');
      // Focus stays on the button; Space turns it off again.
      expect(shadow(el).activeElement).to.equal(filterButton(el, 'Rejected'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(filterButton(el, 'Rejected').getAttribute('aria-pressed')).to.equal('false');
      expect(visibleRows(el)).to.have.length(5);
      // Tab reaches the next filter button.
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(filterButton(el, 'Open to talks'));
    });

    it('renders 1,000 rows and filters them', async () => {
      const statuses = ['rejected', 'accepted', 'partial', 'open', 'pending'] as const;
      const rows = Array.from({ length: 1000 }, (_, i) => ({ demand: `Demand ${i + 1}`, response: `Answer ${i + 1}`, status: statuses[i % 5]! }));
      const el = await withData({ heading: 'Long list', rows }, 800);
      expect(bodyRows(el)).to.have.length(1000);
      expect(text(shadow(el).querySelector('[part=summary]'))).to.equal('200 rejected · 200 accepted · 200 partly accepted · 200 open to talks · 200 without an answer');
      filterButton(el, 'No answer yet').click();
      await el.updateComplete;
      expect(bodyRows(el).filter((row) => !row.hidden)).to.have.length(200);
      expect(text(liveRegion(el))).to.equal('Showing 200 of 1,000 demands');
    });
  });

  describe('layout by the widget’s own width', () => {
    it('stacks each demand above its answer in a 320 px container, without horizontal scroll', async () => {
      const el = await renderInto<NwDemandTable>(seed(), 320);
      const row = bodyRows(el)[0]!;
      const demand = row.querySelector('th')!.getBoundingClientRect();
      const response = row.querySelector('td.response')!.getBoundingClientRect();
      expect(response.top).to.be.at.least(demand.bottom);
      const label = row.querySelector('th .label')!;
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      expect(text(label)).to.equal('Russia');
      const table = shadow(el).querySelector('table')!;
      expect(table.getAttribute('role')).to.equal('table');
      expect(row.getAttribute('role')).to.equal('row');
      expect(row.querySelector('th')!.getAttribute('role')).to.equal('rowheader');
      expect(shadow(el).querySelector('thead th')!.getAttribute('role')).to.equal('columnheader');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(table.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.equal(320);
    });

    it('is a table with cells side by side at 800 px', async () => {
      const el = await renderInto<NwDemandTable>(seed(), 800);
      const row = bodyRows(el)[0]!;
      const demand = row.querySelector('th')!.getBoundingClientRect();
      const response = row.querySelector('td.response')!.getBoundingClientRect();
      expect(response.top).to.equal(demand.top);
      expect(response.left).to.be.at.least(demand.right);
      expect(row.querySelector('th .label')!.getBoundingClientRect().height).to.equal(0);
      // Columns line up from row to row, and the headers sit over them.
      const columns = (cells: Element[]) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left));
      const header = columns([...shadow(el).querySelectorAll('thead th')]);
      for (const other of bodyRows(el)) expect(columns([...other.children])).to.deep.equal(header);
    });

    it('keeps its columns aligned down a long table, with every row in place', async () => {
      const rows = Array.from({ length: 400 }, (_, i) => ({ demand: `Demand ${i + 1}${i % 3 ? '' : ', a longer one that wraps onto a second line in a column this wide'}`, response: `Answer ${i + 1}`, status: i % 2 ? 'rejected' : 'open' }));
      const el = await renderInto<NwDemandTable>(html`<nw-demand-table .data=${{ heading: 'Long', rows }}></nw-demand-table>`, 800);
      await el.updateComplete;
      const all = bodyRows(el);
      expect(all).to.have.length(400);
      expect(text(all[399]!.querySelector('th'))).to.include('Demand 400');
      const columns = (row: Element) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left - row.getBoundingClientRect().left));
      const first = columns(all[0]!);
      all[399]!.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(columns(all[399]!)).to.deep.equal(first);
      expect(all[399]!.getBoundingClientRect().height).to.be.greaterThan(20);
    });

    it('runs right to left in an Arabic page', async () => {
      const host = await renderInto<HTMLElement>(story('ArabicRTL'), 800);
      const el = host.querySelector('nw-demand-table')!;
      const row = bodyRows(el)[0]!;
      const demand = row.querySelector('th')!.getBoundingClientRect();
      const response = row.querySelector('td.response')!.getBoundingClientRect();
      expect(response.right).to.be.at.most(demand.left);
      expect(text(shadow(el).querySelector('[part=summary]'))).to.match(/^مرفوض: \S+ · مستعد للتفاوض: \S+$/);
      expect(text(row.querySelector('[part=status]'))).to.equal('مرفوض');
    });
  });

  it('is accessible stacked and wide, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const width of [320, 800]) {
        const wrapper = await fixture<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#111' : '#fff'}">${seed({ theme })}</div>`);
        wrapper.style.inlineSize = `${width}px`;
        await settle(wrapper);
        const el = wrapper.querySelector('nw-demand-table')!;
        filterButton(el, 'Rejected').click();
        await settle(wrapper);
        await expect(wrapper).to.be.accessible();
      }
    }
  });

  it('a long table renders its rows a slice per task, and every row is there when updateComplete resolves', async () => {
    const rows: DemandTableData['rows'] = Array.from({ length: 1000 }, (_, i) => ({ demand: `Demand ${i + 1}`, response: `Answer ${i + 1}`, status: i % 3 ? 'open' : 'rejected' }));
    const el = document.createElement('nw-demand-table');
    el.data = { heading: 'A long tracker', rows };
    document.body.append(el);
    // Each render step, as the page sees it between tasks: the rows present after each change.
    const steps: number[] = [];
    const observer = new MutationObserver(() => steps.push(el.shadowRoot!.querySelectorAll('tbody tr.row').length));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    expect(steps.filter((count) => count > 0 && count < 1000), 'rows arrive in slices').not.to.be.empty;
    const shown = el.shadowRoot!.querySelectorAll('tbody tr.row');
    expect(shown.length).to.equal(1000);
    expect(shown[999]!.textContent).to.contain('Demand 1000');
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('334 rejected');
    el.remove();
  });

  it('a long table written in the page stays shown as written until its first render, then every row is rendered', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `<tr><th>Demand ${i + 1}</th><td>Answer ${i + 1}</td></tr>`).join('');
    const holder = document.createElement('div');
    holder.innerHTML = `<nw-demand-table><table><caption>A long tracker</caption><tbody>${body}</tbody></table></nw-demand-table>`;
    const el = holder.firstElementChild as NwDemandTable;
    document.body.append(holder);
    // Before the first render: the author's table, laid out and readable, and the element marked pending.
    expect(el.matches(':state(pending)')).to.equal(true);
    const table = el.querySelector('table')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(400 * 10);
    expect(table.checkVisibility()).to.equal(true);
    await el.updateComplete;
    expect(el.matches(':state(pending)')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('tbody tr.row')).to.have.length(400);
    expect(el.shadowRoot!.querySelector('caption, [part~="caption"]')?.textContent).to.contain('A long tracker');
    holder.remove();
  });
});
