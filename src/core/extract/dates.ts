/**
 * Dates as releases write them: `Tuesday, December 11, 2007`, `Dec. 11, 2007`, `Sept. 28`
 * (the year implied by the release), ranges (`Sept. 28-Oct. 4, 2008`, `December 11-13,
 * 2007`, as ISO 8601 intervals), `11 December 2007`, `December 2007`, quarters
 * (`the fourth quarter of 2007` → `2007-Q4`), fiscal years and bare years.
 */
import { dateExists, MONTH_ABBREVIATIONS, monthNumber, MONTHS, pad2, WEEKDAYS } from '../dates.js';
import type { AnnotationDraft as Draft } from '../model.js';
import { COUNT } from './period-patterns.js';

const MONTH_NAMES = [...MONTHS, 'Sept', ...MONTH_ABBREVIATIONS.filter((a) => a !== 'Sept')];
// Datelines in capitals too: "WEDNESDAY, JULY 12, 2006", "SEPT. 20, 2017".
const MONTH = `(?<![A-Za-z])(${[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.toUpperCase())].join('|')})\\.?(?![A-Za-z])`;
/** "between January 6 and January 15, 1999": "and" joins two times into a span only after "between". */
const BETWEEN_AND = '(?<=\\b[Bb]etween\\s[A-Z][a-z]+\\.?(?:\\s\\d{1,2})?(?:,?\\s(?:19|20)\\d\\d)?)\\sand\\s';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])';
const DATE = new RegExp(`(?:(${[...WEEKDAYS, ...WEEKDAYS.map((d) => d.toUpperCase())].join('|')}),?\\s)?${MONTH}\\s${DAY}(?:(?:\\s?[-–]\\s?|\\s(?:to|through)\\s|${BETWEEN_AND})(?:${MONTH}\\s)?${DAY})?(?:,?\\s((?:19|20)\\d\\d)(?!\\d))?`, 'g');
/** "between November 30, 2001 and February 11, 2002": two full dates a span joins. */
const FULL_DATE_SPAN = new RegExp(`(?<=\\b[Bb]etween\\s)${MONTH}\\s${DAY},?\\s((?:19|20)\\d\\d),?\\sand\\s${MONTH}\\s${DAY},?\\s((?:19|20)\\d\\d)(?!\\d)`, 'g');
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})\\s${MONTH}\\s((?:19|20)\\d\\d)(?!\\d)`, 'g');
const MONTH_YEAR = new RegExp(`${MONTH}\\s(?:of\\s)?((?:19|20)\\d\\d)(?!\\d)`, 'g');
// "to" joins a span only where no "from" opens it: "from April to May 2007" names two months.
const SPAN_JOIN = `(?:\\s?(?:-|–|—)\\s?|\\sthrough\\s|(?<!\\bfrom\\s[A-Z][a-z]+(?:\\s(?:19|20)\\d\\d)?)\\sto\\s)`;
/** "in August", "the November mission", "the revised August rate", "the Department’s November report", "between April and May", "the January through March period": a month (or span of months) named alone, in the year of the dates around it. */
const BARE_MONTH_LEADS = ['in', 'during', 'for', 'of', 'since', 'from', 'through', 'until', 'by', 'the', 'and', 'or', 'than', 'to', 'between', 'last', 'this', 'next', 'early', 'late', 'revised', 'preliminary', 'advance', 'previous', 'prior', 'same', 'latest'];
/** A lead word opens a sentence too ("During May, events …", "The October report …"). */
const BARE_MONTH_LEAD = BARE_MONTH_LEADS.map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`).join('|');
const BARE_MONTH = new RegExp(`(?<=\\(|\\bmid-|(?:\\b(?:${BARE_MONTH_LEAD})|['’]s)\\s)(${MONTHS.join('|')})(?:${SPAN_JOIN}(${MONTHS.join('|')}))?(?![A-Za-z])(?!\\.?\\s?\\d)(?!\\s(?:of\\s)?(?:19|20)\\d\\d)(?!\\s(?:be|not|have|also)\\b)`, 'g');
/** "January–May 2007", "January through May 2007", "the January to February 2000 percent change": a span of months, as an ISO interval. */
const MONTH_SPAN = new RegExp(`(?<![A-Za-z])(${MONTHS.join('|')})${SPAN_JOIN}(${MONTHS.join('|')})\\s(?:of\\s)?((?:19|20)\\d\\d)(?!\\d)`, 'g');
/** "January 1993 through March 2000", "the February 2016 to March 2016 percent change", "between October 1999 and June 2002". */
const MONTH_YEAR_SPAN = new RegExp(`(?<![A-Za-z])(${MONTHS.join('|')})\\s((?:19|20)\\d\\d)(?:${SPAN_JOIN}|${BETWEEN_AND})(${MONTHS.join('|')})\\s((?:19|20)\\d\\d)(?!\\d)`, 'g');
/** "the first half of 2011", "the first three quarters of 2012": the months they span. */
const PART_OF_YEAR = /(?<![A-Za-z])(first|second)\s(half|two\squarters|three\squarters)\sof\s((?:19|20)\d\d)(?!\d)/gi;
const PART_MONTHS: Readonly<Record<string, readonly [number, number]>> = { 'first half': [1, 6], 'second half': [7, 12], 'first two quarters': [1, 6], 'first three quarters': [1, 9] };
/** "the first eleven months of 2007": January through the eleventh. */
const FIRST_MONTHS = /(?<![A-Za-z])first\s(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\smonths\sof\s((?:19|20)\d\d)(?!\d)/gi;
/** `12/11/2007`: U.S. order, month first. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g;
/** `2016-03-07`, as sites print a page's last update. */
const ISO_DAY = /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g;
const ORDINAL_QUARTER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const QUARTER = /(?<![A-Za-z])(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]quarter(?:\sof)?,?\s((?:19|20)\d\d)(?!\d)|(?<![A-Za-z])Q([1-4])\s?((?:19|20)\d\d)(?!\d)|(?<![\d-])((?:19|20)\d\d)Q([1-4])(?![\dA-Za-z])/gi;
const QUARTER_JOIN = /^\s?(?:-|–|—|through|to)\s?/;
/** "the first quarter", "(first quarter)", "first-quarter estimates": a quarter named without its year. */
const BARE_QUARTER = /(?<![A-Za-z-])(first|second|third|fourth|final)[\s-]quarter(?!s)(?!,?\s(?:of\s)?(?:19|20)\d\d)(?![A-Za-z])/gi;
const FISCAL_YEAR = /(?<![A-Za-z])(?:fiscal\syear|FY)\s?((?:19|20)\d\d|'?\d\d)(?!\d)/gi;
const YEAR = /(?<![\d$.,])(19\d\d|20\d\d)(?![\d%])/g;

/** A date with its year, where the text writes it. */
interface FullDate {
  at: number;
  year: number;
  month: number;
}

/** The year a date without one means: the last full date before it, else the release's first. */
function impliedYears(full: readonly FullDate[]): (at: number) => number | undefined {
  return (at) => {
    let year = full[0]?.year;
    for (const f of full) {
      if (f.at > at) break;
      year = f.year;
    }
    return year;
  };
}

export function findDates(text: string, options: { published?: string } = {}): Draft[] {
  const drafts: Draft[] = [];
  const written = [...text.matchAll(DATE)];
  const full: FullDate[] = written.filter((m) => m[6]).map((m) => ({ at: m.index, year: Number(m[6]), month: monthNumber(m[2]) }));
  const yearAt = impliedYears(full);
  const publishedYear = /^\d{4}/.test(options.published ?? '') ? Number(options.published?.slice(0, 4)) : undefined;
  const anchors = anchorsOf(full, options.published, firstPeriodWritten(text));
  for (const m of written) {
    const [, weekday, month1, day1, month2, day2, yearText] = m;
    // "WASHINGTON, April 15 /PRNewswire/ --": a dateline without its year is in the release's.
    const year = yearText ? Number(yearText) : (yearAt(m.index) ?? publishedYear);
    if (!year) continue;
    const m1 = monthNumber(month1);
    const d1 = Number(day1);
    if (!dateExists(year, m1, d1)) continue;
    const first = `${year}-${pad2(m1)}-${pad2(d1)}`;
    const base = { kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length } as const;
    if (day2) {
      const m2 = month2 ? monthNumber(month2) : m1;
      const year2 = m2 < m1 ? year + 1 : year;
      if (!dateExists(year2, m2, Number(day2))) continue;
      drafts.push({ ...base, iso: `${first}/${year2}-${pad2(m2)}-${pad2(Number(day2))}` });
    } else {
      drafts.push(weekday ? { ...base, iso: first, weekday } : { ...base, iso: first });
    }
  }
  for (const m of text.matchAll(FULL_DATE_SPAN)) {
    const [from, to] = [[Number(m[3]), monthNumber(m[1]), Number(m[2])], [Number(m[6]), monthNumber(m[4]), Number(m[5])]] as const;
    const iso = ([y, mo, d]: readonly [number, number, number]) => `${y}-${pad2(mo)}-${pad2(d)}`;
    if (dateExists(...from) && dateExists(...to) && iso(from) < iso(to)) drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${iso(from)}/${iso(to)}` });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const [y, mo, d] = [Number(m[3]), monthNumber(m[2]), Number(m[1])];
    if (dateExists(y, mo, d)) drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${y}-${pad2(mo)}-${pad2(d)}` });
  }
  for (const m of text.matchAll(MONTH_SPAN)) {
    const [a, b] = [monthNumber(m[1]), monthNumber(m[2])];
    const year = Number(m[3]);
    drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${a <= b ? year : year - 1}-${pad2(a)}/${year}-${pad2(b)}` });
  }
  // A span's ends are no dates of their own: the merge keeps the shorter of two drafts that start together.
  const spans: Draft[] = [];
  for (const m of text.matchAll(MONTH_YEAR_SPAN)) {
    const [from, to] = [`${m[2]}-${pad2(monthNumber(m[1]))}`, `${m[4]}-${pad2(monthNumber(m[3]))}`];
    if (from < to) spans.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${from}/${to}` });
  }
  drafts.push(...spans);
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const months = PART_MONTHS[`${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase().replace(/\s+/, ' ')}`];
    if (months) drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${m[3]}-${pad2(months[0])}/${m[3]}-${pad2(months[1])}` });
  }
  for (const m of text.matchAll(FIRST_MONTHS)) {
    const count = COUNT[(m[1] ?? '').toLowerCase()];
    if (count) drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${m[2]}-01/${m[2]}-${pad2(count)}` });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (spans.some((s) => s.start <= m.index && m.index < s.end)) continue;
    drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${m[2]}-${pad2(monthNumber(m[1]))}` });
  }
  drafts.push(...bareMonths(text, anchors));
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [y, mo, d] = [Number(m[3]), Number(m[1]), Number(m[2])];
    if (dateExists(y, mo, d)) drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${y}-${pad2(mo)}-${pad2(d)}` });
  }
  for (const m of text.matchAll(ISO_DAY)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (dateExists(y, mo, d)) drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: m[0] });
  }
  for (const m of text.matchAll(QUARTER)) {
    const { year, quarter } = quarterOf(m);
    drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${year}-Q${quarter}` });
  }
  // "1st quarter 2007-1st quarter 2008": a span of quarters, one interval (its ends are within it).
  const quarterAt = new Map(drafts.filter((d) => d.kind === 'date' && /^\d{4}-Q\d$/.test(d.iso)).map((d) => [d.start, d]));
  for (const d of [...quarterAt.values()]) {
    const join = QUARTER_JOIN.exec(text.slice(d.end, d.end + 12));
    const to = join ? quarterAt.get(d.end + join[0].length) : undefined;
    if (to && to.kind === 'date' && d.kind === 'date' && d.iso < to.iso) drafts.push({ kind: 'date', text: text.slice(d.start, to.end), start: d.start, end: to.end, iso: `${d.iso}/${to.iso}` });
  }
  drafts.push(...bareQuarters(text, anchors));
  return outermost(drafts.sort((a, b) => a.start - b.start || b.end - a.end));
}

/** Leaves out a date inside a longer one ("January" of "January through March 2011"): the merge would keep the shorter. */
function outermost(sorted: Draft[]): Draft[] {
  let end = -1;
  return sorted.filter((d) => {
    if (d.end <= end) return false;
    end = Math.max(end, d.end);
    return true;
  });
}

/**
 * What a month or quarter named alone is dated by: only full dates (the dateline, a
 * deadline), since "from May 2005" is a comparison and "in April" after it is still this
 * year's; before any, the release's own date as detection read it from the page.
 */
function anchorsOf(full: readonly FullDate[], published: string | undefined, headline: FullDate | undefined): FullDate[] {
  // A year alone ("2004", read from the text): no month named without a year is after its end.
  const own = /^(\d{4})(?:-(\d{2}))?/.exec(published ?? '');
  if (own) return [{ at: -1, year: Number(own[1]), month: own[2] ? Number(own[2]) : 12 }, ...full];
  // Without a date of its own, a release opening on the period it reports ("… in the third
  // quarter of 2018. In the second quarter, …") dates what it names before its first full date by that.
  return headline && (full[0]?.at ?? Infinity) > headline.at ? [headline, ...full] : [...full];
}

/** A QUARTER match's year and quarter, in whichever of its forms it is written. */
function quarterOf(m: RegExpExecArray): { year: string; quarter: number } {
  const quarter = m[3] ? Number(m[3]) : m[6] ? Number(m[6]) : (ORDINAL_QUARTER[(m[1] ?? '').toLowerCase()] ?? 0);
  return { year: m[2] ?? m[4] ?? m[5] ?? '', quarter };
}

/** The first month or quarter the text names with its year, as the last month it covers. */
function firstPeriodWritten(text: string): FullDate | undefined {
  const month = new RegExp(MONTH_YEAR.source).exec(text);
  const quarter = new RegExp(QUARTER.source, 'i').exec(text);
  const months = month && { at: month.index, year: Number(month[2]), month: monthNumber(month[1]) };
  const q = quarter && quarterOf(quarter);
  const quarters = quarter && q && { at: quarter.index, year: Number(q.year), month: 3 * q.quarter };
  return [months, quarters].filter((d): d is FullDate => !!d).sort((a, b) => a.at - b.at)[0];
}

/** The anchor in force at each point, asked in reading order: the last full date before it, else the release's own date. */
function anchorSweep<T extends { at: number }>(anchors: readonly T[]): (at: number) => T | undefined {
  let next = 0;
  let found: T | undefined;
  return (at) => {
    while (next < anchors.length && (anchors[next] as T).at < at) found = anchors[next++];
    return found;
  };
}

/** Quarters named without a year, in the year of the anchor; a quarter that begins after the anchor's month is the year before's. */
function bareQuarters(text: string, anchors: readonly FullDate[]): Draft[] {
  const bare = [...text.matchAll(BARE_QUARTER)];
  if (bare.length === 0) return [];
  const anchorAt = anchorSweep(anchors);
  return bare.flatMap((m) => {
    const anchor = anchorAt(m.index);
    const quarter = ORDINAL_QUARTER[(m[1] ?? '').toLowerCase()] ?? 0;
    if (!anchor || !quarter) return [];
    const year = 3 * quarter - 2 > anchor.month ? anchor.year - 1 : anchor.year;
    return [{ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso: `${year}-Q${quarter}` }];
  });
}

/** Words that put a month ahead of the release: "will", "should", "next", "upcoming", "scheduled", "plans to", a deadline. */
const LOOKS_AHEAD = /\b(?:will|shall|should|next|upcoming|coming|scheduled|plans?|planned|expects?|expected|begins?|deadline)\b/i;
const FIGURE = /\$\s?\d|\d\s?(?:%|percent\b)/;
const SENTENCE_END = /[.!?]["”’)]?(?:\s|$)/;

/**
 * Which year a month after the anchor's is in, from its sentence: a statistic is of a past
 * month ("$67.4 billion in December" in a February release: the year before); an event the
 * sentence looks ahead to and states no figure of ("the November mission … will be") is
 * this year's; any other is left out rather than guessed.
 */
function laterMonthReading(text: string, at: number): 'year before' | 'this year' | undefined {
  const before = text.slice(Math.max(0, at - 200), at).split(SENTENCE_END).pop() ?? '';
  const after = text.slice(at, at + 200).split(SENTENCE_END)[0] ?? '';
  const sentence = `${before}${after}`;
  const figure = FIGURE.test(sentence);
  const ahead = LOOKS_AHEAD.test(sentence);
  if (figure && !ahead) return 'year before';
  return ahead && !figure ? 'this year' : undefined;
}

/**
 * Months named without a year, in the year of the last full date before them, found in
 * one sweep of both lists; a month before any full date is left out.
 */
function bareMonths(text: string, anchors: readonly FullDate[]): Draft[] {
  const bare = [...text.matchAll(BARE_MONTH)];
  if (bare.length === 0) return [];
  const anchorAt = anchorSweep(anchors);
  const drafts: Draft[] = [];
  for (const m of bare) {
    const anchor = anchorAt(m.index);
    const first = monthNumber(m[1]);
    const month = m[2] ? monthNumber(m[2]) : first;
    if (!anchor) continue;
    const later = month > anchor.month;
    const reading = later ? laterMonthReading(text, m.index) : 'this year';
    if (!reading) continue;
    const year = reading === 'year before' ? anchor.year - 1 : anchor.year;
    const iso = m[2] ? `${first <= month ? year : year - 1}-${pad2(first)}/${year}-${pad2(month)}` : `${year}-${pad2(month)}`;
    drafts.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso });
  }
  return drafts;
}

/** Fiscal years (`fiscal year 2008`, `FY08`) and bare years. */
export function findYears(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(FISCAL_YEAR)) {
    const digits = (m[1] ?? '').replace("'", '');
    const value = digits.length === 2 ? 2000 + Number(digits) - (Number(digits) > 50 ? 100 : 0) : Number(digits);
    drafts.push({ kind: 'year', text: m[0], start: m.index, end: m.index + m[0].length, value });
  }
  for (const m of text.matchAll(YEAR)) drafts.push({ kind: 'year', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[0]) });
  return drafts.sort((a, b) => a.start - b.start || b.end - a.end);
}
