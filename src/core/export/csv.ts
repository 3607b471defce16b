/** CSV per RFC 4180: CRLF between records, fields with quotes, commas or line breaks quoted, quotes doubled. */
import type { Fact } from '../facts.js';
import { FILE_COLUMNS, rows } from './table.js';

function field(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One header row, then one row per fact; UTF-8 text (the download adds a BOM for spreadsheets). */
export function toCsv(facts: readonly Fact[]): string {
  return rows(facts, FILE_COLUMNS)
    .map((r) => r.map(field).join(','))
    .join('\r\n')
    .concat('\r\n');
}
