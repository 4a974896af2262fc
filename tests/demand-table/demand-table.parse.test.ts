import { expect } from '@open-wc/testing';
import '../../src/locales/all.js';
import { STRINGS, type StringKey } from '../../src/core/strings.js';
import {
  normaliseData,
  normaliseStatus,
  parseJson,
  parseLightDom,
  parseTable,
} from '../../src/demand-table/demand-table.parse.js';
import { rowsFromTsv, splitTsv } from '../../src/demand-table/demand-table.tsv.js';

const tableOf = (markup: string) => {
  const host = document.createElement('div');
  host.innerHTML = markup; // test fixture markup only
  return host;
};

describe('normaliseStatus', () => {
  const cases: Array<[string, string]> = [
    ['Rejected', 'rejected'],
    ['  REJECTED ', 'rejected'],
    ['abgelehnt', 'rejected'],
    ['Rejected outright', 'rejected'],
    ['not accepted', 'rejected'],
    ['مرفوض', 'rejected'],
    ['Accepted', 'accepted'],
    ['Angenommen', 'accepted'],
    ['partly', 'partial'],
    ['Partly accepted', 'partial'],
    ['teilweise angenommen', 'partial'],
    ['open to talks', 'open'],
    ['Willing to discuss', 'open'],
    ['Gesprächsbereit', 'open'],
    ['Ouvert à la discussion', 'open'],
    ['pending', 'pending'],
    ['No answer yet', 'pending'],
    ['offen', 'pending'],
    ['?', 'unknown'],
    ['Unclear', 'unknown'],
  ];
  for (const [text, status] of cases) {
    it(`"${text}" is ${status}`, () => {
      expect(normaliseStatus(text).status).to.equal(status);
    });
  }

  it('reads back the status words of every language the widget speaks', () => {
    for (const [lang, strings] of Object.entries(STRINGS)) {
      for (const status of ['rejected', 'accepted', 'partial', 'open', 'pending', 'unknown']) {
        const word = strings[`status${status[0]!.toUpperCase()}${status.slice(1)}` as StringKey] as string;
        expect(normaliseStatus(word), `${lang}: ${word}`).to.deep.equal({ status, recognised: true });
      }
    }
  });

  it('says when it does not recognise a word, and accepts empty as unknown', () => {
    expect(normaliseStatus('banana')).to.deep.equal({ status: 'unknown', recognised: false });
    expect(normaliseStatus('')).to.deep.equal({ status: 'unknown', recognised: true });
    expect(normaliseStatus(undefined)).to.deep.equal({ status: 'unknown', recognised: true });
  });
});

describe('parseTable', () => {
  it('reads caption, party names from header cells, rows, status and note columns', () => {
    const host = tableOf(`<table>
      <caption> Russia’s demands </caption>
      <thead><tr><th>Russia</th><th>NATO and the U.S.</th><th>Status</th><th>Note</th></tr></thead>
      <tbody>
        <tr><th scope="row">Ukraine never joins</th><td>Ukraine decides</td><td>Rejected</td><td></td></tr>
        <tr><td>Withdraw troops</td><td>Open to arms control talks</td><td>open to talks</td><td>Missiles only</td></tr>
        <tr><td> </td><td></td><td>Rejected</td><td></td></tr>
      </tbody></table>`);
    const parsed = parseTable(host.querySelector('table')!);
    expect(parsed.heading).to.equal('Russia’s demands');
    expect(parsed.demandBy).to.equal('Russia');
    expect(parsed.responseBy).to.equal('NATO and the U.S.');
    expect(parsed.rows).to.deep.equal([
      { demand: 'Ukraine never joins', response: 'Ukraine decides', status: 'rejected' },
      { demand: 'Withdraw troops', response: 'Open to arms control talks', status: 'open', note: 'Missiles only' },
    ]);
    expect(parsed.unknownStatuses).to.deep.equal([]);
  });

  it('takes data-status on the row over the status column, and reports unknown words', () => {
    const host = tableOf(`<table><tr><td>A</td><td>B</td><td>whatever</td></tr>
      <tr data-status="partial"><td>C</td><td>D</td><td>Rejected</td></tr></table>`);
    const parsed = parseTable(host.querySelector('table')!);
    expect(parsed.rows!.map((row) => row.status)).to.deep.equal(['unknown', 'partial']);
    expect(parsed.unknownStatuses).to.deep.equal(['whatever']);
    expect(parsed.demandBy).to.equal(undefined);
  });

  it('does not take generic column words as party names; finds columns by header words', () => {
    const host = tableOf(`<table><tr><th>Status</th><th>Demand</th><th>Response</th></tr>
      <tr><td>accepted</td><td>Pay rise</td><td>Agreed</td></tr></table>`);
    const parsed = parseTable(host.querySelector('table')!);
    expect(parsed.demandBy).to.equal(undefined);
    expect(parsed.responseBy).to.equal(undefined);
    expect(parsed.rows).to.deep.equal([{ demand: 'Pay rise', response: 'Agreed', status: 'accepted' }]);
  });
});

describe('parseLightDom and JSON', () => {
  it('reads sources and the date next to the table', () => {
    const parsed = parseLightDom(
      tableOf(`<table><tr><td>A</td><td>B</td></tr></table><p>Source: <a href="https://www.nato.int/">NATO</a>, <time datetime="2022-01-13">13 Jan</time></p>`),
    );
    expect(parsed.sources).to.deep.equal([{ label: 'NATO', url: 'https://www.nato.int/' }]);
    expect(parsed.updated).to.equal('2022-01-13');
  });

  it('a JSON child wins over the table, field by field', () => {
    const parsed = parseLightDom(
      tableOf(`<script type="application/json">{"heading":"From JSON","rows":[{"demand":"J","response":"R","status":"accepted"}]}</script>
        <table><caption>From table</caption><tr><th>Union</th><th>Board</th></tr><tr><td>A</td><td>B</td></tr></table>`),
    );
    expect(parsed.heading).to.equal('From JSON');
    expect(parsed.demandBy).to.equal('Union');
    expect(parsed.rows).to.deep.equal([{ demand: 'J', response: 'R', status: 'accepted' }]);
  });

  it('reports malformed JSON and keeps what the table says', () => {
    const parsed = parseLightDom(tableOf(`<script type="application/json">{"rows": [</script><table><tr><td>A</td><td>B</td></tr></table>`));
    expect(parsed.jsonError).to.match(/not valid JSON/);
    expect(parsed.rows).to.have.length(1);
  });

  it('normalises data: text only, skips empty rows, unknown statuses listed', () => {
    const result = normaliseData({
      heading: '  A   heading ',
      rows: [{ demand: 'X', response: 'Y', status: 'ACCEPTED' }, { demand: '', response: ' ' }, null, { demand: '<b>bold</b>', response: 2, status: 'maybe?' }],
      sources: [{ label: 'S', url: 'https://a.example/' }, 'junk'],
    });
    if ('error' in result) throw new Error(result.error);
    expect(result.parsed.heading).to.equal('A heading');
    expect(result.parsed.rows).to.deep.equal([
      { demand: 'X', response: 'Y', status: 'accepted' },
      { demand: '<b>bold</b>', response: '2', status: 'unknown' },
    ]);
    expect(result.parsed.unknownStatuses).to.deep.equal(['maybe?']);
    expect(result.parsed.sources).to.deep.equal([{ label: 'S', url: 'https://a.example/' }]);
  });

  it('refuses data that is not an object, and rows that are not an array', () => {
    expect(normaliseData('rows')).to.have.property('error');
    expect(normaliseData([1])).to.have.property('error');
    expect(normaliseData({ rows: 'a' })).to.have.property('error');
    expect(parseJson('[]')).to.have.property('error');
  });
});

describe('rowsFromTsv', () => {
  it('detects a header row of party names and a status column', () => {
    const result = rowsFromTsv('Union\tManagement\tStatus\nPay rise of 5%\tOffered 3%\tpartly\nFour-day week\tNo\trejected\n');
    expect(result.demandBy).to.equal('Union');
    expect(result.responseBy).to.equal('Management');
    expect(result.rows).to.deep.equal([
      { demand: 'Pay rise of 5%', response: 'Offered 3%', status: 'partial' },
      { demand: 'Four-day week', response: 'No', status: 'rejected' },
    ]);
  });

  it('detects a header whose status cell is not a status while the rows have statuses', () => {
    const result = rowsFromTsv('Russia\tNATO\tOutcome so far\nUkraine never joins\tUkraine decides\tRejected');
    expect(result.demandBy).to.equal('Russia');
    expect(result.rows).to.have.length(1);
  });

  it('treats a first row of sentences as data, and reads a note column', () => {
    const result = rowsFromTsv('Ukraine must never join NATO.\tUkraine decides its own security arrangements.\tRejected\tA founding principle\r\nWithdraw troops.\tWilling to talk.\topen to talks\t');
    expect(result.demandBy).to.equal(undefined);
    expect(result.rows).to.deep.equal([
      {
        demand: 'Ukraine must never join NATO.',
        response: 'Ukraine decides its own security arrangements.',
        status: 'rejected',
        note: 'A founding principle',
      },
      { demand: 'Withdraw troops.', response: 'Willing to talk.', status: 'open' },
    ]);
  });

  it('two columns: short party labels above longer demands are a header', () => {
    const result = rowsFromTsv('Protesters\tCity council\nKeep the library open on Sundays\tThe council will review the budget in spring');
    expect(result.demandBy).to.equal('Protesters');
    expect(result.responseBy).to.equal('City council');
    expect(result.rows[0]!.status).to.equal('unknown');
  });

  it('generic column words are a header but not party names', () => {
    const result = rowsFromTsv('Demand\tResponse\nA\tB');
    expect(result.demandBy).to.equal(undefined);
    expect(result.rows).to.deep.equal([{ demand: 'A', response: 'B', status: 'unknown' }]);
  });

  it('reads quoted spreadsheet cells with tabs, newlines and quotes; skips empty lines; lists unknown statuses', () => {
    expect(splitTsv('"a\tb"\t"line 1\nline ""2"""\n\n\t\nc\td')).to.deep.equal([
      ['a\tb', 'line 1\nline "2"'],
      ['c', 'd'],
    ]);
    const result = rowsFromTsv('"Long\ndemand"\tMaybe later\tsideways');
    expect(result.rows).to.deep.equal([{ demand: 'Long demand', response: 'Maybe later', status: 'unknown' }]);
    expect(result.unknownStatuses).to.deep.equal(['sideways']);
    expect(rowsFromTsv('').rows).to.deep.equal([]);
  });
});
