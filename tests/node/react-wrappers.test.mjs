// The committed React wrappers (src/react/) match what scripts/react-wrappers.mjs
// makes from the components' JSDoc, and React stays out of the script-tag bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { eventPropName, generateWrappers, staleFiles } from '../../scripts/react-wrappers.mjs';

// A fresh manifest from the sources (same inputs as scripts/analyze.mjs), not
// the custom-elements.json on disk, which may be older than the JSDoc.
const manifest = await cli({
  argv: ['analyze', '--litelement', '--globs', 'src/**/*.component.ts', 'src/core/element.ts', '--quiet'],
  noWrite: true,
});
const files = generateWrappers(manifest);

test('src/react/ is what the generator makes from the current JSDoc', () => {
  const stale = staleFiles(files);
  assert.deepEqual(stale, [], `stale React wrappers: run \`node scripts/react-wrappers.mjs\` (or npm run build) and commit src/react/`);
});

test('the committed src/react/ is up to date (CI: the build regenerated nothing)', { skip: !process.env.CI && 'CI only: locally, uncommitted wrappers are work in progress' }, () => {
  const changed = execFileSync('git', ['status', '--porcelain', '--', 'src/react'], { encoding: 'utf8' }).trim();
  assert.equal(changed, '', `src/react/ differs from the commit; commit the regenerated wrappers:\n${changed}`);
});

test('every widget and every @fires event has a typed React handler', () => {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.ok(elements.length >= 4, 'the four widgets are in the manifest');
  for (const element of elements) {
    const wrapper = [...files].find(([, text]) => text.includes(`tagName: '${element.tagName}'`));
    assert.ok(wrapper, `no wrapper for <${element.tagName}>`);
    const [path, text] = wrapper;
    assert.match(text, new RegExp(`import \\{ ${element.name} \\} from '\\.\\./[a-z-]+/[a-z-]+\\.js';`), `${path} imports the defining module`);
    for (const { name } of element.events ?? []) {
      assert.ok(text.includes(`${eventPropName(name)}: '${name}' as EventName<NwEventMap['${name}']>`), `${path}: ${name}`);
    }
  }
  assert.equal(eventPropName('nw-load-original'), 'onNwLoadOriginal');
});

test('the script-tag bundle leaves React out; dist/react keeps react, lit and @lit/react external', () => {
  assert.doesNotMatch(readFileSync('src/index.ts', 'utf8'), /['"]\.\/react/, 'src/index.ts must not import src/react');
  const bundle = readFileSync('dist/newsroom-widgets.js', 'utf8');
  for (const reactApi of ['forwardRef', 'useLayoutEffect', 'createComponent']) {
    assert.ok(!bundle.includes(reactApi), `dist/newsroom-widgets.js contains ${reactApi}`);
  }
  assert.ok(existsSync('dist/react/index.js') && existsSync('dist/react/index.d.ts'), 'dist/react/index.js and .d.ts are built');
  const quoteCard = readFileSync('dist/react/quote-card.js', 'utf8');
  assert.match(quoteCard, /from 'react';/);
  assert.match(quoteCard, /from '@lit\/react';/);
  assert.match(quoteCard, /from '\.\.\/quote-card\/quote-card\.js';/);
  assert.ok(quoteCard.length < 2000, 'a wrapper is a few lines, nothing inlined');
});

test('package.json exports ./react', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(pkg.exports['./react'], { types: './dist/react/index.d.ts', default: './dist/react/index.js' });
  assert.equal(pkg.peerDependenciesMeta?.react?.optional, true);
});
