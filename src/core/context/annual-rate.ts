/**
 * Rates stated at an annual rate: BEA's "increased 5.2 percent at an annual rate, or
 * $363.4 billion, in the second quarter" is the quarter's change compounded over four
 * quarters, so the quarter itself moved (1.052)^(1/4) − 1 ≈ 1.27%. Checks and implied
 * bases work on the period's own change; a rate whose period's length is unknown is left
 * alone rather than guessed. A month's "annual rate" is its levels' (Census's "seasonally
 * adjusted annual rate of $1,291.1 billion", BEA's monthly income): the percent beside it
 * is the month's own change, which the annualized levels give unchanged.
 */
import { parsePeriod } from '../periods.js';
import type { Fig } from './figures.js';

/** How a stated rate turns into the period's own growth factor. */
export interface RateBasis {
  /** Periods a year, when the rate is annualized; 1 when it is the period's own change. */
  perYear: number;
}

export function basisOf(rate: Fig): RateBasis | undefined {
  if (!rate.m.annualRate) return { perYear: 1 };
  const p = parsePeriod(rate.m.period);
  if (p?.kind === 'quarter') return { perYear: 4 };
  return p?.kind === 'month' || p?.kind === 'year' || p?.kind === 'fiscal' ? { perYear: 1 } : undefined;
}

/** The period's own growth factor for a signed rate in percent: 1 + r, or (1 + r)^(1/n). */
export function periodFactor(signedPercent: number, basis: RateBasis): number {
  return (1 + signedPercent / 100) ** (1 / basis.perYear);
}

/** A period's own change in percent, stated the way the rate is (annualized when it is). */
export function asStated(periodPercent: number, basis: RateBasis): number {
  return basis.perYear === 1 ? periodPercent : 100 * ((1 + periodPercent / 100) ** basis.perYear - 1);
}

/** "(1 + 0.052)" or "(1 + 0.052)^(1/4)": the factor as the formula shows it. */
export function factorFormula(op: '+' | '-', fraction: string, basis: RateBasis): string {
  return basis.perYear === 1 ? `(1 ${op} ${fraction})` : `(1 ${op} ${fraction})^(1/${basis.perYear})`;
}
