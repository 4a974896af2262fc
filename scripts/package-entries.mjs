// The package's own public entries (package.json "exports"), resolved to their
// TypeScript sources: `newsroom-widgets/core` → src/core/index.ts. Code outside
// src/ (the embed builder) imports the library only as an npm user would, by
// these names; the dev server, the tests, Storybook and the builder's bundle
// resolve them here, so they run on the sources without a built dist/. Only
// exported names resolve: a deep path is an error, as it would be from npm.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/**
 * The source file of `specifier` when it names one of this package's entries;
 * `undefined` for other packages and for entries that are not built from
 * src/ (the prebuilt bundle, the stylesheet), which resolve as usual.
 */
export function sourceOfEntry(specifier) {
  if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) return undefined;
  const subpath = `.${specifier.slice(pkg.name.length)}`;
  const target = pkg.exports[subpath];
  if (!target) throw new Error(`${specifier} is not an entry of ${pkg.name} (package.json "exports")`);
  const built = typeof target === 'string' ? target : target.default;
  const match = /^\.\/dist\/(.+)\.js$/.exec(built);
  const source = match && path.join(ROOT, 'src', `${match[1]}.ts`);
  return source && existsSync(source) ? source : undefined;
}

/** Every entry built from a source file: [subpath, file relative to the project root]. */
export function sourceEntries() {
  return Object.keys(pkg.exports)
    .map((subpath) => [subpath, sourceOfEntry(`${pkg.name}${subpath.slice(1)}`)])
    .filter(([, file]) => file)
    .map(([subpath, file]) => [subpath, path.relative(ROOT, file)]);
}

/** Rollup (the builder's bundle, `storybook build`): the entries as their source files. */
export function packageEntriesRollup() {
  return {
    name: 'package-entries',
    resolveId: (source) => sourceOfEntry(source) ?? null,
  };
}

/**
 * @web/dev-server (tests, `npm start`): the entries as URLs of their source
 * files, relative to the importing module, written as the esbuild plugin
 * writes relative `.ts` imports, so `newsroom-widgets` and a story's
 * `../src/index.js` load one and the same module.
 */
export function packageEntriesDevServer() {
  let rootDir = ROOT;
  return {
    name: 'package-entries',
    serverStart({ config }) {
      rootDir = config.rootDir ?? ROOT;
    },
    resolveImport({ source, context }) {
      const file = sourceOfEntry(source);
      if (!file) return undefined;
      const importer = path.join(rootDir, decodeURIComponent(context.path));
      const relative = path.relative(path.dirname(importer), file).split(path.sep).join('/');
      return relative.startsWith('.') ? relative : `./${relative}`;
    },
  };
}
