import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, initialsOf, parseIsoDate, resolveDir, resolveLang, t } from '../../src/core/i18n.js';
import { STRINGS } from '../../src/core/strings.js';

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
    expect(t('pt', 'viewOn', { platform: 'X' })).to.equal('View on X');
  });

  it('every language has every English key', () => {
    for (const lang of ['de', 'fr', 'es', 'uk', 'ru', 'ar']) {
      for (const key of Object.keys(STRINGS.en)) {
        expect(STRINGS[lang]![key as keyof typeof STRINGS.en], `${lang}.${key}`).to.not.equal(undefined);
      }
    }
  });

  it('makes initials from names', () => {
    expect(initialsOf('Wendy Sherman')).to.equal('WS');
    expect(initialsOf('Jens Stoltenberg (@jensstoltenberg)')).to.equal('JS');
    expect(initialsOf('NATO')).to.equal('N');
    expect(initialsOf('ألكسندر غروشكو')).to.equal('أغ');
    expect(initialsOf('')).to.equal('');
  });
});
