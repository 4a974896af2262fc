// With the optional dist/newsroom-widgets.css, a widget keeps (nearly) its box
// when the script upgrades it: the article below does not jump. (This file must
// not import the widgets statically: it measures before and after the definition.)
import { expect } from '@open-wc/testing';
import { embedCode, nato } from '../content/posts.js';

async function loadPrelude(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/dist/newsroom-widgets.css'; // src/prelude.css with its colours filled in (npm run build)
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
}

/** An article column as a producer's paste makes it (test fixture markup). */
function column(width: number): HTMLElement {
  const el = document.createElement('div');
  el.style.inlineSize = `${width}px`;
  el.style.fontFamily = 'system-ui, sans-serif';
  el.innerHTML = `
    <nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" source="After the NATO–Russia Council">
      <blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote>
    </nw-quote-card>
    <nw-quote-card variant="pull" speaker="Alexander Grushko" speaker-role="Deputy Foreign Minister of Russia">
      <blockquote><p>It’s absolutely imperative to end the policy of open doors and offer Russia legally binding guarantees precluding further NATO’s expansion eastward.</p></blockquote>
    </nw-quote-card>
    <nw-tweet-embed>${embedCode(nato).replace(/<script[\s\S]*?<\/script>/g, '')}</nw-tweet-embed>
    <p class="after">The article goes on.</p>`;
  return el;
}

const geometry = (el: HTMLElement) => ({
  cards: Array.from(el.querySelectorAll('nw-quote-card, nw-tweet-embed'), (card) => card.getBoundingClientRect().height),
  after: el.querySelector('.after')!.getBoundingClientRect().top - el.getBoundingClientRect().top,
});

describe('upgrade without layout shift (newsroom-widgets.css)', () => {
  it('quote cards and a post keep their height when they upgrade, narrow and wide', async () => {
    await loadPrelude();
    // Measured as a reader sees them: off screen, a widget's layout is skipped
    // (content-visibility: auto) and it counts as its estimated height.
    const inView = document.createElement('style');
    inView.textContent = 'nw-quote-card, nw-tweet-embed { content-visibility: visible; }';
    document.head.append(inView);
    const columns = [320, 720].map(column);
    document.body.append(...columns);
    const before = columns.map(geometry);

    await Promise.all([import('../src/quote-card/quote-card.js'), import('../src/tweet-embed/tweet-embed.js')]);
    const cards = columns.flatMap((el) => Array.from(el.querySelectorAll('nw-quote-card, nw-tweet-embed')));
    await Promise.all(cards.map((card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));

    columns.forEach((el, i) => {
      const after = geometry(el);
      const width = el.style.inlineSize;
      after.cards.forEach((height, j) => {
        const was = before[i]!.cards[j]!;
        // Quote cards to the pixel; the post within about one line of its text.
        const tolerance = j < 2 ? 8 : 30;
        expect(Math.abs(height - was), `${width}, widget ${j}: ${was} -> ${height}`).to.be.at.most(tolerance);
      });
      expect(Math.abs(after.after - before[i]!.after), `${width}: the text after the widgets moved`).to.be.at.most(40);
    });
    columns.forEach((el) => el.remove());
    inView.remove();
  });
});
