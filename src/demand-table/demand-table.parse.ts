/**
 * Reads demands and answers from the three inputs a producer can give: the
 * author's light-DOM `<table>`, a `<script type="application/json">` child,
 * or a plain object (the `data` property); plus tab-separated text copied
 * from a spreadsheet. Plain functions, no rendering: the widget and the
 * tests call them directly. Nothing here throws.
 */

import { jsonChild, type Built, type ContentInputs, type Problem } from '../core/content.js';
import { parseIsoDate } from '../core/i18n.js';
import { definedLocales } from '../core/locale-registry.js';
import type { StringKey } from '../core/strings.js';
import { normaliseText } from '../core/text.js';
import { safeLinkUrl } from '../core/url.js';

export const STATUSES = ['rejected', 'accepted', 'partial', 'open', 'pending', 'unknown'] as const;
export type DemandStatus = (typeof STATUSES)[number];

export interface DemandRow {
  demand: string;
  response: string;
  status: DemandStatus;
  note?: string;
}

export interface DemandSource {
  label: string;
  /** Link to the source; in the normalised `data`, only http(s) URLs are kept. */
  url?: string;
}

/** The normalised content a demand table shows. */
export interface DemandTableData {
  heading?: string;
  /** Who makes the demands (a party, a union, protesters). */
  demandBy?: string;
  /** Who answers them. */
  responseBy?: string;
  rows: DemandRow[];
  sources?: DemandSource[];
  /** ISO 8601 date of the last update. */
  updated?: string;
}

/** What a reader found, plus the status words it could not place (shown as `unknown`). */
export interface ParsedDemands extends Partial<DemandTableData> {
  unknownStatuses: string[];
}

/** Text folded for comparing words: no accents or case, punctuation as spaces. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}?\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Whole phrases (compared after `foldForMatching()`): the status words of every
// language registered (all twelve with the npm entries and the one-file bundle;
// the page's own with the loader), so a table pasted from a translated widget
// reads back, and short English words the patterns below do not cover.
const SYNONYMS: Record<DemandStatus, string> = {
  rejected: 'no|denied',
  accepted: 'yes|met|done',
  partial: 'partial|compromise',
  open: 'open|in talks|under discussion',
  // German "offen" (outstanding) is how many spreadsheets say it.
  pending: 'waiting|unanswered|tbd|offen',
  unknown: 'unknown|n/a|?',
};

/** The UI strings that name a status (`statusRejected`) and count it (`countRejected`). */
export function statusStringKeys(status: DemandStatus): { word: StringKey; count: StringKey } {
  const name = `${status[0]!.toUpperCase()}${status.slice(1)}`;
  return { word: `status${name}` as StringKey, count: `count${name}` as StringKey };
}

let phrases = new Map<string, DemandStatus>();
let phrasesFrom = 0;

/** The phrase table, rebuilt when a language has been registered since. */
function knownPhrases(): Map<string, DemandStatus> {
  const locales = definedLocales();
  if (phrasesFrom === locales.size) return phrases;
  phrasesFrom = locales.size;
  phrases = new Map();
  for (const status of STATUSES) {
    const uiWord = statusStringKeys(status).word;
    for (const word of [...SYNONYMS[status].split('|'), ...Array.from(locales.values(), (strings) => strings[uiWord])]) {
      if (typeof word === 'string') phrases.set(foldForMatching(word), status);
    }
  }
  return phrases;
}

// Longer free text ("Rejected outright", "Partly, see note"): first match wins,
// so negations and "partly accepted" come before plain acceptance.
const PATTERNS: Array<[RegExp, DemandStatus]> = [
  [/\b(no|not yet|without) (answer|response|reply)|\bawait|\bpending\b|\bausstehend/, 'pending'],
  [/\b(partly|partially|in part|teilweise|zum teil|en partie|en parte|parcial)/, 'partial'],
  [/\b(not accepted|non-starter|reject|refus|declin|turned down|ruled out|abgelehnt|zuruckgewiesen|rechaz)/, 'rejected'],
  [/\b(willing|ready|open|prepared|bereit)\b.*\b(talk|discuss|negotiat|gesprach|verhandl)|\bgesprachsbereit|\bverhandl|\bnegoti/, 'open'],
  [/\b(accept|agreed|granted|approved|angenommen|akzeptiert|zugestimmt|aceptad)/, 'accepted'],
];

/**
 * The status a word or phrase names, in any of the widget's languages.
 * Empty text is `unknown` and `recognised`; text no rule knows is `unknown`
 * and not `recognised` (the widget warns about it).
 */
export function normaliseStatus(raw: unknown): { status: DemandStatus; recognised: boolean } {
  const text = normaliseText(raw);
  // A long table repeats a handful of status words: each is read once.
  const locales = definedLocales().size;
  if (locales !== statusCacheFrom) {
    statusCache.clear();
    statusCacheFrom = locales;
  }
  let known = statusCache.get(text);
  if (!known) {
    if (statusCache.size >= 64) statusCache.clear();
    statusCache.set(text, (known = readStatus(text)));
  }
  return { ...known };
}

/** Status words read recently (at most 64; cleared when a language is registered, which adds words). */
const statusCache = new Map<string, { status: DemandStatus; recognised: boolean }>();
let statusCacheFrom = 0;

function readStatus(raw: string): { status: DemandStatus; recognised: boolean } {
  const text = foldForMatching(raw);
  if (!text) return { status: 'unknown', recognised: true };
  const exact = knownPhrases().get(text);
  if (exact) return { status: exact, recognised: true };
  for (const [pattern, status] of PATTERNS) if (pattern.test(text)) return { status, recognised: true };
  return { status: 'unknown', recognised: false };
}

export const STATUS_HEADERS = new Set(
  ['status', 'outcome', 'result', 'state', 'stand', 'ergebnis', 'statut', 'issue', 'estado', 'resultado', 'статус', 'результат', 'الحالة', 'النتيجة'].map(foldForMatching),
);
export const NOTE_HEADERS = new Set(['note', 'notes', 'comment', 'comments', 'anmerkung', 'bemerkung', 'remarque', 'nota', 'примітка', 'примечание', 'ملاحظة'].map(foldForMatching));
// Header words that name a column, not a party: they do not become demandBy/responseBy.
export const GENERIC_HEADERS = new Set(
  ['demand', 'demands', 'request', 'requests', 'response', 'responses', 'answer', 'answers', 'reply', 'forderung', 'forderungen', 'antwort', 'antworten', 'exigence', 'exigences', 'reponse', 'exigencia', 'exigencias', 'respuesta', 'вимога', 'вимоги', 'відповідь', 'требование', 'требования', 'ответ', 'المطلب', 'المطالب', 'الرد'].map(foldForMatching),
);

export function partyName(header: string | undefined): string | undefined {
  const text = normaliseText(header);
  return text && !GENERIC_HEADERS.has(foldForMatching(text)) ? text : undefined;
}

export type Column = 'demand' | 'response' | 'status' | 'note';

/** Which column holds what: by header words when there are any, else by position. */
export function columnsOf(header: string[] | undefined, width: number): Column[] {
  const columns: Column[] = [];
  const free: Column[] = ['demand', 'response', 'status', 'note'];
  for (let i = 0; i < width; i++) {
    const word = foldForMatching(header?.[i] ?? '');
    const named: Column | undefined = STATUS_HEADERS.has(word) ? 'status' : NOTE_HEADERS.has(word) ? 'note' : undefined;
    columns.push(named ?? 'demand');
    if (named) free.splice(free.indexOf(named), 1);
  }
  for (let i = 0; i < width; i++) {
    const word = foldForMatching(header?.[i] ?? '');
    if (!STATUS_HEADERS.has(word) && !NOTE_HEADERS.has(word)) columns[i] = free.shift() ?? 'note';
  }
  return columns;
}

/** Turns cell texts into rows; skips empty rows; collects status words it cannot place. */
export function rowsFromCells(
  cells: Array<{ cells: string[]; status?: string }>,
  columns: Column[],
  unknownStatuses: string[],
): DemandRow[] {
  const rows: DemandRow[] = [];
  for (const line of cells) {
    const value: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      const text = normaliseText(line.cells[i]);
      if (text && !value[column]) value[column] = text;
    });
    if (!value.demand && !value.response) continue;
    const rawStatus = normaliseText(line.status) || value.status || '';
    const { status, recognised } = normaliseStatus(rawStatus);
    if (!recognised) unknownStatuses.push(rawStatus);
    rows.push({ demand: value.demand ?? '', response: value.response ?? '', status, ...(value.note ? { note: value.note } : {}) });
  }
  return rows;
}

/** `el`'s child elements named `name` (or `other`). Walks the siblings: a 5,000-row table reads in one pass. */
function childrenNamed(el: Element, name: string, other?: string): Element[] {
  const found: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === name || child.localName === other) found.push(child);
  }
  return found;
}

/**
 * Reads the author's `<table>`: caption, party names from header cells, rows,
 * `data-status`. Rows and cells are read from the children, as a browser lists
 * them (head, then the table's and bodies' own rows; the foot is not data), so
 * the same code reads a server-side tree.
 */
export function parseTable(table: Element): ParsedDemands {
  const unknownStatuses: string[] = [];
  const head = childrenNamed(table, 'thead').flatMap((section) => childrenNamed(section, 'tr'));
  const body = childrenNamed(table, 'tr', 'tbody').flatMap((child) => (child.localName === 'tr' ? [child] : childrenNamed(child, 'tr')));
  const cellsOf = (row: Element) => childrenNamed(row, 'td', 'th');
  // The header: the head's first row, else a first row of header cells only.
  const first = body[0];
  const firstCells = first ? cellsOf(first) : [];
  const headerRow = head[0] ?? (firstCells.length > 0 && firstCells.every((cell) => cell.localName === 'th') ? first : undefined);
  const bodyRows = body.filter((row) => row !== headerRow).map((row) => ({ row, cells: cellsOf(row) }));
  const header = headerRow ? cellsOf(headerRow).map((cell) => normaliseText(cell.textContent)) : undefined;
  let width = header?.length ?? 0;
  for (const { cells } of bodyRows) width = Math.max(width, cells.length);
  const columns = columnsOf(header, width);
  const rows = rowsFromCells(
    bodyRows.map(({ row, cells }) => ({
      cells: cells.map((cell) => cell.textContent ?? ''),
      status: row.getAttribute('data-status') ?? undefined,
    })),
    columns,
    unknownStatuses,
  );
  const heading = normaliseText(childrenNamed(table, 'caption')[0]?.textContent) || undefined;
  return {
    heading,
    demandBy: partyName(header?.[columns.indexOf('demand')]),
    responseBy: partyName(header?.[columns.indexOf('response')]),
    rows,
    unknownStatuses,
  };
}

/** Reads everything the widget understands from `host`'s light DOM. */
export function parseLightDom(host: Element | null): ParsedDemands & { jsonError?: string } {
  if (!host) return { unknownStatuses: [] };
  const script = Array.from(host.children).find((child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json');
  const table = host.querySelector('table');
  const fromTable: ParsedDemands = table ? parseTable(table) : { unknownStatuses: [] };
  // Links and a <time> next to the table are its sources and date.
  const outside = (el: Element) => !table?.contains(el) && !script?.contains(el);
  const sources = Array.from(host.querySelectorAll('a[href]'))
    .filter(outside)
    .map((a) => ({ label: normaliseText(a.textContent) || (a.getAttribute('href') ?? ''), url: a.getAttribute('href') ?? '' }));
  const time = Array.from(host.querySelectorAll('time[datetime]')).find(outside);
  const base: ParsedDemands = {
    ...fromTable,
    ...(sources.length ? { sources } : {}),
    ...(time ? { updated: time.getAttribute('datetime')?.trim() } : {}),
  };
  const json = jsonChild(host);
  if (!json) return base;
  if ('error' in json) return { ...base, jsonError: json.error };
  const data = normaliseData(json.value);
  if ('error' in data) return { ...base, jsonError: data.error };
  return mergeParsed(base, data.parsed);
}

/** Later values win, field by field; rows only when the later input has some. */
export function mergeParsed(base: ParsedDemands, over: ParsedDemands): ParsedDemands {
  const merged: ParsedDemands = { ...base, unknownStatuses: [...base.unknownStatuses] };
  for (const field of ['heading', 'demandBy', 'responseBy', 'updated'] as const) if (over[field]) merged[field] = over[field];
  if (over.rows?.length) {
    merged.rows = over.rows;
    merged.unknownStatuses = [...over.unknownStatuses];
  }
  if (over.sources?.length) merged.sources = over.sources;
  return merged;
}

/** Parses the text of a JSON child; `error` says what is wrong with it. */
export function parseJson(text: string): { parsed: ParsedDemands } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `the JSON content is not valid JSON (${(error as Error).message}).` };
  }
  return normaliseData(value);
}

/** Normalises an object given as JSON or as the `data` property. */
export function normaliseData(value: unknown): { parsed: ParsedDemands } | { error: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'the data must be an object like {heading, demandBy, responseBy, rows: [{demand, response, status}]}.' };
  }
  const input = value as Record<string, unknown>;
  if (input.rows !== undefined && !Array.isArray(input.rows)) return { error: '"rows" must be an array of {demand, response, status}.' };
  const unknownStatuses: string[] = [];
  const rows: DemandRow[] = [];
  for (const item of (input.rows as unknown[] | undefined) ?? []) {
    if (!item || typeof item !== 'object') continue;
    const row = item as Record<string, unknown>;
    const demand = normaliseText(row.demand);
    const response = normaliseText(row.response);
    if (!demand && !response) continue;
    const rawStatus = normaliseText(row.status);
    const { status, recognised } = normaliseStatus(rawStatus);
    if (!recognised) unknownStatuses.push(rawStatus);
    const note = normaliseText(row.note);
    rows.push({ demand, response, status, ...(note ? { note } : {}) });
  }
  const sources = Array.isArray(input.sources)
    ? input.sources
        .filter((s): s is Record<string, unknown> => Boolean(s) && typeof s === 'object')
        .map((s) => ({ label: normaliseText(s.label) || normaliseText(s.url), url: normaliseText(s.url) }))
        .filter((s) => s.label || s.url)
    : [];
  const text = (field: string) => normaliseText(input[field]) || undefined;
  return {
    parsed: {
      heading: text('heading'),
      demandBy: text('demandBy'),
      responseBy: text('responseBy'),
      updated: text('updated'),
      ...(input.rows !== undefined ? { rows } : {}),
      ...(sources.length ? { sources } : {}),
      unknownStatuses,
    },
  };
}

/** The attributes that feed a demand table's model. */
export interface DemandAttributes {
  heading: string;
  demandBy: string;
  responseBy: string;
  updated: string;
}

/**
 * Builds the demand table's model: attributes, then `data`, then the light
 * DOM (a JSON child over the table). With malformed JSON and no rows from
 * `data`, the model has no rows: the author's table is shown as written.
 */
export function buildDemands({ attributes, parsed, data }: ContentInputs<DemandAttributes, ParsedDemands & { jsonError?: string }>): Built<DemandTableData> {
  const problems: Problem[] = [];
  let fromData: ParsedDemands = { unknownStatuses: [] };
  if (data !== undefined) {
    const result = normaliseData(data);
    if ('error' in result) problems.push({ code: 'invalid-data', message: result.error });
    else fromData = result.parsed;
  }
  if (parsed.jsonError && !fromData.rows?.length) {
    problems.push({ code: 'invalid-json', message: `${parsed.jsonError} The table in the page is shown as written.` });
    return { model: { rows: [] }, problems };
  }
  const fromAttributes: ParsedDemands = {
    heading: normaliseText(attributes.heading) || undefined,
    demandBy: normaliseText(attributes.demandBy) || undefined,
    responseBy: normaliseText(attributes.responseBy) || undefined,
    updated: normaliseText(attributes.updated) || undefined,
    unknownStatuses: [],
  };
  const merged = mergeParsed(mergeParsed(parsed, fromData), fromAttributes);

  const unknown = [...new Set(merged.unknownStatuses)];
  if (unknown.length) {
    const listed = unknown.slice(0, 5).map((word) => `"${word}"`).join(', ') + (unknown.length > 5 ? ', …' : '');
    problems.push({ code: 'unknown-status', message: `status ${listed} is not one of ${STATUSES.join(', ')}; shown as "unknown".` });
  }
  const sources = (merged.sources ?? []).map((source) => {
    const url = safeLinkUrl(source.url) ?? undefined;
    if (source.url && !url) problems.push({ code: 'invalid-url', message: `source "${source.url}" is not an http(s) URL; it is shown without a link.` });
    return url ? { label: source.label || url, url } : { label: source.label };
  });
  const updated = merged.updated && parseIsoDate(merged.updated) ? merged.updated : undefined;
  if (merged.updated && !updated) problems.push({ code: 'invalid-date', message: `updated "${merged.updated}" is not an ISO 8601 date (YYYY-MM-DD); it is not shown.` });
  const rows = merged.rows ?? [];
  if (!rows.length) problems.push({ code: 'empty-content', message: 'no demands found; add a <table> with demand and response columns, or JSON.' });
  return {
    model: {
      heading: merged.heading,
      demandBy: merged.demandBy,
      responseBy: merged.responseBy,
      rows,
      ...(sources.length ? { sources } : {}),
      ...(updated ? { updated } : {}),
    },
    problems,
  };
}
