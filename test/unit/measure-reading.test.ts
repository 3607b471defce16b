/**
 * Periods, roles and subjects as a careful reader takes them from a release's wording:
 * spans of months, comparisons with the same months or quarter a year earlier, times
 * relative to the release's date, margins of error between a figure and its direction,
 * and subjects carried from the sentence before or out of a subordinate clause.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/extract/dates.js';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
import { keepDisjoint } from '../../src/core/extract/spans.js';
import type { Insight, Measure } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';

function measures(text: string, published?: string): Record<string, Measure | undefined> {
  const options = published ? { published } : {};
  return Object.fromEntries(measureFigures(text, extract(text, options), options).flatMap((a) => (a.kind === 'money' || a.kind === 'percent' ? [[a.text, a.measure]] : [])));
}

const insights = (text: string, kind: Insight['kind'], published?: string) =>
  analyze(text, { now: new Date('2026-11-29T00:00:00Z'), ...(published ? { published } : {}) }).insights.filter((i) => i.kind === kind);

describe('periods: spans of months and their year-earlier bases', () => {
  it('"January through May 2007" is a span, and a base "during the same period in 2006" is those months a year earlier', () => {
    const m = measures('For January through May 2007, shipments were $650.2 billion, compared with $590.3 billion during the same period in 2006.');
    expect(m['$650.2 billion']).toMatchObject({ role: 'level', period: '2007-01..2007-05' });
    expect(m['$590.3 billion']).toMatchObject({ role: 'base', period: '2006-01..2006-05' });
  });

  it('"January–May 2007" as a date is the interval of those months', () => {
    const isos = keepDisjoint([], findDates('Orders for January–May 2007 were up, and for June 2007 down.')).map((d) => (d.kind === 'date' ? d.iso : ''));
    expect(isos).toEqual(['2007-01/2007-05', '2007-06']);
  });

  it('the first five months are the period, not a count: the implied base is found', () => {
    const m = measures('Orders for the first five months of 2007 were $650.2 billion, up 12.1 percent from the same period in 2006.');
    expect(m['12.1 percent']).toMatchObject({ period: '2007-01..2007-05', basePeriod: '2006-01..2006-05' });
    const [base] = insights('Orders for the first five months of 2007 were $650.2 billion, up 12.1 percent from the same period in 2006.', 'implied-base');
    expect(base).toMatchObject({ period: '2006-01..2006-05' });
  });

  it('"the same quarter a year earlier" and "the same month last year" are a year back, not the period before', () => {
    expect(measures('Sales in the first quarter of 2007 were $400.1 billion, up 5.2 percent from the same quarter a year earlier.')['5.2 percent']).toMatchObject({ period: '2007-Q1', basePeriod: '2006-Q1' });
    expect(measures('Orders in March 2011 rose 3.0 percent from the same month last year.')['3.0 percent']).toMatchObject({ period: '2011-03', basePeriod: '2010-03' });
  });

  it('"above last year" after a month is the same month a year earlier', () => {
    expect(measures('Retail sales in June 2010 were 5.0 percent (±0.7%) above last year.')['5.0 percent']).toMatchObject({ role: 'change', period: '2010-06', basePeriod: '2009-06' });
  });

  it('"from April to May": the later month is the change’s, the earlier its base', () => {
    expect(measures('Orders increased 5.0 percent from April to May 2012.')['5.0 percent']).toMatchObject({ period: '2012-05', basePeriod: '2012-04' });
  });

  it('"fiscal 2023" is the fiscal year', () => {
    expect(measures('Shipments in fiscal 2023 totaled $12.5 million, up 8 percent.')['8 percent']).toMatchObject({ subject: 'Shipments', period: 'FY2023', basePeriod: 'FY2022' });
  });
});

describe('periods: the year so far, and spans written with both years', () => {
  it('"the first three quarters of 2013" and "through the third quarter of 2013" run from January to September', () => {
    const m = measures('Exports through the first three quarters of 2013 totaled $1.69 trillion. Imports through the third quarter of 2013 were $2.05 trillion.');
    expect(m['$1.69 trillion']).toMatchObject({ subject: 'Exports', period: '2013-01..2013-09' });
    expect(m['$2.05 trillion']).toMatchObject({ subject: 'Imports', period: '2013-01..2013-09' });
  });

  it('"the first ten months of this year" is the release’s year; its base "for the same period in 2018" those months then', () => {
    const m = measures('During the first ten months of this year, spending amounted to $1,091.3 billion, 1.5 percent (±1.0 percent) below the $1,107.4 billion for the same period in 2018.', '2019-12-02');
    expect(m['$1,091.3 billion']).toMatchObject({ subject: 'spending', period: '2019-01..2019-10' });
    expect(m['1.5 percent']).toMatchObject({ role: 'change', direction: 'down', basePeriod: '2018-01..2018-10' });
    expect(m['$1,107.4 billion']).toMatchObject({ role: 'base', period: '2018-01..2018-10' });
  });

  it('"the April 2019 through June 2019 period" is one span', () => {
    expect(measures('Total sales for the April 2019 through June 2019 period were up 3.2 percent (±0.5 percent) from the same period a year ago.')['3.2 percent']).toMatchObject({ period: '2019-04..2019-06', basePeriod: '2018-04..2018-06' });
  });

  it('"from their June 2010 level" is the base’s period, not the level’s', () => {
    const m = measures('Exports in July 2010 increased by 1.8 percent to $153.3 billion from their June 2010 level.');
    expect(m['$153.3 billion']).toMatchObject({ role: 'level', period: '2010-07' });
    expect(m['1.8 percent']).toMatchObject({ period: '2010-07', basePeriod: '2010-06' });
  });
});

describe('periods: relative to the release’s date', () => {
  it('"last month" is the month before the release’s, "this quarter" the release’s quarter', () => {
    expect(measures('Sales last month were $400.2 billion, up 1.2 percent.', '2007-07-11')['1.2 percent']).toMatchObject({ subject: 'Sales', period: '2007-06', basePeriod: '2007-05' });
    expect(measures('Receipts this quarter were $1.1 trillion, 2.2 percent above last quarter.', '2007-08-02')['2.2 percent']).toMatchObject({ role: 'change', direction: 'up', period: '2007-Q3', basePeriod: '2007-Q2' });
  });

  it('without the release’s date, "last month" is left without a period', () => {
    expect(measures('Sales last month were $400.2 billion.')['$400.2 billion']?.period).toBeUndefined();
  });

  it('a month named alone takes the release’s year as a date too; a later month than the release’s is the year before’s only as a figure’s month', () => {
    const isos = (text: string, published: string) => findDates(text, { published }).map((d) => (d.kind === 'date' ? d.iso : ''));
    const figures = 'The deficit was $63.1 billion in December, up 2.1 percent from November.';
    expect(isos(figures, '2021-12-04')).toEqual(['2021-12', '2021-11']);
    expect(isos(figures, '2021-02-04')).toEqual(['2020-12', '2020-11']);
    // An event, or money a sentence looks ahead to, could be either year: left out.
    expect(isos('Companies may apply for the November mission to India.', '2021-02-04')).toEqual([]);
    expect(isos('The agency will award $2 million in November.', '2021-02-04')).toEqual([]);
  });
});

describe('periods: from the sentence before', () => {
  it('a sentence without figures that names one year dates the figures after it', () => {
    const m = measures('An error was found in the 2016 data products. The base threshold should have been $26,104.');
    expect(m['$26,104']).toMatchObject({ period: '2016' });
  });

  it('an event "earlier this month" does not date a figure in the next sentence', () => {
    const m = measures('Earlier this month the Secretary visited Panama. Congress has allowed 90 percent of goods to enter duty free.', '2007-09-27');
    expect(m['90 percent']?.period).toBeUndefined();
  });
});

describe('roles: a margin of error between a figure and its direction', () => {
  it('"0.5 percent (±1.2%) above the revised February estimate of $1,074.8 billion" is a change from a February base', () => {
    const m = measures('Construction spending during March 2007 was $1,080.2 billion, 0.5 percent (±1.2%) above the revised February estimate of $1,074.8 billion.');
    expect(m['0.5 percent']).toMatchObject({ role: 'change', direction: 'up', period: '2007-03', basePeriod: '2007-02' });
    expect(m['$1,074.8 billion']).toMatchObject({ role: 'base', period: '2007-02' });
    const [check] = insights('Construction spending during March 2007 was $1,080.2 billion, 0.5 percent (±1.2%) above the revised February estimate of $1,074.8 billion.', 'consistency');
    expect(check).toMatchObject({ status: 'agrees', period: '2007-03' });
  });
});

describe('annual rates: one quarter at an annual rate means the release’s quarters are', () => {
  const text =
    'Real GDP increased at an annual rate of 1.9 percent in the third quarter of 2019. In the second quarter, real GDP increased 2.0 percent.\n\nCurrent-dollar GDP increased 3.5 percent, or $184.8 billion, in the third quarter to a level of $21.54 trillion.';
  it('a later quarter’s rate is annual too, and its check compounds over four quarters', () => {
    expect(measures(text)['2.0 percent']).toMatchObject({ period: '2019-Q2', annualRate: true });
    expect(insights(text, 'consistency')).toMatchObject([{ status: 'agrees', period: '2019-Q3' }]);
  });

  it('the national accounts’ quarterly rates are annual even where the sentence does not say so', () => {
    expect(measures('Real GDP grew at 3.2 percent in the fourth quarter of 2010.')['3.2 percent']).toMatchObject({ period: '2010-Q4', annualRate: true });
    expect(measures('Sales rose 3.2 percent in the fourth quarter of 2010.')['3.2 percent']?.annualRate).toBeUndefined();
  });

  it('a quarter compared with the same quarter a year earlier is not an annual rate', () => {
    const m = measures(`${text} Sales rose 4.0 percent in the third quarter from the same quarter a year earlier.`);
    expect(m['4.0 percent']).toMatchObject({ basePeriod: '2018-Q3' });
    expect(m['4.0 percent']?.annualRate).toBeUndefined();
  });
});

describe('subjects: what an estimate is of, and asides that are no clause', () => {
  it('"Advance estimates of X …, adjusted for …, but not for price changes, were $519.9 billion": X', () => {
    const m = measures('Advance estimates of retail and food services sales for June 2019, adjusted for seasonal variation, but not for price changes, were $519.9 billion.');
    expect(m['$519.9 billion']).toMatchObject({ subject: 'retail and food services sales', period: '2019-06' });
  });

  it('"was estimated at a seasonally adjusted annual rate of" is a measure, not an action', () => {
    expect(measures('Construction spending during October 2019 was estimated at a seasonally adjusted annual rate of $1,291.1 billion.')['$1,291.1 billion']?.subject).toBe('Construction spending');
  });

  it('"The October figure" and "This" are what the sentence before measured', () => {
    const m = measures('Spending during October 2019 was $1,291.1 billion. The October figure is 1.1 percent below the October 2018 estimate of $1,305.1 billion. This is the lowest level since 2017, up 2 percent.');
    expect(m['1.1 percent']).toMatchObject({ subject: 'Spending', basePeriod: '2018-10' });
    expect(m['2 percent']?.subject).toBe('Spending');
  });
});

describe('subjects: out of a subordinate clause, after "and", from the sentence before', () => {
  it('"Although imports fell 2.1 percent": imports', () => {
    expect(measures('Although imports fell 2.1 percent in June, exports rose 1.1 percent.')['2.1 percent']?.subject).toBe('imports');
  });

  it('"… $28.3 billion (0.2 percent) and outlays increased $46.0 billion": the clause after "and" has its own subject', () => {
    const m = measures('Disposable income increased $28.3 billion (0.2 percent) and personal outlays increased $46.0 billion (0.3 percent) in October.');
    expect(m['$28.3 billion']?.subject).toBe('Disposable income');
    expect(m['$46.0 billion']?.subject).toBe('personal outlays');
    expect(m['0.3 percent']?.subject).toBe('personal outlays');
  });

  it('"It" and "They" take the subject of the sentence before', () => {
    expect(measures('Exports rose in July. They increased 3.3 percent to $120.4 billion.')['3.3 percent']?.subject).toBe('Exports');
    expect(measures('The deficit was $60.2 billion in August. It was $2.1 billion less than in July.')['$2.1 billion']?.subject).toBe('The deficit');
  });

  it('with no sentence before in its paragraph, "It" stays without a subject', () => {
    expect(measures('Exports rose in July.\n\nIt increased 3.3 percent.')['3.3 percent']?.subject).toBeUndefined();
  });
});

describe('BEA and Census phrasings', () => {
  it('"Total May exports of $118.7 billion and imports of $182.5 billion resulted in a deficit of $63.8 billion": May is the month, each noun its figure’s, one period for all', () => {
    const m = measures('Total May exports of $118.7 billion and imports of $182.5 billion resulted in a goods and services deficit of $63.8 billion, $0.5 billion more than the $63.3 billion in April.', '2006-07-12');
    expect(m['$182.5 billion']).toMatchObject({ subject: 'imports', period: '2006-05' });
    expect(m['$63.8 billion']).toMatchObject({ subject: 'goods and services deficit', period: '2006-05' });
    expect(m['$0.5 billion']).toMatchObject({ subject: 'goods and services deficit', period: '2006-05', basePeriod: '2006-04' });
    const [check] = insights('Total May exports of $118.7 billion and imports of $182.5 billion resulted in a goods and services deficit of $63.8 billion, $0.5 billion more than the $63.3 billion in April.', 'consistency', '2006-07-12');
    expect(check).toMatchObject({ status: 'agrees', subject: 'goods and services deficit' });
  });

  it('"compared with an increase of 1.2 percent in the second": the quarter the sentence spoke of', () => {
    expect(measures('Spending increased 2.9 percent in the third quarter of 2009, compared with an increase of 1.2 percent in the second.')['1.2 percent']).toMatchObject({ role: 'change', period: '2009-Q2' });
  });

  it('a quarter without a year that would be after the release’s date is last year’s', () => {
    const m = measures('Real GDP increased at an annual rate of 2.5 percent in the first quarter of 2013 (that is, from the fourth quarter to the first quarter). In the fourth quarter, real GDP increased 0.4 percent.', '2013-04-26');
    expect(m['2.5 percent']).toMatchObject({ period: '2013-Q1', basePeriod: '2012-Q4' });
    expect(m['0.4 percent']).toMatchObject({ period: '2012-Q4', annualRate: true });
  });

  it('"in the same period" after a margin of error is still the figure’s', () => {
    const m = measures('The second quarter 2011 e-commerce estimate increased 17.6 percent (±2.9%) from the second quarter of 2010 while total retail sales increased 8.2 percent (±0.5%) in the same period.');
    expect(m['17.6 percent']).toMatchObject({ subject: 'e-commerce estimate', period: '2011-Q2', basePeriod: '2010-Q2' });
    expect(m['8.2 percent']).toMatchObject({ subject: 'total retail sales', period: '2011-Q2', basePeriod: '2010-Q2' });
  });

  it('a subject with an aside between dashes', () => {
    expect(measures('Current-dollar GDP -- the market value of the nation’s output of goods and services -- increased 3.7 percent in the first quarter of 2013.')['3.7 percent']?.subject).toBe('Current-dollar GDP');
    expect(measures('Real GDP—the output of goods and services produced in the United States—increased 2.5 percent in 2013.')['2.5 percent']?.subject).toBe('Real GDP');
  });
});

describe('a window between two dates, and a list under a lead line', () => {
  it('"From the launch on May 12, 2023, until the window closed on August 15, 2023": the months it spans, carried into the list the colon opens', () => {
    const text = 'From the launch on May 12, 2023, until the window closed on August 15, 2023, 378 applications were received from 247 members:\n\n  • 68 (28%) applied once;\n  • 124 (50%) applied twice.';
    const got = measureFigures(text, extract(text)).flatMap((a) => (a.kind === 'percent' || a.kind === 'quantity' ? [[a.text, a.measure?.period]] : []));
    expect(got).toEqual([
      ['378 applications', '2023-05..2023-08'],
      ['247 members', '2023-05..2023-08'],
      ['68', '2023-05..2023-08'],
      ['28%', '2023-05..2023-08'],
      ['124', '2023-05..2023-08'],
      ['50%', '2023-05..2023-08'],
    ]);
  });

  it('"received from 247 members" is no base: nothing moved', () => {
    expect(measureFigures('Exports rose to 50 shipments from 40 shipments. Orders were received from 247 members.', extract('Exports rose to 50 shipments from 40 shipments. Orders were received from 247 members.')).flatMap((a) => (a.kind === 'quantity' ? [a.measure?.role] : []))).toEqual(['level', 'base', 'level']);
  });

  it('a paragraph that ends in a full stop does not carry its period past a blank line', () => {
    expect(measures('Exports were $5.1 billion in 2006.\n\nSome 28% of firms exported.')['28%']?.period).toBeUndefined();
  });
});

describe('dates: spans of months named alone, numeric dates, a month after a possessive', () => {
  const isos = (text: string) => keepDisjoint([], findDates(text)).map((d) => (d.kind === 'date' ? d.iso : ''));
  it('"the January through March period" in the dateline’s year', () => {
    expect(isos('Thursday, April 13, 2000. Total sales for the January through March period were up.')).toEqual(['2000-04-13', '2000-01/2000-03']);
  });
  it('"12/11/2007" is month first; an impossible one is none', () => {
    expect(isos('Release date: 12/11/2007. Not 13/45/2007.')).toEqual(['2007-12-11']);
  });
  it('"the Department’s March report" is a month', () => {
    expect(isos('Thursday, April 13, 2000. The Department’s March report is out.')).toEqual(['2000-04-13', '2000-03']);
  });
});

describe('the year later months are in', () => {
  it('a base year ("since 2009") does not move the year of a later month', () => {
    const m = measures('Since 2009, the agency has invested more than $1.2 billion. Exports rose 5 percent in May.', '2012-09-28');
    expect(m['5 percent']).toMatchObject({ period: '2012-05' });
  });

  it('a year something happened in ("created in 1990") is no figure’s period', () => {
    expect(measures('The program, created in 1990, holds $5 million in reserves.')['$5 million']?.period).toBeUndefined();
  });
});

describe('a change named after its month, and the paragraph’s latest time', () => {
  const text = 'New orders in October increased $1.5 billion or 0.6 percent to $248.5 billion. This increase, up three of the last four months, followed a 1.4 percent September decrease. Excluding transportation, new orders increased 0.6 percent.';
  it('"a 1.4 percent September decrease" is a change down in September, of what the sentence before measured', () => {
    expect(measures(text, '2019-11-27')['1.4 percent']).toMatchObject({ role: 'change', direction: 'down', period: '2019-09', subject: 'New orders' });
  });
  it('the next sentence without a time is in the paragraph’s latest month, not the earlier one just named', () => {
    const all = measureFigures(text, extract(text, { published: '2019-11-27' }), { published: '2019-11-27' }).filter((a) => a.kind === 'percent');
    expect(all.at(-1)?.measure).toMatchObject({ subject: 'new orders', period: '2019-10' });
  });
  it('a count of months is no level to imply a base from', () => {
    expect(insights(text, 'implied-base', '2019-11-27').map((i) => i.value)).toEqual([247e9]);
  });
});

describe('quarters written short', () => {
  it('"Year-to-date exports": the time is no part of the subject', () => {
    expect(measures('The May 2007 report is out. Year-to-date exports are up 2.1 percent compared to the same period last year.', '2007-07-11')['2.1 percent']).toMatchObject({ subject: 'exports', basePeriod: expect.stringMatching(/^2006-01\.\./) });
  });

  it('"Q2 2010" is the quarter, and no part of the subject', () => {
    expect(measures('Sales in Q2 2010 rose 3.1 percent to $40.9 billion.')['3.1 percent']).toMatchObject({ subject: 'Sales', period: '2010-Q2', basePeriod: '2010-Q1' });
  });
});

describe('abbreviations inside a list item', () => {
  it('"St. Louis" ends no sentence: the item’s lead names its amount', () => {
    expect(measures('  • Chicago, Illinois: To expand a satellite presence in St. Louis, MO, $150,000')['$150,000']?.subject).toBe('Chicago, Illinois');
  });
});
