/** Shares only where the text relates part and whole; stated shares checked within rounding. */
import { describe, expect, it } from 'vitest';
import { narrows } from '../../src/core/context/share.js';
import { analyze } from '../../src/core/pipeline.js';

const insights = (text: string, kind: string) => analyze(text, { now: new Date('2026-11-29T00:00:00Z') }).insights.filter((i) => i.kind === kind);

describe('share', () => {
  it('a narrower subject is a part; a wider or different one is not', () => {
    expect(narrows('U.S. high technology exports to China', 'U.S. exports to China')).toBe(true);
    expect(narrows('U.S. high-tech exports to China', 'U.S. exports to China')).toBe(true);
    expect(narrows('U.S. exports to China', 'U.S. exports')).toBe(true);
    expect(narrows('U.S. exports to China and Mexico', 'U.S. exports to China')).toBe(false);
    expect(narrows('U.S. imports from China', 'U.S. exports to China')).toBe(false);
    expect(narrows('U.S. exports to China', 'U.S. exports to China')).toBe(false);
    expect(narrows('total U.S. exports', 'U.S. exports')).toBe(false);
  });

  it('relates part and whole of the same period only', () => {
    const same = 'U.S. exports totaled $100 billion in 2010. U.S. exports to China totaled $25 billion in 2010.';
    expect(insights(same, 'share').map((s) => s.value)).toEqual([25]);
    const other = 'U.S. exports totaled $100 billion in 2010. U.S. exports to China totaled $25 billion in 2011.';
    expect(insights(other, 'share')).toEqual([]);
  });

  it('never gives a part larger than its whole, or a share between unrelated subjects', () => {
    expect(insights('U.S. exports totaled $10 billion in 2010. U.S. exports to China totaled $25 billion in 2010.', 'share')).toEqual([]);
    expect(insights('U.S. exports totaled $100 billion in 2010. U.S. imports totaled $25 billion in 2010.', 'share')).toEqual([]);
  });

  it('leaves a subject alone when the release gives it two values for one period', () => {
    const text = 'U.S. exports totaled $100 billion in 2010. U.S. exports totaled $90 billion in 2010. U.S. exports to China totaled $25 billion in 2010.';
    expect(insights(text, 'share')).toEqual([]);
  });
});

describe('a stated share', () => {
  it('agrees when part ÷ whole rounds to it', () => {
    const [c] = insights('High-tech exports were $17.7 billion, or 32% of the $55 billion total.', 'consistency');
    expect(c?.status).toBe('agrees');
    expect(c?.value).toBeCloseTo(32.1818, 3);
    expect(c?.formula).toBe('100 × 17700000000 / 55000000000');
  });

  it('is flagged when it does not', () => {
    const [c] = insights('High-tech exports were $17.7 billion, or 40% of the $55 billion total.', 'consistency');
    expect(c?.status).toBe('mismatch');
    expect(c?.summary).toMatch(/^Check: \$17\.7 billion of \$55 billion is about 32\.18%, not the stated 40%/);
  });

  it('needs part, share and whole side by side', () => {
    expect(insights('Exports were $17.7 billion, and officials said 40% of firms expect $55 billion in sales.', 'consistency')).toEqual([]);
  });
});
