/**
 * The times a sentence names, as a reader resolves them: "the second quarter of 2010",
 * "in September" (the year the release is in), "year-to-date (through May)", "the first
 * five months of 2012", "the three months ending in October", "fiscal year 2023", and the
 * comparisons that name a base: "from the same period in 2006", "year-over-year", "the
 * previous month". A calendar anchor (the last year and month the text named, or the
 * release's date) carries from sentence to sentence, so a month without a year gets one.
 */
import { monthNumber } from '../dates.js';
import { BASE_CUE, COMPARED_CHANGE, COMPARED_CUE, COUNT, JOINED, MENTION, NAMES_AFTER, NOT_A_PERIOD_BEFORE, ORDINAL, PASSED_CUE, RECORD_SINCE } from './period-patterns.js';

const DEADLINE = /\b(?:by|until|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:of\s+)?$|\bend\s+of\s+$/i;
import { formatPeriod, inYear, previousPeriod, yearEarlier } from '../periods.js';

export interface Anchor {
  year?: number;
  month?: number;
  /** Set by a full date (the release's): a later month without a year is last year's. */
  fromDate: boolean;
  /** The latest month the text has named: what "year-to-date" runs through. */
  focus?: { year: number; month: number };
  /** The release's own month: no month or quarter named without a year is after it. */
  release?: { year: number; month: number };
}

export interface PeriodMention {
  start: number;
  end: number;
  /** The period, normalized; absent when the text names one but gives no year for it. */
  period?: string;
  /** A cue before it ("from", "than", "since", "compared with") makes it a change's base. */
  base: boolean;
  /** A period relative to the figure's own: its base a year earlier, the one before it, the same months in a year, or the same as the figure before. */
  relative?: { to: 'year-earlier' } | { to: 'previous' } | { to: 'in-year'; year: number } | { to: 'same' };
  /** A year used as an adjective ("the 2015 median income"): only a base figure's own. */
  adjective?: boolean;
  /** Relative to the release's date ("this month", "last year"): in a sentence without figures, when something happened rather than what a figure covers. */
  fromRelease?: boolean;
  /** The later year of "between 2015 and 2016": the figure's own even after its base. */
  rangeEnd?: boolean;
  /** The period a change over this one is measured from, where it is not the one just before ("the three months ending in October" → ending in September). */
  before?: string;
  /** The year so far ("year-to-date", "thus far in 2012"): a year named beside it is the year it is in. */
  yearToDate?: boolean;
  /** The time of a figure compared with, not of this one ("the same increase as in February"). */
  compared?: boolean;
}

/** The year a month (or quarter ending in `month`) without one is in. */
function yearFor(month: number, anchor: Anchor): number | undefined {
  if (anchor.year === undefined) return undefined;
  let year = anchor.fromDate && anchor.month !== undefined && month > anchor.month ? anchor.year - 1 : anchor.year;
  // "In Q1/16 … In Q4/15 … in the first quarter": not back before the last quarter named, but the latest such
  // quarter (or month) the text has reached.
  const f = anchor.focus;
  if (!anchor.fromDate && anchor.month !== undefined && f && anchor.year >= f.year - 1 && year * 12 + month < anchor.year * 12 + anchor.month) year = month <= f.month ? f.year : f.year - 1;
  // "In the fourth quarter" in an April release that spoke of the first quarter: last year's.
  const r = anchor.release;
  return r && (year > r.year || (year === r.year && month > r.month)) ? year - 1 : year;
}

function set(anchor: Anchor, year: number | undefined, month?: number): void {
  if (year === undefined) return;
  anchor.year = year;
  anchor.month = month;
  anchor.fromDate = false;
  const f = anchor.focus;
  if (month !== undefined && (!f || year > f.year || (year === f.year && month > f.month))) anchor.focus = { year, month };
}

/**
 * At a paragraph's end: a time more than a year before the latest the text has reached
 * ("… their high water mark set back in March 2018") was an aside, and the next
 * paragraph's "during October" is the release's October again.
 */
export function resumeFocus(anchor: Anchor): void {
  const f = anchor.focus;
  if (!f || anchor.year === undefined || anchor.year * 12 + (anchor.month ?? 12) >= f.year * 12 + f.month - 12) return;
  Object.assign(anchor, { year: f.year, month: f.month, fromDate: false });
}

/** The release's own date, as far as it is known: what "this year" and "last month" are relative to. */
export interface ReleaseDate {
  year?: number;
  month?: number;
}

export function releaseDate(published: string | undefined): ReleaseDate {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(published ?? '');
  return m ? { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}) } : {};
}

/** "this year", "last month", "this quarter": the release's period, or the one before it. */
function relativeToRelease(unit: string, last: boolean, release: ReleaseDate): string | undefined {
  const { year, month } = release;
  if (year === undefined) return undefined;
  if (unit === 'year') return String(last ? year - 1 : year);
  if (month === undefined) return undefined;
  const own = unit === 'month' ? formatPeriod({ kind: 'month', year, month }) : formatPeriod({ kind: 'quarter', year, quarter: Math.ceil(month / 3) });
  return last ? previousPeriod(own) : own;
}

const isMonthName = (name: string | undefined): boolean => /^[A-Z]/.test(name ?? '');

/** Whether the words before `index` make what is named there a base ("since the first quarter of 1984"). */
export function isBaseAt(sentence: string, index: number): boolean {
  return BASE_CUE.test(sentence.slice(Math.max(0, index - 40), index));
}

/** The periods named in `sentence`, in order, moving `anchor` along. `release` resolves "this year" and "last month". */
export function periodMentions(sentence: string, anchor: Anchor, release: ReleaseDate): PeriodMention[] {
  const releaseYear = release.year;
  const out: PeriodMention[] = [];
  for (const m of sentence.matchAll(MENTION)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const since = /^since\s/i.test(m[0]);
    if ((since || /\bsince\s+(?:the\s+)?$/i.test(before)) && RECORD_SINCE.test(sentence.slice(Math.max(0, start - 100), start + (since ? 6 : 0)))) continue;
    const prior = out[out.length - 1];
    const joined = prior?.base === true && JOINED.test(sentence.slice(prior.end, start));
    const compared = COMPARED_CUE.test(before);
    // "…, compared with an increase of 1.5 percent in 2016": the time compared with sets no year for what follows.
    const window = sentence.slice(Math.max(0, start - 90), start);
    const comparedWith = /compared|contrast/i.test(window) && COMPARED_CHANGE.test(window);
    const move = (year: number | undefined, month?: number): void => {
      if (!comparedWith) set(anchor, year, month);
    };
    const passed = PASSED_CUE.test(before) && !/^['’]s\b/.test(sentence.slice(end, end + 3));
    const mention = (period: string | undefined, base = BASE_CUE.test(before) || passed || joined): PeriodMention => ({ start, end, ...(period ? { period } : {}), base, ...(compared ? { compared } : {}) });
    if (g.that !== undefined) out.push({ start, end, base: false, relative: { to: 'same' } });
    else if (g.same !== undefined) {
      const relative = g.sameYear ? ({ to: 'in-year', year: Number(g.sameYear) } as const) : g.sameLast ? ({ to: 'year-earlier' } as const) : ({ to: 'same' } as const);
      out.push({ start, end, base: relative.to !== 'same', relative });
    } else if (g.yoy !== undefined) out.push({ start, end, base: true, relative: { to: 'year-earlier' } });
    // "an increase of 26 percent when compared to the previous year": a month's or quarter's base is the same one a year earlier.
    else if (g.previous !== undefined) out.push({ start, end, base: true, relative: /year$/i.test(g.previous) ? { to: 'year-earlier' } : { to: 'previous' } });
    else if (g.ytd !== undefined) {
      // "so far this year", "thus far in 2012": the year so far, through the latest month named in that year.
      const said = g.ytdYear ? Number(g.ytdYear) : /^(?:thus|so)\b/i.test(m[0]) ? releaseYear : undefined;
      const focus = said === undefined || anchor.focus?.year === said ? anchor.focus : undefined;
      const through = g.ytdMonth ? monthNumber(g.ytdMonth) : focus?.month;
      const year = through ? (g.ytdMonth ? yearFor(through, anchor) : focus?.year) : undefined;
      out.push({ ...mention(through && year ? formatPeriod({ kind: 'span', from: { year, month: 1 }, to: { year, month: through } }) : undefined), yearToDate: true });
    } else if (g.firstMonths !== undefined) {
      const year = g.fmYear ? Number(g.fmYear) : g.fmThis ? releaseYear : anchor.year;
      const n = (COUNT[(g.count ?? '').toLowerCase()] ?? 0) * (/^quarters$/i.test(g.fmUnit ?? '') ? 3 : 1) || undefined;
      out.push(mention(year && n ? formatPeriod({ kind: 'span', from: { year, month: 1 }, to: { year, month: n } }) : undefined));
      if (g.fmYear) move(year, n);
    } else if (g.throughQuarter !== undefined) {
      // "exports through the third quarter of 2013": the year so far, to the quarter's end.
      const months = (ORDINAL[(g.tqOrdinal ?? '').toLowerCase()] ?? 0) * 3;
      const year = g.tqYear ? Number(g.tqYear) : yearFor(months - 2, anchor);
      out.push(mention(year ? formatPeriod({ kind: 'span', from: { year, month: 1 }, to: { year, month: months } }) : undefined));
      if (g.tqYear) move(year, months);
    } else if (g.throughMonth !== undefined) {
      // "through June of this year": the year so far, to that month's end.
      const month = monthNumber(g.tmMonth);
      const year = g.tmYear ? Number(g.tmYear) : releaseYear;
      out.push({ ...mention(year ? formatPeriod({ kind: 'span', from: { year, month: 1 }, to: { year, month } }) : undefined), yearToDate: true });
      if (g.tmYear) move(year, month);
    } else if (g.half !== undefined) {
      const year = g.halfYear ? Number(g.halfYear) : releaseYear;
      const first = (g.which ?? '').toLowerCase() === 'first';
      out.push(mention(year ? formatPeriod({ kind: 'span', from: { year, month: first ? 1 : 7 }, to: { year, month: first ? 6 : 12 } }) : undefined));
    } else if (g.ending !== undefined) {
      const to = monthNumber(g.endMonth);
      const year = g.endYear ? Number(g.endYear) : yearFor(to, anchor);
      const n = COUNT[(g.endCount ?? '').toLowerCase()] ?? (g.endCount === 'twelve' ? 12 : undefined);
      if (year && n) {
        const window = (shift: number): string => {
          const [a, b] = [year * 12 + to - 1 - (n - 1) - shift, year * 12 + to - 1 - shift];
          return formatPeriod({ kind: 'span', from: { year: Math.floor(a / 12), month: (a % 12) + 1 }, to: { year: Math.floor(b / 12), month: (b % 12) + 1 } });
        };
        out.push({ ...mention(window(0)), before: window(1) });
      } else out.push(mention(undefined));
    } else if (g.dateSpan !== undefined) {
      // "From the program's launch on May 12, 2023, until … August 15, 2023": the months it spans.
      const from = { year: Number(g.dsFromYear), month: monthNumber(g.dsFrom) };
      const to = { year: Number(g.dsToYear), month: monthNumber(g.dsTo) };
      if (from.year * 12 + from.month < to.year * 12 + to.month) out.push({ start, end, period: formatPeriod({ kind: 'span', from, to }), base: false });
    } else if (g.monthRange !== undefined || g.changeRange !== undefined) {
      // "from April to May", and "the April 2019 to May 2019 percent change": the later month's change from the earlier.
      const [fromName, toName] = g.monthRange !== undefined ? [g.rangeFromMonth, g.rangeToMonth] : [g.crFrom, g.crTo];
      const [fromYearText, toYearText] = g.monthRange !== undefined ? [g.rangeFromYear, g.rangeToYear] : [g.crFromYear, g.crToYear];
      if (!isMonthName(fromName) || !isMonthName(toName)) continue;
      const [a, b] = [monthNumber(fromName), monthNumber(toName)];
      const toYear = toYearText ? Number(toYearText) : fromYearText && a <= b ? Number(fromYearText) : yearFor(b, anchor);
      const fromYear = fromYearText ? Number(fromYearText) : toYear === undefined ? undefined : a <= b ? toYear : toYear - 1;
      const second = start + m[0].lastIndexOf(toName ?? '');
      out.push({ start, end: second, ...(fromYear ? { period: formatPeriod({ kind: 'month', year: fromYear, month: a }) } : {}), base: true });
      out.push({ start: second, end, ...(toYear ? { period: formatPeriod({ kind: 'month', year: toYear, month: b }) } : {}), base: false, rangeEnd: true });
      move(toYear, b);
    } else if (g.monthSpan !== undefined) {
      if (!isMonthName(g.spanFrom) || !isMonthName(g.spanTo)) continue;
      const [a, b] = [monthNumber(g.spanFrom), monthNumber(g.spanTo)];
      const year = g.spanYear ? Number(g.spanYear) : yearFor(b, anchor);
      const from = year === undefined ? undefined : { year: g.spanFromYear ? Number(g.spanFromYear) : a <= b ? year : year - 1, month: a };
      out.push(mention(from && year ? formatPeriod({ kind: 'span', from, to: { year, month: b } }) : undefined));
      move(year, b);
    } else if (g.range !== undefined || g.yearSpan !== undefined) {
      // "between 2005 and 2007", "over the 2007-2012 period": the first year is the base.
      const from = Number(g.rangeFrom ?? g.ysFrom);
      const to = Number(g.rangeTo ?? g.ysTo);
      out.push({ start, end: start + m[0].indexOf(String(from)) + 4, period: String(from), base: true });
      out.push({ start: end - 4, end, period: String(to), base: false, rangeEnd: true });
      move(to);
    } else if (g.quarter !== undefined) {
      const quarter = ORDINAL[(g.ordinal ?? '').toLowerCase()] ?? 0;
      // "the second quarter of this year": of the release's year.
      const thisOrLast = g.qThis && releaseYear !== undefined ? releaseYear - (/^last$/i.test(g.qThis) ? 1 : 0) : undefined;
      const year = g.qYear ? Number(g.qYear) : g.qPreYear ? Number(g.qPreYear) : g.qThis ? thisOrLast : yearFor(quarter * 3 - 2, anchor);
      const named = mention(year ? formatPeriod({ kind: 'quarter', year, quarter }) : undefined);
      out.push(named);
      if ((g.qYear || g.qPreYear || g.qThis) && !named.base) move(year, quarter * 3);
    } else if (g.qShort !== undefined) {
      // "Q2 2010", "2Q 2010", "Q1/16", "2008Q1", "Q4" (the year of the text around it), as the date finder reads them too.
      const quarter = Number(g.qsNumber ?? g.qsDigit ?? g.qsAfter);
      const written = g.qsYear ?? g.qsPreYear;
      const year = written ? Number(written) : g.qsShortYear ? 2000 + Number(g.qsShortYear) : yearFor(quarter * 3 - 2, anchor);
      const named = mention(year ? formatPeriod({ kind: 'quarter', year, quarter }) : undefined);
      out.push(named);
      if (!named.base && year !== undefined && (written || g.qsShortYear)) move(year, quarter * 3);
    } else if (g.elided !== undefined) {
      // "compared with an increase of 1.2 percent in the second": the quarter the sentence spoke of.
      if (!/quarter/i.test(sentence.slice(0, start))) continue;
      const quarter = ORDINAL[(g.elidedOrdinal ?? '').toLowerCase()] ?? 0;
      const year = yearFor(quarter * 3 - 2, anchor);
      out.push(mention(year ? formatPeriod({ kind: 'quarter', year, quarter }) : undefined));
    } else if (g.fiscal !== undefined) {
      if (NOT_A_PERIOD_BEFORE.test(before)) continue;
      out.push(mention(`FY${g.fyYear}`));
    } else if (g.budget !== undefined) {
      // "President Bush’s proposed 2008 budget", "the administration’s 2007 request": a budget's year is a fiscal year.
      out.push(mention(`FY${g.budgetYear}`));
    } else if (g.month !== undefined) {
      if (!/^[A-Z]/.test(g.monthName ?? '')) continue;
      const month = monthNumber(g.monthName);
      // "from March a year ago": that month, a year before the one the text is at.
      const resolved = g.mYear ? Number(g.mYear) : yearFor(month, anchor);
      const year = g.mAgo && resolved !== undefined ? resolved - 1 : resolved;
      const named = mention(year ? formatPeriod({ kind: 'month', year, month }) : undefined);
      out.push(named);
      if (!named.base && !compared && !g.mAgo) move(year, month);
    } else if (g.year !== undefined) {
      const prefix = sentence.slice(Math.max(0, start - 40), start + (g.prep?.length ?? 0) + 1);
      // "created in 1990", "the Act of 2007", "by the end of 2021": before the preposition or with it.
      if (NOT_A_PERIOD_BEFORE.test(prefix.slice(0, prefix.length - (g.prep?.length ?? 0) - 1)) || NOT_A_PERIOD_BEFORE.test(prefix) || (g.prep === 'of' && /\b(?:Act|Law)\s+$/.test(before)) || NAMES_AFTER.test(sentence.slice(end, end + 80))) {
        // "$250 billion … per year by the end of 2021": a deadline is a time, of no period, that the paragraph's does not replace.
        if (DEADLINE.test(prefix)) out.push({ start, end, base: false });
        continue;
      }
      const year = Number(g.bareYear);
      const adjective = g.prep?.toLowerCase() === 'the';
      const base = joined || (adjective ? BASE_CUE.test(before) : /^(?:since|from|than|versus|over)$/i.test(g.prep ?? '') || BASE_CUE.test(before) || BASE_CUE.test(prefix));
      out.push({ start, end, period: String(year), base, ...(adjective ? { adjective } : {}) });
      // A base ("since 2009", "from 2005") is compared with, not what later months are in.
      if (!adjective && !base) move(year);
    } else if (g.leadYear !== undefined) {
      // "2006 exports grew at 12.7 percent": a year that opens its sentence before what it measures, its subject's, not the paragraph's.
      out.push(mention(g.lyYear));
    } else if (g.calendarYear !== undefined) {
      // "for the entire 2015 calendar year", "which covers reference year 2021".
      const year = g.cyYear ?? g.refYear;
      const named = mention(year);
      out.push(named);
      if (!named.base) move(Number(year));
    } else if (g.thisYear !== undefined) {
      out.push({ ...mention(relativeToRelease((g.thisUnit ?? '').toLowerCase(), /^last/i.test(g.thisWhich ?? ''), release)), fromRelease: true });
    } else if (g.forMonth !== undefined) out.push({ start, end, base: false, relative: { to: 'same' } });
  }
  return out;
}

/** A relative mention's period, given the period of the figure it belongs to (or the one before). */
export function resolveRelative(mention: PeriodMention, own: string | undefined, previousFigure: string | undefined): string | undefined {
  if (mention.period || !mention.relative) return mention.period;
  switch (mention.relative.to) {
    case 'year-earlier':
      return yearEarlier(own);
    case 'previous':
      return previousPeriod(own);
    case 'in-year':
      return inYear(own, mention.relative.year);
    case 'same':
      return previousFigure;
  }
}

/** The anchor a date annotation sets: a full date (the release's dateline) or a month or quarter. */
export function anchorFromIso(anchor: Anchor, iso: string): void {
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$/.exec(iso);
  if (!m) return;
  const year = Number(m[1]);
  if (!m[2] && !m[4]) return set(anchor, year);
  if (m[3]) Object.assign(anchor, { year, month: Number(m[2]), fromDate: true });
  else set(anchor, year, m[2] ? Number(m[2]) : Number(m[4]) * 3);
}
