/**
 * The calendar words releases print and the one test that a date exists, shared by the
 * detector's publication date (core/detect/published-date.ts) and extraction's dates
 * (core/extract/dates.ts), so both read a month name and reject a 31 April alike.
 */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The abbreviations releases use, "Sept" among them. */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Census publishes releases in Spanish too: "11 de diciembre de 2007". */
export const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ENGLISH_PREFIXES = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/** 1–12 for an English month name or abbreviation, or a Spanish month name, in any case; 0 for anything else. */
export function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').replace(/\.$/, '').toLowerCase();
  const spanish = SPANISH_MONTHS.indexOf(lower);
  if (spanish >= 0) return spanish + 1;
  const english = ENGLISH_PREFIXES.indexOf(lower.slice(0, 3));
  if (english < 0) return 0;
  const full = (MONTHS[english] ?? '').toLowerCase();
  const known = full.startsWith(lower) || MONTH_ABBREVIATIONS.some((a) => a.toLowerCase() === lower);
  return known ? english + 1 : 0;
}

/** Whether the day exists: 29 February only in leap years, no 31 April. */
export function dateExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD, or undefined when the day does not exist. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  return dateExists(year, month, day) ? `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` : undefined;
}
