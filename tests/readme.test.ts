// The README's HTML examples are what producers copy: each must upgrade into a
// widget that shows its content, with no nw-error.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, settle } from './helpers.js';

async function htmlExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return Array.from(readme.matchAll(/```html\n([\s\S]*?)```/g), (match) => match[1]!).filter((code) => code.includes('<nw-'));
}

describe('README examples', () => {
  it('has HTML examples for every widget', async () => {
    const examples = (await htmlExamples()).join('\n');
    for (const tag of ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box']) {
      expect(examples, tag).to.contain(`<${tag}`);
    }
  });

  it('each example upgrades without an error and shows its content', async () => {
    for (const example of await htmlExamples()) {
      const host = document.createElement('div');
      // The README is trusted project text; scripts in it are not run by innerHTML.
      host.innerHTML = example;
      const errors: string[] = [];
      host.addEventListener('nw-error', (event) => errors.push((event as CustomEvent).detail.message));
      const warnings = await captureWarnings(async () => {
        document.body.append(host);
        await settle(host);
      });
      const widgets = Array.from(host.querySelectorAll('nw-quote-card, nw-tweet-embed, nw-demand-table, nw-fact-box'));
      expect(widgets.length, example.slice(0, 80)).to.be.greaterThan(0);
      for (const widget of widgets) {
        const shown = widget.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        expect(widget.shadowRoot!.querySelector('slot:not([name])'), `${widget.localName} fell back to its light DOM`).to.equal(null);
        expect(shown.length, widget.localName).to.be.greaterThan(20);
      }
      expect(errors, example.slice(0, 80)).to.deep.equal([]);
      expect(warnings, example.slice(0, 80)).to.deep.equal([]);
      host.remove();
    }
  });
});
