// A newsroom's own wording, per page and without code: JSON in
// <script type="application/json" data-nw-strings>, read once, at the first
// string a widget asks for. This file's page carries such scripts from the
// start, as a CMS template would.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/fact-box/fact-box.js';
import '../../src/tweet-embed/tweet-embed.js';
import { registerLocale, t } from '../../src/core/i18n.js';
import { captureWarnings, settle, shadow } from '../helpers.js';

function addScript(text: string, type = 'application/json'): void {
  const script = document.createElement('script');
  script.type = type;
  script.setAttribute('data-nw-strings', '');
  script.textContent = text;
  document.body.append(script);
}

addScript(
  JSON.stringify({
    en: { viewOn: 'Read on {platform}' },
    'de-AT': { showAll: { one: '{count} Punkt anzeigen', other: 'Alle {count} Punkte anzeigen' } },
    it: { viewOn: 'Leggi su {platform}', viewon: 'typo', showFewer: 3 },
  }),
);
addScript('{"en": {"viewOn": "Broken"');
// Not a JSON block: not ours to read (and the browser would run a script without a type).
addScript('{"en": {"viewOn": "Not data"}}', 'text/json');
addScript('["en"]');

const TWELVE_FACTS = { facts: Array.from({ length: 12 }, (_, i) => ({ label: `Fact ${i + 1}` })) };

async function page(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <nw-fact-box heading="Facts" .data=${TWELVE_FACTS}></nw-fact-box>
    <nw-tweet-embed author="NATO" handle="NATO" date="2022-01-13" url="https://x.com/NATO/status/1481637470556450818"
      >Allies met in Brussels.</nw-tweet-embed
    >
  </div>`);
  await settle(wrapper);
  return {
    showAll: () => shadow(wrapper.querySelector('nw-fact-box')!).querySelector('button.toggle')!.textContent!.trim(),
    viewOn: () => shadow(wrapper.querySelector('nw-tweet-embed')!).querySelector('[part=view-link]')!.textContent!.trim(),
  };
}

describe('strings set by the page', () => {
  it('are read at the first string a widget shows; what cannot be read is ignored, with one warning per block', async () => {
    let shown: Awaited<ReturnType<typeof page>> | undefined;
    const warnings = await captureWarnings(async () => {
      shown = await page('en');
    });
    expect(shown!.viewOn()).to.equal('Read on X');
    expect(warnings).to.have.length(3);
    for (const warning of warnings) expect(warning).to.match(/^newsroom-widgets: <script data-nw-strings>: ignored /);
    expect(warnings[0]).to.contain('it: unknown key "viewon"').and.contain('it: "showFewer" is neither');
    expect(warnings[1]).to.contain('the block: ').and.contain('JSON');
    expect(warnings[2]).to.contain('not an object of languages');
  });

  it('change a rendered widget’s string, in the language they name and its regions', async () => {
    const italian = await page('it');
    expect(italian.viewOn()).to.equal('Leggi su X');
    expect(italian.showAll()).to.equal('Mostra tutti i 12 dati', 'other strings stay the library’s');
    expect((await page('de-AT')).showAll()).to.equal('Alle 12 Punkte anzeigen');
    expect((await page('de')).showAll()).to.equal('Alle 12 Fakten zeigen', 'de-AT wording is not for de');
    expect((await page('de-AT')).viewOn()).to.equal('Auf X ansehen', 'German of the library, not the page’s English');
  });

  it('English wording is what languages without the string fall back to', async () => {
    expect((await page('sv')).viewOn()).to.equal('Read on X');
  });

  it('win over wording an app registers, and over a locale arriving later', async () => {
    registerLocale('en', { viewOn: 'Look at {platform}' });
    registerLocale('it', { viewOn: 'Guarda su {platform}' });
    expect(t('en', 'viewOn', { platform: 'X' })).to.equal('Read on X');
    expect(t('it', 'viewOn', { platform: 'X' })).to.equal('Leggi su X');
    expect(t('en', 'showFewer')).to.equal('Show fewer');
  });

  it('are read once: a script added later changes nothing', async () => {
    addScript(JSON.stringify({ en: { showFewer: 'Fewer' } }));
    expect(t('en', 'showFewer')).to.equal('Show fewer');
  });
});
