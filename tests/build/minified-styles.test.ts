// The script-tag bundle minifies the CSS of every widget at build time
// (rollup.config.mjs, Lightning CSS). Minified or not, the browser must read
// the same rules: each stylesheet in dist/newsroom-widgets.js declares, for
// every selector under every @media/@container condition, the same properties
// with the same values as the source stylesheet. The minifier may reorder the
// declarations of a rule, join rules that share their declarations and write
// shorthands for longhands; none of that changes what applies where.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
// The classes from the sources (no side effects: nothing is defined here).
import { NwDemandTable } from '../../src/demand-table/demand-table.component.js';
import { NwFactBox } from '../../src/fact-box/fact-box.component.js';
import { NwQuoteCard } from '../../src/quote-card/quote-card.component.js';
import { NwTweetEmbed } from '../../src/tweet-embed/tweet-embed.component.js';

const BUNDLE = '/dist/newsroom-widgets.js';
/** By the name the bundle exports each class under. */
const SOURCE = { NwQuoteCard, NwTweetEmbed, NwDemandTable, NwFactBox };

/**
 * A value as written, for values the browser keeps as written (custom
 * properties, values with `var()`, generated content): spaces next to `,()`,
 * quote style, short hex colours and leading zeros change nothing once
 * substituted.
 */
function normaliseRaw(value: string): string {
  return value
    .replace(/\s*([,()])\s*/g, '$1')
    .replace(/'/g, '"')
    .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/gi, '#$1$1$2$2$3$3')
    .replace(/#[0-9a-f]{6}\b/gi, (hex) => hex.toLowerCase())
    .replace(/(^|[^\w.])\.(\d)/g, '$10.$2')
    .trim();
}

/**
 * A value as the browser computes it on a probe element, so that spellings
 * the minifier may choose (`.15s` for `150ms`, `0 0` for `initial`, `1.75px`
 * for a unitless stroke width) compare equal. The probe has border, outline
 * and column-rule styles, so that widths are computed as given.
 */
const PROBE_STYLE = 'position:absolute;visibility:hidden;border-style:solid;outline-style:solid;column-rule-style:solid';
let probe: HTMLElement | undefined;
function computed(property: string, value: string): string {
  if (!probe) probe = document.body.appendChild(document.createElement('div'));
  probe.style.cssText = PROBE_STYLE;
  probe.style.setProperty(property, value);
  const result = getComputedStyle(probe).getPropertyValue(property);
  // A zero length or percentage is zero, whatever its unit.
  return result.replace(/(^|[\s(,])-?0(?:\.0+)?(?:px|%)(?=$|[\s),])/g, '$10');
}

/** What a declared value means, in a form that spellings of the same value share. */
function canonical(property: string, value: string): string {
  if (property.startsWith('--') || value.includes('var(') || ['content', 'quotes'].includes(property)) return normaliseRaw(value);
  return computed(property, value);
}

/**
 * The shorthands whose value has a `var()`: the CSSOM keeps them as written
 * (their longhands read as empty), and lists them only in `cssText`.
 */
function shorthandsWithVar(style: CSSStyleDeclaration): Array<[string, string]> {
  const listed = new Set(Array.from(style));
  return style.cssText
    .split(/;(?![^(]*\))/)
    .map((declaration): [string, string] => {
      const colon = declaration.indexOf(':');
      return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
    })
    .filter(([property, value]) => property && !listed.has(property) && value.includes('var('));
}

/** Splits a selector list at its top-level commas (not those inside `:is()`/`:not()`). */
function selectorsOf(selectorText: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selectorText) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      selectors.push(current.trim());
      current = '';
    } else current += char;
  }
  selectors.push(current.trim());
  // `*::before` and `::before` select the same.
  return selectors.map((selector) => selector.replace(/(^|[\s>+~])\*(?=:)/g, '$1'));
}

/**
 * What a stylesheet declares, as the browser parsed it: one entry per
 * condition, selector and property (longhands, as the CSSOM lists them), in
 * cascade order (a later declaration for the same selector wins, as it would).
 */
function declarations(cssText: string): Record<string, string> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const found: Record<string, string> = {};
  const visit = (rules: CSSRuleList, conditions: string) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        for (const selector of selectorsOf(rule.selectorText)) {
          for (const property of Array.from(rule.style)) {
            const value = rule.style.getPropertyValue(property);
            const important = rule.style.getPropertyPriority(property) ? ' !important' : '';
            // A longhand of a shorthand with var() has no value before substitution: see below.
            if (value) found[`${conditions}${selector} { ${property} }`] = canonical(property, value) + important;
          }
          for (const [property, value] of shorthandsWithVar(rule.style)) {
            found[`${conditions}${selector} { ${property} }`] = normaliseRaw(value);
          }
        }
      } else if (rule instanceof CSSGroupingRule) {
        const condition = rule.cssText.slice(0, rule.cssText.indexOf('{')).replace(/\s+/g, ' ').trim();
        visit(rule.cssRules, `${conditions}${normaliseCondition(condition)} → `);
      } else {
        found[`${conditions}${rule.cssText}`] = '';
      }
    }
  };
  visit(sheet.cssRules, '');
  return found;
}

/** `(min-width: 36rem)` and `(width >= 36rem)` are one condition; so are `max-width` and `<=`. */
function normaliseCondition(condition: string): string {
  return condition
    .replace(/\(\s*min-([\w-]+)\s*:\s*([^)]+?)\s*\)/g, '($1 >= $2)')
    .replace(/\(\s*max-([\w-]+)\s*:\s*([^)]+?)\s*\)/g, '($1 <= $2)')
    .replace(/\(\s*([\w-]+)\s*(>=|<=|>|<)\s*([^)]+?)\s*\)/g, '($1 $2 $3)')
    .replace(/\s*:\s*/g, ': ');
}

describe('minified widget styles in dist/newsroom-widgets.js', () => {
  for (const [name, widget] of Object.entries(SOURCE)) {
    it(`${name}: the same declarations as the source, in fewer bytes`, async () => {
      const bundle = (await import(/* @vite-ignore */ BUNDLE)) as Record<string, { styles: CSSResult[] }>;
      const sources = widget.styles as CSSResult[];
      const built = bundle[name]!.styles;
      expect(built).to.have.length(sources.length);
      sources.forEach((source, i) => {
        const expected = declarations(source.cssText);
        expect(Object.keys(expected).length).to.be.above(0);
        expect(declarations(built[i]!.cssText), `stylesheet ${i}`).to.deep.equal(expected);
      });
      // In all (the theme's palettes are generated compact in the source already).
      const length = (sheets: CSSResult[]) => sheets.reduce((sum, sheet) => sum + sheet.cssText.length, 0);
      expect(length(built), 'minified').to.be.below(length(sources) * 0.85);
    });
  }
});
