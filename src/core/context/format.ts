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
  return grouped(rounded, decimals);
}

const SHORTEST = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * `value.toLocaleString('en-US', { maximumFractionDigits: decimals })` for a value ≥ 0,
 * digit for digit: Intl rounds the shortest decimal form half away from zero, as this
 * does on `String(value)`. The first Intl call of a page costs ~10 ms of ICU set-up,
 * more than the rest of the analysis.
 */
export function grouped(value: number, decimals: number): string {
  const m = SHORTEST.exec(String(value));
  if (!m) return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
  let digits = `${m[1]}${m[2] ?? ''}`;
  // The decimal point sits after `point` digits (negative: that many zeros before them).
  let point = (m[1] as string).length + Number(m[3] ?? 0);
  const keep = point + decimals;
  if (keep < digits.length) {
    const up = keep >= 0 && (digits[keep] as string) >= '5';
    digits = keep > 0 ? digits.slice(0, keep) : '';
    if (up) {
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') i--;
      digits = i < 0 ? `1${'0'.repeat(digits.length)}` : `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
      if (i < 0) point++;
    }
  }
  if (point <= 0) {
    digits = `${'0'.repeat(1 - point)}${digits}`;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(point).replace(/0+$/, '');
  const withCommas = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${withCommas}.${fraction}` : withCommas;
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

/** "1,200 jobs", "3.4 million tons"; a count with no noun ("an annual rate of 924,400") is the number alone. */
export function formatQuantity(value: number, unit: string, sig = 4): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const noun = unit ? ` ${unit}` : '';
  for (const [scale, word] of SCALES) {
    if (roundSig(abs, sig) >= scale) return `${sign}${scaled(abs / scale, sig)} ${word}${noun}`;
  }
  return `${sign}${scaled(abs, sig)}${noun}`;
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

/** "a 6 percent rise", "an 8 percent rise", "an 11.5% rise": the article a figure takes as it is read aloud (eight, eleven, eighteen, eighty…). */
export function withArticle(figure: string): string {
  const vowelSound = /^(?:8|1[18](?![\d])|1[18],\d{3}(?!\d)|1[18],\d{3},\d{3}(?!\d)|eight|eleven|eighteen|eighty)/i.test(figure);
  return `${vowelSound ? 'an' : 'a'} ${figure}`;
}
