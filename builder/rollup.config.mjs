// The standalone embed builder: dist/builder/index.html, page.css and builder.js
// (the builder, the widgets and Lit in one minified module). Run by
// `npm run build`; any static server can host the folder as it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import readerBundles from '../rollup.config.mjs';
import { packageEntriesRollup } from '../scripts/package-entries.mjs';
import { typescriptForRollup } from '../scripts/rollup-typescript.mjs';

const OUT = 'dist/builder';
const PAGE_FILES = ['index.html', 'page.css', 'favicon.svg'];

/**
 * The builder uses the library as an npm user would, through package.json
 * "exports" (`newsroom-widgets/core`…): a relative path into src/ or
 * stories/ from the builder or its seed content fails the build.
 */
function publicEntriesOnly() {
  const own = ['builder', 'content'].map((dir) => path.resolve(dir) + path.sep);
  const private_ = ['src', 'stories'].map((dir) => path.resolve(dir) + path.sep);
  return {
    name: 'public-entries-only',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !own.some((dir) => importer.startsWith(dir))) return null;
      const target = path.resolve(path.dirname(importer), source);
      if (private_.some((dir) => target.startsWith(dir))) {
        this.error(`${path.relative('.', importer)} imports ${source}: import the package's public entries (newsroom-widgets/…) instead`);
      }
      return null;
    },
  };
}

/** The page and its stylesheet next to the module; prints the module's size. */
function page() {
  return {
    name: 'builder-page',
    buildStart() {
      for (const file of PAGE_FILES) this.addWatchFile(`builder/${file}`);
    },
    generateBundle() {
      for (const fileName of PAGE_FILES) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`builder/${fileName}`, 'utf8') });
      }
    },
    writeBundle(_options, bundle) {
      const code = Buffer.from(bundle['builder.js'].code);
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(`\nEmbed builder: ${OUT}/builder.js ${kb(code.length)} / ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
    },
  };
}

export default {
  input: 'builder/index.ts',
  output: { dir: OUT, entryFileNames: 'builder.js', format: 'es', sourcemap: true },
  plugins: [
    publicEntriesOnly(),
    packageEntriesRollup(),
    typescriptForRollup(),
    // Resolved and minified exactly as the readers' bundles (dist/newsroom-widgets.js), so the
    // preview's widgets are the ones readers get.
    ...readerBundles[0].plugins,
    page(),
  ],
  onwarn: readerBundles[0].onwarn,
};
