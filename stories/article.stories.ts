import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/index.js';
import { natoRussia } from '../content/demands.js';
import { natoFacts } from '../content/facts.js';
import { embedTemplate, nato, stoltenberg } from '../content/posts.js';
import { grushko, sherman } from '../content/quotes.js';
import { plainTable } from './demand-table.stories.js';
import { articleStyles } from './article.styles.js';
import { themeArgType } from './arg-types.js';

/** The seed's key facts as a producer writes them: a `<dl>`, values in `<dd>`. */
const factList = html`<dl>
  ${natoFacts.facts.map(
    (fact) => html`<dt>${fact.label}</dt>
      ${fact.value === undefined ? nothing : html`<dd>${fact.value}</dd>`}`,
  )}
</dl>`;

/** Wendy Sherman's quote as a producer pastes it. */
const shermanCard = (theme: ArticleArgs['theme']) => html`<nw-quote-card
  theme=${theme}
  speaker=${sherman.speaker}
  speaker-role=${sherman.speakerRole}
  date=${sherman.date}
  source=${sherman.source}
>
  <blockquote><p>${sherman.quote[0]}</p></blockquote>
</nw-quote-card>`;

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

      <nw-demand-table theme=${theme}>${plainTable({ ...natoRussia, withStatus: true })}</nw-demand-table>

      <p>
        It was the first time the NATO–Russia Council had met in two years. President Vladimir Putin wants the alliance
        to pull its troops and missiles back from Ukraine. NATO summed up the day on X:
      </p>

      <nw-tweet-embed theme=${theme}>${embedTemplate(nato)}</nw-tweet-embed>

      <p>
        Secretary General Jens Stoltenberg, who chaired the meeting, said allies and Russian envoys had both spoken of
        the need to resume dialogue and agreed to look at a calendar of further meetings.
      </p>

      <nw-tweet-embed theme=${theme}>${embedTemplate(stoltenberg)}</nw-tweet-embed>

      <p>
        Stoltenberg said the alliance wanted to find ways to lower tensions, but warned that no conversation about
        Ukraine would be easy. Russia annexed Crimea in 2014 and has backed separatists in eastern Ukraine, where
        more than 14,000 people have been killed and the industrial heartland of the Donbas lies devastated.
      </p>

      <nw-fact-box theme=${theme}>
        <h2>${natoFacts.heading}</h2>
        ${factList}
        <p>
          ${natoFacts.sources?.map((source) => html`Source: <a href=${source.url}>${source.label}</a>`)} ·
          <time datetime=${natoFacts.updated ?? nothing}>January 13, 2022</time>
        </p>
      </nw-fact-box>

      <p>
        Washington’s negotiator left no doubt about where the United States stood on the membership question.
      </p>

      ${shermanCard(theme)}

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
  tags: ['!autodocs'],
  render,
  args: { theme: 'auto' },
  argTypes: { theme: themeArgType },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<ArticleArgs>;

/** The NATO–Russia Council story with all four widgets in place. */
export const NatoRussiaCouncil: Story = { name: 'NATO–Russia Council' };

/** The same article in dark mode. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The four widgets side by side, as the README shows them. */
export const AllWidgets: Story = {
  name: 'All four widgets',
  render: ({ theme }) => html`
    ${articleStyles}
    <div class=${`article article--${theme} overview`}>
      <div class="overview__column">
        ${shermanCard(theme)}
        <nw-tweet-embed theme=${theme}>${embedTemplate(stoltenberg)}</nw-tweet-embed>
        <nw-fact-box theme=${theme} variant="compact" max-visible="4">
          <h2>${natoFacts.heading}</h2>
          ${factList}
        </nw-fact-box>
      </div>
      <div class="overview__column">
        <nw-demand-table theme=${theme}>${plainTable({ ...natoRussia, withStatus: true, rows: natoRussia.rows.slice(0, 3) })}</nw-demand-table>

      </div>
    </div>
  `,
};
