// The script-tag bundle minifies the CSS of every widget at build time
// (rollup.config.mjs). Minified or not, the browser must read the same rules:
// each stylesheet in dist/newsroom-widgets.js parses to exactly the rules the
// source stylesheet parses to.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
// The classes from the sources (no side effects: nothing is defined here).
import { NwDemandTable } from '../../src/demand-table/demand-table.component.js';
import { NwFactBox } from '../../src/fact-box/fact-box.component.js';
import { NwQuoteCard } from '../../src/quote-card/quote-card.component.js';
import { NwTweetEmbed } from '../../src/tweet-embed/tweet-embed.component.js';

const BUNDLE = '/dist/newsroom-widgets.js';
const SOURCE: Record<string, CSSResult[]> = Object.fromEntries(
  [NwQuoteCard, NwTweetEmbed, NwDemandTable, NwFactBox].map((widget) => [widget.name, widget.styles as CSSResult[]]),
);

/**
 * The rules as the browser understands them, one serialised rule per entry.
 * Custom property values and values with `var()` are kept as written, so their
 * spaces next to `,()` (which change nothing once substituted) are dropped
 * before comparing.
 */
function parsedRules(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return Array.from(sheet.cssRules, (rule) =>
    rule.cssText.replace(/(--[\w-]+: |: (?=[^;{}]*var\())([^;{}]*)/g, (_, name: string, value: string) => name + value.replace(/\s*([,()])\s*/g, '$1')),
  );
}

describe('minified widget styles in dist/newsroom-widgets.js', () => {
  for (const [name, sources] of Object.entries(SOURCE)) {
    it(`${name}: same rules as the source, in fewer bytes`, async () => {
      const bundle = (await import(/* @vite-ignore */ BUNDLE)) as Record<string, { styles: CSSResult[] }>;
      const built = bundle[name]!.styles;
      expect(built).to.have.length(sources.length);
      sources.forEach((source, i) => {
        const minified = built[i]!.cssText;
        expect(parsedRules(minified)).to.deep.equal(parsedRules(source.cssText));
        expect(parsedRules(source.cssText).length).to.be.above(0);
        expect(minified.length, 'minified').to.be.below(source.cssText.length * 0.85);
      });
    });
  }
});
