import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from './generated/custom-elements.js';

setCustomElementsManifest(manifest);

const DIRECTION = { ar: 'rtl' };

/** Wraps every story in the page language, direction and colour scheme chosen in the toolbar. */
function withPage(story, context) {
  const { theme = 'auto', lang = 'en', dir = 'auto' } = context.globals;
  const pageDir = dir === 'auto' ? (DIRECTION[lang] ?? 'ltr') : dir;
  const args = theme === 'auto' ? context.args : { ...context.args, theme };
  const dark =
    theme === 'dark' ||
    (theme === 'auto' && typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches) ||
    args.theme === 'dark';
  if (typeof document !== 'undefined') document.body.classList.toggle('nw-dark', dark);
  const full = context.parameters.layout === 'fullscreen';
  const classes = ['nw-page', dark ? 'nw-page--dark' : '', full ? 'nw-page--full' : ''].filter(Boolean).join(' ');
  return html`<div class=${classes} lang=${lang} dir=${pageDir}>
    ${story({ args })}
  </div>`;
}

/** @type { import('@storybook/web-components').Preview } */
const preview = {
  decorators: [withPage],
  globalTypes: {
    theme: {
      description: 'Colour scheme of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'Auto (system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Page language (lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية' },
          { value: 'uk', title: 'Українська' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Page direction (dir)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', lang: 'en', dir: 'auto' },
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    options: { storySort: { order: ['Introduction', 'Article', 'Embed builder', 'Widgets'] } },
  },
};

export default preview;
