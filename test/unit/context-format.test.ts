import { expect, it } from 'vitest';
import { grouped } from '../../src/core/context/format.js';

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
