import { describe, expect, it } from 'vitest';
import { formatQuantity, grouped, withArticle } from '../../src/core/context/format.js';

/** A fixed sequence of pseudo-random numbers, so a failure can be replayed. */
function* numbers(count: number): Generator<number> {
  let seed = 20071211;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const value = next() * 10 ** Math.floor(next() * 24 - 10);
    // Halves at the last shown digit are where a rounding rule shows.
    yield i % 3 === 0 ? Math.round(value * 1000) / 1000 + 0.005 : i % 3 === 1 ? Number(value.toPrecision(1 + (i % 6))) : value;
  }
}

it('groups and rounds as Intl does for en-US', () => {
  const intl = (value: number, decimals: number) => value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
  const special = [0, 0.5, 0.005, 0.0049, 0.995, 9.995, 999.995, 9999.5, 1.005, 0.125, 1e21, 1.5e-7, 5e-7, 0.045, 123456789.125, Infinity, NaN];
  const values = [...special, ...numbers(5_000)];
  for (const [i, value] of values.entries()) {
    const decimals = i % 4;
    expect([value, decimals, grouped(value, decimals)]).toEqual([value, decimals, intl(value, decimals)]);
  }
});

describe('the article before a figure read aloud', () => {
  it.each([
    ['6 percent', 'a 6 percent'],
    ['8 percent', 'an 8 percent'],
    ['80%', 'an 80%'],
    ['11.5 percent', 'an 11.5 percent'],
    ['18 percent', 'an 18 percent'],
    ['110 percent', 'a 110 percent'],
    ['18,000', 'an 18,000'],
    ['1,180', 'a 1,180'],
    ['eight percent', 'an eight percent'],
    ['+8.2%', 'a +8.2%'],
  ])('%s → %s', (figure, expected) => {
    expect(withArticle(figure)).toBe(expected);
  });
});

describe('a count with no noun', () => {
  it('is the number alone, with no space where the noun would be', () => {
    expect(formatQuantity(924_400, '', 4)).toBe('924,400');
    expect(formatQuantity(22.7e6, 'visitors', 3)).toBe('22.7 million visitors');
  });
});
