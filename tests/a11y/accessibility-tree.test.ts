// What a screen reader gets: each widget's part of Chromium's accessibility
// tree (shadow roots included), read through CDP by the `nw-ax-tree` command
// of tests/a11y/a11y-commands.plugin.mjs. Generic and ignored wrappers are
// left out; their children take their place.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { natoRussia } from '../../content/demands.js';
import { natoFacts } from '../../content/facts.js';
import { blueskyNewsroom, mastodonNewsroom, nato, type EmbedPost } from '../../content/posts.js';
import { grushko, sherman } from '../../content/quotes.js';
import * as demandTableStories from '../../stories/demand-table.stories.js';
import * as factBoxStories from '../../stories/fact-box.stories.js';
import * as quoteCardStories from '../../stories/quote-card.stories.js';
import * as tweetEmbedStories from '../../stories/tweet-embed.stories.js';
import { renderInto, shadow } from '../helpers.js';

interface AXNode {
  role: string;
  name: string;
  level?: number;
  children?: AXNode[];
}

function storyRender(module: { default: { args?: object; render?: unknown } }, args: object): TemplateResult {
  return (module.default.render as (args: object) => TemplateResult)({ ...module.default.args, ...args });
}

/** Widgets laid out even if off screen (content-visibility: auto skips them otherwise). */
const IN_VIEW = html`<style>
  nw-quote-card,
  nw-tweet-embed,
  nw-demand-table,
  nw-fact-box {
    content-visibility: visible;
  }
</style>`;

/** Renders `template` in a column of `width` and returns the tree under it. */
async function axTree(template: TemplateResult, width = 720): Promise<{ tree: AXNode; widget: HTMLElement }> {
  const root = await renderInto<HTMLDivElement>(html`<div id="ax-root">${IN_VIEW}${template}</div>`, width);
  const tree = (await executeServerCommand('nw-ax-tree', { selector: '#ax-root' })) as AXNode;
  const widget = root.querySelector<HTMLElement>('nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box')!;
  return { tree, widget };
}

/** Every node in document (reading) order. */
function flatten(node: AXNode): AXNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}
const all = (node: AXNode, role: string) => flatten(node).filter((n) => n.role === role);
function one(node: AXNode, role: string): AXNode {
  const found = all(node, role);
  expect(found, `exactly one ${role} in ${JSON.stringify(node).slice(0, 400)}`).to.have.length(1);
  return found[0];
}
/** All text a node's subtree reads out, joined. */
const text = (node: AXNode): string =>
  flatten(node)
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join(' ');

describe('accessibility tree: quote card', () => {
  for (const [label, quote, variant] of [
    ['card', sherman, 'card'],
    ['pull', grushko, 'pull'],
  ] as const) {
    it(`${label}: a figure holding the blockquote, its caption naming the speaker`, async () => {
      const { tree } = await axTree(storyRender(quoteCardStories, { ...quote, paragraphs: quote.quote, variant }));
      const figure = one(tree, 'figure');
      const blockquote = one(figure, 'blockquote');
      expect(text(blockquote)).to.include(quote.quote[0].slice(0, 30));
      const caption = one(figure, 'Figcaption');
      expect(text(caption)).to.include(quote.speaker);
      // The quote comes before the attribution.
      const order = flatten(figure);
      expect(order.indexOf(blockquote)).to.be.lessThan(order.indexOf(caption));
    });
  }
});

describe('accessibility tree: post', () => {
  // Mastodon's embed code carries the handle only ("Post by @user@server"), so it names the author.
  const POSTS: Array<[string, EmbedPost, string]> = [
    ['X', nato, nato.author],
    ['Bluesky', blueskyNewsroom, blueskyNewsroom.author],
    ['Mastodon', mastodonNewsroom, `@${mastodonNewsroom.handle}`],
  ];
  for (const [platform, post, author] of POSTS) {
    it(`${platform}: an article named "Post by <author>", its skip link before it`, async () => {
      const { tree, widget } = await axTree(storyRender(tweetEmbedStories, { post }));
      const article = one(tree, 'article');
      expect(article.name).to.equal(`Post by ${author}`);
      const handle = post.handle.startsWith('@') ? post.handle : `@${post.handle}`;
      const links = all(tree, 'link');
      const skip = links.find((l) => l.name === `Skip post by ${handle}`);
      expect(skip, `skip link in ${links.map((l) => l.name).join(' | ')}`).to.exist;
      const order = flatten(tree);
      expect(order.indexOf(skip!)).to.be.lessThan(order.indexOf(article));
      // The skip link lands after the post.
      const target = shadow(widget).querySelector<HTMLAnchorElement>('a[href^="#"]');
      expect(target, 'the skip link is an in-page link').to.exist;
      expect(text(article)).to.include(post.author);
    });
  }
});

describe('accessibility tree: demand table', () => {
  for (const [layout, width] of [
    ['wide', 720],
    ['stacked (360 px)', 360],
  ] as const) {
    it(`${layout}: a table named by its caption, party and status column headers, a row header per demand`, async () => {
      const { tree, widget } = await axTree(storyRender(demandTableStories, { ...natoRussia }), width);
      const rowDisplay = getComputedStyle(shadow(widget).querySelector('tbody tr')!).display;
      // The layout under test is the one the width gives.
      if (width === 360) expect(rowDisplay).to.equal('flex');
      else expect(rowDisplay).to.equal('grid');
      const table = one(tree, 'table');
      expect(table.name).to.equal(natoRussia.heading);
      const columnHeaders = all(table, 'columnheader').map((n) => n.name);
      expect(columnHeaders).to.deep.equal([natoRussia.demandBy, natoRussia.responseBy, 'Status']);
      const rows = all(table, 'row');
      expect(rows).to.have.length(natoRussia.rows.length + 1);
      rows.slice(1).forEach((row, i) => {
        const rowHeaders = all(row, 'rowheader');
        expect(rowHeaders.map((n) => n.name)).to.deep.equal([natoRussia.rows[i].demand]);
        const cells = all(row, 'cell');
        expect(cells).to.have.length(2);
        expect(cells[0].name).to.include(natoRussia.rows[i].response);
        expect(cells[1].name).to.match(/^(Rejected|Open to talks|Accepted|Pending)/);
      });
    });
  }
});

describe('accessibility tree: fact box', () => {
  for (const [variant, width] of [
    ['full', 720],
    ['compact', 320],
  ] as const) {
    it(`${variant}: a complementary landmark named by its heading`, async () => {
      const { tree } = await axTree(storyRender(factBoxStories, { ...natoFacts, variant }), width);
      const aside = one(tree, 'complementary');
      const heading = one(aside, 'heading');
      expect(heading.name).to.equal(natoFacts.heading);
      expect(aside.name).to.equal(heading.name);
      expect(all(aside, 'listitem').length).to.be.greaterThan(0);
    });
  }
});
