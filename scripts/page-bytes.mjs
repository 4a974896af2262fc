// What a page downloads through the script-tag loader (dist/autoload.js): the
// loader, then for each widget on the page its chunk and everything that chunk
// imports, and the UI strings of each language on the page, each file once.
// Read from the built files' own import statements, so it is what a browser fetches.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']|\bexport\s*[*{][^;]*?from\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The file a chunk named `name` was written to (`dist/chunks/<name>-<hash>.js`). */
export function chunkOf(name, dist = 'dist') {
  const file = readdirSync(join(dist, 'chunks')).find((entry) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(entry));
  if (!file) throw new Error(`no chunk named ${name} in ${dist}/chunks`);
  return join(dist, 'chunks', file);
}

/** `file` and every file it imports statically, transitively. */
export function withStaticImports(file, seen = new Set()) {
  const path = normalize(file);
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) withStaticImports(join(dirname(path), match[1] ?? match[2]), seen);
  return seen;
}

export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Files and gzip bytes a page with `widgets` (e.g. ['quote-card']) in
 * `languages` (English needs none) downloads through the loader.
 */
export function pageDownload({ widgets = [], languages = [] }, dist = 'dist') {
  const files = withStaticImports(join(dist, 'autoload.js'));
  for (const name of [...widgets, ...languages.filter((lang) => lang !== 'en')]) withStaticImports(chunkOf(name, dist), files);
  const list = [...files];
  return { files: list, bytes: list.reduce((sum, file) => sum + gzipBytes(file), 0) };
}
