/** What each figure measures, read from its sentence. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { isFigure, measureFigures } from '../../src/core/extract/measure.js';
import type { Measure } from '../../src/core/model.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const measures = (text: string): Record<string, Measure | undefined> =>
  Object.fromEntries(
    measureFigures(text, extract(text)).flatMap((a) => (a.kind === 'money' || a.kind === 'percent' ? [[a.text, a.measure]] : [])),
  );

describe('measure', () => {
  it('reads subject, period and direction on the founding release', () => {
    const m = measures(FOUNDING_TEXT);
    expect(m['$55 billion']).toEqual({ subject: 'U.S. exports to China', period: '2006', direction: 'up', role: 'level' });
    expect(m['32%']).toEqual({ subject: 'U.S. exports to China', period: '2006', basePeriod: '2005', direction: 'up', role: 'change' });
    expect(m['44%']).toMatchObject({ subject: 'U.S. high technology exports to China', period: '2006', direction: 'up', role: 'change' });
    expect(m['$17.7 billion']).toMatchObject({ subject: 'U.S. high technology exports to China', period: '2006', role: 'level' });
  });

  it('tells levels, changes, bases and shares apart', () => {
    const m = measures('Exports decreased $2.1 billion to $190.4 billion from $192.5 billion, and accounted for 12% of the total.');
    expect(m['$2.1 billion']?.role).toBe('change');
    expect(m['$2.1 billion']?.direction).toBe('down');
    expect(m['$190.4 billion']?.role).toBe('level');
    expect(m['$192.5 billion']?.role).toBe('base');
    expect(m['12%']?.role).toBe('share');
  });

  it('reads direction after the figure: "a 4.8% decrease", and restated rates: "or 0.9 percent"', () => {
    expect(measures('Exports were $2.23 trillion in 2015, a 4.8% decrease from 2014.')['4.8%']).toMatchObject({ direction: 'down', role: 'change', period: '2015', basePeriod: '2014' });
    expect(measures('Exports increased $1.6 billion, or 0.9 percent, in March.')['0.9 percent']).toMatchObject({ direction: 'up', role: 'change' });
  });

  it('gives each clause its own subject', () => {
    const m = measures('Imports fell 3.2% to $215.3 billion, while exports rose 1.5% to $180.1 billion.');
    expect(m['3.2%']).toMatchObject({ subject: 'Imports', direction: 'down' });
    expect(m['$180.1 billion']).toMatchObject({ subject: 'exports', direction: 'up', role: 'level' });
  });

  it('leaves out what the sentence does not say', () => {
    const m = measures('$5 million will go to the program.');
    expect(m['$5 million']).toEqual({ role: 'level' });
    expect(measures('The agency set up a $5 million fund.')['$5 million']?.role).toBe('level');
    expect(measures('Exports were more than $5 billion.')['$5 billion']?.role).toBe('level');
  });

  it('strips lead-ins and datelines from subjects', () => {
    expect(measures('In 2006, U.S. exports to China totaled $55 billion.')['$55 billion']?.subject).toBe('U.S. exports to China');
    expect(measures('WASHINGTON—Exports totaled $55 billion in 2006.')['$55 billion']?.subject).toBe('Exports');
  });

  it('leaves other annotations alone', () => {
    const text = 'On Tuesday, December 11, 2007, BIS said exports rose 5%.';
    const before = extract(text);
    const after = measureFigures(text, before);
    expect(after.filter((a) => a.kind !== 'percent')).toEqual(before.filter((a) => a.kind !== 'percent'));
  });
});

describe('measure: periods as a reader resolves them', () => {
  const m = (text: string, published?: string) =>
    Object.fromEntries(measureFigures(text, extract(text), published ? { published } : {}).flatMap((a) => (a.kind === 'money' || a.kind === 'percent' ? [[a.text, a.measure]] : [])));

  it('year-to-date through the report month, against the same months a year earlier', () => {
    const text = 'The May 2007 trade report is out. Today’s report shows that U.S. exports increased by 10.8 percent to $644.1 billion year-to-date (through May) over the same period in 2006. Imports increased 4.5 percent to $939.6 billion.';
    expect(m(text)['10.8 percent']).toMatchObject({ subject: 'U.S. exports', period: '2007-01..2007-05', basePeriod: '2006-01..2006-05', role: 'change' });
    expect(m(text)['$644.1 billion']).toMatchObject({ period: '2007-01..2007-05', role: 'level' });
    // The next sentence names no time: the paragraph's carries over.
    expect(m(text)['4.5 percent']).toMatchObject({ subject: 'Imports', period: '2007-01..2007-05', basePeriod: '2006-01..2006-05' });
  });

  it('a quarter against the same quarter a year earlier, and "in the same period"', () => {
    const text = 'The estimate increased 14.0 percent from the second quarter of 2009 while total retail sales increased 7.5 percent in the same period. It was for the second quarter of 2010.';
    const got = m('Retail e-commerce sales for the second quarter of 2010 increased 14.0 percent from the second quarter of 2009 while total retail sales increased 7.5 percent in the same period.');
    expect(got['14.0 percent']).toMatchObject({ period: '2010-Q2', basePeriod: '2009-Q2' });
    expect(got['7.5 percent']).toMatchObject({ subject: 'total retail sales', period: '2010-Q2', basePeriod: '2009-Q2' });
    expect(text).toBeTruthy();
  });

  it('a month without a year takes the release’s, and a change without a base is from the month before', () => {
    const got = m('The total trade deficit improved by 15 percent in September to $40.8 billion.', '2015-11-04');
    expect(got['15 percent']).toMatchObject({ subject: 'The total trade deficit', period: '2015-09', basePeriod: '2015-08', role: 'change', direction: 'down' });
    expect(got['$40.8 billion']).toMatchObject({ period: '2015-09', role: 'level' });
  });

  it('a base is dated on its own: "$80,610 in 2023, a 4.0% increase from the 2022 median of $77,540"', () => {
    const got = m('Real median household income was $80,610 in 2023, a 4.0% increase from the 2022 median of $77,540.');
    expect(got['$77,540']).toMatchObject({ role: 'base', period: '2022' });
    expect(got['4.0%']).toMatchObject({ role: 'change', period: '2023', basePeriod: '2022' });
  });
});

describe('measure: subjects are noun phrases, never clause openers or pronouns', () => {
  const subject = (text: string, figure: string) =>
    measureFigures(text, extract(text)).filter(isFigure).find((a) => a.text === figure)?.measure?.subject;

  it('drops the clause around the subject', () => {
    expect(subject('Although there was a small increase in April, on a year-to-date basis, the deficit narrowed 7.0 percent.', '7.0 percent')).toBe('the deficit');
    expect(subject('The Census Bureau announced today that real median household income increased by 3.2 percent.', '3.2 percent')).toBe('real median household income');
    expect(subject('Year-to-date, the trade deficit has improved 3.5 percent.', '3.5 percent')).toBe('the trade deficit');
  });

  it('gives none for a pronoun, and none for the agent of an action', () => {
    expect(subject('It rose 4 percent in 2006.', '4 percent')).toBeUndefined();
    expect(subject('There were 5 percent more.', '5 percent')).toBeUndefined();
    expect(subject('NIST was granted $580 million for the work.', '$580 million')).not.toBe('NIST');
  });

  it('finds what money is for, and what a labelled figure is', () => {
    expect(subject('Locke announced today the availability of $27 million in grants for Midwestern communities.', '$27 million')).toBe('grants for Midwestern communities');
    expect(subject('The change reflected increases in capital goods ($0.8 billion).', '$0.8 billion')).toBe('capital goods');
    expect(subject('The goods deficit reflected an increase in the goods deficit of $0.6 billion to $81.4 billion.', '$81.4 billion')).toBe('the goods deficit');
  });
});
