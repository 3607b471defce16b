/**
 * The series the library holds, from its entries alone (each lists the series its
 * figures join), and how a series and its values read: "U.S. exports of goods and
 * services — level, in dollars".
 */
import { csvText } from '../export/csv.js';
import { formatPercent, formatQuantity, formatUsd } from '../context/format.js';
import type { LibraryEntry } from './record.js';
import type { Series } from './series.js';

export interface SeriesSummary {
  key: string;
  subject: string;
  role: string;
  unit: string;
  /** How many releases have a figure in it. */
  releases: number;
}

export function parseSeriesKey(key: string): Pick<SeriesSummary, 'subject' | 'role' | 'unit'> {
  const [subject = '', role = '', ...unit] = key.split('|');
  return { subject, role, unit: unit.join('|') };
}

/** Every series, those in the most releases first. */
export function seriesIndex(entries: readonly Pick<LibraryEntry, 'series'>[]): SeriesSummary[] {
  const counts = new Map<string, { releases: number; subject: string }>();
  for (const e of entries) {
    for (const { key, subject } of e.series) {
      const seen = counts.get(key);
      counts.set(key, { releases: (seen?.releases ?? 0) + 1, subject: seen?.subject ?? subject });
    }
  }
  return [...counts]
    .map(([key, { releases, subject }]) => ({ key, ...parseSeriesKey(key), subject, releases }))
    .sort((a, b) => b.releases - a.releases || a.subject.localeCompare(b.subject));
}

const ROLES: Record<string, string> = { level: 'level', change: 'change', base: 'earlier value', share: 'share' };

export function unitLabel(unit: string): string {
  if (unit === 'USD') return 'U.S. dollars';
  if (unit === '%') return 'percent';
  // A count a rate names with no noun ("an annual rate of 1,241,000").
  return unit || 'count';
}

export function seriesTitle(summary: Pick<SeriesSummary, 'subject' | 'role' | 'unit'>): string {
  const subject = summary.subject ? `${summary.subject[0]?.toUpperCase()}${summary.subject.slice(1)}` : 'Unnamed';
  return `${subject} — ${ROLES[summary.role] ?? summary.role}, ${unitLabel(summary.unit)}`;
}

/** A value as the series' unit writes it: "$187.9 billion", "15.0%", "1,200 jobs". */
export function formatValue(value: number, unit: string): string {
  if (unit === 'USD') return formatUsd(value);
  if (unit === '%') return formatPercent(value);
  if (unit === 'percentage points') return `${value} percentage points`;
  return formatQuantity(value, unit);
}

/** The series as CSV: a row per point with its period, value, unit, the figure as written and the release it is from. */
export function seriesCsv(series: Series, link: (point: Series['points'][number]) => string): string {
  const header = ['period', 'value', 'unit', 'as written', 'subject', 'release', 'release date', 'link'];
  const rows = series.points.map((p) => [p.dated ? (p.figure.period ?? '') : '', p.value, series.unit, p.figure.text, p.figure.subject, p.release.title, p.release.published ?? '', link(p)]);
  return csvText([header, ...rows]);
}
