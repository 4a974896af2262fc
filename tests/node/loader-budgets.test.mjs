// What a reader downloads through the recommended script tag, dist/autoload.js
// (gzip, as `npm run build` wrote it): the loader, and for each page only the
// chunks its widgets and languages need. Read from the built files' imports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageDownload } from '../../scripts/page-bytes.mjs';

const KB = 1024;
const ALL = ['quote-card', 'tweet-embed', 'demand-table', 'fact-box'];

const BUDGETS = [
  ['the loader itself', { widgets: [] }, 1.5 * KB],
  ['a page with one quote card', { widgets: ['quote-card'] }, 16.6 * KB],
  ['a page with one X post', { widgets: ['tweet-embed'] }, 23 * KB],
  ['the seed article (all four widgets, English)', { widgets: ALL }, 38.5 * KB],
  ['the seed article in German', { widgets: ALL, languages: ['de'] }, 39.5 * KB],
];

for (const [name, page, budget] of BUDGETS) {
  test(`${name} downloads at most ${(budget / KB).toFixed(1)} KB gzip`, () => {
    const { bytes, files } = pageDownload(page);
    console.log(`  ${name}: ${(bytes / KB).toFixed(1)} KB in ${files.length} files`);
    assert.ok(bytes <= budget, `${(bytes / KB).toFixed(1)} KB: ${files.join(', ')}`);
  });
}

test('a page downloads no other widget and no other language', () => {
  const { files } = pageDownload({ widgets: ['quote-card'], languages: ['de'] });
  const names = files.map((file) => file.split('/').pop());
  for (const other of ['tweet-embed', 'demand-table', 'fact-box', 'fr', 'ar']) {
    assert.ok(!names.some((name) => name.startsWith(`${other}-`)), `${other} in ${names.join(', ')}`);
  }
  assert.ok(names.some((name) => name.startsWith('de-')));
});
