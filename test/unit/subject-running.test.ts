/**
 * Subjects a reader carries through a release: the sentence's real subject past an
 * "adjusted for …" aside, a figure named by its period alone taking the paragraph's first
 * subject, a clause after a figure and a comma with its own subject, what someone spent,
 * comparatives and headlines run into the body that are no subject.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';

const subjects = (text: string) =>
  measureFigures(text, extract(text)).flatMap((a) => (a.kind === 'money' || a.kind === 'percent' ? [[a.text.replace(/\s+/g, ' '), a.measure?.subject]] : []));

describe('the sentence’s subject past an aside', () => {
  it('"adjusted for seasonal, holiday, and trading-day differences, but not for price changes," is no clause of its own', () => {
    expect(subjects('Preliminary estimates of U.S. wholesale sales for June, adjusted for seasonal, holiday, and trading-day differences, but not for price changes, were $612.5 billion, up 0.6 percent from May.')).toEqual([
      ['$612.5 billion', 'U.S. wholesale sales'],
      ['0.6 percent', 'U.S. wholesale sales'],
    ]);
  });

  it('an aside broken across a line still ends before the verb', () => {
    expect(subjects('The Bureau reported that estimates of factory shipments for May, adjusted for seasonal variation and\nworking-day differences, were $498.1 billion.')).toEqual([['$498.1 billion', 'factory shipments']]);
  });
});

describe('a figure named by its period alone', () => {
  it('"The March to April 2012 percent change was revised" is of the paragraph’s first subject, not the total before it', () => {
    const text = 'Wholesale sales in May were $401.7 billion, up 0.8 percent from April. Total sales for the March through May period were up 3.1 percent from a year ago. The March to April 2012 percent change was revised from +0.4 percent to +0.6 percent.';
    expect(subjects(text).slice(-2)).toEqual([
      ['0.4 percent', 'Wholesale sales'],
      ['0.6 percent', 'Wholesale sales'],
    ]);
  });

  it('a new paragraph has its own first subject', () => {
    const text = 'Shipments in May were $401.7 billion.\n\nInventories rose 0.2 percent in May. The April figure was revised to 0.1 percent.';
    expect(subjects(text).at(-1)).toEqual(['0.1 percent', 'Inventories']);
  });
});

describe('clauses after a figure', () => {
  it('"income increased $X, or Y percent, DPI increased …": a comma after a figure starts a clause with its own subject', () => {
    expect(subjects('In May, farm income increased $3.1 billion, or 0.4 percent, net income increased $2.2 billion, or 0.3 percent, and outlays fell $1.0 billion.')).toEqual([
      ['$3.1 billion', 'farm income'],
      ['0.4 percent', 'farm income'],
      ['$2.2 billion', 'net income'],
      ['0.3 percent', 'net income'],
      ['$1.0 billion', 'outlays'],
    ]);
  });
});

describe('what someone spent', () => {
  it('"foreign students spent $9.2 billion on …": the spenders, and a comparative in parentheses is no label', () => {
    expect(subjects('The agency said that foreign students spent $9.2 billion on tuition and housing in the United States during May - $310 million more (3 percent) than in May 2013.')).toEqual([
      ['$9.2 billion', 'foreign students'],
      ['$310 million', 'foreign students'],
      ['3 percent', 'foreign students'],
    ]);
  });

  it('"Conversely, residents have spent $40.2 billion abroad": an adverb of contrast opens the clause, no part of its subject', () => {
    expect(subjects('Conversely, residents have spent $40.2 billion abroad.')).toEqual([['$40.2 billion', 'residents']]);
  });
});

describe('a headline run into the body', () => {
  it('"… in June 2015Foreign buyers purchase …": a year or a lower-case word run into a capitalized one ends a phrase', () => {
    const found = subjects('Farmers Earn $12.0 Billion in June 2015Foreign buyers purchase more than $400 million a day.\n\nGrain exporters Spend $2.0 Billion in July 2015Shippers carry more than $40 million a day.');
    expect(found.every(([, subject]) => !/2015|buyers purchase|Shippers carry/.test(subject ?? ''))).toBe(true);
    expect(found[2]).toEqual(['$2.0 Billion', 'Grain exporters']);
  });

  it('a word with a capital inside ("PowerPoint", "iPhone") is no boundary', () => {
    expect(subjects('The PowerPoint license fees rose 3 percent.')).toEqual([['3 percent', 'The PowerPoint license fees']]);
  });
});

describe('the noun a figure is "of", and words inside a subject that are no part of it', () => {
  it('"the sector had sales of $7.8 trillion", "employees across the nation and an annual payroll of $639.9 billion": the noun right before "of"', () => {
    expect(subjects('Preliminary statistics show the sector had sales of $7.8 trillion last year.')).toEqual([['$7.8 trillion', 'sales']]);
    expect(subjects('Manufacturers employ 11.4 million workers across the nation and an annual payroll of $639.9 billion.')).toEqual([['$639.9 billion', 'annual payroll']]);
    expect(subjects('The agency reported a goods and services deficit of $63.8 billion.')).toEqual([['$63.8 billion', 'goods and services deficit']]);
  });

  it('a gloss in parentheses inside a subject is dropped, an acronym kept', () => {
    expect(subjects('Per capita personal income (personal income divided by population) in large counties ranged from $20,509 in Hidalgo County to $105,554 in New York County.').map(([, s]) => s)).toEqual([
      'Per capita personal income in large counties',
      'Per capita personal income in large counties',
    ]);
  });

  it('"Among large counties the change in personal income ranged from an 8.1 percent decline …" measures personal income', () => {
    expect(subjects('Among large counties the change in personal income ranged from an 8.1 percent decline to a 4.2 percent gain.')).toEqual([
      ['8.1 percent', 'personal income'],
      ['4.2 percent', 'personal income'],
    ]);
  });
});

describe('what money is, when a clause goes on past it', () => {
  it('"exported approximately $46.3 billion in goods and services and accounted for …" measures goods and services', () => {
    expect(subjects('Texas companies exported approximately $46.3 billion in goods and services and accounted for nearly 13 percent of total U.S. exports during 2001.')[0]).toEqual(['$46.3 billion', 'goods and services']);
  });

  it('"MBDA is also extending awards totaling $2.1 million": what the total counts, not the verb', () => {
    expect(subjects('MBDA is also extending awards totaling $2.1 million to open six new business centers.')).toEqual([['$2.1 million', 'awards']]);
  });
});

describe('where what money or a rate measures ends', () => {
  it('"matched with $966,000 in local funds": the match, not the grant', () => {
    expect(subjects('This EDA grant will be matched with $966,000 in local funds and is expected to create 39 jobs.')).toEqual([['$966,000', 'local funds']]);
  });

  it('a subordinate "once …" or the next figure’s "and nearly" ends it', () => {
    expect(subjects('The EDA grant will generate $1.2 billion in private investment once the facility is operational.')).toEqual([['$1.2 billion', 'private investment']]);
    expect(subjects('Businesses secured over $1.6 billion in both private and government contracts and nearly $300 million in export transactions.')[0]).toEqual(['$1.6 billion', 'both private and government contracts']);
  });

  it('"Inflation, as measured by the national price index …, declined to 0.4 percent": the aside is no subject', () => {
    expect(subjects('Inflation, as measured by the national price index for personal consumption expenditures, declined to 0.4 percent in the first quarter.')).toEqual([['0.4 percent', 'Inflation']]);
  });

  it('a PDF’s page header run into the sentence is no part of the subject', () => {
    expect(subjects('Page 1 of 6 Real GDP for the nation grew 1.4 percent.')).toEqual([['1.4 percent', 'Real GDP for the nation']]);
  });
});

describe('money a country or its businesses traded', () => {
  it('"The United States exported a record $2.3 trillion last year" measures exports; "exported $X in goods" what it was in', () => {
    expect(subjects('The United States exported a record $2.3 trillion dollars last year.')).toEqual([['$2.3 trillion', 'exports']]);
    expect(subjects('Texas companies imported about $20 billion last year.')).toEqual([['$20 billion', 'imports']]);
    expect(subjects('Texas companies exported approximately $46.3 billion in goods and services.')).toEqual([['$46.3 billion', 'goods and services']]);
  });
});

describe('a label beside a figure alone on its line', () => {
  it('"Homeowner Vacancy Rate 0.9%" names the rate; a headline in capitals names nothing', () => {
    expect(subjects('Figures\nHomeowner Vacancy Rate 0.9%\nPercent')).toEqual([['0.9%', 'Homeowner Vacancy Rate']]);
    expect(subjects('NOAA CENTER AWARDS OVER $15 MILLION\nThe center gave grants.')[0]?.[1]).not.toBe('NOAA CENTER AWARDS OVER');
  });
});

describe('a program money sizes', () => {
  it('"the $500 million Good Jobs Challenge funded by …": the challenge, before the participle after it', () => {
    expect(subjects('The grants are part of the $500 million Good Jobs Challenge funded by the American Rescue Plan.')).toEqual([['$500 million', 'Good Jobs Challenge']]);
    expect(subjects('EDA launched the $25 million “Tech Hubs Competition” – a program for regions.')).toEqual([['$25 million', 'Tech Hubs Competition']]);
  });
});

describe('what a figure is "of", to its end', () => {
  it('"$20 million of this funding go to tribes", "at least 30% of America’s lands and waters by 2030"', () => {
    expect(subjects('NOAA recommends that $20 million of this funding go to federally recognized tribes.')).toEqual([['$20 million', 'funding']]);
    expect(subjects('The effort would conserve at least 30% of America’s lands and waters by 2030.')).toEqual([['30%', 'America’s lands and waters']]);
  });
});
