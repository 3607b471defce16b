/** Reading the numbers releases write: digits with thousands commas, and small numbers in words. */

/** A margin of error's sign: "±", "+/-", "+ or -", or the "?" a page prints when it lost the "±" ("(?0.5 percent)"). */
export const PLUS_MINUS = '(?:±|\\+\\/-|\\+\\s?or\\s?-|(?<=\\(\\s*)\\?)';

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

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Numbers releases write in words: one to nineteen, the tens, a dozen, a hundred. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...[...UNITS, ...TEENS].map((w, i) => [w, i + 1] as const),
  ...TENS.map((w, i) => [w, 20 + 10 * i] as const),
  ['hundred', 100],
  ['dozen', 12],
]);

/** One to ninety-nine in words: `five`, `Ninety-five`, `thirty`. */
export const WORDS_TO_99 = `(?:${TENS.join('|')})(?:[-\\s](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')}`;

/** The value of a number `WORDS_TO_99` matched. */
export function parseWordsTo99(written: string): number {
  return written
    .toLowerCase()
    .split(/[-\s]/)
    .reduce((sum, word) => sum + (NUMBER_WORDS[word] ?? 0), 0);
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
