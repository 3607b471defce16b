import { expect, it } from 'vitest';
import { LATIN1, lettersOf, UNICODE } from '../../src/core/extract/letters.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

it('the Latin-1 classes are the Unicode classes within Latin-1', () => {
  for (const key of ['upper', 'lower', 'letter'] as const) {
    const latin = new RegExp(`^${LATIN1[key]}$`, 'u');
    const full = new RegExp(`^${UNICODE[key]}$`, 'u');
    for (const c of range(0, 0xff)) expect([c, latin.test(c)]).toEqual([c, full.test(c)]);
  }
});

it('only a text with a character beyond Latin-1 and General Punctuation gets the full classes', () => {
  expect(range(0x2000, 0x206f).filter((c) => /\p{L}/u.test(c))).toEqual([]);
  expect(lettersOf('Carlos M. Gutiérrez — “the HTWG’s” …')).toBe(LATIN1);
  expect(lettersOf('Łukasz Żółw')).toBe(UNICODE);
  expect(lettersOf('𝐀lpha')).toBe(UNICODE);
  expect(lettersOf('$5 €')).toBe(UNICODE);
});
