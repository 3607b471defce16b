/** Implied bases, changes, consistency checks and growth in the phrasings releases use. */
import { describe, expect, it } from 'vitest';
import type { Insight } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';

const NOW = new Date('2026-11-29T00:00:00Z');
const run = (text: string) => analyze(text, { now: NOW });
const kinds = (text: string, kind: Insight['kind']) => run(text).insights.filter((i) => i.kind === kind);
const one = (text: string, kind: Insight['kind']): Insight => {
  const found = kinds(text, kind);
  expect(found, `${kind} in "${text}"`).toHaveLength(1);
  return found[0] as Insight;
};

describe('implied-base', () => {
  it('"up 32% from 2005": the level divided by 1 + rate, in the base year', () => {
    const i = one('U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.', 'implied-base');
    expect(i.value).toBeCloseTo(55e9 / 1.32, 0);
    expect(i.summary).toContain('in 2005');
  });

  it('"increased by 44% in 2006, to $17.7 billion": the rate before the level', () => {
    const i = one('U.S. high technology exports to China increased by 44% in 2006, to $17.7 billion.', 'implied-base');
    expect(i.value).toBeCloseTo(17.7e9 / 1.44, 0);
    expect(i.summary).toContain('in 2005');
  });

  it('"a 4.8% decrease from 2014": divides by 1 - rate, and the base is the larger value', () => {
    const i = one('Exports of goods and services were $2.23 trillion in 2015, a 4.8% decrease from 2014.', 'implied-base');
    expect(i.value).toBeCloseTo(2.23e12 / 0.952, 0);
    expect(i.formula).toBe('2230000000000 / (1 - 0.048)');
    expect(i.summary).toContain('about $2.34 trillion in 2014');
    expect(i.summary).toContain('fall');
  });

  it('"increased $1.6 billion, or 0.9 percent": base = change ÷ rate, no more digits than the inputs carry', () => {
    const i = one('Exports of goods increased $1.6 billion, or 0.9 percent, in March.', 'implied-base');
    expect(i.value).toBeCloseTo(1.6e9 / 0.009, 0);
    expect(i.formula).toBe('1600000000 / 0.009');
    expect(i.summary).toContain('about $178 billion');
  });

  it('"up $23.2 billion or 4.6% from 2014": base = change ÷ rate, in the base year, with the range the rate\'s rounding allows', () => {
    const i = one('Exports of services were up $23.2 billion or 4.6% from 2014.', 'implied-base');
    expect(i.value).toBeCloseTo(23.2e9 / 0.046, 0);
    expect(i.summary).toContain('in 2014');
    expect(i.summary).toContain('between $498 billion and $511 billion within the rounding of 4.6%');
  });

  it('each change with the rate that restates it, however many pairs one subject has in a sentence', () => {
    const text = 'In May 2011, farm exports rose $4.2 billion, or 3.1 percent, seasonally adjusted, and rose $4.5 billion (3.3 percent) before adjustment.';
    const found = kinds(text, 'implied-base');
    expect(found.map((i) => i.formula)).toEqual(['4200000000 / 0.031', '4500000000 / 0.033']);
    expect(found.map((i) => i.period)).toEqual(['2011-04', '2011-04']);
    // Two changes and two rates that are not written pair by pair stay unpaired.
    expect(kinds('Farm exports rose $4.2 billion and $2.5 billion, up 3.1 percent and 1.8 percent.', 'implied-base')).toEqual([]);
  });

  it('a semicolon ends a clause: the level and rate before it pair, the level after it is another clause\'s', () => {
    const i = one('Exports were $185.1 billion in 2014, an increase of 4 percent from 2013; in 2015 they were $190.2 billion.', 'implied-base');
    expect(i.value).toBeCloseTo(185.1e9 / 1.04, 0);
    expect(i.period).toBe('2013');
  });

  it('with the level the change reached, the base is the level less the change, exact to the text\'s digits', () => {
    const i = one('Exports of services were $527.5 billion in 2015, up $23.2 billion or 4.6% from 2014.', 'implied-base');
    expect(i.value).toBe(504.3e9);
    expect(i.formula).toBe('527500000000 - 23200000000');
    expect(one('March exports were $187.8 billion, $1.6 billion more than February exports.', 'implied-base').value).toBe(186.2e9);
    expect(one('The goods deficit decreased $2.9 billion to $59.4 billion in May.', 'implied-base').value).toBe(62.3e9);
  });

  it('with a level and a change but no rate, gives the rate', () => {
    const i = one('The goods deficit decreased $2.9 billion to $59.4 billion in May.', 'change');
    expect(i.unit).toBe('%');
    expect(i.value).toBeCloseTo((-100 * 2.9) / 62.3, 3);
  });

  it('"fell 20% to $80 million": a fall divides by 1 - rate', () => {
    expect(one('Exports fell 20% to $80 million.', 'implied-base').value).toBe(100e6);
  });

  it('pairs each clause with its own subject: "Imports fell 3.2% to …, while exports rose 1.5% to …"', () => {
    const found = kinds('Imports fell 3.2% to $215.3 billion, while exports rose 1.5% to $180.1 billion.', 'implied-base');
    expect(found.map((i) => Math.round((i.value ?? 0) / 1e8) / 10)).toEqual([222.4, 177.4]);
    expect(found[0]?.summary).toMatch(/^Imports: .* fall/);
    expect(found[1]?.summary).toMatch(/^exports: .* rise/);
  });

  it('works on quantities in their own unit', () => {
    const text = 'Steel shipments rose 25% to 5,000 tons in 2020.';
    const { annotations } = run(text);
    if (!annotations.some((a) => a.kind === 'quantity')) return expect(kinds(text, 'implied-base')).toEqual([]);
    expect(one(text, 'implied-base').value).toBe(4000);
  });

  it('finds nothing without a direction, with two rates for one level, or for percentage points', () => {
    expect(run('The fund holds $5 billion and 10% of it is cash.').insights).toEqual([]);
    expect(kinds('Exports rose 5% and 7% to $10 billion.', 'implied-base')).toEqual([]);
    expect(kinds('The share rose 2 percentage points to 40 percent.', 'implied-base')).toEqual([]);
    expect(kinds('The agency set up a $5 million fund, up from nothing.', 'implied-base')).toEqual([]);
  });

  it('refuses a fall of 100% or more (there is no base it implies)', () => {
    expect(kinds('Exports fell 100% to $0 million.', 'implied-base')).toEqual([]);
    expect(kinds('Exports fell 120% to $5 million.', 'implied-base')).toEqual([]);
  });
});

describe('change', () => {
  it('the absolute change that goes with a stated rate, signed', () => {
    expect(one('Exports fell 20% to $80 million.', 'change').value).toBe(-20e6);
    expect(one('Exports rose 25% to $100 million.', 'change').value).toBe(20e6);
  });

  it('the rate two stated values give: "$190.4 billion from $192.5 billion"', () => {
    const i = one('Exports decreased to $190.4 billion from $192.5 billion.', 'change');
    expect(i.unit).toBe('%');
    expect(i.value).toBeCloseTo(-1.0909, 4);
    expect(i.summary).toContain('-$2.1 billion');
    expect(i.summary).toContain('-1.1%');
    expect(i.formula).toBe('100 × (190400000000 - 192500000000) / 192500000000');
  });

  it('mixed scales: "$950 million" to "$1.2 billion"', () => {
    const i = one('Exports rose to $1.2 billion from $950 million.', 'change');
    expect(i.value).toBeCloseTo(26.3158, 3);
  });
});

describe('consistency', () => {
  it('"at a rate of 851,000; this is 2.9 percent above the revised August figure of 827,000": a clause after a semicolon that points back checks the count', () => {
    const i = one('Single-family authorizations in September 2018 were at a rate of 851,000; this is 2.9 percent above the revised August figure of 827,000.', 'consistency');
    expect(i.status).toBe('agrees');
    expect(i.subject).toBe('Single-family authorizations');
    expect(i.summary).toContain('827,000 in August 2018 to 851,000 in September 2018');
  });

  it('a semicolon that does not point back still ends the clause: no check across it', () => {
    expect(kinds('Single-family authorizations in September 2018 were at a rate of 851,000; multifamily permits rose 2.9 percent above the revised August figure of 827,000.', 'consistency')).toEqual([]);
  });

  it('agrees quietly when the stated rate fits the stated values within the text rounding', () => {
    const i = one('Exports decreased to $190.4 billion from $192.5 billion, down 1.1 percent.', 'consistency');
    expect(i.status).toBe('agrees');
    expect(i.summary).not.toMatch(/check/i);
  });

  it('reports a mismatch clearly, as a note to check', () => {
    const i = one('Exports decreased to $190.4 billion from $192.5 billion, down 2.5 percent.', 'consistency');
    expect(i.status).toBe('mismatch');
    expect(i.summary).toMatch(/check: .*about -1\.09%.*not the stated -2\.5 percent/);
  });

  it('uses the rounding the text used: 1.1%, 1.0% and 1% fit $192.5 → $190.4 billion (-1.04% to -1.14%); 1.3% does not', () => {
    const status = (rate: string) => one(`Exports decreased to $190.4 billion from $192.5 billion, down ${rate}.`, 'consistency').status;
    expect(status('1.1%')).toBe('agrees');
    expect(status('1.0%')).toBe('agrees');
    expect(status('1.3%')).toBe('mismatch');
    expect(status('1%')).toBe('agrees');
  });

  it('checks a change with its rate against the level it reached', () => {
    expect(one('Exports of goods increased $1.6 billion, or 0.9 percent, to $180.6 billion.', 'consistency').status).toBe('agrees');
    expect(one('Exports of services were $750.9 billion in 2015, up $23.2 billion or 4.6% from 2014.', 'consistency').status).toBe('mismatch');
    expect(one('Exports fell $2 billion, or 10 percent, to $18 billion.', 'consistency').status).toBe('agrees');
  });

  it('checks a rate in parentheses after "$A more" against the level and that change', () => {
    const text = 'Visitors from Canada spent an estimated $2.6 billion in the United States in March 2013, $130 million more (5 percent) than in March 2012.';
    const check = one(text, 'consistency');
    expect(check.status).toBe('agrees');
    expect(check.inputs).toHaveLength(3);
    expect(one(text.replace('(5 percent)', '(9 percent)'), 'consistency').status).toBe('mismatch');
  });

  it('checks a stated change against two stated values', () => {
    const ok = one('Exports rose $10 million to $110 million from $100 million.', 'consistency');
    expect(ok.status).toBe('agrees');
    const bad = one('Exports rose $15 million to $110 million from $100 million.', 'consistency');
    expect(bad.status).toBe('mismatch');
  });

  it('knows a stated fall is negative', () => {
    expect(one('Exports fell $10 million to $90 million from $100 million.', 'consistency').status).toBe('agrees');
  });
});

describe('growth over spans', () => {
  it('compound annual growth between two years apart', () => {
    const i = one('Exports rose from $100 billion in 2010 to $150 billion in 2015.', 'growth');
    expect(i.value).toBeCloseTo(100 * (1.5 ** (1 / 5) - 1), 3);
    expect(i.summary).toContain('five years');
    expect(i.summary).toContain('8.4% a year');
  });

  it('from a rate over several years', () => {
    const i = one('Exports were $150 billion in 2015, up 50% from 2010.', 'growth');
    expect(i.value).toBeCloseTo(100 * (1.5 ** (1 / 5) - 1), 3);
  });

  it('nothing for one year, or when the years run backwards', () => {
    expect(kinds('Exports were $55 billion in 2006, up 32% from 2005.', 'growth')).toEqual([]);
    expect(kinds('Exports fell from $150 billion in 2015 to $100 billion in 2010.', 'growth')).toEqual([]);
  });
});
