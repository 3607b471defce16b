/**
 * Publication dates as release pages print them: "Tuesday, December 11, 2007",
 * "Dec. 11, 2007", "11 December 2007", "2007-12-11T09:00:00Z", "12/11/2007", and the
 * Spanish "11 de diciembre de 2007" of Census's releases in Spanish. Returns ISO dates
 * (YYYY-MM-DD) and rejects dates that do not exist. Month names and the calendar check
 * are core/dates.ts's.
 */
import { isoDay, monthNumber, SPANISH_MONTHS } from '../dates.js';

const MONTH_EN = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_ES = `(${SPANISH_MONTHS.join('|')})`;

/** A form: its pattern and how its match gives [year, month, day]. */
const FORMS: ReadonlyArray<{ re: RegExp; parts: (m: RegExpExecArray) => [string, number, string] }> = [
  { re: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`), parts: (m) => [m[1] ?? '', Number(m[2]), m[3] ?? ''] },
  { re: new RegExp(String.raw`\b${MONTH_EN}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i'), parts: (m) => [m[3] ?? '', monthNumber(m[1]), m[2] ?? ''] },
  { re: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH_EN}\s+(\d{4})\b`, 'i'), parts: (m) => [m[3] ?? '', monthNumber(m[2]), m[1] ?? ''] },
  { re: new RegExp(String.raw`\b(\d{1,2})\s+de\s+${MONTH_ES}\s+(?:de|del)\s+(\d{4})\b`, 'i'), parts: (m) => [m[3] ?? '', monthNumber(m[2]), m[1] ?? ''] },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, parts: (m) => [m[3] ?? '', Number(m[1]), m[2] ?? ''] },
];

/** A release's date is a date of the web era: a year outside this is a number that looks like one. */
function published(year: string, month: number, day: string): string | undefined {
  const y = Number(year);
  return y < 1990 || y > 2100 ? undefined : isoDay(y, month, Number(day));
}

export interface FoundDate {
  iso: string;
  /** The words as printed. */
  text: string;
  index: number;
}

/** The earliest date printed in `text`, in any of the forms above. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, parts } of FORMS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const value = published(...parts(m));
    if (value) best = { iso: value, text: m[0], index: m.index };
  }
  return best;
}

/** How many dates `text` prints (up to `cap`): many of them is how listings look. */
export function countDates(text: string, cap: number): number {
  const re = new RegExp(String.raw`\b${MONTH_EN}\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b`, 'gi');
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}
