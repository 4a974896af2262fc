// With the optional dist/newsroom-widgets.css, every widget keeps its height to
// the pixel when the script upgrades it, so the article below does not move.
// (This file must not import the widgets statically: it measures before and
// after the definition.) tests/node/layout-shift.test.mjs measures the layout
// shift of the seed article with the script served late.
import { expect } from '@open-wc/testing';
import { embedCode, nato, stoltenberg } from '../content/posts.js';

async function loadPrelude(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/dist/newsroom-widgets.css'; // src/prelude.css with its colours filled in (npm run build)
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
}

const post = (code: string) => `<nw-tweet-embed>${code.replace(/<script[\s\S]*?<\/script>/g, '')}</nw-tweet-embed>`;

/** Key facts as a producer writes them: a <dl>, values in <dd> (test fixture markup). */
const facts = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    i % 3 === 2 ? `<dt>A fact in words, number ${i + 1}, long enough to wrap in a narrow column.</dt>` : `<dt>allies at the table (${i + 1})</dt><dd>${30 + i}</dd>`,
  )
    .sort((a, b) => Number(b.includes('<dd>')) - Number(a.includes('<dd>')))
    .join('');

/** An article column as a producer's paste makes it (test fixture markup). */
function column(width: number, font: string): HTMLElement {
  const el = document.createElement('div');
  el.style.inlineSize = `${width}px`;
  el.style.fontFamily = font;
  el.innerHTML = `
    <nw-quote-card speaker="Wendy Sherman" speaker-role="U.S. Deputy Secretary of State" date="2022-01-12" source="After the NATO–Russia Council">
      <blockquote><p>[Some of Putin’s demands] are simply non-starters.</p></blockquote>
    </nw-quote-card>
    <nw-quote-card variant="pull" speaker="Alexander Grushko" speaker-role="Deputy Foreign Minister of Russia">
      <blockquote><p>It’s absolutely imperative to end the policy of open doors and offer Russia legally binding guarantees precluding further NATO’s expansion eastward.</p></blockquote>
    </nw-quote-card>
    ${post(embedCode(nato))}
    ${post(embedCode(stoltenberg))}
    <nw-demand-table>
      <table>
        <caption>Russia’s demands and the NATO answer</caption>
        <thead><tr><th scope="col">Russia</th><th scope="col">NATO and the U.S.</th><th scope="col">Status</th></tr></thead>
        <tbody>
          <tr><th scope="row">Ukraine must never be admitted to NATO.</th><td>Ukraine alone has the right to decide its future security arrangements.</td><td>Rejected</td></tr>
          <tr><th scope="row">NATO should pull its troops and missiles out of Ukraine and Eastern Europe.</th><td>Willing to talk about arms control and where missiles are deployed.</td><td>Open</td></tr>
          <tr><th scope="row">No other new country is to be admitted to the alliance.</th><td>The alliance may invite any European country willing to join.</td><td>Rejected</td></tr>
        </tbody>
      </table>
      <p>Source: <a href="https://www.nato.int/">NATO–Russia Council, Brussels, 12 January 2022</a></p>
    </nw-demand-table>
    <nw-fact-box>
      <h2>Key facts: NATO, Russia and Ukraine</h2>
      <dl>${facts(6)}</dl>
      <p>Source: <a href="https://www.nato.int/">NATO–Russia Council</a> <time datetime="2022-01-13">January 13, 2022</time></p>
    </nw-fact-box>
    <nw-fact-box>
      <h3>More than six facts: the rest wait behind "Show all"</h3>
      <dl>${facts(9)}</dl>
    </nw-fact-box>
    <p class="after">The article goes on.</p>`;
  return el;
}

const WIDGETS = 'nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box';

const geometry = (el: HTMLElement) => ({
  widgets: Array.from(el.querySelectorAll(WIDGETS), (widget) => widget.getBoundingClientRect().height),
  after: el.querySelector('.after')!.getBoundingClientRect().top - el.getBoundingClientRect().top,
});

describe('upgrade without layout shift (newsroom-widgets.css)', () => {
  it('every widget keeps its height when it upgrades, narrow and wide, in a sans-serif and a serif page', async () => {
    await loadPrelude();
    // Measured as a reader sees them: off screen, a widget's layout is skipped
    // (content-visibility: auto) and it counts as its estimated height.
    const inView = document.createElement('style');
    inView.textContent = `${WIDGETS} { content-visibility: visible; }`;
    document.head.append(inView);
    const columns = [320, 720].flatMap((width) => ['system-ui, sans-serif', 'Georgia, serif'].map((font) => column(width, font)));
    document.body.append(...columns);
    const before = columns.map(geometry);

    await Promise.all([
      import('../src/quote-card/quote-card.js'),
      import('../src/tweet-embed/tweet-embed.js'),
      import('../src/demand-table/demand-table.js'),
      import('../src/fact-box/fact-box.js'),
    ]);
    const widgets = columns.flatMap((el) => Array.from(el.querySelectorAll(WIDGETS)));
    await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(widgets.every((widget) => widget.shadowRoot?.querySelector(':not(slot, style)')), 'every widget rendered').to.be.true;

    columns.forEach((el, i) => {
      const after = geometry(el);
      const where = `${el.style.inlineSize}, ${el.style.fontFamily}`;
      const inColumn = Array.from(el.querySelectorAll(WIDGETS));
      after.widgets.forEach((height, j) => {
        const was = before[i]!.widgets[j]!;
        const name = inColumn[j]!.localName;
        // The widget shows a link without its scheme ("t.co/…", as the platforms
        // do), which a stylesheet cannot: that post's text may wrap one line
        // shorter once upgraded.
        const tolerance = inColumn[j]!.querySelector('a[href^="https://t.co/"]') ? 27 : 1;
        expect(Math.abs(height - was), `${where}, widget ${j} (${name}): ${was} -> ${height}`).to.be.at.most(tolerance);
      });
      // Nothing else moves the text below: it moves by what the widgets' heights changed, if anything.
      const grown = after.widgets.reduce((sum, height, j) => sum + height - before[i]!.widgets[j]!, 0);
      expect(Math.abs(after.after - before[i]!.after - grown), `${where}: the text after the widgets moved`).to.be.at.most(2);
    });
    columns.forEach((el) => el.remove());
    inView.remove();
  });
});
