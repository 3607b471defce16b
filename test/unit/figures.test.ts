import { describe, expect, it } from 'vitest';
import { findEmails, findPhones } from '../../src/core/extract/contacts.js';
import { findDates, findYears } from '../../src/core/extract/dates.js';
import { findMoney, findPercents, findQuantities } from '../../src/core/extract/figures.js';
import { keepDisjoint } from '../../src/core/extract/spans.js';

const pick = <T extends object, K extends keyof T>(list: T[], ...keys: K[]) => list.map((x) => Object.fromEntries(keys.map((k) => [k, x[k]])));

describe('money in every form', () => {
  it.each([
    ['$55 billion', 55e9],
    ['$1.48 trillion', 1.48e12],
    ['$100+ billion', 100e9],
    ['$3.7 MILLION', 3.7e6],
    ['$500,000', 500000],
    ['US$3 million', 3e6],
    ['$1,063 billion', 1063e9],
    ['$8.3M', 8.3e6],
    ['$8.3m', 8.3e6],
    ['$5 m', 5e6],
    ['$9.1 Million', 9.1e6],
    ['55 billion dollars', 55e9],
  ])('%s is %d dollars', (text, value) => {
    expect(findMoney(`It was ${text} in all.`).map((m) => [m.text, m.kind === 'money' && m.value])).toEqual([[text, value]]);
  });

  it('reads a comma with fewer than three digits before a scale word as a decimal point', () => {
    expect(findMoney('Imports rose to $41,2 billion and exports to $9,75 million.').map((m) => [m.text, m.kind === 'money' && m.value])).toEqual([
      ['$41,2 billion', 41.2e9],
      ['$9,75 million', 9.75e6],
    ]);
    // Three digits after the comma are thousands; without a scale word the comma stays unread.
    expect(findMoney('a fine of $12,500 million; $12,5 in fees').map((m) => m.kind === 'money' && m.value)).toEqual([12500e6, 12]);
  });

  it('a range lends its scale to its first figure', () => {
    expect(findMoney('valued at $3 to $5 billion in 2001').map((m) => m.kind === 'money' && m.value)).toEqual([3e9, 5e9]);
  });
});

describe('percentages and percentage points', () => {
  it('reads 32%, 4.0 percent, nearly 60 percent and a negative change', () => {
    expect(findPercents('up 32%, or 4.0 percent; nearly 60 percent; -2.3%').map((p) => p.kind === 'percent' && p.value)).toEqual([32, 4, 60, -2.3]);
  });

  it('reads a percentage written in words, in reading order with the others', () => {
    const found = findPercents('an increase of more than five percent; Ninety-five percent of consumers; up 4%; twelve per cent; forty-two percent');
    expect(found.map((p) => [p.text, p.kind === 'percent' && p.value])).toEqual([
      ['five percent', 5],
      ['Ninety-five percent', 95],
      ['4%', 4],
      ['twelve per cent', 12],
      ['forty-two percent', 42],
    ]);
    expect(findPercents('someone percent; fivepercent')).toEqual([]);
  });

  it('a headline’s capitalized "Percent" on the figure’s line, and a hyphenated "90-percent"', () => {
    expect(findPercents('Deficit Widened by 7.2 Percent; UP 23.1 PERCENT; the 90-percent confidence level').map((p) => [p.text, p.kind === 'percent' && p.value])).toEqual([
      ['7.2 Percent', 7.2],
      ['23.1 PERCENT', 23.1],
      ['90-percent', 90],
    ]);
    expect(findPercents('1st Quarter 2006 3rd Quarter 2015\nPercent of Total')).toEqual([]);
  });

  it('the first figure of a range is a percent too, a year never', () => {
    expect(findPercents('the range (-0.7 to +5.7 percent); between 4 and 5 percent; in 2006 and 5 percent').map((p) => [p.text, p.kind === 'percent' && p.value])).toEqual([
      ['-0.7', -0.7],
      ['5.7 percent', 5.7],
      ['4', 4],
      ['5 percent', 5],
      ['5 percent', 5],
    ]);
  });

  it('keeps percentage points apart', () => {
    expect(findPercents('edged down 0.1 percentage point, up 0.3 percentage points')).toMatchObject([
      { value: 0.1, points: true },
      { value: 0.3, points: true },
    ]);
  });
});

describe('a range of money', () => {
  it('"$3 to $5 billion" borrows the scale; "$408,996 to $1.5 million" is written out and does not', () => {
    const values = (text: string) => findMoney(text).map((m) => (m.kind === 'money' ? m.value : NaN));
    expect(values('between $3 to $5 billion')).toEqual([3e9, 5e9]);
    expect(values('awards ranging from $408,996 to $1.5 million')).toEqual([408996, 1.5e6]);
  });
});

describe('a negative percent written with an en dash', () => {
  const values = (text: string) => findPercents(text).map((p) => (p.kind === 'percent' ? p.value : NaN));
  it('a figure whose "percent" a page put after a blank line: "(6.8⏎⏎percent)"', () => {
    expect(values('the first quarter 2021 (6.8\n\npercent).')).toEqual([6.8]);
  });

  it('"–0.1 percent in New Mexico" is -0.1; a range "3–5 percent" is still 5', () => {
    expect(values('growth ranged from 7.1 percent in South Dakota to –0.1 percent in New Mexico')).toEqual([7.1, -0.1]);
    expect(values('between 3–5 percent')).toContain(5);
    expect(values('between 3–5 percent')).not.toContain(-5);
  });
});

describe('counts with what they count', () => {
  it('544 jobs, 11 entities, 22 companies, two countries', () => {
    const found = findQuantities('create 544 jobs; added 11 new entities and 22 Chinese companies between our two countries');
    expect(pick(found as Array<{ value: number; unit: string }>, 'value', 'unit')).toEqual([
      { value: 544, unit: 'jobs' },
      { value: 11, unit: 'entities' },
      { value: 22, unit: 'companies' },
      { value: 2, unit: 'countries' },
    ]);
  });

  it('a count a rate or an estimate names with no noun: "annual rate of 1,241,000", "the revised August figure of 827,000"', () => {
    const found = findQuantities('were at a seasonally adjusted annual rate of 1,241,000; this is 2.9 percent above the revised August figure of 827,000.');
    expect(pick(found as Array<{ value: number; unit: string }>, 'value', 'unit')).toEqual([
      { value: 1241000, unit: '' },
      { value: 827000, unit: '' },
    ]);
  });

  it('a rate of a small or a scaled number is no bare count: "a rate of 5.3 percent", "a rate of 2,000 million", "a rate of 95"', () => {
    expect(findQuantities('at a rate of 5,300 percent, a rate of 2,000 million and a rate of 95, an estimate of 1,200.5')).toEqual([]);
  });

  it('visitors, arrivals and travelers are counted: "22.7 million visitors", "14.5 million arrivals"', () => {
    const found = findQuantities('Canada sent 22.7 million visitors, up 6 percent. Mexico was second with 14.5 million arrivals.');
    expect(pick(found as Array<{ value: number; unit: string }>, 'value', 'unit')).toEqual([
      { value: 22.7e6, unit: 'visitors' },
      { value: 14.5e6, unit: 'arrivals' },
    ]);
  });

  it('does not count a year or a function-word phrase', () => {
    expect(findQuantities('2006 exports and one of the firms')).toEqual([]);
  });

  it('a number that ends a name ("COVID-19 cases", "F-35 jets") counts nothing', () => {
    expect(findQuantities('before the onset of reported COVID-19 cases')).toEqual([]);
    expect(pick(findQuantities('it hired 19 people') as Array<{ value: number; unit: string }>, 'value', 'unit')).toEqual([{ value: 19, unit: 'people' }]);
  });
});

describe('dates', () => {
  // Finders propose overlapping spans; extract keeps the first and longest, as here.
  const isos = (text: string) => keepDisjoint([], findDates(text)).map((d) => (d.kind === 'date' ? d.iso : ''));

  it('full dates with weekdays, abbreviations and day-first', () => {
    expect(findDates('Tuesday, December 11, 2007')).toMatchObject([{ iso: '2007-12-11', weekday: 'Tuesday' }]);
    expect(isos('on Dec. 11, 2007 and 11 December 2007')).toEqual(['2007-12-11', '2007-12-11']);
  });

  it('a date without a year takes the release’s year', () => {
    expect(isos('September 22, 2008. The trip runs Sept. 22-24, and the JCCT meets Dec. 4.')).toEqual(['2008-09-22', '2008-09-22/2008-09-24', '2008-12-04']);
  });

  it('ranges, months, quarters', () => {
    expect(isos('Sept. 28-Oct. 4, 2008')).toEqual(['2008-09-28/2008-10-04']);
    expect(isos('from March 1 to April 30, 2019')).toEqual(['2019-03-01/2019-04-30']);
    expect(isos('sales in July 2015 and the fourth quarter of 2007, or Q2 2018')).toEqual(['2015-07', '2007-Q4', '2018-Q2']);
  });

  it('"between … and …" is a span of days or months; bare months stay two months', () => {
    expect(isos('between January 6 and January 15, 1999')).toEqual(['1999-01-06/1999-01-15']);
    expect(isos('between November 30, 2001 and February 11, 2002')).toEqual(['2001-11-30/2002-02-11']);
    expect(isos('between October 1999 and June 2002')).toEqual(['1999-10/2002-06']);
    expect(isos('on May 2, 2007, March 2007 and May 2007 were compared')).toEqual(['2007-05-02', '2007-03', '2007-05']);
  });

  it('a month named alone after an adjective or opening a sentence is dated by the dateline', () => {
    expect(isos('October 17, 2018. Starts were 2.9 percent above the revised August rate. The October report is due.')).toEqual(['2018-10-17', '2018-08', '2018-10']);
    expect(isos('For Immediate Release: May 1, 2013. During May, events take place.')).toEqual(['2013-05-01', '2013-05']);
  });

  it('a later month is this year’s when the sentence looks ahead and states no figure, else left out', () => {
    expect(isos('September 14, 2006. The Department’s November mission to India will be the largest.')).toEqual(['2006-09-14', '2006-11']);
    expect(isos('September 14, 2006. The November mission drew interest.')).toEqual(['2006-09-14']);
    expect(isos('February 3, 2006. Exports were $67.4 billion in December.')).toEqual(['2006-02-03', '2005-12']);
  });

  it('a dateline without its year is in the release’s; a later month a sentence looks ahead to ("should … between May and July.”") is this year’s', () => {
    const dated = (text: string) => keepDisjoint([], findDates(text, { published: '2010-04-15' })).map((d) => (d.kind === 'date' ? d.iso : ''));
    expect(dated('WASHINGTON, April 15 /PRNewswire/ -- Forms returned after Friday, April 16, will be followed up.')).toEqual(['2010-04-15', '2010-04-16']);
    expect(dated('“Residents who miss the deadline should be prepared for a knock between May and July.”\nNationwide, about 67 percent have mailed back their forms.')).toEqual(['2010-05', '2010-07']);
  });

  it('"the first eleven months of 2007" is January through November', () => {
    expect(isos('exports in the first eleven months of 2007 and the first 5 months of 2008')).toEqual(['2007-01/2007-11', '2008-01/2008-05']);
  });

  it('a span of quarters is one interval, and "2008Q1" a quarter', () => {
    expect(isos('State Quarterly Personal Income, 1st quarter 2007-1st quarter 2008; bonuses paid in 2007Q4')).toEqual(['2007-Q1/2008-Q1', '2007-Q4']);
  });

  it('"the final quarter of 2003" is its fourth', () => {
    expect(isos('a loss of 1.9% compared to the final quarter of 2003')).toEqual(['2003-Q4']);
  });

  it('without a date of its own, a release dates its bare quarters and months by the first period it names with a year', () => {
    expect(isos('GDP rose 3.4% in the third quarter of 2018. In the second quarter, real GDP increased 4.2%.')).toEqual(['2018-Q3', '2018-Q2']);
    expect(isos('Starts in September 2016 were 3.1 percent above the revised August rate.')).toEqual(['2016-09', '2016-08']);
    expect(isos('In the second quarter, GDP rose; in the third quarter of 2018 it fell.')).toEqual(['2018-Q3']);
  });

  it('rejects a day the month does not have', () => {
    expect(isos('February 30, 2007')).toEqual([]);
  });

  it('fiscal years and bare years', () => {
    expect(keepDisjoint([], findYears('in fiscal year 2016, FY08 and 2005')).map((y) => y.kind === 'year' && y.value)).toEqual([2016, 2008, 2005]);
  });
});

describe('contacts', () => {
  it('phones in the usual forms', () => {
    expect(findPhones('202-482-2721, (202) 482-7002, 202.482.4883').map((p) => p.kind === 'phone' && p.value)).toEqual(['202-482-2721', '202-482-7002', '202-482-4883']);
  });

  it('emails, without a sentence’s full stop', () => {
    expect(findEmails('Write to ocpa@bis.doc.gov.').map((e) => e.text)).toEqual(['ocpa@bis.doc.gov']);
  });
});

describe('counts are of things, not of stages or verbs', () => {
  it('"Phase 1 will separately award" and "Phase 1 applications" count nothing', () => {
    expect(findQuantities('Phase 1 will separately award grants. Phase 1 applications opened. 378 applications were received.').map((q) => q.text)).toEqual(['378 applications']);
  });
});
