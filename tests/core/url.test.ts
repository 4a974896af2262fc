import { expect } from '@open-wc/testing';
import { linkUrl, safeImageUrl, safeLinkUrl } from '../../src/core/url.js';

describe('URL policy', () => {
  const links: Array<[string, string | null]> = [
    ['https://www.nato.int/cps/en/natohq/news.htm', 'https://www.nato.int/cps/en/natohq/news.htm'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a?b=1&c=2#d  ', 'https://example.com/a?b=1&c=2#d'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['\u0000javascript:alert(1)', null],
    ['javascript&colon;alert(1)', null],
    ['&#106;avascript:alert(1)', null],
    ['&#x6A;avascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['blob:https://example.com/uuid', null],
    ['ftp://example.com/file', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['relative.html', null],
    ['https://', null],
    ['', null],
    ['   ', null],
  ];
  for (const [input, expected] of links) {
    it(`link ${JSON.stringify(input)} -> ${expected ?? 'dropped'}`, () => {
      expect(safeLinkUrl(input)).to.equal(expected);
      // The parsed form follows the same policy: code reading a link's parts gets the same answer.
      expect(linkUrl(input)?.href ?? null).to.equal(expected);
    });
  }

  it('rejects non-strings', () => {
    expect(safeLinkUrl(null)).to.equal(null);
    expect(safeLinkUrl(undefined)).to.equal(null);
    expect(safeLinkUrl(42 as unknown as string)).to.equal(null);
  });

  it('images may be relative and resolve against the page', () => {
    expect(safeImageUrl('/img/a.jpg')).to.equal(new URL('/img/a.jpg', document.baseURI).href);
    expect(safeImageUrl('a.jpg')).to.equal(new URL('a.jpg', document.baseURI).href);
    expect(safeImageUrl('https://cdn.example/a.jpg')).to.equal('https://cdn.example/a.jpg');
  });

  const badImages = [
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:image/png;base64,AAAA',
    ' JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'javascript&colon;alert(1)',
    'file:///c:/x.png',
    '',
  ];
  for (const input of badImages) {
    it(`image ${JSON.stringify(input)} is dropped`, () => {
      expect(safeImageUrl(input)).to.equal(null);
    });
  }
});
