import type { StringValue } from '../core/strings.js';

/**
 * English: the reference every other locale translates, and the fallback for
 * a language or key that has none. Part of the core (the registry starts with
 * it), so it registers nothing itself.
 */
const en = {
  sources: { one: 'Source', other: 'Sources' },
  updated: 'Updated {date}',
  // tweet embed
  postBy: 'Post by {name}',
  skipPost: 'Skip post by {name}',
  endOfPost: 'End of post by {name}',
  viewOn: 'View on {platform}',
  media: 'Photo or video, on {platform}',
  loadOriginal: 'Load original post',
  loadOriginalNotice:
    'Loading the original post sends your IP address and browser details to {platform}, which may set cookies and track you.',
  // demand table
  demand: 'Demand',
  response: 'Response',
  status: 'Status',
  note: 'Note',
  statusRejected: 'Rejected',
  statusAccepted: 'Accepted',
  statusPartial: 'Partly accepted',
  statusOpen: 'Open to talks',
  statusPending: 'No answer yet',
  statusUnknown: 'Unclear',
  countRejected: '{count} rejected',
  countAccepted: '{count} accepted',
  countPartial: '{count} partly accepted',
  countOpen: '{count} open to talks',
  countPending: '{count} without an answer',
  countUnknown: '{count} unclear',
  filterLabel: 'Show by outcome',
  filterAll: 'All',
  showingRows: { one: 'Showing {count} of {total} demands', other: 'Showing {count} of {total} demands' },
  noRows: 'No demand has this outcome.',
  // fact box
  keyFacts: 'Key facts',
  showAll: { one: 'Show {count} fact', other: 'Show all {count} facts' },
  showFewer: 'Show fewer',
  // tells apart boxes that share a heading: "Key facts, 2 of 3"
  nthOf: '{index} of {total}',
} satisfies Record<string, StringValue>;

export default en;
