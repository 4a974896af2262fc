// The bundle under a strict Content-Security-Policy with Trusted Types, as a
// careful newsroom serves its pages: no inline styles or scripts, no eval, and
// every script URL through a Trusted Types policy. The widgets must render
// without a single violation.
import { expect } from '@open-wc/testing';
import { embedCode, stoltenberg } from '../../content/posts.js';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  // lit-html's own policy, ours (created only when a reader loads an original post), and this test's loader.
  'trusted-types lit-html newsroom-widgets test-loader',
].join('; ');

type FrameWindow = Window & {
  trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
};

describe('strict CSP and Trusted Types', () => {
  it('every widget renders from dist/newsroom-widgets.js without a violation', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Page with a strict CSP';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The snippet of a post, minus the platform script the CSP would block anyway.
    const post = embedCode(stoltenberg).replace(/<script[\s\S]*?<\/script>/g, '');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body>
      <nw-quote-card speaker="Wendy Sherman" date="2022-01-12" cite="https://www.state.gov/" source="State Department"><blockquote><p>Simply non-starters.</p></blockquote></nw-quote-card>
      <nw-tweet-embed allow-original>${post}</nw-tweet-embed>
      <nw-demand-table><table><caption>Demands</caption><thead><tr><th>Russia</th><th>NATO</th><th>Status</th></tr></thead>
        <tbody><tr><td>No NATO membership for Ukraine.</td><td>Ukraine decides.</td><td>Rejected</td></tr>
        <tr><td>Withdraw missiles.</td><td>Willing to discuss arms control.</td><td>Open</td></tr></tbody></table></nw-demand-table>
      <nw-fact-box><h2>Key facts</h2><dl><dt>NATO allies</dt><dd>30</dd><dt>Russia annexed Crimea</dt><dd>2014</dd></dl></nw-fact-box>
      </body></html>`;
    document.body.append(frame);
    await loaded;

    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));

    const policy = win.trustedTypes.createPolicy('test-loader', { createScriptURL: (url) => url });
    const script = doc.createElement('script');
    script.type = 'module';
    (script as unknown as { src: unknown }).src = policy.createScriptURL('/dist/newsroom-widgets.js');
    const ran = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    doc.head.append(script);
    await ran;

    const tags = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'];
    for (const tag of tags) {
      const el = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot:not([name])'), `${tag} fell back to its light DOM`).to.equal(null);
      expect(el.shadowRoot!.textContent!.trim().length, tag).to.be.greaterThan(10);
    }
    // The styles applied: the quote card's box has its surface colour.
    const figure = doc.querySelector('nw-quote-card')!.shadowRoot!.querySelector('figure')!;
    expect(win.getComputedStyle(figure).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
