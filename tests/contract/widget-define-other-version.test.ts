/**
 * Loading this library on a page where another version already holds the
 * tags (an older bundle in the template, a newer one in an article) must not
 * throw: the first definition stays, and one warning names the tag and both
 * versions. This page imports no defining module before the test does.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';
import { captureWarnings } from '../helpers.js';
import { WIDGETS } from './widgets.js';

const OTHER_VERSION = '0.0.1-other';

describe('contract: loading the library after another version of it', () => {
  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: no throw, the other version keeps the tag, one warning names both versions`, async () => {
      expect(customElements.get(widget.tag), 'not defined before the test').to.equal(undefined);
      class OtherVersion extends HTMLElement {
        static readonly nwVersion = OTHER_VERSION;
      }
      customElements.define(widget.tag, OtherVersion);
      const warnings = await captureWarnings(async () => {
        await widget.load();
      });
      expect(customElements.get(widget.tag)).to.equal(OtherVersion);
      expect(document.createElement(widget.tag)).to.be.instanceOf(OtherVersion);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${widget.tag}>`).and.contain(OTHER_VERSION).and.contain(VERSION);
    });
  }
});
