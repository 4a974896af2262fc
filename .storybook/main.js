import { esbuildPlugin } from '@web/dev-server-esbuild';
import { transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { packageEntriesDevServer, packageEntriesRollup } from '../scripts/package-entries.mjs';

/**
 * Rollup (used by `storybook build`) has no TypeScript of its own: resolve the
 * `.js` specifiers our sources use to their `.ts` files and strip the types.
 */
function typescriptForRollup() {
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
        target: 'es2021',
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map || null };
    },
  };
}

/** @type { import('@web/storybook-framework-web-components').StorybookConfig } */
const config = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-essentials'],
  framework: { name: '@web/storybook-framework-web-components' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { autodocs: true },
  async wdsFinal(config) {
    return {
      ...config,
      plugins: [...(config.plugins ?? []), packageEntriesDevServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
    };
  },
  async rollupFinal(config) {
    // `newsroom-widgets/…` (the public entries the embed builder imports) → src/, as in `npm start`.
    config.plugins = [packageEntriesRollup(), typescriptForRollup(), ...(config.plugins ?? [])];
    return config;
  },
};

export default config;
