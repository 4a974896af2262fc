// Bundles for pages without a build step. Runs after `tsc` has emitted dist/:
// the per-widget modules in dist/ keep Lit external (npm users share one copy);
// these bundles inline Lit and are minified.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Bundled files: [entry emitted by tsc, bundle written next to it]. */
export const BUNDLES = [
  ['dist/index.js', 'dist/newsroom-widgets.js'],
  // For CMS pages full of raw embed code: wraps them all, now and as content arrives.
  ['dist/upgrade-embeds.auto.js', 'dist/newsroom-widgets-upgrade.js'],
];

export default BUNDLES.map(([input, file]) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
