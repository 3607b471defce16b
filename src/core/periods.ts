/**
 * The one normalized form of the time a figure refers to, and the arithmetic on it:
 * a year `2006`, a quarter `2004-Q2`, a month `2009-10`, a fiscal year `FY2023`, a span of
 * months `2007-01..2007-05` (year-to-date through May). Measure writes these, context
 * reads them, and the library groups figures by them.
 */
import { MONTHS as MONTH_NAMES, pad2 } from './dates.js';

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'fiscal'; year: number }
  | { kind: 'span'; from: { year: number; month: number }; to: { year: number; month: number } };


const QUARTER_WORDS = ['first', 'second', 'third', 'fourth'];

const ym = (p: { year: number; month: number }): string => `${p.year}-${pad2(p.month)}`;

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'month':
      return ym(p);
    case 'fiscal':
      return `FY${p.year}`;
    case 'span':
      return `${ym(p.from)}..${ym(p.to)}`;
  }
}

const FORM = /^(?:(\d{4})|(\d{4})-Q([1-4])|(\d{4})-(\d{2})|FY(\d{4})|(\d{4})-(\d{2})\.\.(\d{4})-(\d{2}))$/;

export function parsePeriod(text: string | undefined): Period | undefined {
  const m = text === undefined ? null : FORM.exec(text);
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i]);
  if (m[1]) return { kind: 'year', year: n(1) };
  if (m[2]) return { kind: 'quarter', year: n(2), quarter: n(3) };
  if (m[4]) return n(5) >= 1 && n(5) <= 12 ? { kind: 'month', year: n(4), month: n(5) } : undefined;
  if (m[6]) return { kind: 'fiscal', year: n(6) };
  return { kind: 'span', from: { year: n(7), month: n(8) }, to: { year: n(9), month: n(10) } };
}

function shiftMonth(p: { year: number; month: number }, by: number): { year: number; month: number } {
  const index = p.year * 12 + (p.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The period just before, in the same unit; a span's is the same months a year earlier. */
export function previousPeriod(text: string | undefined): string | undefined {
  const p = parsePeriod(text);
  if (!p) return undefined;
  switch (p.kind) {
    case 'year':
    case 'fiscal':
      return formatPeriod({ ...p, year: p.year - 1 });
    case 'quarter':
      return formatPeriod(p.quarter === 1 ? { ...p, year: p.year - 1, quarter: 4 } : { ...p, quarter: p.quarter - 1 });
    case 'month':
      return formatPeriod({ kind: 'month', ...shiftMonth(p, -1) });
    case 'span':
      return yearEarlier(text);
  }
}

/** The same period a year earlier ("from the same period in 2006", "year-over-year"). */
export function yearEarlier(text: string | undefined, years = 1): string | undefined {
  const p = parsePeriod(text);
  if (!p) return undefined;
  if (p.kind === 'span') return formatPeriod({ kind: 'span', from: { ...p.from, year: p.from.year - years }, to: { ...p.to, year: p.to.year - years } });
  return formatPeriod({ ...p, year: p.year - years });
}

/** The same months (or quarter, or month) as `text`, in `year`: "the same period in 2006". */
export function inYear(text: string | undefined, year: number): string | undefined {
  const p = parsePeriod(text);
  if (!p) return undefined;
  const from = p.kind === 'span' ? p.from.year : p.year;
  return yearEarlier(text, from - year);
}

/** Whether `a` ends before `b` does, both of one kind (a month before a later month, a quarter before a later quarter). */
export function isEarlier(a: string | undefined, b: string | undefined): boolean {
  const [p, q] = [parsePeriod(a), parsePeriod(b)];
  if (!p || !q || p.kind !== q.kind) return false;
  const end = (x: Period): number => (x.kind === 'span' ? x.to.year * 12 + x.to.month : x.kind === 'month' ? x.year * 12 + x.month : x.kind === 'quarter' ? x.year * 4 + x.quarter : x.year);
  return end(p) < end(q);
}

/** A calendar year, when the period is one. */
export function calendarYear(text: string | undefined): number | undefined {
  const p = parsePeriod(text);
  return p?.kind === 'year' ? p.year : undefined;
}

/** How a sentence says the period: "2006", "the second quarter of 2004", "October 2009", "fiscal year 2023", "January–May 2007". */
export function describePeriod(text: string): string {
  const p = parsePeriod(text);
  if (!p) return text;
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `the ${QUARTER_WORDS[p.quarter - 1]} quarter of ${p.year}`;
    case 'month':
      return `${MONTH_NAMES[p.month - 1]} ${p.year}`;
    case 'fiscal':
      return `fiscal year ${p.year}`;
    case 'span': {
      const [a, b] = [MONTH_NAMES[p.from.month - 1], MONTH_NAMES[p.to.month - 1]];
      return p.from.year === p.to.year ? `${a}–${b} ${p.to.year}` : `${a} ${p.from.year}–${b} ${p.to.year}`;
    }
  }
}
