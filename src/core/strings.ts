/**
 * The shape of the UI strings, and every table the library ships. A value is
 * a string with `{name}` placeholders, or plural forms chosen by
 * `Intl.PluralRules` (`one`, `few`, `many`, `other`, ...). The tables live in
 * `src/locales/<lang>.ts`, one small module per language; `t()` reads them
 * through the registry in `locale-registry.ts`. Content is never translated.
 */
import type en from '../locales/en.js';
import { LOCALES } from '../locales/all.js';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type StringValue = string | PluralForms;
export type StringKey = keyof typeof en;
export type Translation = Partial<Record<StringKey, StringValue>>;

/** Every language the library ships, as shipped (no page or app overrides). */
export const STRINGS: Record<string, Translation> & { en: typeof en } = LOCALES;
