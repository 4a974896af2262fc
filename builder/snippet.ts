/**
 * Builds the embed snippets producers paste into a CMS: the script tag plus
 * the widget's markup with its HTML-first fallback content. Plain functions:
 * the builder element and the tests call them. Each `build*` returns the
 * markup tree (see markup.ts) and the problems with the input, field by
 * field, in plain words. Invalid values are left out of the markup.
 */
import { displayHost, formatDate, normaliseText, parseIsoDate, safeImageUrl, safeLinkUrl, t, VERSION } from 'newsroom-widgets/core';
import { STATUSES, statusStringKeys, type DemandRow, type DemandStatus } from 'newsroom-widgets/demand-table/parse';
import { rowsFromTsv } from 'newsroom-widgets/demand-table/tsv';
import { parseBlockquote } from 'newsroom-widgets/tweet-embed/parse';
import { PLATFORM_NAMES, type Platform } from 'newsroom-widgets/tweet-embed/platforms';
import { cleanEmbedCode } from './embed-code.js';
import { el, escapeHtml, serialize, toDom, type Markup } from './markup.js';

export { escapeHtml, serialize, toDom, type Markup };

export type WidgetKind = 'quote' | 'post' | 'demands' | 'facts';

export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/newsroom-widgets@${VERSION}/dist/autoload.js`;

/** Field name → what is wrong with it, in plain words. */
export type Problems = Record<string, string>;

export interface Built {
  /** The widget element with its fallback content. */
  node: Markup;
  problems: Problems;
  /** Set when the widget has nothing to show yet: what the preview says instead. */
  empty?: string;
}

export const MESSAGES = {
  link: 'This is not an http(s) link.',
  image: 'This is not an http(s) image address.',
  date: 'The date must look like 2022-01-12.',
  embed: 'This does not look like embed code from X, Bluesky or Mastodon.',
  rows: 'Each row needs a demand and a response.',
} as const;

const text = normaliseText;

/** Paragraphs separated by blank lines; lines within a paragraph are joined. */
export function paragraphsOf(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map(text)
    .filter(Boolean);
}

function checkDate(value: string, field: string, problems: Problems): string | undefined {
  const date = text(value);
  if (!date) return undefined;
  if (!parseIsoDate(date)) {
    problems[field] = MESSAGES.date;
    return undefined;
  }
  return date;
}

function checkUrl(value: string, field: string, problems: Problems, kind: 'link' | 'image' = 'link'): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const safe = kind === 'link' ? safeLinkUrl(raw) : safeImageUrl(raw);
  if (!safe) problems[field] = MESSAGES[kind];
  // Relative image addresses stay relative: they resolve against the article page.
  return safe ? (kind === 'image' ? raw : safe) : undefined;
}

/** `<script type="module" src="…">`. */
export function scriptTag(url: string): Markup {
  return el('script', { type: 'module', src: text(url) || DEFAULT_SCRIPT_URL });
}

/** The whole snippet: script tag, then the widget. */
export function snippetOf(widget: Markup, scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  return `${serialize(scriptTag(scriptUrl))}\n${serialize(widget)}\n`;
}

function humanDate(iso: string): string {
  return formatDate(iso, 'en')?.text ?? iso;
}

// ---------------------------------------------------------------- quote card

export interface QuoteInput {
  /** Paragraphs separated by a blank line. */
  quote: string;
  speaker: string;
  speakerRole: string;
  date: string;
  source: string;
  cite: string;
  avatar: string;
  variant: 'card' | 'pull';
}

/** `<nw-quote-card>` with the quote as `<figure><blockquote><p>` and the speaker in a `<figcaption>`. */
export function buildQuote(input: QuoteInput): Built {
  const problems: Problems = {};
  const paragraphs = paragraphsOf(input.quote);
  if (!paragraphs.length) problems.quote = 'Write or paste the quote.';
  const date = checkDate(input.date, 'date', problems);
  const cite = checkUrl(input.cite, 'cite', problems);
  const avatar = checkUrl(input.avatar, 'avatar', problems, 'image');
  const speaker = text(input.speaker);
  const role = text(input.speakerRole);
  const source = text(input.source);
  const node = el(
    'nw-quote-card',
    {
      speaker,
      'speaker-role': role,
      date,
      source,
      cite,
      avatar,
      variant: input.variant === 'pull' ? 'pull' : undefined,
    },
    [
      el('figure', {}, [
        el('blockquote', { cite }, paragraphs.map((paragraph) => el('p', {}, [paragraph]))),
        (speaker || role || source) &&
          el('figcaption', {}, [
            '— ',
            speaker && el('cite', {}, [speaker]),
            role && `${speaker ? ', ' : ''}${role}`,
            source && `${speaker || role ? ' · ' : ''}${source}`,
          ]),
      ]),
    ],
  );
  return { node, problems, empty: paragraphs.length ? undefined : 'The card appears here once there is a quote.' };
}

// ---------------------------------------------------------------- fact box

export interface FactsInput {
  heading: string;
  /** One fact a line: "label: value", or a statement without a value. */
  facts: string;
  /** One source a line: "Label | https://…" or a bare link. */
  sources: string;
  updated: string;
}

/** "label: value" → label and value; the last ": " splits, so labels may hold colons. */
export function parseFactLine(line: string): { label: string; value?: string } {
  const value = text(line);
  const at = value.lastIndexOf(': ');
  if (at <= 0) return { label: value };
  const after = value.slice(at + 2).trim();
  return after ? { label: value.slice(0, at).trim(), value: after } : { label: value.slice(0, at).trim() };
}

/** Source lines: "Label | https://…" or a bare link; problems name the line. */
export function parseSourceLines(value: string): { sources: Array<{ label: string; url: string }>; bad: number[] } {
  const sources: Array<{ label: string; url: string }> = [];
  const bad: number[] = [];
  value.split('\n').forEach((line, index) => {
    if (!text(line)) return;
    const bar = line.lastIndexOf('|');
    const label = bar >= 0 ? text(line.slice(0, bar)) : '';
    const url = safeLinkUrl(text(bar >= 0 ? line.slice(bar + 1) : line));
    if (!url) bad.push(index + 1);
    else sources.push({ label: label || displayHost(url), url });
  });
  return { sources, bad };
}

const lineList = (numbers: number[]) => (numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.join(', ')}`);

/** `<nw-fact-box>` with `<h2>`, the facts as `<dl>`, sources as links and `<time>`. */
export function buildFacts(input: FactsInput): Built {
  const problems: Problems = {};
  const facts = input.facts.split('\n').filter((line) => text(line)).map(parseFactLine);
  if (!facts.length) problems.facts = 'Write at least one fact, one a line, like “NATO allies at the table: 30”.';
  const { sources, bad } = parseSourceLines(input.sources);
  if (bad.length) problems.sources = `${MESSAGES.link.replace('.', '')} (${lineList(bad)}). Write “Label | https://…”.`;
  const updated = checkDate(input.updated, 'updated', problems);
  const heading = text(input.heading);
  const node = el('nw-fact-box', {}, [
    heading && el('h2', {}, [heading]),
    el('dl', {}, facts.flatMap((fact) => [el('dt', {}, [fact.label]), fact.value !== undefined && el('dd', {}, [fact.value])])),
    sources.length > 0 &&
        el('p', {}, ['Sources: ', ...sources.flatMap((source, i) => [i ? ', ' : '', el('a', { href: source.url }, [source.label])])]),
    updated && el('p', {}, ['Updated ', el('time', { datetime: updated }, [humanDate(updated)])]),
  ]);
  return { node, problems, empty: facts.length ? undefined : 'The box appears here once there is a fact.' };
}

// ---------------------------------------------------------------- demand table

export interface DemandsInput {
  heading: string;
  demandBy: string;
  responseBy: string;
  /** Rows pasted from a spreadsheet (tab-separated), or typed as "demand | response | status". */
  rows: string;
}

/** Words the fallback table shows for each status: the widget's own English words, so each reads back as the same status. */
export const STATUS_WORDS = Object.fromEntries(STATUSES.map((status) => [status, t('en', statusStringKeys(status).word)])) as Record<DemandStatus, string>;

/** Typed rows use " | " between cells; pasted ones keep their tabs. */
export function toTsv(value: string): string {
  return value
    .split('\n')
    .map((line) => (line.includes('\t') ? line : line.split(/\s*\|\s*/).join('\t')))
    .join('\n');
}

export interface DemandsBuilt extends Built {
  rows: DemandRow[];
  /** Party names found in a pasted header row. */
  header: { demandBy?: string; responseBy?: string };
}

/** `<nw-demand-table>` with a real `<table>`: caption, column headers, the demand as row header. */
export function buildDemands(input: DemandsInput): DemandsBuilt {
  const problems: Problems = {};
  const parsed = rowsFromTsv(toTsv(input.rows));
  const rows = parsed.rows;
  const incomplete = rows.map((row, i) => (!row.demand || !row.response ? i + 1 : 0)).filter(Boolean);
  if (!rows.length) problems.rows = `${MESSAGES.rows} Paste them from a spreadsheet or write one a line.`;
  else if (incomplete.length) problems.rows = `${MESSAGES.rows} Row ${incomplete.join(', ')} ${incomplete.length === 1 ? 'has' : 'have'} only one.`;
  else if (parsed.unknownStatuses.length) {
    problems.rows = `The status “${parsed.unknownStatuses[0]}” is not known. Use rejected, accepted, partly accepted, open to talks, no answer yet or unclear.`;
  }
  const heading = text(input.heading);
  const demandBy = text(input.demandBy) || parsed.demandBy || '';
  const responseBy = text(input.responseBy) || parsed.responseBy || '';
  const hasNotes = rows.some((row) => row.note);
  const complete = rows.filter((row) => row.demand && row.response);
  // The table is the single source: its caption and column headers name the heading and the parties.
  const node = el('nw-demand-table', {}, [
    el('table', {}, [
      heading && el('caption', {}, [heading]),
      el('thead', {}, [
        el('tr', {}, [
          el('th', { scope: 'col' }, [demandBy || 'Demand']),
          el('th', { scope: 'col' }, [responseBy || 'Response']),
          el('th', { scope: 'col' }, ['Status']),
          hasNotes && el('th', { scope: 'col' }, ['Note']),
        ]),
      ]),
      el(
        'tbody',
        {},
        complete.map((row) =>
          el('tr', {}, [
            el('th', { scope: 'row' }, [row.demand]),
            el('td', {}, [row.response]),
            el('td', {}, [STATUS_WORDS[row.status]]),
            hasNotes && el('td', {}, [row.note ?? '']),
          ]),
        ),
      ),
    ]),
  ]);
  const empty = complete.length ? undefined : 'The table appears here once a row has a demand and a response.';
  return { node, problems, empty, rows, header: { demandBy: parsed.demandBy, responseBy: parsed.responseBy } };
}

// ---------------------------------------------------------------- social post

export interface PostInput {
  /** The embed code as the platform gives it. */
  code: string;
  allowOriginal: boolean;
}

export interface Recognised {
  platform: Platform;
  platformName: string;
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
}

export interface PostBuilt extends Built {
  recognised?: Recognised;
}

const NO_POST = 'The post appears here once there is embed code from X, Bluesky or Mastodon.';

/** `<nw-tweet-embed>` around the official embed blockquote, minus the platform's script. */
export function buildPost(input: PostInput): PostBuilt {
  const problems: Problems = {};
  const bare = el('nw-tweet-embed', { 'allow-original': input.allowOriginal });
  if (!text(input.code)) {
    problems.code = 'Paste the embed code of a post from X, Bluesky or Mastodon.';
    return { node: bare, problems, empty: NO_POST };
  }
  const blockquote = cleanEmbedCode(input.code);
  if (!blockquote) {
    problems.code = MESSAGES.embed;
    return { node: bare, problems, empty: NO_POST };
  }
  // Recognise from the cleaned copy: that is what the widget will read.
  const parsed = parseBlockquote(toDom(blockquote) as HTMLQuoteElement);
  const platform = parsed.platform!;
  const recognised: Recognised = {
    platform,
    platformName: PLATFORM_NAMES[platform],
    author: parsed.author,
    handle: parsed.handle,
    date: parsed.date,
    url: parsed.url,
  };
  if (!parsed.url) problems.code = 'The embed code has no link to the post. Copy it again from the post’s “Embed” menu.';
  return { node: el('nw-tweet-embed', { 'allow-original': input.allowOriginal }, [blockquote]), problems, recognised };
}

// ---------------------------------------------------------------- all

export interface BuilderInput {
  quote: QuoteInput;
  facts: FactsInput;
  demands: DemandsInput;
  post: PostInput;
}

/** The built widget for the chosen kind. */
export function buildWidget(kind: WidgetKind, input: BuilderInput): Built & Partial<PostBuilt> & Partial<DemandsBuilt> {
  if (kind === 'quote') return buildQuote(input.quote);
  if (kind === 'facts') return buildFacts(input.facts);
  if (kind === 'demands') return buildDemands(input.demands);
  return buildPost(input.post);
}

/** The script URL field's problem, if any: the snippet needs an absolute http(s) address. */
export function checkScriptUrl(url: string): string | undefined {
  return safeLinkUrl(text(url)) ? undefined : MESSAGES.link;
}

export const WIDGET_LABELS: Record<WidgetKind, string> = {
  quote: 'Quote card',
  post: 'Tweet embed',
  demands: 'Demand table',
  facts: 'Fact box',
};

/** The tag each kind renders, for tests and the preview's label. */
export const WIDGET_TAGS: Record<WidgetKind, string> = {
  quote: 'nw-quote-card',
  post: 'nw-tweet-embed',
  demands: 'nw-demand-table',
  facts: 'nw-fact-box',
};
