import { expect } from '@open-wc/testing';
import { isFigure, normaliseFactData, parseFactBox, parseFactJson } from '../../src/fact-box/fact-box.parse.js';

const parse = (markup: string) => {
  const host = document.createElement('div');
  host.innerHTML = markup; // test fixture markup only
  return parseFactBox(host);
};

describe('isFigure', () => {
  it('short values that start with a digit, and numbers, are figures', () => {
    for (const value of ['30', '14,000+', '2014', '€1.2bn', '35%', '-3.5', '٣٠', 14000, 0]) {
      expect(isFigure(value), String(value)).to.equal(true);
    }
  });
  it('words, long text and missing values are not', () => {
    for (const value of [undefined, '', 'Brussels', 'more than 14,000', '2 years of talks that went nowhere at all', Number.NaN]) {
      expect(isFigure(value), String(value)).to.equal(false);
    }
  });
});

describe('parseFactBox', () => {
  it('reads a heading, a <dl> with notes, source links and a <time>', () => {
    const parsed = parse(`
      <h3> Key facts:  NATO </h3>
      <dl>
        <dt>Allies at the table</dt><dd>30</dd>
        <dt>Killed in eastern Ukraine</dt><dd>14,000+ <small>by January 2022</small></dd>
        <div><dt>Crimea annexed</dt><dd>2014</dd><dd>by Russia</dd></div>
      </dl>
      <p>Source: <a href="https://www.nato.int/cps/en/natohq/topics_50091.htm">NATO–Russia Council</a></p>
      <footer>Updated <time datetime="2022-01-13">13 January</time></footer>`);
    expect(parsed.heading).to.equal('Key facts: NATO');
    expect(parsed.headingLevel).to.equal(3);
    expect(parsed.facts).to.deep.equal([
      { label: 'Allies at the table', value: '30' },
      { label: 'Killed in eastern Ukraine', value: '14,000+', note: 'by January 2022' },
      { label: 'Crimea annexed', value: '2014', note: 'by Russia' },
    ]);
    expect(parsed.sources).to.deep.equal([{ label: 'NATO–Russia Council', url: 'https://www.nato.int/cps/en/natohq/topics_50091.htm' }]);
    expect(parsed.updated).to.equal('2022-01-13');
    expect(parsed.problems).to.deep.equal([]);
  });

  it('reads a list: <strong> first makes a figure, the rest are prose facts', () => {
    const parsed = parse(`<ul>
      <li><strong>30</strong> NATO allies at the table</li>
      <li> <b>2</b> years since the council last met <span class="note">first meeting since 2019</span></li>
      <li>The Donbas, Ukraine’s industrial heartland, has been devastated.</li>
      <li>Met in <strong>Brussels</strong></li>
      <li>  </li>
    </ul>`);
    expect(parsed.facts).to.deep.equal([
      { label: 'NATO allies at the table', value: '30' },
      { label: 'years since the council last met', value: '2', note: 'first meeting since 2019' },
      { label: 'The Donbas, Ukraine’s industrial heartland, has been devastated.' },
      { label: 'Met in Brussels' },
    ]);
  });

  it('links inside the facts are not sources; unsafe links are dropped with a problem', () => {
    const parsed = parse(`<ul><li><a href="https://a.example/">In a fact</a></li></ul>
      <footer><a href="javascript:alert(1)">Bad</a> <a href="https://www.nato.int/">  </a></footer>`);
    expect(parsed.sources).to.deep.equal([{ label: 'nato.int', url: 'https://www.nato.int/' }]);
    expect(parsed.problems.map((p) => p.code)).to.deep.equal(['invalid-url']);
  });

  it('a list of links in a footer is not taken for the facts', () => {
    const parsed = parse(`<footer><ul><li><a href="https://a.example/">A</a></li></ul></footer><ol><li>Fact</li></ol>`);
    expect(parsed.facts).to.deep.equal([{ label: 'Fact' }]);
    expect(parsed.sources).to.have.length(1);
  });

  it('an invalid <time datetime> is a problem, not a date', () => {
    const parsed = parse(`<ul><li>Fact</li></ul><time datetime="13/01/2022">13 Jan</time>`);
    expect(parsed.updated).to.equal(undefined);
    expect(parsed.problems[0]!.code).to.equal('invalid-date');
  });

  it('prefers a JSON child and keeps numbers as numbers', () => {
    const parsed = parse(`<script type="application/json">{"heading":"H","facts":[{"label":"allies","value":30}],"sources":[{"label":"NATO","url":"https://www.nato.int/"}],"updated":"2022-01-13"}</script><ul><li>Ignored</li></ul>`);
    expect(parsed.facts).to.deep.equal([{ label: 'allies', value: 30 }]);
    expect(parsed.heading).to.equal('H');
    expect(parsed.updated).to.equal('2022-01-13');
  });

  it('nothing in, nothing out', () => {
    expect(parse('').facts).to.deep.equal([]);
    expect(parse('<p>Only a paragraph</p>').facts).to.deep.equal([]);
  });
});

describe('parseFactJson and normaliseFactData', () => {
  it('invalid JSON and JSON without facts are problems', () => {
    expect(parseFactJson('{ "facts": [ }').problems[0]!.code).to.equal('invalid-json');
    const noFacts = parseFactJson('{"heading":"H"}');
    expect(noFacts.facts).to.equal(undefined);
    expect(noFacts.problems[0]!.code).to.equal('invalid-data');
  });

  it('drops bad facts and sources one by one and keeps the rest', () => {
    const parsed = normaliseFactData({
      facts: [{ label: 'ok', value: 1 }, null, { note: 'no label' }, { value: 'Value only' }, { label: 'x', value: Number.POSITIVE_INFINITY }],
      sources: [{ label: 'bad', url: 'javascript:alert(1)' }, { url: 'https://www.nato.int/x' }],
      updated: 'yesterday',
    });
    expect(parsed.facts).to.deep.equal([{ label: 'ok', value: 1 }, { label: 'Value only' }, { label: 'x' }]);
    expect(parsed.sources).to.deep.equal([{ label: 'nato.int', url: 'https://www.nato.int/x' }]);
    expect(parsed.updated).to.equal(undefined);
    expect(parsed.problems.map((p) => p.code)).to.deep.equal(['invalid-data', 'invalid-data', 'invalid-url', 'invalid-date']);
  });

  it('refuses what is not an object, and facts that are not an array', () => {
    for (const value of [null, 'facts', 42, []]) expect(normaliseFactData(value).problems[0]!.code).to.equal('invalid-data');
    expect(normaliseFactData({ facts: 'many' }).problems[0]!.code).to.equal('invalid-data');
  });

  it('text stays text', () => {
    expect(normaliseFactData({ facts: [{ label: '<img src=x onerror=alert(1)>' }] }).facts).to.deep.equal([
      { label: '<img src=x onerror=alert(1)>' },
    ]);
  });
});
