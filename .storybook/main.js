import { esbuildPlugin } from '@web/dev-server-esbuild';
import { packageEntriesDevServer, packageEntriesRollup } from '../scripts/package-entries.mjs';
import { typescriptForRollup } from '../scripts/rollup-typescript.mjs';

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
      plugins: [...(config.plugins ?? []), packageEntriesDevServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
    };
  },
  async rollupFinal(config) {
    // `newsroom-widgets/…` (the public entries the embed builder imports) → src/, as in `npm start`.
    config.plugins = [packageEntriesRollup(), typescriptForRollup(), ...(config.plugins ?? [])];
    return config;
  },
};

export default config;
