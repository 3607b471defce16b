/** CSV per RFC 4180: CRLF between records, fields with quotes, commas or line breaks quoted, quotes doubled. */
import type { Fact } from '../facts.js';
import { FILE_COLUMNS, neutralize, rows, type Cell } from './table.js';

function field(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Any table as CSV: every cell neutralized (a formula stays text) and quoted where it must be. */
export function csvText(table: ReadonlyArray<readonly Cell[]>): string {
  return table
    .map((r) => r.map((cell) => field(neutralize(cell))).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** One header row, then one row per fact; UTF-8 text (the download adds a BOM for spreadsheets). */
export function toCsv(facts: readonly Fact[]): string {
  return csvText(rows(facts, FILE_COLUMNS));
}
