import { expect, it } from 'vitest';
import { LATIN1, lettersOf, NOT_LETTERS, UNICODE } from '../../src/core/extract/letters.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

it('the Latin-1 classes are the Unicode classes within Latin-1', () => {
  for (const key of ['upper', 'lower', 'letter'] as const) {
    const latin = new RegExp(`^${LATIN1[key]}$`, 'u');
    const full = new RegExp(`^${UNICODE[key]}$`, 'u');
    for (const c of range(0, 0xff)) expect([c, latin.test(c)]).toEqual([c, full.test(c)]);
  }
});

it('only a text with a letter beyond Latin-1 gets the full classes', () => {
  const notLetters = new RegExp(`^[${NOT_LETTERS}]$`);
  expect(range(0x100, 0xffff).filter((c) => notLetters.test(c) && /\p{L}/u.test(c))).toEqual([]);
  expect(lettersOf('Carlos M. Gutiérrez — “the HTWG’s” … €5 ▪ → ™')).toBe(LATIN1);
  expect(lettersOf('Łukasz Żółw')).toBe(UNICODE);
  expect(lettersOf('𝐀lpha')).toBe(UNICODE);
  expect(lettersOf('ℂ')).toBe(UNICODE);
});
