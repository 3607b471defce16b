/**
 * A change and the rate written right after it as its restatement ("increased $27.7
 * billion, or 0.2 percent", "$512 million more (4 percent)"): the text pairs them itself.
 */
import type { Fig } from './figures.js';

/** `$A, or B percent`, `$A (B percent)`, `$A more (B percent)`: a change and the rate that restates it. */
const RESTATED_BY = /^(?:,?\s{1,3}or\s{1,3}|\s{0,2}(?:(?:more|less|higher|lower)\s{1,2})?\()$/;

/** Whether `rate` is written right after the money or quantity change `change` as its restatement. */
export function restates(change: Fig, rate: Fig, text: string): boolean {
  if (change.a.kind === 'percent' || rate.a.kind !== 'percent' || change.m.role !== 'change' || rate.m.role !== 'change') return false;
  return rate.a.start > change.a.end && rate.a.start - change.a.end <= 12 && RESTATED_BY.test(text.slice(change.a.end, rate.a.start));
}

/** Each change with the rate written right after it, when every change and rate pairs so; else none. */
export function restatedPairs(changes: Fig[], rates: Fig[], text: string): Array<[Fig, Fig]> | undefined {
  if (rates.length !== changes.length) return undefined;
  const pairs = changes.map((change, i): [Fig, Fig] => [change, rates[i] as Fig]);
  // A pair whose figures were dated apart is no one change.
  const sameTime = (change: Fig, rate: Fig) => !change.m.basePeriod || !rate.m.basePeriod || change.m.basePeriod === rate.m.basePeriod;
  const restated = ([change, rate]: [Fig, Fig]) => restates(change, rate, text) && sameTime(change, rate);
  return pairs.every(restated) ? pairs : undefined;
}
