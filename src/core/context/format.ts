/**
 * Human figures for summaries. Derived amounts show at most two decimals of their scale
 * ("$41.67 billion") and never more significant figures than their inputs allow.
 */
const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Rounds to `sig` significant figures. */
export function roundSig(value: number, sig: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (sig - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

function scaled(abs: number, sig: number): string {
  const rounded = roundSig(abs, sig);
  const intDigits = rounded >= 1 ? Math.floor(Math.log10(rounded)) + 1 : 1;
  const decimals = Math.max(0, Math.min(2, sig - intDigits));
  return rounded.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

/** "$41.67 billion"; `sig` caps the significant figures shown. */
export function formatUsd(value: number, sig = 4): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (roundSig(abs, sig) >= scale) return `${sign}$${scaled(abs / scale, sig)} ${word}`;
  }
  return `${sign}$${scaled(abs, sig)}`;
}

/** "1,200 jobs", "3.4 million tons". */
export function formatQuantity(value: number, unit: string, sig = 4): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (roundSig(abs, sig) >= scale) return `${sign}${scaled(abs / scale, sig)} ${word} ${unit}`;
  }
  return `${sign}${scaled(abs, sig)} ${unit}`;
}

/** "32.2%", one decimal unless the inputs justify fewer digits. */
export function formatPercent(value: number, decimals = 1): string {
  return `${value.toFixed(decimals)}%`;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "two years", "18 years", "one month". */
export function count(n: number, unit: string): string {
  const word = n >= 0 && n < 10 ? (SMALL[n] as string) : String(n);
  return `${word} ${unit}${n === 1 ? '' : 's'}`;
}

/** A number as a formula shows it: plain digits, no exponent, no float noise. */
export function plain(value: number): string {
  return String(Number(value.toPrecision(12)));
}
