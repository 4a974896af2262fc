// Dev-server plugin for the React tests (tests/react/): React 19 ships only
// CommonJS, which the test runner cannot serve to the browser as ES modules.
// This resolves `react`, `react-dom` and `react-dom/client` to ES modules that
// esbuild bundles from node_modules on first request (one shared chunk, so all
// three use the same React). Nothing else is touched: other tests never import
// React, so their modules are served exactly as before.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const BASE = '/__react-esm/';
/** Bare specifier → bundled file name. */
const ENTRIES = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };
const RESERVED = new Set(['default', 'delete', 'new', 'function', 'class', 'import', 'export']);

/** A CommonJS module's export names, read in a child process (React's development build touches console on load). */
function exportNames(specifier) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** An entry that re-exports a CommonJS module's named exports as ES exports. */
function entrySource(specifier) {
  const names = exportNames(specifier).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name));
  return `import cjs from '${specifier}';\nexport default cjs;\nexport const { ${names.join(', ')} } = cjs;\n`;
}

async function bundle() {
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([specifier, name]) => [name, `entry:${specifier}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2021',
    outdir: '/out',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'cjs-entries',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path: path.slice('entry:'.length), namespace: 'entry' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => ({
            contents: entrySource(path),
            resolveDir: process.cwd(),
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [BASE + file.path.slice('/out/'.length), file.text]));
}

export function reactEsmPlugin() {
  let files;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in ENTRIES) return `${BASE}${ENTRIES[source]}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return;
      files ??= bundle();
      const body = (await files).get(context.path);
      if (body !== undefined) return { body, type: 'js' };
    },
  };
}
