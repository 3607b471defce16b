/**
 * Where a normalized period (`2006`, `2004-Q2`, `2009-10`, `FY2023`,
 * `2007-01..2007-05`) sits on a time axis, and how a reader says it. A series plots each
 * figure at the middle of its period, in years.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Span {
  /** Fractional years: 2009-10 starts at 2009.75. */
  from: number;
  to: number;
}

function spanOf(period: string): Span | undefined {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { from: Number(m[1]), to: Number(m[1]) + 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) {
    const from = Number(m[1]) + (Number(m[2]) - 1) / 4;
    return { from, to: from + 0.25 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const from = Number(m[1]) + (Number(m[2]) - 1) / 12;
    return { from, to: from + 1 / 12 };
  }
  // The federal fiscal year runs from October to September: FY2023 starts in October 2022.
  m = /^FY(\d{4})$/.exec(period);
  if (m) return { from: Number(m[1]) - 0.25, to: Number(m[1]) + 0.75 };
  m = /^(.+)\.\.(.+)$/.exec(period);
  if (m?.[1] && m[2]) {
    const a = spanOf(m[1]);
    const b = spanOf(m[2]);
    if (a && b && a.from <= b.to) return { from: a.from, to: b.to };
  }
  return undefined;
}

/** The middle of the period in fractional years, or undefined for a form it does not know. */
export function periodPosition(period: string): number | undefined {
  const span = spanOf(period);
  return span ? (span.from + span.to) / 2 : undefined;
}

/** The middle of a calendar day (an ISO date), in fractional years. */
export function datePosition(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const start = Date.UTC(year, 0, 1);
  const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
  const length = Date.UTC(year + 1, 0, 1) - start;
  return Number.isFinite(day) ? year + (day - start + 43_200_000) / length : undefined;
}

/** "September 2015", "2nd quarter 2004", "FY2023", "January–May 2007". */
export function periodLabel(period: string): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(.+)\.\.(.+)$/.exec(period);
  if (m?.[1] && m[2]) {
    const [a, b] = [periodLabel(m[1]), periodLabel(m[2])];
    const sameYear = /\d{4}$/.exec(a)?.[0] === /\d{4}$/.exec(b)?.[0];
    return `${sameYear ? a.replace(/\s\d{4}$/, '') : a}–${b}`;
  }
  return period;
}
