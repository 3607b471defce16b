/**
 * Dates in context: whether a printed weekday matches its date (weekday), how long ago
 * the release and the dates it names were relative to the reader's clock, and spans
 * between the release's date and the events it dates ("The HTWG was established at the
 * 2005 JCCT", two years before this release) (elapsed). The clock is passed in.
 */
import type { Annotation, AnnotationOf } from '../model.js';
import { count } from './format.js';
import type { Draft } from './draft.js';
import { splitSentences } from './sentences.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Verbs that date an event (as opposed to a figure's period): "was established at the 2005 JCCT". */
const EVENT = /\b(?:established|founded|created|formed|launched|set\s+up|signed|enacted|passed|adopted|began|started|opened|introduced|inaugurated|convened|held|announced|took\s+effect|went\s+into\s+effect)\b/gi;
const EVENT_REACH = 40;

interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

function parseIso(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const check = new Date(Date.UTC(date.y, date.m - 1, date.d));
  return check.getUTCMonth() === date.m - 1 && check.getUTCDate() === date.d ? date : undefined;
}

function fromClock(now: Date): CalendarDate {
  return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
}

const longDate = (c: CalendarDate): string => `${MONTHS[c.m - 1]} ${c.d}, ${c.y}`;
const dayNumber = (c: CalendarDate): number => Date.UTC(c.y, c.m - 1, c.d) / 86_400_000;

/** Whole calendar months from a to b: December 11, 2007 → November 29, 2026 is 227 (18 years and 11 months). */
function wholeMonths(a: CalendarDate, b: CalendarDate): number {
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

function yearsAndMonths(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (y === 0) return count(m, 'month');
  return m === 0 ? count(y, 'year') : `${count(y, 'year')} and ${count(m, 'month')}`;
}

export interface DateContext {
  now: Date;
  /** The release's date (ISO), from detection; the release-relative insights need it. */
  published?: string;
}

export function dateInsights(text: string, annotations: Annotation[], ctx: DateContext): Draft[] {
  const dates = annotations.filter((a): a is AnnotationOf<'date'> => a.kind === 'date');
  const insights: Draft[] = [];
  for (const date of dates) {
    const c = parseIso(date.iso);
    if (c && date.weekday) insights.push(weekday(date, c));
  }
  const today = fromClock(ctx.now);
  const releaseDate = ctx.published ? dates.find((d) => d.iso === ctx.published) : undefined;
  const release = releaseDate && parseIso(releaseDate.iso);
  const seen = new Set<string>();
  for (const date of dates) {
    const c = parseIso(date.iso);
    if (!c || seen.has(date.iso)) continue;
    seen.add(date.iso);
    const months = wholeMonths(c, today);
    if (dayNumber(c) <= dayNumber(today)) {
      const isRelease = date === releaseDate;
      insights.push({
        kind: 'elapsed',
        summary: `${isRelease ? 'This release' : longDate(c)} ${isRelease ? 'is' : 'was'} ${months > 0 ? yearsAndMonths(months) : count(dayNumber(today) - dayNumber(c), 'day')} ${isRelease ? 'old' : 'ago'} on ${longDate(today)}.`,
        value: months,
        unit: 'months',
        formula: `whole months from ${date.iso} to ${isoOf(today)}`,
        inputs: [date.id],
      });
    }
    if (release && releaseDate && date !== releaseDate) {
      const days = dayNumber(release) - dayNumber(c);
      insights.push({
        kind: 'elapsed',
        summary: `${longDate(c)} is ${count(Math.abs(days), 'day')} ${days >= 0 ? 'before' : 'after'} this release (${longDate(release)}).`,
        value: days,
        unit: 'days',
        formula: `${releaseDate.iso} - ${date.iso}`,
        inputs: [date.id, releaseDate.id],
      });
    }
  }
  if (release && releaseDate) insights.push(...eventSpans(text, annotations, release, releaseDate));
  return insights;
}

function isoOf(c: CalendarDate): string {
  return `${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}

function weekday(date: AnnotationOf<'date'>, c: CalendarDate): Draft {
  const actual = WEEKDAYS[new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()] as string;
  const agrees = actual.toLowerCase() === (date.weekday ?? '').toLowerCase();
  return {
    kind: 'weekday',
    summary: agrees
      ? `${longDate(c)} was a ${actual}, as printed.`
      : `Check: the text prints ${date.weekday} beside ${longDate(c)}, which was a ${actual}.`,
    value: null,
    unit: 'weekday',
    formula: `weekday of ${date.iso} = ${actual}`,
    inputs: [date.id],
    status: agrees ? 'agrees' : 'mismatch',
  };
}

/**
 * Years the text ties to an event verb, as a span before the release. The annotations
 * come in reading order, so one walk hands each sentence its years (filtering all years
 * per sentence was quadratic in the text).
 */
function eventSpans(text: string, annotations: Annotation[], release: CalendarDate, releaseDate: AnnotationOf<'date'>): Draft[] {
  const years = annotations.filter((a): a is AnnotationOf<'year'> => a.kind === 'year');
  const insights: Draft[] = [];
  if (years.length === 0) return insights;
  let next = 0;
  for (const sentence of splitSentences(text)) {
    while (next < years.length && (years[next] as AnnotationOf<'year'>).start < sentence.start) next++;
    const inSentence: AnnotationOf<'year'>[] = [];
    for (; next < years.length && (years[next] as AnnotationOf<'year'>).start < sentence.end; next++) {
      const y = years[next] as AnnotationOf<'year'>;
      if (y.end <= sentence.end) inSentence.push(y);
    }
    if (inSentence.length === 0) continue;
    const s = text.slice(sentence.start, sentence.end);
    for (const event of s.matchAll(EVENT)) {
      const verbEnd = sentence.start + event.index + event[0].length;
      const year = inSentence.find((y) => y.start >= verbEnd && y.start - verbEnd <= EVENT_REACH);
      if (!year || year.value > release.y) continue;
      const gap = release.y - year.value;
      const clause = eventClause(s, event.index, year.end - sentence.start);
      insights.push({
        kind: 'elapsed',
        summary: `${clause}: ${gap === 0 ? 'the same year as this release' : `${count(gap, 'year')} before this release`} (${longDate(release)}; the text gives only the year).`,
        value: gap,
        unit: 'years',
        formula: `${release.y} - ${year.value}`,
        inputs: [year.id, releaseDate.id],
      });
    }
  }
  return insights;
}

/** "The HTWG was established at the 2005 JCCT": from the clause's start to the word after the year. */
function eventClause(sentence: string, verbAt: number, yearEnd: number): string {
  const head = sentence.slice(0, verbAt);
  const start = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('—')) + 1;
  const tail = /^(?:\s+[A-Z][\w.-]*)*/.exec(sentence.slice(yearEnd))?.[0] ?? '';
  return sentence.slice(start, yearEnd).trim() + tail;
}
