/**
 * Periods and base periods as a careful reader carries them through a paragraph: bases
 * joined by "and", the time of a base figure, comparisons with another month, the year so
 * far, a year compared with part of a year, and the release's own wording for a revised
 * change. Each sentence is written for the rule it tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
import type { Insight, Measure } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';

/** Each money and percent figure's measure, by its text ("#2" for the second with that text). */
function measures(text: string, published?: string): Record<string, Measure | undefined> {
  const options = published ? { published } : {};
  const out: Record<string, Measure | undefined> = {};
  for (const a of measureFigures(text, extract(text, options), options)) {
    if (a.kind !== 'money' && a.kind !== 'percent') continue;
    let key = a.text;
    for (let n = 2; key in out; n++) key = `${a.text}#${n}`;
    out[key] = a.measure;
  }
  return out;
}

const impliedBases = (text: string, published?: string): Insight[] =>
  analyze(text, { now: new Date('2026-11-29T00:00:00Z'), ...(published ? { published } : {}) }).insights.filter((i) => i.kind === 'implied-base');

describe('bases: what a base names is not the time of what follows', () => {
  it('a time right after a base figure is the base’s ("from $189.3 billion in August"), and the level keeps the paragraph’s', () => {
    const m = measures('The statement covers the September 2013 trade report. Exports of services slipped to $188.9 billion, from $189.3 billion in August.', '2013-11-05');
    expect(m['$188.9 billion']).toMatchObject({ role: 'level', period: '2013-09' });
    expect(m['$189.3 billion']).toMatchObject({ role: 'base', period: '2013-08' });
  });

  it('a second base joined by "and" sets no year for the quarters after it', () => {
    const m = measures('The chart shows output up from the preceding quarter and the first quarter of 2018. Real income grew 1.2 percent in the first quarter.', '2019-06-27');
    expect(m['1.2 percent']).toMatchObject({ period: '2019-Q1' });
  });

  it('a rate after "from" is a base: "rose 2.1% in the first quarter, up from 1.3% in the fourth quarter"', () => {
    const m = measures('Real income rose 2.1% in the first quarter, up from 1.3% in the fourth quarter.', '2019-06-27');
    expect(m['2.1%']).toMatchObject({ role: 'change', period: '2019-Q1', basePeriod: '2018-Q4' });
    expect(m['1.3%']).toMatchObject({ role: 'base', period: '2018-Q4' });
  });

  it('a base the sentence names ("from June 2018") is kept when the period comes from the paragraph', () => {
    const m = measures('Average imports rose $0.6 billion to $261.7 billion in June. Average exports fell $3.3 billion from June 2018.', '2019-08-02');
    expect(m['$3.3 billion']).toMatchObject({ period: '2019-06', basePeriod: '2018-06' });
  });

  it('"more than what was spent in May 2011" is a base, and "$1 billion, or 8 percent, more than" a change', () => {
    const m = measures('Visitors spent $13.9 billion in May 2012, $1 billion, or 8 percent, more than what was spent in May 2011. Fares totaled $3.3 billion during May.', '2012-07-13');
    expect(m['$1 billion']).toMatchObject({ role: 'change', direction: 'up', period: '2012-05', basePeriod: '2011-05' });
    expect(m['8 percent']).toMatchObject({ role: 'change', period: '2012-05', basePeriod: '2011-05' });
    expect(m['$3.3 billion']).toMatchObject({ period: '2012-05' });
  });
});

describe('bases: a year compared with part of a year is the same months in it', () => {
  it('"year-to-date (through April) over 2006" is January–April 2006, and so is the implied base', () => {
    const text = 'Shipments grew by 10.8 percent to $512.4 billion year-to-date (through April) over 2006.';
    expect(measures(text, '2007-06-08')['10.8 percent']).toMatchObject({ period: '2007-01..2007-04', basePeriod: '2006-01..2006-04' });
    expect(impliedBases(text, '2007-06-08')[0]).toMatchObject({ period: '2006-01..2006-04' });
  });

  it('"since 2009" stays the year', () => {
    expect(measures('Orders in May 2012 were up 40 percent since 2009.')['40 percent']).toMatchObject({ period: '2012-05', basePeriod: '2009' });
  });

  it('"year-over-year … from the three months ending in June 2018" is the window a year later', () => {
    const m = measures('Year-over-year, the average deficit increased $7.2 billion from the three months ending in June 2018.', '2019-08-02');
    expect(m['$7.2 billion']).toMatchObject({ period: '2019-04..2019-06', basePeriod: '2018-04..2018-06' });
  });

  it('"the 2022 first quarter" is a quarter, not the year', () => {
    expect(measures('Online sales were $257.3 billion in the second quarter of 2022, up 2.7% from the 2022 first quarter.')['2.7%']).toMatchObject({ period: '2022-Q2', basePeriod: '2022-Q1' });
  });

  it('"during the same timeframe" and "the same five-month period last year" are relative to the figure before', () => {
    const m = measures('The second-quarter 2022 estimate climbed 6.8% over the second quarter of 2021, while total sales grew by 7.2% during the same timeframe.');
    expect(m['7.2%']).toMatchObject({ period: '2022-Q2', basePeriod: '2021-Q2' });
  });
});

describe('the year so far', () => {
  it('"thus far in 2012 … the same five-month period last year" runs through the latest month named', () => {
    const m = measures('Visitors spent $13.9 billion in May 2012. They have spent $68.4 billion thus far in 2012, an increase of 12 percent when compared to the same five-month period last year.', '2012-07-13');
    expect(m['$68.4 billion']).toMatchObject({ period: '2012-01..2012-05' });
    expect(m['12 percent']).toMatchObject({ period: '2012-01..2012-05', basePeriod: '2011-01..2011-05' });
  });

  it('"Year-to-date, … grown 13 percent in 2012": the year so far, in that year', () => {
    const m = measures('Visitors spent $13.7 billion during March. Year-to-date, travel exports have grown 13 percent in 2012.', '2012-05-15');
    expect(m['13 percent']).toMatchObject({ period: '2012-01..2012-03', basePeriod: '2011-01..2011-03' });
  });
});

describe('comparisons with another month (BEA’s personal income wording)', () => {
  it('"the same increase as in February" is the time compared with, not the figure’s', () => {
    const m = measures('Real income increased 0.2 percent in March, compared with an increase of 0.1 percent in February. Real spending increased 0.5 percent, the same increase as in February.', '2010-04-30');
    expect(m['0.5 percent']).toMatchObject({ period: '2010-03', basePeriod: '2010-02' });
  });

  it('"in contrast to a decrease of $3.3 billion" is of the month compared with before; the other figure is the paragraph’s latest', () => {
    const m = measures('Wages increased $11.8 billion in March, compared with an increase of $6.8 billion in February. Factory payrolls increased $2.2 billion, in contrast to a decrease of $3.3 billion.', '2010-04-30');
    expect(m['$2.2 billion']).toMatchObject({ period: '2010-03', basePeriod: '2010-02' });
    expect(m['$3.3 billion']).toMatchObject({ period: '2010-02', basePeriod: '2010-01' });
  });

  it('after a semicolon, the clause takes the sentence’s time, and its compared figure the time compared with', () => {
    const m = measures('Goods payrolls increased $11.5 billion in March, compared with an increase of $1.5 billion in February; factory payrolls increased $5.7 billion, compared with an increase of $1.4 billion.', '2007-04-30');
    expect(m['$5.7 billion']).toMatchObject({ period: '2007-03', basePeriod: '2007-02' });
    expect(m['$1.4 billion']).toMatchObject({ period: '2007-02', basePeriod: '2007-01' });
  });

  it('a time past ", while" is the next clause’s', () => {
    const m = measures('Online sales in the second quarter of 2004 accounted for 1.7 percent of total sales, while in the second quarter of 2003 they were 1.5 percent of total sales.');
    expect(m['1.7 percent']).toMatchObject({ period: '2004-Q2' });
    expect(m['1.5 percent']).toMatchObject({ period: '2003-Q2' });
  });
});

describe('the release’s own wording', () => {
  it('"The April 2019 to May 2019 percent change was revised": May’s change from April, and the year is no percent', () => {
    const m = measures('The April 2019 to May 2019 percent change was revised from up 0.5 percent to up 0.4 percent.');
    expect(Object.keys(m)).toEqual(['0.5 percent', '0.4 percent']);
    expect(m['0.4 percent']).toMatchObject({ period: '2019-05', basePeriod: '2019-04' });
  });

  it('a margin of error marked not significant ("(±1.3%)*") still leaves the direction after it', () => {
    const m = measures('Spending in September was $1,219.5 billion, 0.3 percent (±1.3%)* above the revised August estimate of $1,216.0 billion.', '2017-11-01');
    expect(m['0.3 percent']).toMatchObject({ role: 'change', direction: 'up', period: '2017-09', basePeriod: '2017-08' });
  });

  it('a target "by the end of 2021" is no period', () => {
    expect(measures('The plan aims for $250 billion in visitor spending a year by the end of 2021.')['$250 billion']?.period).toBeUndefined();
  });
});

describe('the time compared with, and the year a quarter is in', () => {
  it('a year named for a change compared with sets no year for the quarters of the next paragraph', () => {
    const text = 'Real GDP increased 2.3 percent in 2017, compared with an increase of 1.5 percent in 2016.\n\nThe price index increased 2.5 percent in the fourth quarter.';
    expect(measures(text, '2018-01-26')['2.5 percent']).toMatchObject({ period: '2017-Q4', basePeriod: '2017-Q3' });
  });

  it('"since the first quarter of 1984" is a base, and "the second quarter of this year" the release’s year', () => {
    const m = measures('The surge is the strongest since the first quarter of 1984 and more than double the 3.3 percent rate of the second quarter of this year.', '2003-10-30');
    expect(m['3.3 percent']).toMatchObject({ period: '2003-Q2' });
  });

  it('a change and the amount restating it are of one time ("2.8 percent, or $509.9 billion, in 2016")', () => {
    const m = measures('Current-dollar GDP increased 4.1 percent in 2017, compared with an increase of 2.8 percent, or $509.9 billion, in 2016.');
    expect(m['2.8 percent']).toMatchObject({ period: '2016', basePeriod: '2015' });
  });

  it('a time after "than" is what the figure is compared with ("$28,518, slightly less than 4.9-percent growth in 1998")', () => {
    const m = measures('Per capita income grew 4.8 percent in 1999 to $28,518, slightly less than 4.9-percent growth in 1998.');
    expect(m['$28,518']).toMatchObject({ period: '1999' });
  });

  it('"slowed to 0.3 percent in the fourth quarter from 0.5 percent in the third quarter": the base rate’s quarter', () => {
    const m = measures('The inflation rate slowed to 0.3 percent in the fourth quarter from 0.5 percent in the third quarter.', '2014-03-25');
    expect(m['0.5 percent']).toMatchObject({ role: 'base', period: '2013-Q3' });
  });

  it('"for the entire 2015 calendar year was 9.1 percent, down from 10.4 percent in 2014"', () => {
    const m = measures('The uninsured rate for the entire 2015 calendar year was 9.1 percent, down from 10.4 percent in 2014.');
    expect(m['9.1 percent']).toMatchObject({ period: '2015' });
    expect(m['10.4 percent']).toMatchObject({ role: 'base', period: '2014' });
  });
});

describe('a paragraph’s time, carried', () => {
  it('a change in a paragraph that names no time takes the paragraph before’s', () => {
    const m = measures('Exports of goods increased $3.4 billion to $124.1 billion in July.\n\nExports of goods on a Census basis increased $3.6 billion.\n\nThe program has $2 million.', '2016-09-02');
    expect(m['$3.6 billion']).toMatchObject({ period: '2016-07', basePeriod: '2016-06' });
    expect(m['$2 million']?.period).toBeUndefined();
  });

  it('"for the year" is the paragraph’s time, and "over the past year" a year back', () => {
    const m = measures('Exports reached $2.2 trillion in 2012. For the year, imports rose 3 percent. Prices rose 2.1 percent over the past year.');
    expect(m['3 percent']).toMatchObject({ period: '2012', basePeriod: '2011' });
    expect(m['2.1 percent']).toMatchObject({ period: '2012', basePeriod: '2011' });
  });
});

describe('more ways releases write a time', () => {
  it.each([
    ['Sales rose 4 percent in Q1/16.', '4 percent', '2016-Q1'],
    ['Sales rose 4 percent in 2Q 2010.', '4 percent', '2010-Q2'],
    ['Sales rose 4 percent in the final quarter of 2009.', '4 percent', '2009-Q4'],
    ['Sales rose 4 percent in the last quarter of 2009.', '4 percent', '2009-Q4'],
    ['Sales were $5.1 billion in Jan.–May 2007.', '$5.1 billion', '2007-01..2007-05'],
    ['Sales were $5.1 billion in Sept. 2009.', '$5.1 billion', '2009-09'],
    ['Sales were $5.1 billion in calendar 2010.', '$5.1 billion', '2010'],
    ['Sales were $5.1 billion in the 12 months through May 2010.', '$5.1 billion', '2009-06..2010-05'],
    ['Sales for January to May 2007 were $5.1 billion.', '$5.1 billion', '2007-01..2007-05'],
  ])('%s', (text, figure, period) => {
    expect(measures(text)[figure]).toMatchObject({ period });
  });
});

describe('the year of a quarter named alone, after others', () => {
  it('after "Q1/16" and "Q4/15", "the first quarter" is the latest first quarter named, 2016', () => {
    const m = measures('Real GDP increased 1.1% in Q1/16. In Q4/15, real GDP increased 1.4%. Real income increased 2.9% in the first quarter, compared with 1.9% in the fourth.', '2016-06-28');
    expect(m['2.9%']).toMatchObject({ period: '2016-Q1', basePeriod: '2015-Q4' });
    expect(m['1.9%']).toMatchObject({ period: '2015-Q4' });
  });

  it('a change whose named base does not fit the paragraph before’s time carries none of it', () => {
    const m = measures('During the first 9 months of this year, spending amounted to $917.0 billion.\n\nPrivate spending was $942.7 billion, 0.4% below the revised August estimate of $946.2 billion.', '2017-11-01');
    expect(m['0.4%']?.period).toBeUndefined();
  });
});

describe('records, signs and asides', () => {
  it('"the largest monthly increase … since August 2009" and "the first decline since August, 2011" are records, no base', () => {
    const m = measures('Spending jumped 0.5 percent in July, the largest monthly increase since August 2009. Real spending decreased 0.1 percent, the first decline since August, 2011.', '2011-08-29');
    expect(m['0.5 percent']).toMatchObject({ period: '2011-07', basePeriod: '2011-06' });
    expect(m['0.1 percent']).toMatchObject({ period: '2011-07', basePeriod: '2011-06' });
  });

  it('"in May, 2012" is the month of that year', () => {
    expect(measures('Exports in May, 2012 were $183.1 billion.')['$183.1 billion']).toMatchObject({ period: '2012-05' });
  });

  it('"Canada (+2.7 percent)" is a rise, of the time the paragraphs before named', () => {
    const m = measures('Ten states grew their exports in 2013.\n\nThis included record exports to Canada (+2.7 percent) and Mexico (+4.7 percent).', '2014-02-12');
    expect(m['2.7 percent']).toMatchObject({ role: 'change', direction: 'up', period: '2013', basePeriod: '2012' });
  });

  it('a time past ", though" is the next clause’s', () => {
    const m = measures('Income rose 0.3 percent in July, below forecasts of a 0.4 percent increase, though income in both May and June was revised up.', '2011-08-29');
    expect(m['0.4 percent']).toMatchObject({ period: '2011-07' });
  });

  it('a sentence whose only figure is part of its time names the paragraph’s time', () => {
    const m = measures('Texas added the most people for the 12 months through July 1.\n\nThe population increased by 0.7 percent.', '2016-12-20');
    expect(m['0.7 percent']).toMatchObject({ period: '2015-08..2016-07' });
  });

  it('a change compared with, in a paragraph of its own, takes the time the paragraph before compared with', () => {
    const m = measures('Income increased $136.2 billion in the second quarter, compared with an increase of $169.5 billion in the first.\n\nReal income increased 3.6 percent, compared with an increase of 1.8 percent.', '2017-08-30');
    expect(m['3.6 percent']).toMatchObject({ period: '2017-Q2' });
    expect(m['1.8 percent']).toMatchObject({ period: '2017-Q1' });
  });
});

describe('the paragraph before’s times, for changes that name a base', () => {
  const text =
    'Retail sales for March were $269.2 billion, up 0.4 percent from the previous month. Sales for the January through March period were up 10.5 percent from the same period a year ago. The January to February percent change was revised from +1.1 percent to +1.8 percent.\n\n' +
    'Durable goods decreased 0.9 percent from February but were 10.7 percent above last year. Auto sales were up 11.1 percent from March a year ago, while furniture sales were up 9.5 percent from last year.';

  it('a base named ("from February", "from March a year ago") picks the time it is the base of; its sentence’s other changes take the same', () => {
    const m = measures(text, '2000-04-13');
    expect(m['0.9 percent']).toMatchObject({ period: '2000-03', basePeriod: '2000-02' });
    expect(m['10.7 percent']).toMatchObject({ period: '2000-03', basePeriod: '1999-03' });
    expect(m['11.1 percent']).toMatchObject({ period: '2000-03', basePeriod: '1999-03' });
    expect(m['9.5 percent']).toMatchObject({ period: '2000-03', basePeriod: '1999-03' });
  });

  it('"+1.1 percent" is a rise, and a "year-over-year" cue of a later clause dates nothing before it', () => {
    const m = measures(text, '2000-04-13');
    expect(m['1.8 percent']).toMatchObject({ role: 'change', period: '2000-02', basePeriod: '2000-01' });
  });

  it('a web page’s paragraphs are lines: a month named two paragraphs up dates "the revised August estimate", and its level with it', () => {
    const m = measures(
      'Construction spending during September 2011 was $787.2 billion, 0.2 percent above the revised August estimate of $786.0 billion.\n' +
        'During the first 9 months of this year, construction spending amounted to $580.9 billion, 3.5 percent below the $602.0 billion for the same period in 2010.\n' +
        'Spending on private construction was $501.8 billion, 0.6 percent above the revised August estimate of $499.0 billion.',
      '2011-11-01',
    );
    expect(m['$580.9 billion']).toMatchObject({ period: '2011-01..2011-09' });
    expect(m['0.6 percent']).toMatchObject({ period: '2011-09', basePeriod: '2011-08' });
    expect(m['$501.8 billion']).toMatchObject({ period: '2011-09', role: 'level' });
  });

  it('"2008Q1", "the last quarter of 2007"; "growth ranged from 7.6 percent … to -1.9 percent" is two changes of that growth, no base', () => {
    const m = measures('U.S. personal income grew 1.1 percent in the first quarter of 2008, after growing 1.2 percent in the last quarter of 2007. Across states, personal income growth ranged from 7.6 percent in North Dakota to -1.9 percent in Arkansas. Earnings in that industry fell 46 percent (or $2.1 billion) in 2008Q1 after growing 141 percent ($2.7 billion) in 2007Q4.');
    expect(m['1.2 percent']).toMatchObject({ period: '2007-Q4', basePeriod: '2007-Q3' });
    expect(m['7.6 percent']).toMatchObject({ subject: 'personal income growth', role: 'change', period: '2008-Q1' });
    expect(m['-1.9 percent']).toMatchObject({ subject: 'personal income growth', role: 'change', period: '2008-Q1' });
    expect(m['46 percent']).toMatchObject({ subject: 'Earnings in that industry', period: '2008-Q1', basePeriod: '2007-Q4' });
    expect(m['$2.7 billion']).toMatchObject({ period: '2007-Q4', basePeriod: '2007-Q3' });
    expect(m['141 percent']).toMatchObject({ period: '2007-Q4', basePeriod: '2007-Q3' });
  });

  it('the year of "the 2010 Census" is no period', () => {
    expect(measures('Locke announced $1.6 billion in 2010 Census savings.')['$1.6 billion']?.period).toBeUndefined();
  });

  it('"The September figure is …" opening a paragraph measures what the paragraph before did', () => {
    const m = measures('Construction spending during September 2011 was $787.2 billion.\nThe September figure is 1.3 percent below the September 2010 estimate of $797.3 billion.');
    expect(m['1.3 percent']).toMatchObject({ subject: 'Construction spending', period: '2011-09', basePeriod: '2010-09' });
  });

  it('a line that opens with a margin of error goes on with the sentence before', () => {
    const m = measures('The April 2019 to May 2019 percent change was revised from up 0.5 percent\n(±0.5 percent)* to up 0.4 percent (±0.2 percent).');
    expect(m['0.4 percent']).toMatchObject({ period: '2019-05', basePeriod: '2019-04' });
  });
});

describe('a margin of error without its sign, and a deadline', () => {
  it('"3.0 percent (0.7%) above April 2015": the percent in parentheses is a margin, and both rates imply bases', () => {
    const text = 'Sales for April were $453.4 billion, an increase of 1.3 percent (0.5%) from the previous month, and 3.0 percent (0.7%) above April 2015.';
    const m = measures(text, '2016-05-13');
    expect(m['3.0 percent']).toMatchObject({ role: 'change', period: '2016-04', basePeriod: '2015-04' });
    expect(m['0.7%']).toBeUndefined();
    expect(impliedBases(text, '2016-05-13').map((i) => i.period)).toEqual(['2016-03', '2015-04']);
  });

  it('a figure a year "by the end of 2021" takes no time from the paragraph', () => {
    const m = measures('Visitors spent $16.1 billion in October. The goal is the $250 billion they will spend per year by the end of 2021.', '2014-12-18');
    expect(m['$250 billion']?.period).toBeUndefined();
  });
});

describe('a month in the next paragraph, and "the previous year"', () => {
  it('a time more than a year back was an aside: the next paragraph’s month is the release’s again', () => {
    const text = 'Visitors spent $18.9 billion in October 2023.\n\nSpending is within $1.9 billion of the record set back in March 2018.\n\nAmericans spent $18.4 billion abroad during October.';
    expect(measures(text, '2023-12-07')['$18.4 billion']?.period).toBe('2023-10');
  });

  it('within its paragraph the earlier time still dates a month after it', () => {
    const text = 'Visitors spent $18.9 billion in October 2023. In March 2018 they spent $20.8 billion, and $19.1 billion in April.';
    expect(measures(text, '2023-12-07')['$19.1 billion']?.period).toBe('2018-04');
  });

  it('"compared to the previous year": a month’s base is the same month a year earlier, a quarter’s "previous quarter" the one before', () => {
    const m = measures('Spending totaled $10.7 billion during October 2023, an increase of 26 percent when compared to the previous year. Exports in the third quarter of 2023 rose 2 percent from the previous quarter.');
    expect(m['26 percent']).toMatchObject({ period: '2023-10', basePeriod: '2022-10' });
    expect(m['2 percent']).toMatchObject({ period: '2023-Q3', basePeriod: '2023-Q2' });
  });
});

describe('"through June of this year"', () => {
  it('is the year so far, its change is from the same months a year before, and the level it reaches is of that time too', () => {
    const m = measures('“In 2006, American businesses and workers exported a record $1.4 trillion, and through June of this year exports are up 11 percent to $779.2 billion.”', '2007-09-10');
    expect(m['$1.4 trillion']).toMatchObject({ period: '2006' });
    expect(m['11 percent']).toMatchObject({ subject: 'exports', role: 'change', period: '2007-01..2007-06', basePeriod: '2006-01..2006-06' });
    expect(m['$779.2 billion']).toMatchObject({ subject: 'exports', role: 'level', period: '2007-01..2007-06' });
  });

  it('"through June of 2007" names its year', () => {
    expect(measures('Through June of 2007 exports rose 11 percent.')['11 percent']).toMatchObject({ period: '2007-01..2007-06' });
  });
});

describe('a margin of error whose "±" the page lost', () => {
  it('"8.4 percent (?0.7 percent) above June 2021": the "?" is the lost sign, the margin has no role, and the change is from June 2021', () => {
    const m = measures('Sales for June 2022 were $680.6 billion, an increase of 1.0 percent (?0.5 percent) from the previous month, and 8.4 percent (?0.7 percent) above June 2021.');
    expect(m['8.4 percent']).toMatchObject({ role: 'change', period: '2022-06', basePeriod: '2021-06' });
    expect(m['0.7 percent']).toBeUndefined();
  });

  it('a question mark that ends a question is no margin', () => {
    expect(measures('Did exports rise? They rose 5 percent in May 2022.')['5 percent']).toMatchObject({ role: 'change' });
  });
});

describe('"than the rate in the second quarter 2020 (5.7 percent)"', () => {
  it('the rate in parentheses is the base, of the quarter named, and the change is measured from that quarter', () => {
    const m = measures('The rental vacancy rate in the second quarter 2021 was 6.2 percent. The rental vacancy rate was 0.5 percentage points higher than the rate in the second quarter 2020 (5.7 percent) and 0.6 percentage points lower than the rate in the first quarter 2021 (6.8 percent).');
    expect(m['0.5 percentage points']).toMatchObject({ role: 'change', period: '2021-Q2', basePeriod: '2020-Q2' });
    expect(m['5.7 percent']).toMatchObject({ role: 'base', period: '2020-Q2' });
    expect(m['0.6 percentage points']).toMatchObject({ role: 'change', period: '2021-Q2', basePeriod: '2021-Q1' });
    expect(m['6.8 percent']).toMatchObject({ role: 'base', period: '2021-Q1' });
  });
});

describe('bases named by passing them, or opening the sentence', () => {
  it('"totaled $576.3 billion, exceeding the first quarter of 2013 by 3.2 percent": a rise from that quarter; the level keeps its own', () => {
    const m = measures('U.S. exports during the first quarter of 2014 totaled $576.3 billion, exceeding the first quarter of 2013 by 3.2 percent.');
    expect(m['$576.3 billion']).toMatchObject({ role: 'level', period: '2014-Q1' });
    expect(m['3.2 percent']).toMatchObject({ role: 'change', direction: 'up', period: '2014-Q1', basePeriod: '2013-Q1' });
  });

  it('"exceeding last year’s export total of $2.1 trillion": a possessive time is the total’s own', () => {
    expect(measures('Exports are on track toward exceeding last year’s export total of $2.1 trillion.', '2012-08-10')['$2.1 trillion']).toMatchObject({ period: '2011' });
  });

  it('"Compared to July 2010, exports … in July 2011 were up $23.4 billion, or 15.1 percent": the opening base is each change’s', () => {
    const m = measures('Compared to July 2010, exports of goods and services in July 2011 were up $23.4 billion, or 15.1 percent.');
    expect(m['$23.4 billion']).toMatchObject({ subject: 'exports of goods and services', period: '2011-07', basePeriod: '2010-07' });
    expect(m['15.1 percent']).toMatchObject({ period: '2011-07', basePeriod: '2010-07' });
  });
});

describe('a time the text leaves unresolved', () => {
  it('"… last year" in a release without a date: the change keeps the paragraph’s year', () => {
    const m = measures('U.S. metropolitan areas in 2014 set export highs exceeding $1.44 trillion in goods exports. Metro area exports increased $36 billion from 2013, accounting for more than 80 percent of the growth in total U.S. goods exports last year.');
    expect(m['$36 billion']).toMatchObject({ role: 'change', period: '2014', basePeriod: '2013' });
  });
});

describe('"from the past year"', () => {
  it('"improved $63.1 billion from the past year" is measured from the year before, not from a "since 2009" later in the sentence', () => {
    const m = measures('U.S. exports reached $2.3 trillion in 2013. The U.S. trade deficit improved $63.1 billion from the past year to $471.5 billion, the lowest since 2009.');
    expect(m['$63.1 billion']).toMatchObject({ role: 'change', period: '2013', basePeriod: '2012' });
  });

  it('"over the past year" stays a change over twelve months, not one from the year before', () => {
    const m = measures('In October 2023, exports rose 5 percent over the past year.');
    expect(m['5 percent']).toMatchObject({ period: '2023-10', basePeriod: '2022-10' });
  });
});

describe('a release with no date of its own', () => {
  const text = 'Construction spending was virtually unchanged in October. During the first 10 months of this year, construction spending amounted to $832.4 billion, nine percent above the $763.6 billion for the same period in 2003.';

  it('"the first 10 months of this year … the same period in 2003" puts it in 2004, and its months with it', () => {
    const { annotations } = analyze(text, { now: new Date('2026-01-01') });
    const measured = Object.fromEntries(annotations.flatMap((a) => (a.kind === 'money' || a.kind === 'percent' ? [[a.text, a.measure]] : [])));
    expect(measured['$832.4 billion']).toMatchObject({ period: '2004-01..2004-10' });
    expect(measured['nine percent']).toMatchObject({ period: '2004-01..2004-10', basePeriod: '2003-01..2003-10' });
    expect(annotations.flatMap((a) => (a.kind === 'date' ? [a.iso] : []))).toContain('2004-10');
  });

  it('a year read from the text dates no "last month", and a release’s own date wins over it', () => {
    const last = analyze('Sales last month rose 2 percent. So far this year sales are up 4 percent from the same period in 2003.', { now: new Date('2026-01-01') });
    const rose = last.annotations.find((a) => a.kind === 'percent' && a.text === '2 percent');
    expect(rose?.kind === 'percent' && rose.measure).toMatchObject({ role: 'change' });
    expect(rose?.kind === 'percent' ? rose.measure?.period : 'not found').toBeUndefined();
    const dated = analyze(text, { now: new Date('2026-01-01'), published: '2010-12-01' });
    expect(dated.annotations.flatMap((a) => (a.kind === 'date' ? [a.iso] : []))).toContain('2010-10');
  });
});

describe('times that are not the figure’s', () => {
  it('the time of the charges a penalty settles is the conduct’s, not the penalty’s', () => {
    const m = measures('BJ Services agreed to pay a $142,450 civil penalty to settle charges that between October 1999 and June 2002 the company made several exports.');
    expect(m['$142,450']).toMatchObject({ role: 'level', subject: 'civil penalty' });
    expect(m['$142,450']?.period).toBeUndefined();
  });

  it('a year in a program’s name is no period: "in 2018 Disaster Supplemental funds"', () => {
    const m = measures('EDA awarded $4,200,000 in 2018 Disaster Supplemental funds to the West Calcasieu Port.');
    expect(m['$4,200,000']?.period).toBeUndefined();
    expect(measures('Exports rose to $4.2 billion in 2018.')['$4.2 billion']?.period).toBe('2018');
  });
});


describe('changes a release names by what they measure', () => {
  it('"with the percent change ranging from 5.0 percent … to –4.2 percent": both ends are changes from the quarter before', () => {
    const m = measures('Real GDP increased in 39 states in the first quarter of 2024, with the percent change ranging from 5.0 percent at an annual rate in Idaho to –4.2 percent in South Dakota.');
    expect(m['5.0 percent']).toMatchObject({ role: 'change', period: '2024-Q1', basePeriod: '2023-Q4' });
    expect(m['–4.2 percent']).toMatchObject({ role: 'change', period: '2024-Q1', basePeriod: '2023-Q4' });
    // Amounts a range spans are levels: "grants ranging from 5 percent to 10 percent of costs" is no change.
    expect(measures('Grants in 2024 ranged from 5 percent to 10 percent of project costs.')['5 percent']?.role).not.toBe('change');
  });

  it('"State personal income growth averaged 0.9 percent in the first quarter of 2010": a rate of growth is a change', () => {
    expect(measures('State personal income growth averaged 0.9 percent in the first quarter of 2010.')['0.9 percent']).toMatchObject({ role: 'change', period: '2010-Q1', basePeriod: '2009-Q4' });
  });

  it('"increasing 2.2 percent in the fourth quarter of 2014 after increasing 5.0 percent": the change before is of the quarter before', () => {
    const m = measures('Real GDP decelerated, increasing 2.2 percent in the fourth quarter of 2014 after increasing 5.0 percent.');
    expect(m['2.2 percent']).toMatchObject({ role: 'change', period: '2014-Q4' });
    expect(m['5.0 percent']).toMatchObject({ role: 'change', period: '2014-Q3', basePeriod: '2014-Q2' });
  });
});

describe('a budget’s year', () => {
  it('"the proposed 2008 budget … an increase of 3.4 percent over the administration’s 2007 request": fiscal years, the base after a possessive', () => {
    const m = measures('Lautenbacher announced the proposed 2008 budget for NOAA. NOAA’s request totals $3.8 billion or an increase of 3.4 percent over the administration’s 2007 request.');
    expect(m['$3.8 billion']).toMatchObject({ period: 'FY2008' });
    expect(m['3.4 percent']).toMatchObject({ role: 'change', period: 'FY2008', basePeriod: 'FY2007' });
  });
});

describe('a year that opens its sentence, and the year so far as of a month', () => {
  it('"2006 exports grew at 12.7 percent, and year-to-date as of May, our exports have increased by 10.8 percent"', () => {
    const m = measures('Exports reached a record in May 2007. 2006 exports grew at 12.7 percent, and year-to-date as of May, our exports have increased by 10.8 percent.');
    expect(m['12.7 percent']).toMatchObject({ role: 'change', period: '2006', basePeriod: '2005' });
    expect(m['10.8 percent']).toMatchObject({ role: 'change', period: '2007-01..2007-05', basePeriod: '2006-01..2006-05' });
  });
});

describe('a blank line a PDF’s text put inside a sentence', () => {
  it('"higher than the rate in the second⏎⏎quarter 2020 (5.7 percent)" is one sentence, and its base is of that quarter', () => {
    const m = measures('National vacancy rates in the second quarter 2021 were 6.2 percent for rental housing. The rental vacancy rate was 0.5 percentage points higher than the rate in the second\n\nquarter 2020 (5.7 percent).');
    expect(m['0.5 percentage points']).toMatchObject({ role: 'change', period: '2021-Q2', basePeriod: '2020-Q2' });
    expect(m['5.7 percent']?.role).toBe('base');
  });
});

describe('more wordings of a change', () => {
  it('"Growth in real GDP was 2.2 percent …, revised from the previous estimate of 2.8 percent"', () => {
    const m = measures('For the third quarter of 2009, growth in real GDP was 2.2 percent at an annual rate, revised from the previous estimate of 2.8 percent.');
    expect(m['2.2 percent']).toMatchObject({ role: 'change', period: '2009-Q3', basePeriod: '2009-Q2' });
    expect(m['2.8 percent']?.role).toBe('change');
  });

  it('"dropped from a 5-percent pace in the first quarter of 2000 to a 2.5-percent pace in the first quarter of 2001": paces of growth are changes', () => {
    const m = measures('Real GDP growth in Canada dropped from a 5-percent pace in the first quarter of 2000 (year-over-year) to a 2.5-percent pace in the first quarter of 2001.');
    expect(m['5-percent']?.role).toBe('change');
    expect(m['2.5-percent']).toMatchObject({ role: 'change', period: '2001-Q1' });
  });

  it('"The $15.9 billion widening of the deficit", "betters August by 0.2 percent", "lag 2010 by 3.5 percent"', () => {
    expect(measures('The $15.9 billion widening of the current-account deficit in the first quarter of 2024 reflected trade.')['$15.9 billion']).toMatchObject({ role: 'change', direction: 'up' });
    const m = measures('Construction spending in September 2011 was $787.2 billion, which betters August by just 0.2 percent; the year so far lags 2010 by 3.5 percent.');
    expect(m['0.2 percent']).toMatchObject({ role: 'change', direction: 'up', period: '2011-09', basePeriod: '2011-08' });
    expect(m['3.5 percent']).toMatchObject({ role: 'change', direction: 'down' });
  });
});

describe('a survey’s reference year', () => {
  it('"the 2022 Annual Business Survey, which covers reference year 2021": its figures are of 2021', () => {
    const m = measures('According to the 2022 Annual Business Survey, which covers reference year 2021, about 1.2 million firms (21%) were minority-owned.');
    expect(m['21%']).toMatchObject({ period: '2021' });
  });
});

describe('a span of years named as a period', () => {
  it('"a 56.3 percent decline in sales over the 2007-2012 period": from 2007, in 2012', () => {
    const m = measures('Offices experienced a 56.3 percent decline in sales over the 2007-2012 period, according to the Economic Census.');
    expect(m['56.3 percent']).toMatchObject({ role: 'change', period: '2012', basePeriod: '2007' });
  });
});
