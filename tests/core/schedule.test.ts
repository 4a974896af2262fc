import { expect } from '@open-wc/testing';
import { SLICE_MS, inRenderTurn } from '../../src/core/schedule.js';
import '../../src/quote-card/quote-card.js';
import type { NwQuoteCard } from '../../src/quote-card/quote-card.js';
import { captureWarnings } from '../helpers.js';

/** Keeps the main thread busy for `ms`, as a widget's render does. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('render turns (a page of many widgets)', () => {
  it('runs waiting renders in order, a few per task, and gives the main thread back between tasks', async () => {
    const order: number[] = [];
    const settled = new Set<number>();
    /** For each render: whether the one before it had finished its task (its microtasks had run). */
    const newTask: boolean[] = [];
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        inRenderTurn(() => {
          newTask.push(i === 0 || settled.has(i - 1));
          busy(SLICE_MS / 2);
          order.push(i);
          queueMicrotask(() => settled.add(i));
        }),
      ),
    );
    expect(order).to.deep.equal([...Array(16).keys()]);
    // 16 renders of half a slice each: one task may hold about one slice of rendering, so at most three renders each, in at least six tasks.
    const tasks = newTask.reduce<number[]>((sizes, starts) => (starts ? [...sizes, 1] : [...sizes.slice(0, -1), sizes[sizes.length - 1]! + 1]), []);
    expect(tasks.length, `renders per task: ${tasks.join(', ')}`).to.be.at.least(6);
    expect(Math.max(...tasks)).to.be.at.most(3);
  });

  it('a render that throws rejects its own turn only; the renders after it still run', async () => {
    const ran: string[] = [];
    const results = await Promise.allSettled([
      inRenderTurn(() => ran.push('first')),
      inRenderTurn(() => {
        throw new Error('broken widget');
      }),
      inRenderTurn(() => ran.push('third')),
    ]);
    expect(results.map((result) => result.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect(ran).to.deep.equal(['first', 'third']);
  });

  it('a widget taken off the page before its first render neither renders nor warns until it is back', async () => {
    const card = document.createElement('nw-quote-card') as NwQuoteCard;
    card.setAttribute('date', 'last Tuesday');
    card.innerHTML = '<p>Some demands are simply non-starters.</p>'; // test fixture markup only
    const away = await captureWarnings(async () => {
      document.body.append(card);
      card.remove(); // as a live blog prunes an entry, or a preview replaces its content
      for (let i = 0; i < 5; i++) await inRenderTurn(() => new Promise((resolve) => setTimeout(resolve, 10)));
    });
    expect(card.hasUpdated).to.equal(false);
    expect(away).to.deep.equal([]);
    const back = await captureWarnings(async () => {
      document.body.append(card);
      await card.updateComplete;
    });
    expect(card.shadowRoot!.textContent).to.contain('Some demands are simply non-starters.');
    expect(back).to.have.length(1);
    expect(back[0]).to.contain('last Tuesday');
    card.remove();
  });
});
