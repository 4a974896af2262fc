/**
 * The colours of the light and dark palettes, each written once: theme.ts
 * declares them as the private `--_c-<name>` properties of every widget, and
 * the build fills them into the pre-upgrade stylesheet (src/prelude.css).
 * Plain data, no Lit: the build reads the module tsc emits.
 */
export const lightColors = {
  text: '#1b1b1b',
  muted: '#575757',
  bg: '#ffffff',
  surface: '#f5f3ef',
  border: '#d6d2ca',
  accent: '#a8201a',
  link: '#0b4f9c',
  focus: '#0b57d0',
  rejected: '#a8201a',
  accepted: '#1c6b3a',
  partial: '#7a5300',
  open: '#0b4f9c',
  pending: '#575757',
  unknown: '#575757',
};

/** A palette: a value for each colour name. */
export type Palette = Record<keyof typeof lightColors, string>;

export const darkColors: Palette = {
  text: '#eceae6',
  muted: '#b8b3ab',
  bg: '#17181b',
  surface: '#222429',
  border: '#43464d',
  accent: '#ff8f85',
  link: '#8cc2ff',
  focus: '#8cc2ff',
  rejected: '#ff8f85',
  accepted: '#7fd99f',
  partial: '#f2c462',
  open: '#8cc2ff',
  pending: '#c7c2ba',
  unknown: '#c7c2ba',
};
