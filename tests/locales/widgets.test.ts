// Widgets speak the language of their nearest `lang`, and pick up a locale
// registered after they rendered.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/fact-box/fact-box.js';
import '../../src/tweet-embed/tweet-embed.js';
import type { NwFactBox } from '../../src/fact-box/fact-box.js';
import { defineLocale, directionOfLang, registerLocale, resolveDir } from '../../src/core/i18n.js';
import { settle, shadow } from '../helpers.js';

const TWELVE_FACTS = { facts: Array.from({ length: 12 }, (_, i) => ({ label: `Fact ${i + 1}` })) };
const number = (lang: string, value: number) => new Intl.NumberFormat(lang).format(value);

/** What a page in each language shows: the fact box's "show all" button for 12 facts, the post's link. Add one line per locale. */
const EXPECTED: Record<string, { showAll: string; viewOn: string }> = {
  en: { showAll: 'Show all 12 facts', viewOn: 'View on X' },
  de: { showAll: 'Alle 12 Fakten zeigen', viewOn: 'Auf X ansehen' },
  fr: { showAll: 'Afficher les 12 faits', viewOn: 'Voir sur X' },
  es: { showAll: 'Mostrar los 12 datos', viewOn: 'Ver en X' },
  it: { showAll: 'Mostra tutti i 12 dati', viewOn: 'Visualizza su X' },
  pt: { showAll: 'Mostrar todos os 12 dados', viewOn: 'Ver em X' },
  uk: { showAll: 'Показати всі 12 фактів', viewOn: 'Переглянути в X' },
  ru: { showAll: 'Показать все 12 фактов', viewOn: 'Открыть в X' },
  ar: { showAll: `عرض كل الحقائق (${number('ar', 12)})`, viewOn: 'عرض على X' },
  he: { showAll: 'הצגת כל 12 העובדות', viewOn: 'לצפייה ב-X' },
  tr: { showAll: 'Tüm 12 bilgiyi göster', viewOn: 'X üzerinde görüntüle' },
  pl: { showAll: 'Pokaż wszystkie 12 faktów', viewOn: 'Zobacz w serwisie X' },
};

async function page(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <nw-fact-box heading="Facts" .data=${TWELVE_FACTS}></nw-fact-box>
    <nw-tweet-embed author="NATO" handle="NATO" date="2022-01-13" url="https://x.com/NATO/status/1481637470556450818"
      >Allies met in Brussels.</nw-tweet-embed
    >
  </div>`);
  await settle(wrapper);
  return {
    wrapper,
    box: wrapper.querySelector<NwFactBox>('nw-fact-box')!,
    showAll: () => shadow(wrapper.querySelector('nw-fact-box')!).querySelector('button.toggle')!.textContent!.trim(),
    viewOn: () => shadow(wrapper.querySelector('nw-tweet-embed')!).querySelector('[part=view-link]')!.textContent!.trim(),
  };
}

describe('widgets in each language', () => {
  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`${lang}: "${expected.showAll}", "${expected.viewOn}"`, async () => {
      const { showAll, viewOn } = await page(lang);
      expect(showAll()).to.equal(expected.showAll);
      expect(viewOn()).to.equal(expected.viewOn);
    });
  }

  it('follows the region to its language, and a language without strings to English', async () => {
    expect((await page('pt-BR')).showAll()).to.equal('Mostrar todos os 12 dados');
    expect((await page('nb')).viewOn()).to.equal('View on X');
  });

  it('Hebrew and Arabic are right to left', async () => {
    expect(directionOfLang('he')).to.equal('rtl');
    expect(directionOfLang('he-IL')).to.equal('rtl');
    const { box } = await page('he');
    expect(resolveDir(box)).to.equal('rtl');
    expect(directionOfLang('ar')).to.equal('rtl');
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'uk', 'ru', 'tr', 'pl']) expect(directionOfLang(lang), lang).to.equal('ltr');
  });

  it('a locale registered after the widgets rendered re-renders those in its language only', async () => {
    const dutch = await page('nl-NL');
    const german = await page('de');
    expect(dutch.showAll()).to.equal('Show all 12 facts');
    let germanRenders = 0;
    const originalUpdated = (german.box as unknown as { updated: (changed: unknown) => void }).updated;
    (german.box as unknown as { updated: (changed: unknown) => void }).updated = function (this: unknown, changed: unknown) {
      germanRenders++;
      originalUpdated.call(this, changed);
    };

    // What a loader does: import the module of a language the page uses.
    defineLocale('nl', { showAll: { one: '{count} feit tonen', other: 'Alle {count} feiten tonen' }, viewOn: 'Bekijken op {platform}' });
    await settle(dutch.wrapper);
    await settle(german.wrapper);
    expect(dutch.showAll()).to.equal('Alle 12 feiten tonen');
    expect(dutch.viewOn()).to.equal('Bekijken op X');
    expect(germanRenders).to.equal(0);

    // An app's own wording, later still.
    registerLocale('nl', { viewOn: 'Lees verder op {platform}' });
    await settle(dutch.wrapper);
    expect(dutch.viewOn()).to.equal('Lees verder op X');
  });

  it('English wording registered later reaches widgets whose language falls back to it', async () => {
    const swedish = await page('sv');
    expect(swedish.viewOn()).to.equal('View on X');
    registerLocale('en', { viewOn: 'Open on {platform}' });
    await settle(swedish.wrapper);
    expect(swedish.viewOn()).to.equal('Open on X');
    registerLocale('en', { viewOn: 'View on {platform}' });
  });
});
