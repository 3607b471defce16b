/** What each figure measures, read from its sentence. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
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
