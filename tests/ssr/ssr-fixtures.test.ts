// Every story of every widget, rendered three ways as Lit's own testing
// package does it: in the browser (csrFixture), on the server (ssrFixture,
// through web-test-runner's litSsrPlugin and tests/ssr/lit-ssr-worker.mjs)
// and on the server then hydrated (ssrHydratedFixture). Each way must show
// the same content; hydration must log no error and change nothing the
// server rendered.
//
// @lit-labs/testing's fixtures must load before Lit defines any element.
import { cleanupFixtures, csrFixture, ssrFixture, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { natoRussia } from '../../content/demands.js';
import { natoFacts } from '../../content/facts.js';
import { nato } from '../../content/posts.js';
import { sherman } from '../../content/quotes.js';
import * as demandTable from '../../stories/demand-table.stories.js';
import * as factBox from '../../stories/fact-box.stories.js';
import * as quoteCard from '../../stories/quote-card.stories.js';
import * as tweetEmbed from '../../stories/tweet-embed.stories.js';
import { settle, storiesOf } from '../helpers.js';
import { WIDGET_TAGS, shownContent, staticTemplate, storyMarkup } from './story-markup.js';

/** The modules the server imports (from the project root): the built library. */
const SERVER = { modules: ['../../dist/index.js'] };

const STORIES = { quoteCard, tweetEmbed, demandTable, factBox };

/** Console errors, uncaught errors and rejections while `fn` runs. */
async function errorsDuring(fn: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason?.stack ?? event.reason));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

function widgetsIn(container: ParentNode): Element[] {
  return Array.from(container.querySelectorAll(WIDGET_TAGS.join(',')));
}

/** Hydrates every widget the fixture left deferred, and what changed in their shadow roots on the way. */
async function hydrateAll(container: HTMLElement): Promise<string[]> {
  const changes: string[] = [];
  const observer = new MutationObserver((records) =>
    records.forEach((record) => changes.push(`${record.type} in <${(record.target as Element).localName ?? '#text'}>`)),
  );
  for (const el of widgetsIn(container)) {
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  for (const el of widgetsIn(container)) el.removeAttribute('defer-hydration');
  await settle(container);
  observer.disconnect();
  return changes;
}

/** What `check` asserts of the broken-avatar story: the image fails in the browser, so the card shows initials. */
const AVATAR_FAILS = new Set(['BrokenAvatar']);

async function initialsShown(container: ParentNode): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const card = container.querySelector('nw-quote-card')!;
    if (card.shadowRoot!.querySelector('.avatar--initials')) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('server rendering: every story in the browser, on the server, and hydrated', () => {
  afterEach(() => cleanupFixtures());

  for (const [moduleName, module] of Object.entries(STORIES)) {
    for (const [name, story] of storiesOf(module)) {
      it(`${moduleName} / ${name}`, async () => {
        const template = staticTemplate(await storyMarkup(story()));

        const csr = (await csrFixture(template, { modules: [] })).parentElement!;
        await settle(csr);
        if (AVATAR_FAILS.has(name)) expect(await initialsShown(csr), 'initials once the image failed').to.equal(true);
        const expected = shownContent(csr);
        expect(expected.length, 'widgets in the story').to.be.greaterThan(0);
        // One page at a time: widgets look at others on their page (fact boxes number namesakes).
        cleanupFixtures();

        // Server-rendered, before any script: the content is in the declarative shadow roots.
        const ssr = (await ssrFixture(template, { ...SERVER, hydrate: false })).parentElement!;
        if (!AVATAR_FAILS.has(name)) expect(shownContent(ssr), 'server-rendered').to.deep.equal(expected);
        // Then hydrated in place, as ssrHydratedFixture does: nothing changes, nothing is logged.
        let changes: string[] = [];
        expect(await errorsDuring(async () => void (changes = await hydrateAll(ssr))), 'errors while hydrating').to.deep.equal([]);
        if (AVATAR_FAILS.has(name)) {
          // The server cannot know that an image will fail; once hydrated, the card learns it and shows initials.
          expect(await initialsShown(ssr), 'initials once the image failed').to.equal(true);
        } else {
          expect(changes, 'changes hydration made to server-rendered shadow roots').to.deep.equal([]);
        }
        expect(shownContent(ssr), 'hydrated').to.deep.equal(expected);
        for (const el of widgetsIn(ssr)) {
          // Hydrated, not rendered again: Lit's server markers are still there.
          expect(el.shadowRoot!.innerHTML, `<${el.localName}> kept its server-rendered markup`).to.contain('<!--lit-part');
          expect(el.hasAttribute('defer-hydration')).to.equal(false);
        }
      });
    }
  }

  const defaultStory = (module: Parameters<typeof storiesOf>[0]) => storiesOf(module).find(([name]) => name === 'Default')![1]();

  // What the seed article's widgets show, with each of @lit-labs/testing's fixtures.
  const SEED: Array<[string, unknown, (text: string, root: ShadowRoot) => void]> = [
    [
      'the quote: speaker, title, formatted date',
      defaultStory(quoteCard),
      (text) => {
        for (const shown of [sherman.quote[0]!, sherman.speaker, sherman.speakerRole, 'January 12, 2022']) expect(text).to.contain(shown);
      },
    ],
    [
      'the post: author, handle, text, date',
      defaultStory(tweetEmbed),
      (text) => {
        for (const shown of [nato.author, `@${nato.handle}`, '#ICYMI', 'January 13, 2022', 'View on X']) expect(text).to.contain(shown);
      },
    ],
    [
      'the demand table: every row',
      defaultStory(demandTable),
      (_, root) => {
        expect(root.querySelectorAll('tbody tr[part=row]').length).to.equal(natoRussia.rows.length);
        expect(root.querySelector('tbody [part=demand]')!.textContent).to.contain(natoRussia.rows[0]!.demand);
      },
    ],
    [
      'the fact box: heading and every fact',
      defaultStory(factBox),
      (text) => {
        expect(text).to.contain(natoFacts.heading!);
        for (const fact of natoFacts.facts) expect(text).to.contain(fact.label);
      },
    ],
  ];
  for (const [what, story, check] of SEED) {
    it(`${what}: in the browser, on the server and hydrated`, async function () {
      this.timeout(30_000);
      const template = staticTemplate(await storyMarkup(story));
      const fixtures = {
        csrFixture: () => csrFixture(template, { modules: [] }),
        ssrNonHydratedFixture: () => ssrFixture(template, { ...SERVER, hydrate: false }),
        ssrHydratedFixture: () => ssrHydratedFixture(template, SERVER),
      };
      for (const [way, fixture] of Object.entries(fixtures)) {
        cleanupFixtures();
        const el = await fixture();
        // (A widget left deferred by ssrNonHydratedFixture never updates: nothing to wait for.)
        if (!el.hasAttribute('defer-hydration')) await settle(el.parentElement!);
        const root = el.shadowRoot!;
        expect(root, way).to.exist;
        try {
          check(root.textContent!.replace(/\s+/g, ' '), root);
        } catch (error) {
          (error as Error).message = `${way}: ${(error as Error).message}`;
          throw error;
        }
      }
    });
  }
});
