/** The library's filters (agency, year, kind of release) and the values each can take. */
import type { LibraryEntry } from './record.js';
import type { ReleaseKind } from './release-kind.js';

export interface Filters {
  agency?: string;
  year?: string;
  kind?: ReleaseKind;
}

type Filtered = Pick<LibraryEntry, 'agency' | 'published' | 'lastRead' | 'kind'>;

/** The release's year, or the year it was read when it prints no date. */
export function yearOf(entry: Pick<LibraryEntry, 'published' | 'lastRead'>): string {
  return (entry.published ?? entry.lastRead).slice(0, 4);
}

export function matchesFilters(entry: Filtered, filters: Filters): boolean {
  return (!filters.agency || entry.agency === filters.agency) && (!filters.year || yearOf(entry) === filters.year) && (!filters.kind || entry.kind === filters.kind);
}

export interface Facets {
  agencies: Array<[string, number]>;
  years: Array<[string, number]>;
  kinds: Array<[ReleaseKind, number]>;
}

function counted<T extends string>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Each filter's values with how many releases have them: agencies and kinds by name, years newest first. */
export function facetsOf(entries: readonly Filtered[]): Facets {
  const agencies = [...counted(entries.flatMap((e) => (e.agency ? [e.agency] : [])))].sort((a, b) => a[0].localeCompare(b[0]));
  const years = [...counted(entries.map(yearOf))].sort((a, b) => b[0].localeCompare(a[0]));
  const kinds = [...counted(entries.map((e) => e.kind))].sort((a, b) => a[0].localeCompare(b[0]));
  return { agencies, years, kinds };
}
