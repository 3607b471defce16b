/**
 * Tab-separated text for the clipboard, which spreadsheets paste as a grid. A cell
 * cannot hold a tab or a line break there; the rows' cells are folded to one line.
 */
import type { Fact } from '../facts.js';
import { CLIPBOARD_COLUMNS, rows } from './table.js';

export function toTsv(facts: readonly Fact[]): string {
  return rows(facts, CLIPBOARD_COLUMNS)
    .map((r) => r.join('\t'))
    .join('\n')
    .concat('\n');
}
