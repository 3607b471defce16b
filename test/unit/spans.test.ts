import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepDisjoint, type Span } from '../../src/core/extract/spans.js';

/** The rule as first written: keep a proposal unless it overlaps anything kept so far. */
function naive<T extends Span>(batches: T[][]): T[] {
  const kept: T[] = [];
  for (const batch of batches) {
    for (const p of [...batch].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (p.end > p.start && !kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(([start, len]) => ({ start, end: start + len }));

describe('keepDisjoint', () => {
  it('lets the first batch win and keeps the result sorted', () => {
    const first = keepDisjoint([], [{ start: 0, end: 26 }]);
    const second = keepDisjoint(first, [
      { start: 22, end: 26 },
      { start: 30, end: 34 },
    ]);
    expect(second).toEqual([
      { start: 0, end: 26 },
      { start: 30, end: 34 },
    ]);
  });

  it('agrees with the quadratic rule on any batches', () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 20 }), { maxLength: 5 }), (batches) => {
        const fast = batches.reduce<Span[]>((kept, batch) => keepDisjoint(kept, batch), []);
        expect(fast).toEqual(naive(batches));
      }),
    );
  });
});
