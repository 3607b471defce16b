/**
 * Checks and spans shared by the rate rules: a stated rate against the one stated values
 * give (consistency), and compound annual growth between two years (growth).
 */
import { about, directionSign, lead, roundValue, type RateResult } from './draft.js';
import type { Fig } from './figures.js';
import { calendarYear } from '../periods.js';
import { count, formatPercent } from './format.js';
import { intervalOf, overlaps, type Interval } from './precision.js';

export function rangeOf(values: number[]): Interval {
  return { low: Math.min(...values), high: Math.max(...values) };
}

/** A stated rate against the one computed from stated values, within the rounding of both. */
export function check(subject: string | undefined, period: string | undefined, rate: Fig, computed: number, range: Interval, formula: string, inputs: string[], what: string, out: RateResult): void {
  const sign = directionSign(rate);
  const stated = sign * rate.a.value;
  const agrees = overlaps(intervalOf(stated, rate.p.halfUnit), range);
  const decimals = Math.max(1, (rate.a.text.split('.')[1]?.match(/^\d+/)?.[0].length ?? 0) + 1);
  out.insights.push({
    kind: 'consistency',
    summary: agrees
      ? `${lead(subject)}the stated ${rate.a.text} agrees with ${what} (${formatPercent(computed, decimals)} before rounding).`
      : `${lead(subject)}check: ${what} is a change of about ${formatPercent(computed, decimals)}, not the stated ${sign < 0 ? '-' : ''}${rate.a.text}, even allowing for rounding.`,
    value: roundValue(computed, '%'),
    unit: '%',
    formula,
    inputs,
    status: agrees ? 'agrees' : 'mismatch',
    ...about(subject, period),
  });
}

export function spanYears(from: string | undefined, to: string | undefined): number | undefined {
  const a = calendarYear(from);
  const b = calendarYear(to);
  return a !== undefined && b !== undefined && b > a ? b - a : undefined;
}

/** Compound annual growth: the yearly rate that turns the first value into the second. */
export function growth(subject: string | undefined, years: number, ratio: number, ratioFormula: string, from: string, to: string, inputs: string[], out: RateResult): void {
  const rate = 100 * (ratio ** (1 / years) - 1);
  out.insights.push({
    kind: 'growth',
    summary: `${lead(subject)}from ${from} to ${to} (${count(years, 'year')}) that is about ${formatPercent(rate)} a year, compounded.`,
    value: roundValue(rate, '%'),
    unit: '%',
    formula: `100 × (${ratioFormula} ^ (1 / ${years}) - 1)`,
    inputs,
    ...about(subject, to),
  });
}
