// Every story is a test: each one renders without a console error or an
// uncaught exception, and is axe-clean in light and dark.
// tests/node/stories-listed.test.mjs checks that every stories file is listed here.
import { expect, html } from '@open-wc/testing';
import * as article from '../stories/article.stories.js';
import * as demandTable from '../stories/demand-table.stories.js';
import * as embedBuilder from '../stories/embed-builder.stories.js';
import * as factBox from '../stories/fact-box.stories.js';
import * as quoteCard from '../stories/quote-card.stories.js';
import * as tweetEmbed from '../stories/tweet-embed.stories.js';
import { captureWarnings, renderInto, storiesOf } from './helpers.js';

const MODULES = { article, demandTable, embedBuilder, factBox, quoteCard, tweetEmbed };

for (const [moduleName, module] of Object.entries(MODULES)) {
  describe(`stories: ${module.default.title ?? moduleName}`, () => {
    for (const theme of ['light', 'dark']) {
      for (const [name, story] of storiesOf(module, { theme })) {
        it(`${name} (${theme}) renders cleanly and is accessible`, async () => {
          const errors: string[] = [];
          const originalError = console.error;
          const onError = (event: ErrorEvent) => errors.push(event.message);
          console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
          window.addEventListener('error', onError);
          try {
            await captureWarnings(async () => {
              // On a page of the same scheme, as in Storybook and on a news site. The page
              // declares its scheme, as a dark page does for its own links and controls:
              // a widget's fallback shows the author's content as the page shows it.
              const page =
                theme === 'dark'
                  ? 'background:#111214;color:#eceae6;color-scheme:dark'
                  : 'background:#fff;color:#1b1b1b;color-scheme:light';
              const host = await renderInto(html`<div style=${page}>${story()}</div>`);
              await expect(host).to.be.accessible();
            });
          } finally {
            console.error = originalError;
            window.removeEventListener('error', onError);
          }
          expect(errors).to.deep.equal([]);
        });
      }
    }
  });
}
