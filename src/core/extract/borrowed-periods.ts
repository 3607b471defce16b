/**
 * A figure's period when its own words name none, and its base period when the base is
 * named loosely, as a reader carries them: from its clause ("$55 billion in 2006, up 32%
 * from 2005" dates the 32%), from the one period of its sentence's own figures, from a
 * "year-over-year" change's named base (a year later), from the paragraph, and a bare year
 * compared with part of a year ("year-to-date (through April) over 2006") as those months
 * in it. Nothing here guesses: each rule needs the text to have named the time somewhere.
 */
import type { Measure } from '../model.js';
import { calendarYear, inYear, parsePeriod, previousPeriod, yearEarlier } from '../periods.js';
import { resolveRelative, type PeriodMention } from './period-mentions.js';

const CONTRAST = /[;]|\b(?:while|whereas|but|although)\b/i;

/** What the paragraph so far says about time, for a sentence that names none. */
export interface Paragraph {
  period?: string;
  basePeriod?: string;
  /** The time its figures were compared with ("compared with an increase of $6.8 billion in February"). */
  compared?: string;
  /** The time of the paragraphs before, for a change in this one that names no time at all, and the time they compared with. */
  before?: { period: string; basePeriod?: string; compared?: string; times: string[] };
  /** Every time its figures have, in order. */
  times?: string[];
}

/**
 * The paragraph before's time for a change of this one that names none: the time a base it
 * names is the base of ("below the revised August estimate" → September, "from March a year
 * ago" → March, not January–March), else the one its sentence's other changes took, else the
 * paragraph's.
 */
function carried(m: Measure, before: NonNullable<Paragraph['before']>, chosen: string | undefined): { period: string; basePeriod?: string } | undefined {
  if (m.basePeriod === undefined) return chosen ? { period: chosen } : before;
  const period = [...before.times].reverse().find((t) => m.basePeriod === previousPeriod(t) || m.basePeriod === yearEarlier(t));
  return period ? { period } : undefined;
}

/** A new paragraph keeps only what the one before said, for a change with no time of its own ("Exports of goods increased $3.4 billion to $124.1 billion in July." ⏎ "Exports of goods on a Census basis increased $3.6 billion."). */
export function carryOver(p: Paragraph): Paragraph {
  const before = p.period ? { period: p.period, ...(p.basePeriod ? { basePeriod: p.basePeriod } : {}), ...(p.compared ? { compared: p.compared } : {}), times: p.times ?? [p.period] } : p.before;
  return before ? { before } : {};
}

/** Where a figure's own period came from: inherited ones bring their base period along. */
export type Source = 'own' | 'same' | 'paragraph' | 'clause' | undefined;

/**
 * The period a base mention names for a change over `own`: a relative one resolved against
 * it, and a bare year against part of a later year ("over 2006" after January–April 2007,
 * "from 2009" after May 2012) the same months in that year. "since 2009" stays the year.
 */
export function namedBase(mention: PeriodMention, own: string | undefined, previousFigure: string | undefined, text: string): string | undefined {
  const named = resolveRelative(mention, own, previousFigure);
  const year = calendarYear(named);
  const p = parsePeriod(own);
  if (year === undefined || !p || p.kind === 'year' || p.kind === 'fiscal' || /^since\b/i.test(text.slice(mention.start, mention.end))) return named;
  const ownYear = p.kind === 'span' ? p.from.year : p.year;
  if (p.kind === 'span' && p.from.year !== p.to.year) return named;
  return year < ownYear ? inYear(own, year) : named;
}

/**
 * A figure with no period of its own takes its clause's: "$55 billion in 2006, up 32% from
 * 2005" dates the 32% to 2006 too (the first dated figure of its subject lends it); a
 * change's base is then that of the base figure beside it ("$0.5 billion more than the
 * $63.3 billion in April"). "Year-over-year, … increased $7.2 billion from the three months
 * ending in June 2018" is the same months a year later. A sentence that names no time of
 * its own takes the paragraph's.
 */
export function borrowPeriods(measures: Measure[], sources: Source[], mentions: PeriodMention[], paragraph: Paragraph, between: (a: number, b: number) => string, compared: Set<number>, starts: number[]): string | undefined {
  const dated = new Map<string | undefined, Measure>();
  measures.forEach((m, k) => {
    if (m.period && m.role !== 'base' && !compared.has(k) && !dated.has(m.subject)) dated.set(m.subject, m);
  });
  // "Total May exports of $118.7 billion and imports of $182.5 billion resulted in a deficit
  // of $63.8 billion": the one period the sentence's own figures have (its bases' aside).
  const periods = new Set([...dated.values()].map((m) => m.period));
  const sentenceWide = periods.size === 1 ? [...dated.values()][0] : undefined;
  const wideAt = sentenceWide ? measures.indexOf(sentenceWide) : -1;
  // "… compared with an increase of $25.3 billion in February; …, compared with an increase of $1.4 billion": the one time compared with.
  const comparedTimes = new Set([...compared].map((k) => measures[k]?.period).filter((p) => p !== undefined));
  const comparedPeriod = comparedTimes.size === 1 ? [...comparedTimes][0] : undefined;
  // "Year-over-year, … increased $7.2 billion from …": a year-over-year cue before the change, not one of a later clause.
  const yearOverYear = (k: number): boolean => mentions.some((x) => x.relative?.to === 'year-earlier' && x.base && x.end <= (starts[k] ?? 0));
  // A time the text leaves unresolved ("last year" in a release without a date) gives none of its own.
  const noTimeOfItsOwn = mentions.every((x) => x.base || x.relative?.to === 'same' || x.adjective || x.compared || (x.fromRelease === true && x.period === undefined));
  const before = paragraph.period ? undefined : paragraph.before;
  const chosen = before ? measures.map((m) => (m.role === 'change' && m.basePeriod ? carried(m, before, undefined)?.period : undefined)).find((p) => p) : undefined;
  measures.forEach((m, k) => {
    if (m.period || m.role === 'base' || !m.role) return;
    if (compared.has(k)) {
      const period = comparedPeriod ?? (noTimeOfItsOwn ? (paragraph.compared ?? (paragraph.period ? undefined : paragraph.before?.compared)) : undefined);
      if (period) [m.period, sources[k]] = [period, 'clause'];
      return;
    }
    // "Exports rose 5 percent in May, while the program … has $5 million": a contrast is another clause's time, unless both clauses tell of a change.
    const contrasted = sentenceWide !== undefined && CONTRAST.test(between(wideAt, k)) && !(m.role === 'change' && sentenceWide.role === 'change');
    const lender = dated.get(m.subject) ?? (sentenceWide && !contrasted ? sentenceWide : undefined);
    if (lender?.period) {
      m.period = lender.period;
      sources[k] = 'clause';
      if (m.role === 'change' && !m.basePeriod && lender.basePeriod) m.basePeriod = lender.basePeriod;
    } else if (m.role === 'change' && yearOverYear(k) && m.basePeriod && parsePeriod(m.basePeriod)) {
      m.period = yearEarlier(m.basePeriod, -1);
      sources[k] = 'clause';
    } else if (noTimeOfItsOwn && (paragraph.period || (m.role === 'change' && before && carried(m, before, chosen)))) {
      const from = paragraph.period ? paragraph : (carried(m, before as NonNullable<Paragraph['before']>, chosen) as { period: string; basePeriod?: string });
      m.period = from.period;
      sources[k] = 'paragraph';
      // A base the sentence names ("from June 2018") stays; only an unnamed one comes from the paragraph.
      if (m.role === 'change' && !m.basePeriod && from.basePeriod) m.basePeriod = from.basePeriod;
    }
  });
  // "$501.8 billion, 0.6 percent above the revised August estimate": a level takes the time its change was carried to.
  measures.forEach((m) => {
    if (m.period || m.role !== 'level') return;
    const change = measures.find((x) => x.role === 'change' && x.period && x.subject === m.subject);
    if (change?.period) m.period = change.period;
  });
  measures.forEach((m, k) => {
    if (m.role !== 'change' || m.basePeriod) return;
    const base = measures.slice(k + 1).find((x) => x.role === 'base' && x.subject === m.subject) ?? measures.slice(0, k).reverse().find((x) => x.role === 'base' && x.subject === m.subject);
    if (base?.period && base.period !== m.period) m.basePeriod = base.period;
  });
  return comparedPeriod;
}

/** The latest time a sentence's own figures reach: "… followed a 1.4 percent September decrease" leaves an October paragraph in October. */
export function latestOf(measures: Measure[]): Measure | undefined {
  let latest: Measure | undefined;
  for (const m of measures) {
    if (m.period && m.role !== 'base' && (!latest || isLaterTime(m.period, latest.period))) latest = m;
  }
  return latest;
}

/** Whether `a` is the later time for a paragraph than `b`: it ends no earlier (any two kinds: "2000-02" ends before "2000-01..2000-03"). */
export function isLaterTime(a: string | undefined, b: string | undefined): boolean {
  return endOf(a) >= endOf(b);
}

/** The month a period ends in, as a count of months; a year ends in December, a fiscal year in September. */
function endOf(period: string | undefined): number {
  const p = parsePeriod(period);
  if (!p) return -Infinity;
  if (p.kind === 'span') return p.to.year * 12 + p.to.month;
  if (p.kind === 'month') return p.year * 12 + p.month;
  if (p.kind === 'quarter') return p.year * 12 + p.quarter * 3;
  return p.year * 12 + (p.kind === 'fiscal' ? 9 : 12);
}
