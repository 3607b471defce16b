import fc from 'fast-check';
import { expect, it } from 'vitest';
import { firstIndex } from '../../src/core/first-index.js';

it('finds the first index where a monotone test turns true, as a linear scan does', () => {
  fc.assert(
    fc.property(fc.nat({ max: 200 }), fc.nat({ max: 220 }), (n, turn) => {
      const holds = (i: number) => i >= turn;
      const linear = Array.from({ length: n }, (_, i) => i).find(holds) ?? n;
      expect(firstIndex(n, holds)).toBe(linear);
    }),
  );
});
