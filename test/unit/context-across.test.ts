/** Checks and implied bases whose figures a reader puts together beyond one clause, and figures written as bounds. */
import { describe, expect, it } from 'vitest';
import type { Insight } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';

const insights = (text: string, kind: Insight['kind']) => analyze(text, { now: new Date('2026-11-29T00:00:00Z') }).insights.filter((i) => i.kind === kind);

describe('a check across two sentences of one paragraph', () => {
  it('a level stated once, then its change and base in the next sentence', () => {
    const text = 'The report shows total May 2007 exports of $118.7 billion. May 2007 exports were $2.7 billion more than April exports of $115.9 billion.';
    const [check] = insights(text, 'consistency');
    expect(check).toMatchObject({ status: 'agrees', period: '2007-05' });
    expect(check?.inputs).toHaveLength(3);
  });

  it('a stated change that the two values do not give is a note to check', () => {
    const text = 'The report shows total May 2007 exports of $118.7 billion. May 2007 exports were $3.7 billion more than April exports of $115.9 billion.';
    const [check] = insights(text, 'consistency');
    expect(check).toMatchObject({ status: 'mismatch' });
    expect(check?.summary).toMatch(/^[^:]*: check:/);
  });

  it('a sentence of two changes from two bases: each change is checked against the base of its base period', () => {
    const text = 'Sales of new single-family houses in October 2017 were at a seasonally adjusted annual rate of 685,000. This is 6.2 percent above the revised September rate of 645,000, and is 18.7 percent above the October 2016 estimate of 577,000.';
    const checks = insights(text, 'consistency');
    expect(checks.map((c) => c.status)).toEqual(['agrees', 'agrees']);
    expect(checks.map((c) => c.inputs?.length)).toEqual([3, 3]);
    // A base of another period than the change's names no check: 18.7 percent from 645,000 is not stated.
    const crossed = 'Sales of new single-family houses in October 2017 were at a seasonally adjusted annual rate of 685,000. This is 18.7 percent above the October 2016 estimate.';
    expect(insights(crossed, 'consistency')).toEqual([]);
  });

  it('a base the paragraph states after all is checked, not implied', () => {
    const text = 'The U.S. current-account deficit widened by $15.9 billion to $237.6 billion in the first quarter of 2024. The revised fourth-quarter deficit was $221.8 billion.';
    expect(insights(text, 'implied-base')).toEqual([]);
    const [check] = insights(text, 'consistency');
    expect(check).toMatchObject({ status: 'agrees' });
    expect(check?.inputs).toHaveLength(3);
    // A level of another thing in that period is no statement of the base.
    const other = 'The U.S. current-account deficit widened by $15.9 billion to $237.6 billion in the first quarter of 2024. The revised fourth-quarter surplus on services was $221.8 billion.';
    expect(insights(other, 'implied-base')).toHaveLength(1);
  });

  it('not across paragraphs, and not from a level the paragraph states twice', () => {
    expect(insights('May 2007 exports were $118.7 billion.\n\nMay 2007 exports were $2.7 billion more than April exports of $115.9 billion.', 'consistency')).toEqual([]);
    expect(insights('May 2007 exports were $118.7 billion. In another table, May 2007 exports were $118.9 billion. May 2007 exports were $2.7 billion more than April exports of $115.9 billion.', 'consistency')).toEqual([]);
  });
});

describe('one level, two rates from different bases', () => {
  it('each rate implies its own base, in its own period', () => {
    const text = 'Retail sales for June 2019 were $519.9 billion, an increase of 0.4 percent from the previous month, and 3.4 percent above June 2018.';
    expect(insights(text, 'implied-base').map((i) => i.period)).toEqual(['2019-05', '2018-06']);
  });
});

describe('bounds are no inputs to arithmetic', () => {
  it('"up more than $600 billion from 2009" implies no exact base', () => {
    expect(insights('Exports were $2.2 trillion in 2013, up more than $600 billion from 2009.', 'implied-base')).toEqual([]);
  });
});

describe('a month at an annual rate', () => {
  it('the annual rate is the levels’: the percent is the month’s own change', () => {
    const [check] = insights('Personal income in October 2019 increased $26.7 billion, or 0.1 percent, at an annual rate, to $18,960.5 billion.', 'consistency');
    expect(check).toMatchObject({ status: 'agrees' });
  });
});

describe('one level, two rates from different bases, and the change of one of them', () => {
  it('the rate with a stated change is checked, the other implies its base', () => {
    const text = 'Retail sales for June 2019 were $519.9 billion, up $2.1 billion or 0.4 percent from the previous month, and 3.4 percent above June 2018.';
    expect(insights(text, 'consistency')).toMatchObject([{ status: 'agrees', period: '2019-06' }]);
    expect(insights(text, 'implied-base').map((i) => i.period)).toEqual(['2019-05', '2018-06']);
  });

  it('a change the rate does not fit is a note to check', () => {
    const text = 'Retail sales for June 2019 were $519.9 billion, up $2.1 billion or 0.9 percent from the previous month, and 3.4 percent above June 2018.';
    expect(insights(text, 'consistency')).toMatchObject([{ status: 'mismatch' }]);
  });
});

describe('shares of counts in a list under a lead line', () => {
  const list = (last: string) => `The office reviewed proposals from 410 eligible small firms:\n\n  • 205 (50%) proposed new export services;\n  • 123 (30%) proposed training programs; and\n  • 82 (${last}) proposed both.`;

  it('each share is checked against its count of the lead’s count', () => {
    const checks = insights(list('20%'), 'consistency');
    expect(checks.map((c) => c.status)).toEqual(['agrees', 'agrees', 'agrees']);
    expect(checks[0]).toMatchObject({ subject: 'firms that proposed new export services', value: 50 });
  });

  it('a share its count does not give is a note to check', () => {
    expect(insights(list('25%'), 'consistency').map((c) => c.status)).toEqual(['agrees', 'agrees', 'mismatch']);
  });

  it('no check across other figures between the lead and the item', () => {
    expect(insights('The office reviewed proposals from 410 eligible small firms:\n\n  • $5 million went to training;\n  • 205 (50%) proposed new export services.', 'consistency')).toEqual([]);
  });
});

describe('a clause with levels of two periods', () => {
  it('the level of the period a rate is of, and nearest it, goes with the rate', () => {
    const text = 'In 2006, American businesses exported a record $1.4 trillion, and through June of this year exports are up 11 percent to $779.2 billion.';
    const [base] = analyze(text, { now: new Date('2026-11-29T00:00:00Z'), published: '2007-08-01' }).insights.filter((i) => i.kind === 'implied-base');
    expect(base?.summary).toMatch(/\$779\.2 billion/);
    expect(base?.summary).not.toMatch(/\$1\.4 trillion/);
  });
});
