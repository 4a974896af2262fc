import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/index.js';
import { grushko, sherman } from './content/quotes.js';
import { articleStyles } from './article.styles.js';

interface ArticleArgs {
  theme: 'auto' | 'light' | 'dark';
}

/**
 * The seed story as a CMS would publish it: everything below is the HTML a
 * producer pastes (widget tags with their fallback content, and the official X
 * embed code as copied from x.com, minus its script tag). The surrounding text
 * is written for this example; quotes and posts are verbatim.
 */
const render = ({ theme }: ArticleArgs) => html`
  ${articleStyles}
  <article class=${`article article--${theme}`}>
    <header class="article__header">
      <p class="article__kicker">Europe · Security</p>
      <h1 class="article__headline">NATO and the U.S. reject Russia’s key security demands, but keep talks alive</h1>
      <p class="article__standfirst">
        At the first NATO–Russia Council in two years, the alliance refused to close its door to Ukraine. It offered
        instead to negotiate on arms control, missile deployments and ways to avoid military incidents.
      </p>
      <p class="article__byline">
        By <span class="article__author">Foreign Desk</span> ·
        <time datetime="2022-01-13">January 13, 2022</time>
      </p>
    </header>

    <div class="article__body">
      <p>
        <span class="article__dateline">BRUSSELS —</span> NATO and the United States have turned down Moscow’s central
        demand that Ukraine never be allowed to join the alliance, while signalling that parts of Russia’s wider
        proposals could still be negotiated.
      </p>
      <p>
        Allied envoys told their Russian counterparts that Ukraine alone decides its future security arrangements and
        that NATO’s door stays open to new members. They said they were ready to discuss arms control, where missiles
        are stationed, and how to keep Russian and Western forces from blundering into a military incident.
      </p>

      <nw-demand-table theme=${theme}>
        <table>
          <caption>Russia’s demands, and the answer from NATO and the U.S.</caption>
          <thead>
            <tr><th scope="col">Russia</th><th scope="col">NATO and the U.S.</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            <tr>
              <td>Ukraine must never become a NATO member.</td>
              <td>Rejected: Ukraine has the right to decide its own security arrangements.</td>
              <td>Rejected</td>
            </tr>
            <tr>
              <td>End the open-door policy, with legally binding guarantees against any further eastward expansion.</td>
              <td>Rejected: the door stays open to any European country that wishes to join.</td>
              <td>Rejected</td>
            </tr>
            <tr>
              <td>No other new nation may be admitted to the alliance.</td>
              <td>Rejected as against NATO’s founding principle that it may invite any willing European nation.</td>
              <td>Rejected</td>
            </tr>
            <tr>
              <td>NATO withdraws its troops and missiles.</td>
              <td>Willing to discuss arms control and the deployment of missiles.</td>
              <td>Open</td>
            </tr>
            <tr>
              <td>In exchange, Russia would limit its war games and end low-level hostilities such as aircraft buzzing.</td>
              <td>Willing to discuss ways to prevent military incidents between Russia and the West.</td>
              <td>Open</td>
            </tr>
          </tbody>
        </table>
      </nw-demand-table>

      <p>
        It was the first time the NATO–Russia Council had met in two years. President Vladimir Putin wants the alliance
        to pull its troops and missiles back, and Moscow has massed forces near Ukraine’s border while it waits for an
        answer. NATO summed up the day on X:
      </p>

      <nw-tweet-embed theme=${theme}>
        <blockquote class="twitter-tweet">
          <p lang="en" dir="ltr">
            <a href="https://twitter.com/hashtag/ICYMI?src=hash&amp;ref_src=twsrc%5Etfw">#ICYMI</a>: The NATO-Russia Council,
            which brings together all 30 <a href="https://twitter.com/hashtag/NATO?src=hash&amp;ref_src=twsrc%5Etfw">#NATO</a>
            Allies and <a href="https://twitter.com/hashtag/Russia?src=hash&amp;ref_src=twsrc%5Etfw">#Russia</a>, met in
            Brussels to discuss the situation in and around
            <a href="https://twitter.com/hashtag/Ukraine?src=hash&amp;ref_src=twsrc%5Etfw">#Ukraine</a>, and the implications
            for European security ⤵️<a href="https://t.co/epDFlon3pd">https://t.co/epDFlon3pd</a>
          </p>
          &mdash; NATO (@NATO)
          <a href="https://twitter.com/NATO/status/1481637470556450818?ref_src=twsrc%5Etfw">January 13, 2022</a>
        </blockquote>
      </nw-tweet-embed>

      <p>
        Secretary General Jens Stoltenberg, who chaired the meeting, said allies and Russian envoys had both spoken of
        the need to resume dialogue and agreed to look at a calendar of further meetings.
      </p>

      <nw-tweet-embed theme=${theme}>
        <blockquote class="twitter-tweet">
          <p lang="en" dir="ltr">
            The NATO–Russia Council had a serious exchange on Russia&#39;s military build-up in &amp; around
            <a href="https://twitter.com/hashtag/Ukraine?src=hash&amp;ref_src=twsrc%5Etfw">#Ukraine</a> &amp; implications
            for European security. <a href="https://twitter.com/hashtag/NATO?src=hash&amp;ref_src=twsrc%5Etfw">#NATO</a>
            Allies &amp; <a href="https://twitter.com/hashtag/Russia?src=hash&amp;ref_src=twsrc%5Etfw">#Russia</a> agreed
            to explore a schedule of future meetings. Allies are ready to table proposals &amp; seek constructive outcomes.
            <a href="https://t.co/dszyECAfGe">pic.twitter.com/dszyECAfGe</a>
          </p>
          &mdash; Jens Stoltenberg (@jensstoltenberg)
          <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175?ref_src=twsrc%5Etfw">January 12, 2022</a>
        </blockquote>
      </nw-tweet-embed>

      <p>
        Stoltenberg said the alliance wanted to find ways to lower tensions, but warned that no conversation about
        Ukraine would be easy. The war in the country’s east has gone on since 2014.
      </p>

      <nw-fact-box theme=${theme} updated="2022-01-13">
        <h2>Key facts: NATO, Russia and Ukraine</h2>
        <dl>
          <dt>NATO allies at the table</dt>
          <dd>30</dd>
          <dt>years since the council last met</dt>
          <dd>2</dd>
          <dt>Russia annexed Crimea</dt>
          <dd>2014</dd>
          <dt>people killed in the fighting in eastern Ukraine</dt>
          <dd>14,000+</dd>
          <dt>The Donbas, Ukraine’s industrial heartland, has been devastated.</dt>
          <dt>All 30 allies and Russia met in Brussels.</dt>
        </dl>
        <p>Source: <a href="https://www.nato.int/cps/en/natohq/topics_50091.htm">NATO–Russia Council</a></p>
      </nw-fact-box>

      <p>
        Washington’s negotiator left no doubt about where the United States stood on the membership question.
      </p>

      <nw-quote-card
        theme=${theme}
        speaker=${sherman.speaker}
        speaker-role=${sherman.speakerRole}
        date=${sherman.date}
        source=${sherman.source}
      >
        <blockquote><p>${sherman.quote[0]}</p></blockquote>
      </nw-quote-card>

      <p>
        Moscow’s envoy, Deputy Foreign Minister Alexander Grushko, described the open-door policy as the heart of the
        dispute.
      </p>

      <nw-quote-card theme=${theme} variant="pull" speaker=${grushko.speaker} speaker-role=${grushko.speakerRole}>
        <blockquote><p>${grushko.quote[0]}</p></blockquote>
      </nw-quote-card>

      <p>
        Grushko warned that Russia would turn to military means if negotiations failed to settle the matter.
      </p>
      <p>
        NATO also turned down Russia’s proposal that no further country be admitted to the alliance. In return, Moscow
        had offered to scale back its war games and stop low-level provocations such as aircraft buzzing other
        countries’ planes. Accepting, allies said, would abandon the principle that NATO may invite any willing European
        nation to join.
      </p>
    </div>
  </article>
`;

const meta: Meta<ArticleArgs> = {
  title: 'Article',
  render,
  args: { theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<ArticleArgs>;

/** The NATO–Russia Council story with all four widgets in place. */
export const NatoRussiaCouncil: Story = { name: 'NATO–Russia Council' };

/** The same article in dark mode. */
export const Dark: Story = { args: { theme: 'dark' } };
