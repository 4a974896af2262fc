import { html } from 'lit';

/** The look of a quality news site's article page, for the Article story only. */
export const articleStyles = html`<style>
  .article {
    --page-bg: #ffffff;
    --page-text: #1b1b1b;
    --page-muted: #5b5b5b;
    --page-rule: #dedad3;
    --page-kicker: #a8201a;
    background: var(--page-bg);
    color: var(--page-text);
    font-family: Georgia, 'Iowan Old Style', 'Times New Roman', serif;
    font-size: 1.125rem;
    line-height: 1.6;
    padding: 1.5rem 1rem 3rem;
    min-height: 100vh;
    box-sizing: border-box;
  }
  .article--dark {
    --page-bg: #111214;
    --page-text: #eceae6;
    --page-muted: #b8b3ab;
    --page-rule: #3a3d43;
    --page-kicker: #ff8f85;
  }
  @media (prefers-color-scheme: dark) {
    .article--auto {
      --page-bg: #111214;
      --page-text: #eceae6;
      --page-muted: #b8b3ab;
      --page-rule: #3a3d43;
      --page-kicker: #ff8f85;
    }
  }
  .article__header,
  .article__body {
    max-width: 42rem;
    margin-inline: auto;
  }
  .article__header {
    border-block-end: 1px solid var(--page-rule);
    padding-block-end: 1.25rem;
    margin-block-end: 1.5rem;
  }
  .article__kicker {
    margin: 0 0 0.5rem;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--page-kicker);
  }
  .article__headline {
    margin: 0 0 0.75rem;
    font-size: clamp(1.75rem, 5vw, 2.75rem);
    line-height: 1.12;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .article__standfirst {
    margin: 0 0 1rem;
    font-size: 1.25rem;
    line-height: 1.45;
    color: var(--page-muted);
  }
  .article__byline {
    margin: 0;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    font-size: 0.875rem;
    color: var(--page-muted);
  }
  .article__author {
    font-weight: 700;
    color: var(--page-text);
  }
  .article__dateline {
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.03em;
  }
  .article__body > p {
    margin: 0 0 1.25rem;
  }
  .article__body > nw-tweet-embed,
  .article__body > nw-demand-table,
  .article__body > nw-fact-box {
    margin-block: 2rem;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  .article__body > nw-quote-card {
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: 0 2rem;
    align-items: start;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  .overview__column > * {
    margin-block: 0 1.5rem;
  }
</style>`;
