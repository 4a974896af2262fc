// Every stories file must be rendered by tests/stories.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

test('every stories/*.stories.ts is imported by tests/stories.test.ts', () => {
  const listed = readFileSync('tests/stories.test.ts', 'utf8');
  const files = readdirSync('stories').filter((file) => file.endsWith('.stories.ts'));
  assert.ok(files.length >= 5, 'stories exist');
  for (const file of files) {
    assert.ok(listed.includes(`../stories/${file.replace(/\.ts$/, '.js')}`), `${file} is not in tests/stories.test.ts`);
  }
});
