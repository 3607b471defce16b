/** Spans of months as releases name them, each one ISO interval rather than its ends as two dates. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/extract/dates.js';
import { keepDisjoint } from '../../src/core/extract/spans.js';

const isos = (text: string, published?: string) =>
  keepDisjoint([], findDates(text, published ? { published } : {})).map((d) => (d.kind === 'date' ? d.iso : ''));

describe('dates: spans of months', () => {
  it('"January 1993 through March 2000" is one span across years', () => {
    expect(isos('Estimates will be revised for the months of January 1993 through March 2000.')).toEqual(['1993-01/2000-03']);
  });

  it('"the February 2016 to March 2016 percent change" is one span', () => {
    expect(isos('The February 2016 to March 2016 percent change was revised.')).toEqual(['2016-02/2016-03']);
  });

  it('"the January to February 2000 percent change" is one span', () => {
    expect(isos('The January to February 2000 percent change was revised.')).toEqual(['2000-01/2000-02']);
  });

  it('"from April to May 2007" names two months, not a span', () => {
    expect(isos('Exports rose from April to May 2007.')).not.toContain('2007-04/2007-05');
  });

  it('"(January through September)" after "year to date" is a span in the dateline’s year', () => {
    expect(isos('December 03, 2012. Visitors spent $123.1 billion year to date (January through September).')).toEqual(['2012-12-03', '2012-01/2012-09']);
  });

  it('"the first half of 2007" and "the first three quarters of 2012" are the months they cover', () => {
    expect(isos('Exports for the first half of 2007 grew.')).toEqual(['2007-01/2007-06']);
    expect(isos('The fastest growing sector through the first three quarters of 2012.')).toEqual(['2012-01/2012-09']);
    expect(isos('Sales in the second half of 2010 fell.')).toEqual(['2010-07/2010-12']);
  });

  it('a span whose end comes before its start is no span', () => {
    expect(isos('From March 2000 through January 1993 nothing.')).not.toContain('2000-03/1993-01');
  });
});

describe('dates: a span is one date, and quarters named without a year', () => {
  it('"for January through March 2011" gives the span alone, not also its first month', () => {
    expect(isos('August 29, 2011. Revised estimates for January through March 2011 (first quarter).')).toEqual(['2011-08-29', '2011-01/2011-03', '2011-Q1']);
  });

  it('a quarter named alone takes the year of the full date before it, or the release’s', () => {
    expect(isos('Real GDP rose in the second quarter. In the first quarter, it fell.', '2014-08-28')).toEqual(['2014-Q2', '2014-Q1']);
    expect(isos('These estimates reflect first-quarter wage tabulations.', '2011-08-29')).toEqual(['2011-Q1']);
  });

  it('a quarter that begins after the release’s month is the year before’s', () => {
    expect(isos('In the fourth quarter, sales rose.', '2015-02-27')).toEqual(['2014-Q4']);
  });

  it('a quarter with its year is read once, and "three quarters" or a quarter with no date to go by is none', () => {
    expect(isos('In the second quarter of 2010, sales rose.', '2010-08-01')).toEqual(['2010-Q2']);
    expect(isos('Sales in the first three quarters rose.', '2010-08-01')).toEqual([]);
    expect(isos('In the fourth quarter, sales rose.')).toEqual([]);
  });
});
