// A widget is readable wherever a producer places it: every widget, variant and
// fallback state, in each theme, on a light page and on a dark page, is
// axe-clean (WCAG 2 A/AA, colour contrast included). A forced theme may be the
// other scheme than the page's, and `auto` follows the reader's setting, which
// need not match the page either: the test browser reports a light reader, and
// a second run emulates a dark one.
import { emulateMedia } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { natoRussia } from '../../content/demands.js';
import { exampleBudget, natoFacts } from '../../content/facts.js';
import { blueskyNewsroom, mastodonNewsroom, nato, stoltenberg, type EmbedPost } from '../../content/posts.js';
import { grushko, sherman } from '../../content/quotes.js';
import * as demandTableStories from '../../stories/demand-table.stories.js';
import * as factBoxStories from '../../stories/fact-box.stories.js';
import * as quoteCardStories from '../../stories/quote-card.stories.js';
import * as tweetEmbedStories from '../../stories/tweet-embed.stories.js';
import { captureWarnings, renderInto } from '../helpers.js';

type Theme = 'auto' | 'light' | 'dark';
type Scheme = 'light' | 'dark';

/** A news page of each scheme: its background, its text colour and its declared colour scheme. */
const PAGES: Record<Scheme, string> = {
  light: 'background:#ffffff;color:#1b1b1b;color-scheme:light;padding:16px',
  dark: 'background:#111214;color:#eceae6;color-scheme:dark;padding:16px',
};

/** The theme attribute as a producer writes it: none for auto (the default). */
const themeArg = (theme: Theme) => (theme === 'auto' ? undefined : theme);

/** Renders a story module's template with these args, as Storybook and the stories test do. */
function storyRender<A>(module: { default: { args?: Partial<A>; render?: unknown } }, args: Partial<A>): TemplateResult {
  const render = module.default.render as (args: A) => TemplateResult;
  return render({ ...module.default.args, ...args } as A);
}

/** An X post as pasted with the dark-theme embed code: `data-theme="dark"`, x.com links. */
const xDark: EmbedPost = { ...stoltenberg, url: stoltenberg.url.replace('https://twitter.com/', 'https://x.com/'), colorMode: 'dark' };
const blueskyDark: EmbedPost = { ...blueskyNewsroom, colorMode: 'dark' };
const blueskyLight: EmbedPost = { ...blueskyNewsroom, colorMode: 'light' };

const post = (theme: Theme, args: Record<string, unknown>) => storyRender(tweetEmbedStories, { theme: themeArg(theme), ...args });

/** Every widget, variant and state a page can show, by name; `width` is the column the widget sits in. */
const CASES: Array<{ name: string; width?: number; fallback?: boolean; render: (theme: Theme) => TemplateResult }> = [
  { name: 'quote card (card)', render: (theme) => storyRender(quoteCardStories, { ...sherman, variant: 'card', theme: themeArg(theme) }) },
  { name: 'quote card (card, narrow)', width: 300, render: (theme) => storyRender(quoteCardStories, { ...sherman, variant: 'card', theme: themeArg(theme) }) },
  {
    name: 'quote card (pull)',
    render: (theme) => storyRender(quoteCardStories, { ...grushko, paragraphs: grushko.quote, cite: sherman.cite, variant: 'pull', theme: themeArg(theme) }),
  },
  {
    name: 'quote card (pull, narrow)',
    width: 300,
    render: (theme) => storyRender(quoteCardStories, { ...grushko, paragraphs: grushko.quote, variant: 'pull', theme: themeArg(theme) }),
  },
  {
    // A quote the CMS cut off: only the attribution is left, shown as written.
    name: 'quote card (fallback: no quote)',
    fallback: true,
    render: (theme) => html`<nw-quote-card theme=${themeArg(theme) ?? 'auto'}
      ><footer><cite>Wendy Sherman</cite>, <a href="https://www.state.gov/">U.S. Department of State</a></footer></nw-quote-card
    >`,
  },
  { name: 'post (X)', render: (theme) => post(theme, { post: nato, allowOriginal: true }) },
  { name: 'post (X, dark embed code)', render: (theme) => post(theme, { post: xDark }) },
  { name: 'post (Bluesky)', render: (theme) => post(theme, { post: blueskyNewsroom, allowOriginal: true }) },
  { name: 'post (Bluesky, dark colour mode)', render: (theme) => post(theme, { post: blueskyDark }) },
  { name: 'post (Bluesky, light colour mode)', render: (theme) => post(theme, { post: blueskyLight }) },
  { name: 'post (Mastodon)', render: (theme) => post(theme, { post: mastodonNewsroom }) },
  {
    // Embed code a CMS cut short (no author line): the post as pasted.
    name: 'post (fallback: broken dark embed code)',
    fallback: true,
    render: (theme) =>
      post(theme, {
        post: undefined,
        content: html`<blockquote class="twitter-tweet" data-theme="dark">
          <p lang="en" dir="ltr">Allies are ready to table proposals <a href="https://x.com/hashtag/NATO">#NATO</a></p>
        </blockquote>`,
      }),
  },
  { name: 'demand table', width: 720, render: (theme) => storyRender(demandTableStories, { ...natoRussia, theme: themeArg(theme) }) },
  { name: 'demand table (narrow)', width: 320, render: (theme) => storyRender(demandTableStories, { ...natoRussia, theme: themeArg(theme) }) },
  {
    // Malformed JSON over a table: the author's table is shown as written.
    name: 'demand table (fallback: invalid JSON)',
    fallback: true,
    width: 720,
    render: (theme) => html`<nw-demand-table theme=${themeArg(theme) ?? 'auto'}>
      <script type="application/json">
        { "rows": [ { "demand": "No NATO membership for Ukraine", } ] }
      </script>
      ${demandTableStories.plainTable({ ...natoRussia, rows: natoRussia.rows.slice(0, 2) })}
    </nw-demand-table>`,
  },
  { name: 'fact box (full)', width: 720, render: (theme) => storyRender(factBoxStories, { ...natoFacts, variant: 'full', theme: themeArg(theme) }) },
  {
    name: 'fact box (full, collapsed)',
    render: (theme) => storyRender(factBoxStories, { ...exampleBudget, variant: 'full', maxVisible: 4, theme: themeArg(theme) }),
  },
  { name: 'fact box (compact)', width: 320, render: (theme) => storyRender(factBoxStories, { ...natoFacts, variant: 'compact', theme: themeArg(theme) }) },
  {
    name: 'fact box (fallback: invalid JSON)',
    fallback: true,
    render: (theme) => html`<nw-fact-box theme=${themeArg(theme) ?? 'auto'}>
      <script type="application/json">
        { "facts": [ { "label": "NATO allies", "value": 30, } ] }
      </script>
      <p>30 NATO allies and Russia met in Brussels. <a href="https://www.nato.int/">NATO–Russia Council</a></p>
    </nw-fact-box>`,
  },
];

/** The reader's colour scheme (`prefers-color-scheme`) and the theme attribute. */
const SETTINGS: Array<{ label: string; theme: Theme; reader: Scheme }> = [
  { label: 'auto, light reader', theme: 'auto', reader: 'light' },
  { label: 'auto, dark reader', theme: 'auto', reader: 'dark' },
  { label: 'light', theme: 'light', reader: 'light' },
  { label: 'dark', theme: 'dark', reader: 'light' },
];

describe('theme placement: readable on a page of either scheme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const { name, width, fallback, render } of CASES) {
    describe(name, () => {
      for (const { label, theme, reader } of SETTINGS) {
        for (const page of ['light', 'dark'] as const) {
          it(`theme ${label}, on a ${page} page`, async () => {
            await emulateMedia({ colorScheme: reader });
            let widget!: Element;
            const warnings = await captureWarnings(async () => {
              const host = await renderInto(html`<div style=${PAGES[page]}>${render(theme)}</div>`, width);
              widget = host.querySelector('nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box')!;
              await expect(host).to.be.accessible();
            });
            // A fallback case shows the author's content (a slot), and says why.
            const shown = widget.shadowRoot!.firstElementChild;
            expect(Boolean(fallback)).to.equal(shown?.localName === 'slot' || shown?.querySelector(':scope > slot') != null, 'fallback shown');
            expect(warnings.length > 0).to.equal(Boolean(fallback), warnings.join('\n'));
          });
        }
      }
    });
  }
});
