/** Controls every widget story shares: the colour scheme and the widget's own language. */
export const themeArgType = { control: 'inline-radio', options: ['auto', 'light', 'dark'] } as const;

export const widgetArgTypes = {
  theme: themeArgType,
  lang: { control: 'text', description: 'Language of this widget (normally inherited from the page)' },
} as const;
