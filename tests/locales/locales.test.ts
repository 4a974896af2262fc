// The shipped tables: complete, with English's placeholders and exactly the
// plural forms each language uses. A new locale is checked by adding it to
// src/locales/all.ts; the rendering check is one line in widgets.test.ts.
import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/locales/all.js';
import { STRINGS, type StringKey, type StringValue } from '../../src/core/strings.js';
import { t } from '../../src/core/i18n.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'uk', 'ru', 'ar', 'he', 'tr', 'pl'];
const KEYS = Object.keys(LOCALES.en) as StringKey[];

/** Keys a language deliberately leaves to English (none today), by language. */
const DELIBERATE_FALLBACKS: Record<string, StringKey[]> = {};

const formsOf = (value: StringValue): Array<[string, string]> =>
  typeof value === 'string' ? [['', value]] : Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
const placeholdersIn = (text: string) => new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (match) => match[1]!));
const placeholdersOf = (value: StringValue) => new Set(formsOf(value).flatMap(([, text]) => [...placeholdersIn(text)]));

/** A plural category that only one whole number falls in (Arabic `two` is 2): its form may say the number in words. */
function namesOneNumber(lang: string, category: string): boolean {
  if (!category) return false;
  const rules = new Intl.PluralRules(lang);
  let matches = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) matches++;
  return matches === 1;
}

describe('locales', () => {
  it('ships the twelve languages, as STRINGS too', () => {
    expect(Object.keys(LOCALES).sort()).to.deep.equal([...LANGUAGES].sort());
    expect(STRINGS).to.equal(LOCALES);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const table = LOCALES[lang]!;

      it('has every key of English (or lists it as a deliberate fallback), and no other', () => {
        const missing = KEYS.filter((key) => table[key] === undefined);
        expect(missing).to.deep.equal(DELIBERATE_FALLBACKS[lang] ?? []);
        expect(Object.keys(table).filter((key) => !KEYS.includes(key as StringKey))).to.deep.equal([]);
      });

      it('uses the placeholders of English in every form', () => {
        for (const key of KEYS) {
          const value = table[key];
          if (value === undefined) continue;
          const expected = placeholdersOf(LOCALES.en[key]);
          for (const [category, text] of formsOf(value)) {
            const found = placeholdersIn(text);
            // "Show one fact", "show both facts": the number may be a word.
            if (!found.has('count') && expected.has('count') && namesOneNumber(lang, category)) found.add('count');
            expect([...found].sort(), `${lang}.${key}${category ? `.${category}` : ''}: ${text}`).to.deep.equal([...expected].sort());
          }
        }
      });

      it('has exactly the plural forms the language uses', () => {
        const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
        for (const key of KEYS) {
          const value = table[key];
          if (value === undefined || typeof value === 'string') continue;
          expect(Object.keys(value).sort(), `${lang}.${key}`).to.deep.equal(categories);
          for (const form of Object.values(value)) expect(form, `${lang}.${key}`).to.be.a('string').and.not.equal('');
        }
      });

      it('is registered, so t() speaks it', () => {
        for (const key of KEYS) {
          const value = table[key];
          if (typeof value === 'string') expect(t(lang, key, {}), `${lang}.${key}`).to.equal(value);
        }
      });
    });
  }

  it('picks the plural form for the count, in each language’s rules', () => {
    expect(t('pl', 'showAll', { count: 1 })).to.equal('Pokaż 1 fakt');
    expect(t('pl', 'showAll', { count: 3 })).to.equal('Pokaż wszystkie 3 fakty');
    expect(t('pl', 'showAll', { count: 12 })).to.equal('Pokaż wszystkie 12 faktów');
    expect(t('pl', 'showAll', { count: 22 })).to.equal('Pokaż wszystkie 22 fakty');
    expect(t('uk', 'showAll', { count: 21 })).to.equal('Показати всі 21 факт');
    expect(t('he', 'showAll', { count: 2 })).to.equal('הצגת שתי העובדות');
    expect(t('he', 'showAll', { count: 7 })).to.equal('הצגת כל 7 העובדות');
    expect(t('ar', 'showingRows', { count: 2, total: 9 })).to.equal(`عرض مطلبين من أصل ${(9).toLocaleString('ar')}`);
    expect(t('tr', 'showAll', { count: 1 })).to.equal('1 bilgiyi göster');
    expect(t('it', 'countRejected', { count: 1 })).to.equal('1 respinta');
    expect(t('it', 'countRejected', { count: 4 })).to.equal('4 respinte');
  });
});
