/**
 * Publication dates as release pages print them: "Tuesday, December 11, 2007",
 * "Dec. 11, 2007", "11 December 2007", "2007-12-11T09:00:00Z", "12/11/2007", and the
 * Spanish "11 de diciembre de 2007" of Census's releases in Spanish. Returns ISO dates
 * (YYYY-MM-DD) and rejects dates that do not exist.
 */
const EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const MONTH_EN = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_ES = `(${ES.join('|')})`;

const PATTERNS: ReadonlyArray<{ re: RegExp; parts: (m: RegExpExecArray) => [string, number, string] }> = [
  { re: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`), parts: (m) => [m[1] ?? '', Number(m[2]), m[3] ?? ''] },
  { re: new RegExp(String.raw`\b${MONTH_EN}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i'), parts: (m) => [m[3] ?? '', monthEn(m[1]), m[2] ?? ''] },
  { re: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH_EN}\s+(\d{4})\b`, 'i'), parts: (m) => [m[3] ?? '', monthEn(m[2]), m[1] ?? ''] },
  { re: new RegExp(String.raw`\b(\d{1,2})\s+de\s+${MONTH_ES}\s+(?:de|del)\s+(\d{4})\b`, 'i'), parts: (m) => [m[3] ?? '', ES.indexOf((m[2] ?? '').toLowerCase()) + 1, m[1] ?? ''] },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, parts: (m) => [m[3] ?? '', Number(m[1]), m[2] ?? ''] },
];

function monthEn(name: string | undefined): number {
  return EN.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function iso(year: string, month: number, day: string): string | undefined {
  const y = Number(year);
  const d = Number(day);
  if (y < 1990 || y > 2100 || month < 1 || month > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** The words as printed. */
  text: string;
  index: number;
}

/** The earliest date printed in `text`, in any of the formats above. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const value = iso(...parts(m));
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
