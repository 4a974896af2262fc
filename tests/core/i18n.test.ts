import { expect, fixture, html } from '@open-wc/testing';
import '../../src/locales/all.js';
import {
  defineLocale,
  formatDate,
  initialsOf,
  onLocaleChange,
  parseIsoDate,
  registerLocale,
  resolveDir,
  resolveLang,
  stringsVersion,
  t,
} from '../../src/core/i18n.js';
import type { Translation } from '../../src/core/strings.js';
import { captureWarnings } from '../helpers.js';

describe('lang, dir and Intl', () => {
  it('reads lang and dir from the nearest ancestor', async () => {
    const el = await fixture(html`<div lang="de" dir="ltr"><section lang="ar" dir="rtl"><span></span></section></div>`);
    const span = el.querySelector('span')!;
    expect(resolveLang(span)).to.equal('ar');
    expect(resolveDir(span)).to.equal('rtl');
    expect(resolveLang(el)).to.equal('de');
  });

  it('derives the direction from the language when no dir is set', async () => {
    const el = await fixture(html`<div lang="ar"><span></span></div>`);
    expect(resolveDir(el.querySelector('span')!)).to.equal('rtl');
  });

  it('formats dates for the language, without shifting calendar dates across time zones', () => {
    expect(formatDate('2022-01-13', 'en')!.text).to.equal('January 13, 2022');
    expect(formatDate('2022-01-13', 'de')!.text).to.equal('13. Januar 2022');
    expect(formatDate('2022-01-13', 'fr')!.text).to.equal('13 janvier 2022');
    expect(formatDate('2022-01-13', 'en')!.datetime).to.equal('2022-01-13');
  });

  it('rejects what is not an ISO date', () => {
    for (const bad of ['yesterday', '13/01/2022', '2022-02-30', '2022-13-01', '', 'January 13, 2022']) {
      expect(parseIsoDate(bad), bad).to.equal(null);
      expect(formatDate(bad, 'en'), bad).to.equal(null);
    }
  });

  it('translates UI strings with plural forms and falls back to English', () => {
    expect(t('de', 'showAll', { count: 15 })).to.equal('Alle 15 Fakten zeigen');
    expect(t('ru', 'showAll', { count: 3 })).to.equal('Показать все 3 факта');
    expect(t('ru', 'showAll', { count: 5 })).to.equal('Показать все 5 фактов');
    expect(t('en', 'viewOn', { platform: 'X' })).to.equal('View on X');
    expect(t('de-AT', 'viewOn', { platform: 'X' })).to.equal('Auf X ansehen');
    expect(t('pt', 'viewOn', { platform: 'X' })).to.equal('Ver em X');
    expect(t('fi', 'viewOn', { platform: 'X' })).to.equal('View on X');
  });

  it('makes initials from names', () => {
    expect(initialsOf('Wendy Sherman')).to.equal('WS');
    expect(initialsOf('Jens Stoltenberg (@jensstoltenberg)')).to.equal('JS');
    expect(initialsOf('NATO')).to.equal('N');
    expect(initialsOf('ألكسندر غروشكو')).to.equal('أغ');
    expect(initialsOf('')).to.equal('');
  });
});

// Languages the library does not ship (fi, sv, da, nb), so these tests own them.
describe('the locale registry', () => {
  it('an app adds a language, or its own wording over the library’s, whichever loads first', () => {
    registerLocale('sv', { viewOn: 'Visa på {platform}' });
    expect(t('sv', 'viewOn', { platform: 'X' })).to.equal('Visa på X');
    expect(t('sv-FI', 'viewOn', { platform: 'X' })).to.equal('Visa på X');
    expect(t('sv', 'showFewer')).to.equal('Show fewer');
    // The library's Swedish arriving later (a loader) fills in the rest, and the app's wording stays.
    defineLocale('sv', { viewOn: 'Se på {platform}', showFewer: 'Visa färre' });
    expect(t('sv', 'viewOn', { platform: 'X' })).to.equal('Visa på X');
    expect(t('sv', 'showFewer')).to.equal('Visa färre');
    registerLocale('sv', { showFewer: 'Färre' });
    expect(t('sv', 'showFewer')).to.equal('Färre');
    expect(t('sv', 'viewOn', { platform: 'X' })).to.equal('Visa på X', 'later calls add to earlier ones');
  });

  it('ignores what cannot be a string, with one warning naming the library, and never throws', async () => {
    const warnings = await captureWarnings(() => {
      registerLocale('da', { viewOn: 'Se på {platform}', bogus: 'x', showAll: { one: 'no other' }, showFewer: 7 } as unknown as Translation);
      registerLocale('da', null as unknown as Translation);
    });
    expect(warnings).to.have.length(2);
    for (const warning of warnings) expect(warning).to.match(/^newsroom-widgets: registerLocale\('da'\): ignored /);
    expect(warnings[0]).to.contain('unknown key "bogus"').and.contain('"showAll"').and.contain('"showFewer"');
    expect(t('da', 'viewOn', { platform: 'X' })).to.equal('Se på X');
    expect(t('da', 'showAll', { count: 9 })).to.equal('Show all 9 facts');
  });

  it('tells listeners which language changed, and versions the strings per language', () => {
    const heard: string[] = [];
    const stop = onLocaleChange((lang) => heard.push(lang));
    const before = { nb: stringsVersion('nb-NO'), fi: stringsVersion('fi'), de: stringsVersion('de') };
    registerLocale('nb', { showFewer: 'Vis færre' });
    expect(heard).to.deep.equal(['nb']);
    expect(stringsVersion('nb-NO')).to.not.equal(before.nb);
    expect(stringsVersion('fi')).to.equal(before.fi);
    expect(stringsVersion('de')).to.equal(before.de);
    registerLocale('en', { showFewer: 'Show fewer' });
    expect(stringsVersion('fi')).to.not.equal(before.fi, 'English is every language’s fallback');
    stop();
    registerLocale('fi', { showFewer: 'Näytä vähemmän' });
    expect(heard).to.deep.equal(['nb', 'en']);
  });
});
