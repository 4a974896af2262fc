// The embed builder imports the library by its public names (package.json
// "exports"); TypeScript maps them to src/ (tsconfig.test.json "paths") and
// the dev server, Storybook and the builder's bundle do the same
// (scripts/package-entries.mjs). Both maps must name the same files, and a
// name must load the very module a relative import loads.
import { expect } from '@open-wc/testing';
import * as coreByName from 'newsroom-widgets/core';
import * as coreByPath from '../../src/core/index.js';
import { EMBED_CLASSES } from 'newsroom-widgets/tweet-embed/platforms';
import { PLATFORM_TABLE } from '../../src/tweet-embed/platforms.js';

type Exports = Record<string, string | { types?: string; default: string }>;

async function json<T>(url: string): Promise<T> {
  // tsconfig files may hold // comments.
  const text = (await (await fetch(url)).text()).replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(text) as T;
}

describe('package entries', () => {
  it('tsconfig.test.json "paths" maps entries built from src/ to their sources, as package.json "exports" does', async () => {
    const pkg = await json<{ name: string; exports: Exports }>('/package.json');
    const tsconfig = await json<{ compilerOptions: { paths: Record<string, string[]> } }>('/tsconfig.test.json');
    const expected: Record<string, string[]> = {};
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      // Entries compiled from src/ come with types; plain strings are files (the bundle, the CSS).
      if (typeof target === 'string') continue;
      const match = /^\.\/dist\/(.+)\.js$/.exec(target.default);
      if (!match || !(await fetch(`/src/${match[1]}.ts`, { method: 'HEAD' })).ok) continue;
      expected[`${pkg.name}${subpath.slice(1)}`] = [`./src/${match[1]}.ts`];
    }
    const { paths } = tsconfig.compilerOptions;
    // Every mapped name is an entry and names its source; the entries the builder imports are mapped.
    for (const [name, files] of Object.entries(paths)) expect(files, name).to.deep.equal(expected[name]);
    const used = ['', '/core', '/tweet-embed/parse', '/tweet-embed/platforms', '/demand-table/parse', '/demand-table/tsv'];
    expect(Object.keys(paths)).to.include.members(used.map((subpath) => `newsroom-widgets${subpath}`));
  });

  it('a public name loads the same module as a path into src/', () => {
    expect(coreByName.safeLinkUrl).to.equal(coreByPath.safeLinkUrl);
    expect(EMBED_CLASSES).to.deep.equal(Object.values(PLATFORM_TABLE).map((platform) => platform.embedClass));
  });
});
