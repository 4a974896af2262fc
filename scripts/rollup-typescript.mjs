// Rollup has no TypeScript of its own: this plugin resolves the `./x.js`
// specifiers our sources use to their `./x.ts` files and strips the types
// with esbuild (tsc checks them). Used by the builder's build and by
// `storybook build`.
import { transform } from 'esbuild';
import { existsSync } from 'node:fs';

export function typescriptForRollup() {
  return {
    name: 'newsroom-typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`).pathname;
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map || null };
    },
  };
}
