/** Reading the numbers releases write: digits with thousands commas, and small numbers in words. */

export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  t: 1e12,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** One to ninety-nine in words: `five`, `Ninety-five`, `thirty`. */
export const WORDS_TO_99 = `(?:${TENS.join('|')})(?:[-\\s](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')}`;

/** The value of a number `WORDS_TO_99` matched. */
export function parseWordsTo99(written: string): number {
  const [first = '', second] = written.toLowerCase().split(/[-\s]/);
  const tens = TENS.indexOf(first);
  if (tens >= 0) return 20 + 10 * tens + (second ? UNITS.indexOf(second) + 1 : 0);
  const teen = TEENS.indexOf(first);
  return teen >= 0 ? 10 + teen : UNITS.indexOf(first) + 1;
}

/** A number as written: `1,063`, `17.7`, `500000`. Bounded so no input backtracks. */
export const NUMBER = '\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6})?|\\.\\d{1,6}';

export function parseNumber(written: string): number {
  return Number(written.replace(/,/g, ''));
}

/** `value × scale`, rounded to the cent so 17.7 billion is 17700000000 exactly. */
export function scaled(value: number, scale: string | undefined): number {
  const factor = scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1;
  return Math.round(value * factor * 100) / 100;
}
