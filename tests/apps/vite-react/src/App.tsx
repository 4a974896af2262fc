// An article as a React site would build it: two widgets through the React
// wrappers, two as plain tags (typed by newsroom-widgets/jsx), and two with bad
// input whose nw-error events React handles. tests/apps/run.mjs checks the page.
import { useState } from 'react';
import { QuoteCard, TweetEmbed } from 'newsroom-widgets/react';
import 'newsroom-widgets/demand-table';
import 'newsroom-widgets/fact-box';
import type { FactBoxData } from 'newsroom-widgets';
import type { NwErrorDetail } from 'newsroom-widgets/core';

const facts: FactBoxData = {
  heading: 'Key facts: NATO, Russia and Ukraine',
  facts: [
    { value: '30', label: 'NATO allies at the table' },
    { value: '2014', label: 'Russia annexed Crimea' },
    { value: '14,000+', label: 'people killed in the fighting in eastern Ukraine' },
    { label: 'The Donbas, Ukraine’s industrial heartland, has been devastated.' },
  ],
  sources: [{ label: 'NATO–Russia Council', url: 'https://www.nato.int/cps/en/natohq/topics_50091.htm' }],
  updated: '2022-01-13',
};

interface ReportedError extends NwErrorDetail {
  /** Which handler saw it: the wrapper's `onNwError` or React 19's `onnw-error` on a plain tag. */
  via: 'wrapper' | 'plain tag';
}

export function App() {
  const [errors, setErrors] = useState<ReportedError[]>([]);
  const report = (via: ReportedError['via']) => (event: CustomEvent<NwErrorDetail>) => {
    const { code, message } = event.detail;
    setErrors((seen) => [...seen, { via, code, message }]);
  };

  return (
    <main>
      <h1>NATO and Russia talk, and agree on little</h1>

      <QuoteCard
        id="wrapper-quote"
        speaker="Wendy Sherman"
        speakerRole="U.S. Deputy Secretary of State"
        date="2022-01-12"
        source="After the NATO–Russia Council"
        cite="https://www.state.gov/"
        variant="card"
        onNwError={report('wrapper')}
      >
        <blockquote>
          <p>[Some of Putin’s demands] are simply non-starters.</p>
        </blockquote>
      </QuoteCard>

      <TweetEmbed id="wrapper-post" onNwError={report('wrapper')}>
        <blockquote className="twitter-tweet">
          <p lang="en" dir="ltr">
            The NATO–Russia Council had a serious exchange on Russia&#39;s military build-up in &amp; around{' '}
            <a href="https://twitter.com/hashtag/Ukraine?src=hash">#Ukraine</a> &amp; implications for European security.
          </p>
          &mdash; Jens Stoltenberg (@jensstoltenberg){' '}
          <a href="https://twitter.com/jensstoltenberg/status/1481291296914567175">January 12, 2022</a>
        </blockquote>
      </TweetEmbed>

      <nw-demand-table id="plain-table" demand-by="Russia" response-by="NATO and the U.S." onnw-error={report('plain tag')}>
        <table>
          <caption>Russia’s demands and the NATO answer</caption>
          <thead>
            <tr>
              <th>Russia</th>
              <th>NATO and the U.S.</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Ukraine must never be admitted to NATO.</td>
              <td>Ukraine alone has the right to decide its future security arrangements.</td>
              <td>Rejected</td>
            </tr>
            <tr>
              <td>NATO should pull its troops and missiles out of Ukraine and Eastern Europe.</td>
              <td>Willing to talk about arms control and where missiles are deployed.</td>
              <td>Open</td>
            </tr>
          </tbody>
        </table>
      </nw-demand-table>

      <nw-fact-box id="plain-facts" data={facts} max-visible={6} variant="full" onnw-error={report('plain tag')} />

      <h2>Bad input</h2>
      <QuoteCard id="bad-wrapper" speaker="Alexander Grushko" cite="javascript:alert(1)" onNwError={report('wrapper')}>
        <p>It’s absolutely imperative to end the policy of open doors.</p>
      </QuoteCard>
      <nw-quote-card id="bad-plain" speaker="Jens Stoltenberg" date="the twelfth" onnw-error={report('plain tag')}>
        <p>NATO Allies &amp; Russia agreed to explore a schedule of future meetings.</p>
      </nw-quote-card>

      <output id="errors">
        {errors.map(({ via, code }) => `${via}: ${code}`).join('\n')}
      </output>
    </main>
  );
}
