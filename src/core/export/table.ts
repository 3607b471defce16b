/**
 * Facts as rows of cells, shared by the CSV file and the tab-separated clipboard copy.
 * Cells a spreadsheet would run as formulas are neutralized: text is data here.
 */
import { dateOf, textFragmentUrl } from '../facts-citation.js';
import type { Fact } from '../facts.js';

export type Cell = string | number;

export interface Column {
  header: string;
  cell(fact: Fact): Cell;
}

const value = (f: Fact): Cell => f.pinned?.value ?? '';

/** Every field, for a file that can be read back into a table without losing anything a reader wants. */
export const FILE_COLUMNS: readonly Column[] = [
  { header: 'release_title', cell: (f) => f.citation.title },
  { header: 'agency', cell: (f) => f.citation.agency ?? '' },
  { header: 'published', cell: (f) => f.citation.published ?? '' },
  { header: 'url', cell: (f) => f.citation.url },
  { header: 'quote', cell: (f) => f.quote.exact },
  { header: 'note', cell: (f) => f.note },
  { header: 'tags', cell: (f) => f.tags.join('; ') },
  { header: 'fact_kind', cell: (f) => f.kind },
  { header: 'found_kind', cell: (f) => f.pinned?.kind ?? '' },
  { header: 'value', cell: value },
  { header: 'unit', cell: (f) => f.pinned?.unit ?? '' },
  { header: 'detail', cell: (f) => f.pinned?.detail ?? '' },
  { header: 'formula', cell: (f) => f.pinned?.formula ?? '' },
  { header: 'captured', cell: (f) => f.captured },
  { header: 'link_to_quote', cell: (f) => textFragmentUrl(f) },
  { header: 'prefix', cell: (f) => f.quote.prefix },
  { header: 'suffix', cell: (f) => f.quote.suffix },
  { header: 'position_start', cell: (f) => f.position.start },
  { header: 'position_end', cell: (f) => f.position.end },
  { header: 'release_key', cell: (f) => f.releaseKey },
  { header: 'id', cell: (f) => f.id },
];

/** What a grid paste needs: the quote, the reader's words and the citation. */
export const CLIPBOARD_COLUMNS: readonly Column[] = [
  { header: 'Quote', cell: (f) => f.quote.exact },
  { header: 'Note', cell: (f) => f.note },
  { header: 'Tags', cell: (f) => f.tags.join('; ') },
  { header: 'Kind', cell: (f) => f.pinned?.kind ?? f.kind },
  { header: 'Value', cell: value },
  { header: 'Unit', cell: (f) => f.pinned?.unit ?? '' },
  { header: 'Release', cell: (f) => f.citation.title },
  { header: 'Agency', cell: (f) => f.citation.agency ?? '' },
  { header: 'Published', cell: (f) => f.citation.published ?? '' },
  { header: 'Captured', cell: (f) => dateOf(f.captured) },
  { header: 'Link', cell: (f) => textFragmentUrl(f) },
];

/**
 * Text that starts like a formula (=, +, -, @, a tab or carriage return, or their
 * full-width forms) gets a leading apostrophe, as OWASP advises; numbers we wrote
 * ourselves stay numbers.
 */
export function neutralize(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(cell) ? `'${cell}` : cell;
}

/** The header, then a row per fact; `prepare` reshapes text cells before they are neutralized. */
export function rows(facts: readonly Fact[], columns: readonly Column[], prepare: (text: string) => string = (t) => t): string[][] {
  const cell = (c: Column, f: Fact): string => {
    const raw = c.cell(f);
    return neutralize(typeof raw === 'string' ? prepare(raw) : raw);
  };
  return [columns.map((c) => c.header), ...facts.map((f) => columns.map((c) => cell(c, f)))];
}
