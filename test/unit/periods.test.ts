/** The normalized period forms and their arithmetic (core/periods.ts). */
import { describe, expect, it } from 'vitest';
import { describePeriod, formatPeriod, inYear, parsePeriod, previousPeriod, yearEarlier } from '../../src/core/periods.js';

describe('periods', () => {
  it('reads and writes each form', () => {
    for (const p of ['2006', '2004-Q2', '2009-10', 'FY2023', '2007-01..2007-05']) expect(formatPeriod(parsePeriod(p) as NonNullable<ReturnType<typeof parsePeriod>>)).toBe(p);
    expect(parsePeriod('2009-13')).toBeUndefined();
    expect(parsePeriod('May 2009')).toBeUndefined();
  });

  it('the period just before: a year, a quarter across a year, a month across a year, a span a year earlier', () => {
    expect(previousPeriod('2006')).toBe('2005');
    expect(previousPeriod('2004-Q1')).toBe('2003-Q4');
    expect(previousPeriod('2010-01')).toBe('2009-12');
    expect(previousPeriod('FY2023')).toBe('FY2022');
    expect(previousPeriod('2007-01..2007-05')).toBe('2006-01..2006-05');
  });

  it('the same period a year earlier, and in a named year', () => {
    expect(yearEarlier('2004-Q2')).toBe('2003-Q2');
    expect(yearEarlier('2006-05')).toBe('2005-05');
    expect(inYear('2017-01..2017-09', 2016)).toBe('2016-01..2016-09');
  });

  it('in words, for sentences', () => {
    expect(describePeriod('2004-Q2')).toBe('the second quarter of 2004');
    expect(describePeriod('2009-10')).toBe('October 2009');
    expect(describePeriod('2007-01..2007-05')).toBe('January–May 2007');
    expect(describePeriod('FY2023')).toBe('fiscal year 2023');
  });
});
