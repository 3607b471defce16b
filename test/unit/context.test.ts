import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/pipeline.js';
import { FOUNDING_TEXT } from '../support/founding.js';

describe('implied base on the founding release', () => {
  const { annotations, insights } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T00:00:00Z') });
  const implied = insights.filter((i) => i.kind === 'implied-base');

  it('computes the 2005 values a 32% and a 44% rise imply', () => {
    expect(implied.map((i) => (i.value ?? 0) / 1e9).map((v) => v.toFixed(2))).toEqual(['41.67', '12.29']);
    expect(implied[0]?.formula).toBe('55000000000 / (1 + 0.32)');
    expect(implied[0]?.summary).toContain('$13.33 billion');
    expect(implied[1]?.summary).toContain('$5.41 billion');
  });

  it('names the money and rate annotations it came from', () => {
    for (const insight of implied) {
      const kinds = insight.inputs.map((id) => annotations.find((a) => a.id === id)?.kind).sort();
      expect(kinds).toEqual(['money', 'percent']);
    }
  });

  it('finds no implied base in a sentence without a direction', () => {
    expect(analyze('The fund holds $5 billion and 10% of it is cash.', { now: new Date() }).insights).toEqual([]);
  });

  it('divides by (1 - rate) on a decrease', () => {
    const [insight] = analyze('Exports fell 20% to $80 million.', { now: new Date() }).insights;
    expect(insight?.value).toBe(100e6);
  });
});
