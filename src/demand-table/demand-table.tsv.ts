/**
 * Rows of a demand table from text copied out of a spreadsheet (tab-separated,
 * as Excel, Numbers and Google Sheets put it on the clipboard). Used by the
 * embed builder; no widget imports it, so readers never download it.
 */
import { tsvParseRows } from 'd3-dsv';
import { normaliseText } from '../core/text.js';
import {
  GENERIC_HEADERS,
  NOTE_HEADERS,
  STATUS_HEADERS,
  columnsOf,
  rowsFromCells,
  foldForMatching,
  normaliseStatus,
  partyName,
  type DemandRow,
  type ParsedDemands,
} from './demand-table.parse.js';

/** Splits spreadsheet clipboard text into rows of cells ("quoted" cells may hold tabs, newlines and "" quotes); drops empty rows. */
export function splitTsv(text: string): string[][] {
  return tsvParseRows(text.replace(/\r\n?/g, '\n')).filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

const SENTENCE_END = /[.!?;:…]$/;

/** Whether the first of `lines` is a header row (party names or column words), not a demand. */
function looksLikeHeader(first: string[], rest: string[][]): boolean {
  const words = first.map((cell) => foldForMatching(normaliseText(cell)));
  if (words.some((word) => STATUS_HEADERS.has(word) || NOTE_HEADERS.has(word))) return true;
  if (GENERIC_HEADERS.has(words[0] ?? '') || GENERIC_HEADERS.has(words[1] ?? '')) return true;
  const statusCell = normaliseText(first[2]);
  const restHasStatuses = rest.some((cells) => normaliseText(cells[2]) && normaliseStatus(cells[2]).recognised);
  if (statusCell) return restHasStatuses && !normaliseStatus(statusCell).recognised;
  // Two columns: party names are short labels, not sentences, and shorter than what follows.
  const labels = first.slice(0, 2).map(normaliseText);
  const isLabel = (text: string) => text.length > 0 && text.length <= 40 && !SENTENCE_END.test(text) && text.split(' ').length <= 6;
  if (!rest.length || !labels.every(isLabel)) return false;
  const longest = Math.max(...labels.map((l) => l.length));
  const average = rest.reduce((sum, cells) => sum + normaliseText(cells[0]).length + normaliseText(cells[1]).length, 0) / (2 * rest.length);
  return average > longest;
}

/**
 * Rows from tab-separated text copied out of a spreadsheet: columns demand,
 * response, optional status, optional note. A first header row is detected;
 * its first two cells become `demandBy` and `responseBy` (unless they are
 * plain column words like "Demand").
 */
export function rowsFromTsv(text: string): ParsedDemands & { rows: DemandRow[] } {
  const lines = splitTsv(typeof text === 'string' ? text : '');
  const unknownStatuses: string[] = [];
  if (!lines.length) return { rows: [], unknownStatuses };
  const [first, ...rest] = lines as [string[], ...string[][]];
  const hasHeader = looksLikeHeader(first, rest);
  const header = hasHeader ? first : undefined;
  const body = hasHeader ? rest : lines;
  const width = Math.max(header?.length ?? 0, ...body.map((cells) => cells.length));
  const columns = columnsOf(header, width);
  const rows = rowsFromCells(body.map((cells) => ({ cells })), columns, unknownStatuses);
  const demandBy = partyName(header?.[columns.indexOf('demand')]);
  const responseBy = partyName(header?.[columns.indexOf('response')]);
  return { ...(demandBy ? { demandBy } : {}), ...(responseBy ? { responseBy } : {}), rows, unknownStatuses };
}
