// Compiled by tsc, never bundled: each line after a @ts-expect-error must be a
// type error, or tsc fails with "Unused '@ts-expect-error' directive". So this
// file proves that the wrappers' props and events and the plain tags' JSX types
// reject wrong values and typos.
import { FactBox, QuoteCard } from 'newsroom-widgets/react';

export const wrapperChecks = (
  <>
    <QuoteCard
      // @ts-expect-error speaker is a string, not a number
      speaker={42}
    />
    <QuoteCard
      // @ts-expect-error a typo in a prop name
      speker="Wendy Sherman"
    />
    <QuoteCard
      // @ts-expect-error variant is 'card' or 'pull'
      variant="boxed"
    />
    <QuoteCard
      // @ts-expect-error nw-error's detail has code and message, nothing else
      onNwError={(event) => event.detail.reason}
    />
    <FactBox
      // @ts-expect-error data.facts is a list of facts, not a string
      data={{ heading: 'Key facts', facts: 'thirty allies' }}
    />
  </>
);

export const plainTagChecks = (
  <>
    <nw-quote-card
      // @ts-expect-error a typo in an attribute name
      speker="Wendy Sherman"
    />
    <nw-quote-card
      // @ts-expect-error theme is 'auto', 'light' or 'dark'
      theme="sepia"
    />
    {/* @ts-expect-error max-visible is a number (TypeScript reports a hyphenated attribute at the tag) */}
    <nw-fact-box max-visible={{ count: 6 }} />
    <nw-tweet-embed
      // @ts-expect-error nw-load-original's detail has url and platform
      onnw-load-original={(event) => event.detail.handle}
    />
    {/* @ts-expect-error no such widget */}
    <nw-quote-cards />
  </>
);
