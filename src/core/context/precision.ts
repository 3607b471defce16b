/**
 * How precise a stated figure is, read from how the text wrote it: "$17.7 billion" is
 * good to ±$0.05 billion and has three significant figures; "$1,600 million" has two
 * (trailing zeros of a whole number may be rounding, so they are not counted as
 * significant). Checks use the half-unit as their tolerance; results never show more
 * digits than their least precise input allows.
 */
import type { Annotation } from '../model.js';

type Figure = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

export interface Precision {
  /** Half of the last stated digit's unit, in the figure's own unit (USD, %, …). */
  halfUnit: number;
  sigFigs: number;
}

const LITERAL = /(\d[\d,]*)(?:\.(\d+))?/;

export function precisionOf(figure: Figure): Precision {
  const m = LITERAL.exec(figure.text);
  if (!m) return { halfUnit: 0, sigFigs: 15 };
  const whole = (m[1] ?? '0').replace(/,/g, '');
  const fraction = m[2] ?? '';
  const literal = Number(`${whole}.${fraction || '0'}`);
  const scale = literal === 0 ? 1 : Math.abs(figure.value) / literal;
  const trailingZeros = fraction ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0);
  const digits = (whole + fraction).replace(/^0+/, '');
  const sigFigs = Math.max(1, fraction ? digits.length : digits.length - trailingZeros);
  // Tolerance from the last digit written: "$100 million" is taken as ±$0.5 million. Reading
  // its zeros as rounding (±$50 million) would make every check agree and mean nothing.
  const unit = fraction ? 10 ** -fraction.length : 1;
  return { halfUnit: (unit / 2) * scale, sigFigs };
}

/** The fewest significant figures among the inputs: a result is no more precise than they are. */
export function leastSigFigs(figures: Figure[]): number {
  return Math.min(...figures.map((f) => precisionOf(f).sigFigs));
}

export interface Interval {
  low: number;
  high: number;
}

export function intervalOf(value: number, halfUnit: number): Interval {
  return { low: value - halfUnit, high: value + halfUnit };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high + 1e-9 * Math.abs(b.high) && b.low <= a.high + 1e-9 * Math.abs(a.high);
}
