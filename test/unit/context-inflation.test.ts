/** Inflation from the shipped CPI-U table, and only for the years it covers. */
import { describe, expect, it } from 'vitest';
import { loadCpi } from '../../src/core/context/cpi.js';
import table from '../../src/core/data/cpi-u-annual.json';
import { analyze } from '../../src/core/pipeline.js';

const inflation = (text: string) => analyze(text, { now: new Date('2026-11-29T00:00:00Z') }).insights.filter((i) => i.kind === 'inflation');

describe('inflation', () => {
  it('uses the latest year of the table and names both index values', () => {
    const cpi = loadCpi();
    expect(cpi.latestYear).toBe(2025);
    const [i] = inflation('Grants totaled $5 million in 2010.');
    const ratio = table.annual_average['2025'] / table.annual_average['2010'];
    expect(i?.value).toBe(Math.round(5e6 * ratio));
    expect(i?.summary).toBe(`$5 million in 2010 is about $7.4 million in 2025 dollars (CPI-U 321.943 in 2025 / 218.056 in 2010).`);
    expect(i?.unit).toBe('USD 2025');
  });

  it('carries the source and the 11-month caveat of 2025', () => {
    const [i] = inflation('Grants totaled $5 million in 2010.');
    expect(i?.caveats?.[0]).toContain('Bureau of Labor Statistics');
    expect(i?.caveats?.some((c) => c.includes('11 months'))).toBe(true);
  });

  it('gives nothing for a year the table does not cover, the latest year itself, or an amount with no year', () => {
    expect(inflation('Grants totaled $5 million in 1995.')).toEqual([]);
    expect(inflation('Grants totaled $5 million in 2025.')).toEqual([]);
    expect(inflation('Grants totaled $5 million in 2030.')).toEqual([]);
    expect(inflation('Grants totaled $5 million.')).toEqual([]);
  });

  it('does not adjust a rate or a change', () => {
    expect(inflation('Exports rose $5 million in 2010.')).toEqual([]);
    expect(inflation('Exports rose 5% in 2010.')).toEqual([]);
  });

  it('rejects a malformed table rather than guessing', () => {
    expect(() => loadCpi({ ...table, annual_average: { 2010: -1 } })).toThrow();
  });
});
