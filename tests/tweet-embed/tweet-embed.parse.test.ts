import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cleanPostUrl,
  dateOfId,
  entityUrl,
  mastodonInstance,
  extractMedia,
  parseEmbed,
  parseEnglishDate,
  platformOfUrl,
  segmentText,
  shortenUrl,
  type TweetEmbedData,
} from '../../src/tweet-embed/tweet-embed.parse.js';
import {
  ARABIC_EMBED,
  BLUESKY_EMBED,
  MASTODON_EMBED,
  NATO_EMBED,
  STOLTENBERG_EMBED,
} from '../../content/posts.js';

/** Parses markup in an inert document: scripts in it never run or load. */
const parse = (markup: string) => parseEmbed(new DOMParser().parseFromString(markup, 'text/html').body);
const normalised = (markup: string) => extractMedia(parse(markup));

const NATO_TEXT =
  '#ICYMI: The NATO-Russia Council, which brings together all 30 #NATO Allies and #Russia, met in Brussels to discuss the situation in and around #Ukraine, and the implications for European security ⤵️https://t.co/epDFlon3pd';

describe('parseEnglishDate', () => {
  it('reads the dates the platforms write', () => {
    expect(parseEnglishDate('January 13, 2022')).to.equal('2022-01-13');
    expect(parseEnglishDate('Jan 3, 2022')).to.equal('2022-01-03');
    expect(parseEnglishDate(' 13 January 2022 ')).to.equal('2022-01-13');
    expect(parseEnglishDate('November 20, 2024 at 5:02 PM')).to.equal('2024-11-20T17:02');
    expect(parseEnglishDate('November 20, 2024 at 12:15 AM')).to.equal('2024-11-20T00:15');
  });
  it('refuses what is not a date', () => {
    expect(parseEnglishDate('February 30, 2022')).to.equal(undefined);
    expect(parseEnglishDate('Smarch 1, 2022')).to.equal(undefined);
    expect(parseEnglishDate('yesterday')).to.equal(undefined);
    expect(parseEnglishDate('')).to.equal(undefined);
  });
});

describe('parseEmbed: X / Twitter', () => {
  it('reads the NATO embed code as pasted (with script tag and ref_src)', () => {
    const post = normalised(NATO_EMBED);
    expect(post).to.deep.include({
      platform: 'x',
      url: 'https://twitter.com/NATO/status/1481637470556450818',
      author: 'NATO',
      handle: 'NATO',
      date: '2022-01-13',
      text: NATO_TEXT,
      lang: 'en',
      dir: 'ltr',
    });
    expect(post.links).to.deep.equal([{ text: 'https://t.co/epDFlon3pd', href: 'https://t.co/epDFlon3pd' }]);
    expect(post.media).to.deep.equal([]);
  });

  it('moves pic.twitter.com out of the text into media', () => {
    const post = normalised(STOLTENBERG_EMBED);
    expect(post.author).to.equal('Jens Stoltenberg');
    expect(post.handle).to.equal('jensstoltenberg');
    expect(post.date).to.equal('2022-01-12');
    expect(post.text).to.equal(
      "The NATO–Russia Council had a serious exchange on Russia's military build-up in & around #Ukraine & implications for European security. #NATO Allies & #Russia agreed to explore a schedule of future meetings. Allies are ready to table proposals & seek constructive outcomes.",
    );
    expect(post.media).to.deep.equal(['https://twitter.com/jensstoltenberg/status/1481291296914567175/photo/1']);
  });

  it('reads x.com URLs, "—" instead of &mdash;, no script, and line breaks in the code', () => {
    const post = normalised(`
      <blockquote class="twitter-tweet"   data-dnt="true">
        <p lang="en" dir="ltr">First line<br>second   line
        continues</p>
        — NATO
          (@NATO)
        <a href="https://x.com/NATO/status/1481637470556450818?ref_src=twsrc%5Etfw&amp;s=20">
          January 13, 2022
        </a>
      </blockquote>`);
    expect(post).to.deep.include({
      url: 'https://x.com/NATO/status/1481637470556450818',
      author: 'NATO',
      handle: 'NATO',
      date: '2022-01-13',
      text: 'First line\nsecond line continues',
    });
  });

  it('reads an old embed without a date link (the date written as text)', () => {
    const post = normalised('<blockquote class="twitter-tweet" lang="en"><p>Old post</p>&mdash; Jens Stoltenberg (@jensstoltenberg) January 12, 2022</blockquote>');
    expect(post).to.deep.include({ author: 'Jens Stoltenberg', handle: 'jensstoltenberg', date: '2022-01-12', text: 'Old post', lang: 'en' });
    expect(post.url).to.equal(undefined);
  });

  it('keeps parentheses in names and reads a blockquote without <p>', () => {
    const post = normalised('<blockquote class="twitter-tweet">Bare text here — NATO (North Atlantic Treaty) (@NATO) <a href="https://twitter.com/NATO/status/1">January 13, 2022</a></blockquote>');
    expect(post.text).to.equal('Bare text here');
    expect(post.author).to.equal('NATO (North Atlantic Treaty)');
    expect(post.handle).to.equal('NATO');
  });

  it('reads data-theme and Arabic lang/dir', () => {
    expect(parse(NATO_EMBED.replace('class="twitter-tweet"', 'class="twitter-tweet" data-theme="dark"')).colorMode).to.equal('dark');
    const arabic = normalised(ARABIC_EMBED);
    expect(arabic.lang).to.equal('ar');
    expect(arabic.dir).to.equal('rtl');
    expect(arabic.author).to.equal('غرفة الأخبار 🗞️');
  });
});

describe('parseEmbed: Bluesky and Mastodon', () => {
  it('reads Bluesky embed code with its [image or embed] placeholder', () => {
    const post = normalised(BLUESKY_EMBED);
    expect(post).to.deep.include({
      platform: 'bluesky',
      url: 'https://bsky.app/profile/did:plc:examplenewsroom01/post/3lbbt6ofsqk2o',
      author: 'Example Newsroom',
      handle: 'examplenewsroom.bsky.social',
      date: '2024-11-20T17:02',
      lang: 'en',
    });
    expect(post.text).to.match(/^From our archive: .* #Ukraine #NATO$/);
    expect(post.text).not.to.contain('[image or embed]');
    expect(post.media).to.deep.equal([post.url]);
  });

  it('builds the post URL from data-bluesky-uri when the date link is missing', () => {
    const post = parse('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kxyz"><p lang="en">Hi</p>&mdash; A (<a href="https://bsky.app/profile/a.example">@a.example</a>)</blockquote>');
    expect(post.url).to.equal('https://bsky.app/profile/did:plc:abc/post/3kxyz');
    expect(post.handle).to.equal('a.example');
  });

  it('reads Mastodon embed code: no text, the handle and the post URL', () => {
    const post = normalised(MASTODON_EMBED);
    expect(post).to.deep.include({
      platform: 'mastodon',
      url: 'https://mastodon.social/@examplenews/113485134588553233',
      handle: 'examplenews@mastodon.social',
      text: '',
    });
  });

  it('reads plain text and paragraphs without embed code', () => {
    expect(parse('  Just   some text ').text).to.equal('Just some text');
    expect(parse('<p lang="de">Eins</p><p>Zwei</p>')).to.deep.include({ text: 'Eins\n\nZwei', lang: 'de' });
    expect(parse('').text).to.equal('');
  });
});

describe('post URLs and ids', () => {
  it('infers the platform and drops tracking parameters', () => {
    expect(platformOfUrl('https://twitter.com/a/status/1')).to.equal('x');
    expect(platformOfUrl('https://mobile.x.com/a/status/1')).to.equal('x');
    expect(platformOfUrl('https://bsky.app/profile/a.b/post/3k')).to.equal('bluesky');
    expect(platformOfUrl('https://social.example/@user/1234')).to.equal('mastodon');
    expect(platformOfUrl('https://example.com/')).to.equal(undefined);
    expect(cleanPostUrl('https://twitter.com/NATO/status/1?ref_src=twsrc%5Etfw')).to.equal('https://twitter.com/NATO/status/1');
    expect(cleanPostUrl('https://mastodon.social/@a/123/embed')).to.equal('https://mastodon.social/@a/123');
  });
  it('reads the time in X and Mastodon snowflake ids', () => {
    expect(dateOfId('x', '1481637470556450818')).to.match(/^2022-01-13T/);
    expect(dateOfId('mastodon', '113485134588553233')).to.match(/^2024-11-1\dT/);
    expect(dateOfId('x', '20')).to.equal(undefined);
    expect(dateOfId('bluesky', '1481637470556450818')).to.equal(undefined);
  });
});

describe('segmentText', () => {
  const post = (text: string, platform: TweetEmbedData['platform'], extra: Partial<TweetEmbedData> = {}) =>
    segmentText({ text, links: [], platform, ...extra });
  const links = (segments: ReturnType<typeof segmentText>) => segments.filter((s) => s.kind !== 'text');

  it('links X hashtags, mentions, cashtags and URLs to x.com', () => {
    expect(links(post('#NATO and @jensstoltenberg on $TSLA https://example.com/a/b.', 'x'))).to.deep.equal([
      { kind: 'hashtag', text: '#NATO', href: 'https://x.com/hashtag/NATO' },
      { kind: 'mention', text: '@jensstoltenberg', href: 'https://x.com/jensstoltenberg' },
      { kind: 'cashtag', text: '$TSLA', href: 'https://x.com/search?q=%24TSLA' },
      { kind: 'url', text: 'example.com/a/b', href: 'https://example.com/a/b' },
    ]);
  });

  it('links Bluesky and Mastodon entities to the right place', () => {
    expect(links(post('@someone.bsky.social #Ukraine', 'bluesky')).map((s) => 'href' in s && s.href)).to.deep.equal([
      'https://bsky.app/profile/someone.bsky.social',
      'https://bsky.app/hashtag/Ukraine',
    ]);
    const onMastodon = links(post('@local and @far@other.example #Brussels', 'mastodon', { url: 'https://mastodon.social/@a/1' }));
    expect(onMastodon.map((s) => 'href' in s && s.href)).to.deep.equal([
      'https://mastodon.social/@local',
      'https://mastodon.social/@far@other.example',
      'https://mastodon.social/tags/Brussels',
    ]);
  });

  it('keeps emails, prices and non-entities as text and handles Arabic hashtags', () => {
    expect(links(post('mail a@b.example, costs $5, issue #1', 'x'))).to.deep.equal([]);
    expect(links(post('اجتمع مجلس #الناتو اليوم', 'x'))).to.deep.equal([
      { kind: 'hashtag', text: '#الناتو', href: 'https://x.com/hashtag/%D8%A7%D9%84%D9%86%D8%A7%D8%AA%D9%88' },
    ]);
  });

  it('uses the links of the embed code for shortened link text', () => {
    const segments = post('Read nato.int/cps/en/natohq/… now', 'bluesky', {
      links: [{ text: 'nato.int/cps/en/natohq/…', href: 'https://www.nato.int/cps/en/natohq/news_190666.htm' }],
    });
    expect(links(segments)).to.deep.equal([
      { kind: 'url', text: 'nato.int/cps/en/natohq/…', href: 'https://www.nato.int/cps/en/natohq/news_190666.htm' },
    ]);
    expect(segments.map((s) => s.text).join('')).to.equal('Read nato.int/cps/en/natohq/… now');
  });

  it('finds the same entities as one combined pattern would, for any text and links (compiled once, not per post)', () => {
    // The former implementation, kept as the reference: one pattern per post, the post's link texts first.
    const URL = String.raw`https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]`;
    const TAG = String.raw`(?<![\p{L}\p{N}_&/#])#(?<tag>[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)`;
    const USER = String.raw`(?<![\p{L}\p{N}_@./])@(?<user>[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)`;
    const CASH = String.raw`(?<![\p{L}\p{N}_$])\$(?<cash>[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])`;
    const reference = (post: Pick<TweetEmbedData, 'text' | 'links' | 'platform' | 'url' | 'handle'>) => {
      const instance = post.platform === 'mastodon' ? mastodonInstance(post) : undefined;
      const known = [...post.links].filter((link) => link.text).sort((a, b) => b.text.length - a.text.length);
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const patterns = [...known.map((link, i) => `(?<l${i}>${escape(link.text)})`), `(?<url>${URL})`, TAG, USER, ...(post.platform === 'x' ? [CASH] : [])];
      const segments: ReturnType<typeof segmentText> = [];
      let last = 0;
      const pushText = (text: string) => {
        if (!text) return;
        const previous = segments[segments.length - 1];
        if (previous?.kind === 'text') previous.text += text;
        else segments.push({ kind: 'text', text });
      };
      for (const match of post.text.matchAll(new RegExp(patterns.join('|'), 'gu'))) {
        const groups = match.groups ?? {};
        let segment: ReturnType<typeof segmentText>[number] | undefined;
        const linkIndex = known.findIndex((_, i) => groups[`l${i}`] !== undefined);
        if (linkIndex >= 0) {
          const link = known[linkIndex]!;
          segment = { kind: 'url', text: /^https?:\/\//i.test(link.text) ? shortenUrl(link.text) : link.text, href: link.href };
        } else if (groups.url) segment = { kind: 'url', text: shortenUrl(groups.url), href: groups.url };
        else if (groups.tag) {
          const href = entityUrl(post.platform, 'hashtag', groups.tag, instance);
          if (href) segment = { kind: 'hashtag', text: match[0], href };
        } else if (groups.user) {
          const href = entityUrl(post.platform, 'mention', groups.user, instance);
          if (href) segment = { kind: 'mention', text: match[0], href };
        } else if (groups.cash) {
          const href = entityUrl(post.platform, 'cashtag', groups.cash, instance);
          if (href) segment = { kind: 'cashtag', text: match[0], href };
        }
        if (!segment) continue;
        pushText(post.text.slice(last, match.index));
        segments.push(segment);
        last = match.index! + match[0].length;
      }
      pushText(post.text.slice(last));
      return segments;
    };
    const pieces = ['#', '@', '$', 'NATO', 'nato.int/…', 'https://', 'https://nato.int/a', 'x.com', '.', ',', ' ', ' ', 'ناتو', '_', 'a@b.example', '$TSLA', '@x@y.example', '🇺🇦', ')', '1', 'é'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    const post = text.chain((body) =>
      fc.record({
        text: fc.constant(body),
        platform: fc.constantFrom<TweetEmbedData['platform']>('x', 'bluesky', 'mastodon', undefined),
        url: fc.constantFrom('https://mastodon.social/@a/1', undefined),
        handle: fc.constantFrom('@a@mastodon.social', undefined),
        links: fc.array(
          fc.record({
            text: fc.oneof(fc.constantFrom(...pieces), body.length ? fc.integer({ min: 0, max: body.length - 1 }).chain((from) => fc.integer({ min: from, max: body.length }).map((to) => body.slice(from, to))) : fc.constant('')),
            href: fc.constant('https://example.com/link'),
          }),
          { maxLength: 4 },
        ),
      }),
    );
    fc.assert(
      fc.property(post, (input) => {
        expect(segmentText(input)).to.deep.equal(reference(input));
      }),
      { numRuns: 400 },
    );
  });

  it('shortens long URLs as the platforms show them', () => {
    expect(shortenUrl('https://www.example.com/')).to.equal('example.com');
    expect(shortenUrl('https://news.example/live/2022/01/13/nato-russia-council')).to.equal('news.example/live/2022/01/13/…');
  });
});
