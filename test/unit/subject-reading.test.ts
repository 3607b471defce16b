/**
 * Subjects as a careful reader takes them from a release's wording: a partner after "to",
 * "from" or "with" before a figure in parentheses, money invested in something, money a
 * participle describes, one grant named with what it provides, counts and shares in a
 * list under a lead line; and what is no subject ("So far this year", an amount "along
 * with" another).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
import type { Measure } from '../../src/core/model.js';

function measures(text: string): Array<[string, Measure | undefined]> {
  return measureFigures(text, extract(text)).flatMap((a) => (a.kind === 'money' || a.kind === 'percent' || a.kind === 'quantity' ? [[a.text, a.measure] as [string, Measure | undefined]] : []));
}
const subjects = (text: string) => measures(text).map(([t, m]) => [t, m?.subject]);

describe('a partner named before a figure in parentheses', () => {
  it('"has grown with Japan (4.2 percent) and the United Kingdom (3.1 percent)": the clause’s subject with each partner, both changes', () => {
    const m = measures('So far this year, the services surplus has grown with Japan (4.2 percent) and the United Kingdom (3.1 percent).');
    expect(m).toMatchObject([
      ['4.2 percent', { subject: 'the services surplus with Japan', role: 'change', direction: 'up' }],
      ['3.1 percent', { subject: 'the services surplus with the United Kingdom', role: 'change', direction: 'up' }],
    ]);
  });

  it('"Exports to Canada ($25.3 billion) and Mexico ($20.1 billion)": the noun before "to" goes with each', () => {
    expect(subjects('Exports to Canada ($25.3 billion) and Mexico ($20.1 billion) were the largest.')).toEqual([
      ['$25.3 billion', 'Exports to Canada'],
      ['$20.1 billion', 'Exports to Mexico'],
    ]);
  });

  it('a label without a partner preposition stays the label', () => {
    expect(subjects('New records were set in travel services ($18.2 billion) and royalties ($10.4 billion).')).toEqual([
      ['$18.2 billion', 'travel services'],
      ['$10.4 billion', 'royalties'],
    ]);
  });
});

describe('what money is, when its clause’s subject did something with it', () => {
  it('"invests $2.4 million in four rural health clinics" is an investment in them; "in grants for …" is the grants', () => {
    expect(subjects('The agency invests $2.4 million in four rural health clinics.')).toEqual([['$2.4 million', 'investment in four rural health clinics']]);
    expect(subjects('The agency invested $3 million in grants for coastal towns.')).toEqual([['$3 million', 'grants for coastal towns']]);
  });

  it('"$12 million transferred to the bureau from the Department of Energy" is the funds so transferred, not the amount before it', () => {
    expect(subjects('The bureau received $45 million in base funding, along with an additional $12 million transferred to the bureau from the Department of Energy.')).toEqual([
      ['$45 million', 'base funding'],
      ['$12 million', 'funds transferred to the bureau from the Department of Energy'],
    ]);
    expect(subjects('The $12 million raised by the foundation will be spent next year.')).toEqual([['$12 million', 'funds raised by the foundation']]);
  });

  it('an amount "along with" another is not what the first measures', () => {
    expect(subjects('Congress provided $90 million for the laboratory, along with an additional $10 million from other agencies.')).toEqual([
      ['$90 million', 'the laboratory'],
      ['$10 million', undefined],
    ]);
  });

  it('"for a grant to a university to support additional stations" is a grant for the stations', () => {
    expect(subjects('- $8 million for a grant to a state university to support additional coastal monitoring stations;')).toEqual([['$8 million', 'a grant for coastal monitoring stations']]);
  });
});

describe('no subject out of a time that leads the clause', () => {
  it('"So far this year, exports rose 5.2 percent" is exports', () => {
    expect(subjects('So far this year, exports rose 5.2 percent.')).toEqual([['5.2 percent', 'exports']]);
  });
});

describe('counts and shares in a list under a lead line', () => {
  const list = 'The office reviewed proposals from 410 eligible small firms:\n\n  • 205 (50%) proposed new export services;\n  • 123 (30%) proposed training programs; and\n  • 82 (20%) proposed both.';

  it('each item’s number counts the lead’s noun; its share measures the noun that did what the item says', () => {
    expect(subjects(list)).toEqual([
      ['410 eligible small firms', undefined],
      ['205', 'firms that proposed new export services'],
      ['50%', 'firms that proposed new export services'],
      ['123', 'firms that proposed training programs'],
      ['30%', 'firms that proposed training programs'],
      ['82', 'firms that proposed both'],
      ['20%', 'firms that proposed both'],
    ]);
    expect(measures(list).find(([t]) => t === '50%')?.[1]).toMatchObject({ role: 'share' });
  });

  it('bare numbers are no counts without a lead line that counts something', () => {
    expect(subjects('The office reviewed proposals:\n  • 205 (50%) proposed new export services;')).toEqual([['50%', undefined]]);
    expect(subjects('In 2024:\n  • 205 (50%) proposed new export services;')).toEqual([['50%', undefined]]);
  });
});

describe('the noun a figure modifies, and what a total counts', () => {
  it('"agreed to pay a $96,500 civil penalty", "a $2.5 million grant to the Town of Milford to build …"', () => {
    expect(subjects('The firm agreed to pay a $96,500 civil penalty to settle the charges.')).toEqual([['$96,500', 'civil penalty']]);
    expect(subjects('The agency is awarding a $2.5 million grant to the Town of Milford to build a new water tower.')).toEqual([['$2.5 million', 'grant to the Town of Milford']]);
    expect(subjects('The agency has imposed a $40,000 civil penalty against an exporter.')).toEqual([['$40,000', 'civil penalty']]);
  });

  it('"42 awards from March 1-7, 2024, totaling $18,250,000" and "penalties totaling $75,000" are what was totalled', () => {
    expect(subjects('The agency announced 42 awards from March 1-7, 2024, totaling $18,250,000.').slice(1)).toEqual([['$18,250,000', 'awards']]);
    expect(subjects('Two exporters agreed to pay civil penalties totaling $75,000.').slice(1)).toEqual([['$75,000', 'civil penalties']]);
    expect(subjects('In 2006, U.S. exports to China totaled $55 billion.')).toEqual([['$55 billion', 'U.S. exports to China']]);
  });

  it('"a 4.8 percent decrease in imports" is the imports', () => {
    expect(subjects('The report showed a 4.8 percent decrease in imports from the month before.')).toEqual([['4.8 percent', 'imports']]);
  });

  it('"$2.1 Million Invested in Vermont" is an investment in Vermont; "$14 million in 12 Public Works projects" keeps the count its phrase names', () => {
    expect(subjects('EDA: $2.1 Million Invested in Vermont to Support Business Growth')).toEqual([['$2.1 Million', 'investment in Vermont']]);
    expect(subjects('The awards include $14,000,000 in 12 Public Works projects to help communities.').filter(([t]) => t?.startsWith('$'))).toEqual([['$14,000,000', '12 Public Works projects']]);
  });

  it('money a project will leverage or generate is that money, not the project', () => {
    expect(subjects('The grantee estimates that this investment will help create 80 jobs and leverage $6,200,000 in private investment.').filter(([t]) => t?.startsWith('$'))).toEqual([['$6,200,000', 'private investment']]);
    expect(subjects('These projects are expected to retain 300 jobs, while generating $9 million in private investment.').filter(([t]) => t?.startsWith('$'))).toEqual([['$9 million', 'private investment']]);
  });
});

describe('what a clause after the first one measures', () => {
  it('"…, causing the U.S. trade deficit to increase 6.0 percent … to reach $48.2 billion"', () => {
    expect(subjects('Imports increased 4.9 percent to $220.8 billion, causing the U.S. trade deficit to increase 6.0 percent to reach $48.2 billion.')).toEqual([
      ['4.9 percent', 'Imports'],
      ['$220.8 billion', 'Imports'],
      ['6.0 percent', 'the U.S. trade deficit'],
      ['$48.2 billion', 'the U.S. trade deficit'],
    ]);
  });

  it('"…, with the overall trade deficit growing by 5.9 percent to $40.6 billion"', () => {
    expect(subjects('Imports increased 2.6 percent to $203.5 billion, with the overall trade deficit growing by 5.9 percent to $40.6 billion.').slice(2)).toEqual([
      ['5.9 percent', 'the overall trade deficit'],
      ['$40.6 billion', 'the overall trade deficit'],
    ]);
  });

  it('an infinitive after a verb not known, or after an action, gives no subject', () => {
    expect(subjects('The Administration wants to secure $20 million next year.')).toEqual([['$20 million', undefined]]);
    expect(subjects('Exports are expected to rise 4 percent.')).toEqual([['4 percent', 'Exports']]);
  });

  it('"After dropping 14.6 percent in 2009, exports grew 16.6 percent in 2010": the participle’s subject is the main clause’s', () => {
    expect(subjects('After dropping 14.6 percent in 2009, exports grew 16.6 percent in 2010.')).toEqual([
      ['14.6 percent', 'exports'],
      ['16.6 percent', 'exports'],
    ]);
  });

  it('"adding another $8.3 million and bringing the total to $22.1 million" measures nothing the clause’s subject is', () => {
    expect(subjects('Federal funds must be matched by local contributions, adding another $8.3 million and bringing the total to $22.1 million.')).toEqual([
      ['$8.3 million', undefined],
      ['$22.1 million', undefined],
    ]);
  });
});

describe('labels in parentheses', () => {
  it('"record exports of both goods ($124.9 billion) and services ($47.7 billion)"', () => {
    expect(subjects('Exports rose to $172.7 billion, with record exports of both goods ($124.9 billion) and services ($47.7 billion).').slice(1)).toEqual([
      ['$124.9 billion', 'exports of goods'],
      ['$47.7 billion', 'exports of services'],
    ]);
  });

  it('a figure labelled by a time measures its clause’s subject, without its month', () => {
    expect(subjects('March petroleum imports ($39.3 billion) were the highest since August 2008 ($43.7 billion).')).toEqual([
      ['$39.3 billion', 'March petroleum imports'],
      ['$43.7 billion', 'petroleum imports'],
    ]);
  });

  it('"The monthly increase in … between February and March 2011 ($7.7 billion)" is a change', () => {
    expect(measures('The monthly increase in the export value for goods and services between February and March 2011 ($7.7 billion) was the highest on record.')).toMatchObject([
      ['$7.7 billion', { role: 'change', direction: 'up', subject: 'goods and services' }],
    ]);
  });

  it('a time or a predicate is never a subject: "in the next fiscal year", "$5 million in grants and …"', () => {
    expect(subjects('The agency awarded $5 million in grants and $3 million in loans to the city.')).toEqual([
      ['$5 million', 'grants'],
      ['$3 million', 'loans'],
    ]);
  });
});

describe('a subject named around the figure rather than before its verb', () => {
  it('", which grew at 3.4 percent": a relative clause measures the noun phrase before it, not the sentence’s subject', () => {
    expect(subjects('Exports were also a very important contributor to last quarter’s real gross domestic product (GDP), which grew at 3.4 percent.')).toEqual([
      ['3.4 percent', 'last quarter’s real gross domestic product'],
    ]);
    expect(subjects('Imports, which rose 4 percent, were high.')).toEqual([['4 percent', 'Imports']]);
    expect(subjects('The U.S. current-account deficit, which reflects the balances on trade and income, widened by $15.9 billion.')).toEqual([['$15.9 billion', 'The U.S. current-account deficit']]);
    expect(subjects('All comparisons are significant at the 90-percent confidence level.')).toEqual([['90-percent', 'confidence level']]);
  });

  it('"$222 billion in annual international visitor spending": money in what it is an amount of', () => {
    expect(subjects('The United States is likely to see more than $222 billion in annual international visitor spending this year.')).toEqual([
      ['$222 billion', 'annual international visitor spending'],
    ]);
  });

  it('"a balance of trade surplus nearly $64 billion": the surplus its amount follows', () => {
    expect(subjects('Americans spent less abroad, resulting in a balance of trade surplus nearly $64 billion year to date.')).toEqual([['$64 billion', 'balance of trade surplus']]);
  });

  it('a long subject drops a participle’s place: "… by international visitors traveling in the United States"', () => {
    expect(subjects('Purchases of travel and tourism-related goods and services by international visitors traveling in the United States totaled $10.7 billion during September.')).toEqual([
      ['$10.7 billion', 'Purchases of travel and tourism-related goods and services by international visitors'],
    ]);
  });
});

describe('what opens a sentence before its subject', () => {
  it('"According to … (NTTO)," and "Actually," are no part of the subject, nor is a page’s date stamp before them', () => {
    expect(subjects(' date 2023-12-07 According to the latest data recently released by the National Travel and Tourism Office (NTTO), foreign visitors spent $18.9 billion on travel.')).toEqual([
      ['$18.9 billion', 'foreign visitors'],
    ]);
    expect(subjects('Actually, monthly travel exports are within $1.9 billion of their high.')).toEqual([['$1.9 billion', 'monthly travel exports']]);
  });

  it('"decreased 0.9 percent (±1.4%) from February but were 10.7 percent above": the second verb keeps the clause’s subject', () => {
    expect(subjects('Durable goods decreased 0.9 percent (±1.4%) from February but were 10.7 percent above last year.')).toEqual([
      ['0.9 percent', 'Durable goods'],
      ['1.4%', undefined],
      ['10.7 percent', 'Durable goods'],
    ]);
  });

  it('a share verb goes on to the share after "and": both measure the part, not the whole', () => {
    expect(subjects('Travel exports accounted for 22.3 percent of services exports in October 2023 and 7.3 percent of all exports.')).toEqual([
      ['22.3 percent', 'Travel exports'],
      ['7.3 percent', 'Travel exports'],
    ]);
  });
});

describe('lists inside a subject', () => {
  it('", as well as …," and a serial comma list are part of the subject, not new clauses', () => {
    expect(subjects('Revenue from administrative and support services, as well as waste management and remediation services, totaled $121.9 billion.')).toEqual([
      ['$121.9 billion', 'Revenue from administrative and support services, as well as waste management and remediation services'],
    ]);
    expect(subjects('Revenue from professional, scientific, and technical services posted the largest gain, rising 6.3% to $241.6 billion.')).toEqual([
      ['6.3%', 'Revenue from professional, scientific, and technical services'],
      ['$241.6 billion', 'Revenue from professional, scientific, and technical services'],
    ]);
  });

  it('", and" after a whole clause still starts one', () => {
    expect(subjects('Exports rose 2 percent, and imports fell 3 percent.')).toEqual([
      ['2 percent', 'Exports'],
      ['3 percent', 'imports'],
    ]);
  });

  it('"constitute" and "accounting for" make shares of what comes before them', () => {
    expect(measures('The three sectors constitute approximately 15% of U.S. gross domestic product, with service industries accounting for nearly 55% of economic activity.').filter(([text]) => text.endsWith('%'))).toMatchObject([
      ['15%', { subject: 'The three sectors', role: 'share' }],
      ['55%', { subject: 'service industries', role: 'share' }],
    ]);
  });
});

describe('"more" that adds, not compares', () => {
  it('"$19.5 Million More for Ike/Gustav Recovery Efforts" is an amount for them; "$2.7 billion more than" is a change', () => {
    expect(measures('Secretary Gary Locke Announces $19.5 Million More for Ike/Gustav Recovery Efforts.')).toMatchObject([['$19.5 Million', { role: 'level', subject: 'Ike/Gustav Recovery Efforts' }]]);
    expect(measures('Exports were $2.7 billion more than in April.')).toMatchObject([['$2.7 billion', { role: 'change', direction: 'up' }]]);
  });
});

describe('subjects in the indicator releases’ wording', () => {
  it('"Disposable personal income (DPI) increased $44.6 billion⏎(0.3 percent)": no acronym in the subject, and the wrapped rate restates the change', () => {
    const m = measures('Disposable personal income (DPI) increased $44.6 billion\n(0.3 percent) and personal consumption expenditures (PCE) increased $7.4 billion (0.1 percent).');
    expect(m).toMatchObject([
      ['$44.6 billion', { subject: 'Disposable personal income', role: 'change' }],
      ['0.3 percent', { subject: 'Disposable personal income', role: 'change' }],
      ['$7.4 billion', { subject: 'personal consumption expenditures', role: 'change' }],
      ['0.1 percent', { subject: 'personal consumption expenditures', role: 'change' }],
    ]);
  });

  it('text wrapped at a fixed width keeps its sentences across a line that opens with a capital or "("', () => {
    const text = [
      ' Personal income increased $41.1 billion, or 0.4 percent, and disposable personal income',
      '(DPI) increased $35.5 billion, or 0.4 percent, in December, according to the Bureau of Economic',
      'Analysis.  Personal consumption expenditures (PCE) increased $80.2 billion, or 0.9 percent.  In',
      'November, personal income increased $44.6 billion, or 0.4 percent.',
    ].join('\n');
    expect(subjects(text)).toEqual([
      ['$41.1 billion', 'Personal income'],
      ['0.4 percent', 'Personal income'],
      ['$35.5 billion', 'disposable personal income'],
      ['0.4 percent', 'disposable personal income'],
      ['$80.2 billion', 'Personal consumption expenditures'],
      ['0.9 percent', 'Personal consumption expenditures'],
      ['$44.6 billion', 'personal income'],
      ['0.4 percent', 'personal income'],
    ]);
  });

  it('a headline line stays a sentence of its own, and so does a short line before a capital', () => {
    expect(subjects('Retail Sales Rose in May\nExports increased $2.1 billion.')).toEqual([['$2.1 billion', 'Exports']]);
  });

  it('an appositive between commas describes the subject and is no part of it', () => {
    expect(subjects('The average of real GDP and real GDI, a supplemental measure of U.S. economic activity that equally weights GDP and GDI, increased 3.8% in the third quarter.')).toEqual([['3.8%', 'The average of real GDP and real GDI']]);
  });

  it('"the increase in real GDP was 3.5%": a change named as the subject makes the figure a change', () => {
    expect(measures('In the second estimate, the increase in real GDP was 3.5%.')).toMatchObject([['3.5%', { subject: 'the increase in real GDP', role: 'change', direction: 'up' }]]);
  });

  it('"This is … below …, and is 1.0 percent below …": the verb after "and" goes on with the subject before', () => {
    const text = 'Privately owned housing units authorized by building permits in September 2018 were at a seasonally adjusted annual rate of 1,241,000. This is 0.6 percent below the revised August rate of 1,249,000, and is 1.0 percent below the September 2017 rate of 1,254,000.';
    const units = 'Privately owned housing units authorized by building permits';
    expect(subjects(text)).toEqual([
      ['1,241,000', units],
      ['0.6 percent', units],
      ['1,249,000', units],
      ['1.0 percent', units],
      ['1,254,000', units],
    ]);
  });

  it('"This is 3.1 percent above …" after a sentence that ends on who released it: the subject of the clause with its number', () => {
    const text = 'Sales of new single-family houses in September 2016 were at a seasonally adjusted annual rate of 593,000, according to estimates released jointly today by the U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau. This is 3.1 percent above the revised August rate of 575,000.';
    expect(subjects(text)).toEqual([
      ['593,000', 'Sales of new single-family houses'],
      ['3.1 percent', 'Sales of new single-family houses'],
      ['575,000', 'Sales of new single-family houses'],
    ]);
  });
});

describe('a subject with coordinated prepositions', () => {
  it('"Exports of goods and services to, and income received from, foreign residents": one subject, not cut at ", and"', () => {
    const subject = 'Exports of goods and services to, and income received from, foreign residents';
    expect(subjects(`${subject} increased $17.0 billion, to $1.20 trillion, in the first quarter.`)).toEqual([
      ['$17.0 billion', subject],
      ['$1.20 trillion', subject],
    ]);
  });
});

describe('what money is in, is for, or is the object of', () => {
  it('"Every $1 billion in additional exports supports 5,000 jobs": what the money is in ends at the verb', () => {
    expect(subjects('Every $1 billion in additional exports supports approximately 5,000 U.S. jobs.')).toEqual([['$1 billion', 'additional exports']]);
  });

  it('"exported $1.84 trillion worth of goods and services": what the money’s worth is of', () => {
    expect(subjects('Last year, the United States exported an astounding $1.84 trillion worth of goods and services.')).toEqual([['$1.84 trillion', 'goods and services']]);
  });

  it('"exported $1.6 trillion of goods and services—nearly a 13.0 percent increase": what the money is of, and the dash’s change of the same', () => {
    expect(subjects('Last year our country exported $1.6 trillion of goods and services—nearly a 13.0 percent increase over 2006.')).toEqual([
      ['$1.6 trillion', 'goods and services'],
      ['13.0 percent', 'goods and services'],
    ]);
  });

  it('"within $1.9 billion of their high water mark" is a distance, not what the money is of', () => {
    expect(subjects('Monthly travel exports are within $1.9 billion of their high water mark.')).toEqual([['$1.9 billion', 'Monthly travel exports']]);
  });

  it('"a $2 million Economic Development Administration (EDA) grant": a named body’s grant, with its acronym', () => {
    expect(subjects('Secretary Locke today announced a $2 million Economic Development Administration (EDA) grant.')).toEqual([['$2 million', 'Economic Development Administration (EDA) grant']]);
  });

  it('"will receive one-time funding ranging from $408,996 to $1.5 million": the participle measures the action’s object', () => {
    expect(subjects('The 27 projects will receive one-time funding ranging from $408,996 to $1.5 million to carry out research.')).toEqual([
      ['27 projects', undefined],
      ['$408,996', 'one-time funding'],
      ['$1.5 million', 'one-time funding'],
    ]);
  });

  it('"According to the new Commerce report, 2014 Metropolitan Area Export Overview, metro area exports": the source and the report’s name lead no subject', () => {
    expect(subjects('According to the new Commerce report, 2014 Metropolitan Area Export Overview, metro area exports increased $36 billion from 2013.')).toEqual([['$36 billion', 'metro area exports']]);
    expect(subjects('According to the report, U.S. exports to Canada, Mexico and China rose 5 percent.')).toEqual([['5 percent', 'U.S. exports to Canada, Mexico and China']]);
  });
});

describe('verbs of pace', () => {
  it('"Traveler accommodations accelerated, increasing 13.5 percent": what accelerated', () => {
    expect(subjects('Traveler accommodations accelerated, increasing 13.5 percent in the third quarter after increasing 3.8 percent in the second.')).toEqual([
      ['13.5 percent', 'Traveler accommodations'],
      ['3.8 percent', 'Traveler accommodations'],
    ]);
  });
});

describe('"that" as a relative pronoun, and a time without a comma', () => {
  it('"exports to the 20 economies that have trade agreements with the United States" keeps its relative clause; "shows that" still opens one', () => {
    expect(subjects('Merchandise exports to the 20 economies that have trade agreements with the United States reached a record $732.0 billion. Today’s report shows that U.S. exports rose 5 percent.')).toEqual([
      ['$732.0 billion', 'Merchandise exports to the 20 economies that have trade agreements with the United States'],
      ['5 percent', 'U.S. exports'],
    ]);
  });

  it('"This month the deficit fell to $28 billion": the time leads no subject', () => {
    expect(subjects('This month the deficit fell to $28 billion.')).toEqual([['$28 billion', 'the deficit']]);
  });
});

describe('budget lines, labels with their time, and a headline run into the text', () => {
  it('"* Protection and restoration of marine and coastal areas + $38 million": the line’s item, and a rise', () => {
    const m = measures('Key program increases include:\n* Protection and restoration of marine and coastal areas + $38 million\n* Sustainable use of ocean resources + $25 million');
    expect(m).toMatchObject([
      ['$38 million', { subject: 'Protection and restoration of marine and coastal areas', role: 'change', direction: 'up' }],
      ['$25 million', { subject: 'Sustainable use of ocean resources', role: 'change', direction: 'up' }],
    ]);
  });

  it('"U.S. exports to Alberta in 2010 ($12 billion)": the label without its time; "the highest since August 2008 ($43.7 billion)" stays the clause’s', () => {
    expect(subjects('U.S. exports to Alberta in 2010 ($12 billion) were double U.S. exports to Russia.')).toEqual([['$12 billion', 'U.S. exports to Alberta']]);
  });

  it('"Advance Estimates of U.S. Retail and Food Services Advance estimates of U.S. retail and food services sales …": what is estimated', () => {
    expect(subjects('Advance Estimates of U.S. Retail and Food Services Advance estimates of U.S. retail and food services sales for June 2022 were $680.6 billion.')).toEqual([['$680.6 billion', 'U.S. retail and food services sales']]);
  });

  it('"up 15 percent in the number of arrivals and 9 percent in spending": both are changes', () => {
    expect(measures('China was up 15 percent in the number of arrivals and 9 percent in spending.')).toMatchObject([
      ['15 percent', { role: 'change', direction: 'up' }],
      ['9 percent', { role: 'change', direction: 'up' }],
    ]);
  });
});

describe('awards and what reaches a total', () => {
  it('"awarded … $1.6 million for broadband data collection and mapping activities over a two-year period, … bringing the total grant award to nearly $2.1 million"', () => {
    expect(subjects('NTIA has awarded Connect Arkansas approximately $1.6 million for broadband data collection and mapping activities over a two-year period, bringing the total grant award to nearly $2.1 million.')).toEqual([
      ['$1.6 million', 'broadband data collection and mapping activities'],
      ['$2.1 million', 'total grant award'],
    ]);
  });

  it('"U.S. exports to Quebec in 2010 (nearly $18 billion)", "Over $250 billion of direct investment comes from …", a headline’s "Reports"', () => {
    expect(subjects('U.S. exports to Quebec in 2010 (nearly $18 billion) were nearly the same as exports to India.')).toEqual([['$18 billion', 'U.S. exports to Quebec']]);
    expect(subjects('Over $250 billion of direct investment comes from each country.')).toEqual([['$250 billion', 'direct investment']]);
    expect(subjects('U.S. Department of Commerce Reports International Visitors to the United States Spent $245 Billion in 2016')).toEqual([['$245 Billion', 'International Visitors to the United States']]);
  });
});

describe('a rate its noun names', () => {
  it('"The homeownership rate of 65.4 percent" and "the rental vacancy rate" are subjects; "a seasonally adjusted annual rate" and "the revised August rate" are not', () => {
    expect(subjects('The homeownership rate of 65.4 percent was the lowest since 2019.')).toEqual([['65.4 percent', 'homeownership rate']]);
    expect(subjects('Single-family completions were at a rate of 844,000; this is 8.7 percent below the revised August rate of 924,000.')).toEqual([
      ['844,000', 'Single-family completions'],
      ['8.7 percent', 'Single-family completions'],
      ['924,000', 'Single-family completions'],
    ]);
  });
});

describe('a verb left out, a fronted value, and points added', () => {
  it('"wheat prices rose 18 percent and soybean prices 17 percent": the second clause’s subject, the same move', () => {
    expect(measures('Wheat prices rose 18 percent and soybean prices 17 percent.')).toMatchObject([
      ['18 percent', { subject: 'Wheat prices', role: 'change', direction: 'up' }],
      ['17 percent', { subject: 'soybean prices', role: 'change', direction: 'up' }],
    ]);
    expect(measures('Exports rose 5 percent and reached $5 billion.')).toMatchObject([['5 percent', { role: 'change' }], ['$5 billion', { role: 'level' }]]);
  });

  it('"Valued at $5.5 billion, these landings represent …": the main clause’s subject', () => {
    expect(subjects('Valued at $5.5 billion, these landings represent an increase of $388 million from 2012.')).toEqual([
      ['$5.5 billion', 'these landings'],
      ['$388 million', 'these landings'],
    ]);
  });

  it('"This added 6.4 percentage points to personal income growth": a change of what it was added to; money "added to the economy" stays a level', () => {
    expect(measures('Corn prices jumped 22 percent. This added 6.4 percentage points to personal income growth in Iowa.')[1]).toMatchObject(['6.4 percentage points', { subject: 'personal income growth', role: 'change', direction: 'up' }]);
    expect(measures('Visitation added nearly $94 billion to our growing economy.')).toMatchObject([['$94 billion', { role: 'level' }]]);
  });
});

describe('"the percent change in X"', () => {
  it('"The percent change in PCE across all 50 states … ranged from 16.3 percent … to 9.4 percent": changes in PCE', () => {
    expect(measures('The percent change in PCE across all 50 states and the District of Columbia ranged from 16.3 percent in Nevada to 9.4 percent in Hawaii.').slice(1)).toMatchObject([
      ['16.3 percent', { subject: 'PCE', role: 'change' }],
      ['9.4 percent', { subject: 'PCE', role: 'change' }],
    ]);
  });
});

describe('a count in parentheses’ label', () => {
  it('"rose from 44.8 million (15.3 percent) in 2005": a number names no subject; the clause’s does', () => {
    expect(subjects('The number of uninsured people rose from 44.8 million (15.3 percent) in 2005 to 47 million (15.8 percent) in 2006.')).toEqual([
      ['15.3 percent', 'The number of uninsured people'],
      ['15.8 percent', 'The number of uninsured people'],
    ]);
  });
});

describe('quoted names of industries that turned', () => {
  it('"“Passenger air transportation” turned up, increasing 1.7 percent"; "Partially offsetting these upturns, “traveler accommodations” turned down"', () => {
    expect(subjects('“Passenger air transportation” turned up, increasing 1.7 percent. Partially offsetting these upturns, “traveler accommodations” turned down, decreasing 1.5 percent.')).toEqual([
      ['1.7 percent', 'Passenger air transportation'],
      ['1.5 percent', 'traveler accommodations'],
    ]);
  });
});

describe('a section heading run into its first sentence', () => {
  it('"HOUSING STARTS Privately-owned housing starts in June …": the heading is no part of the subject', () => {
    expect(subjects('HOUSING STARTS Privately-owned housing starts in June rose 3.6 percent.')).toEqual([['3.6 percent', 'Privately-owned housing starts']]);
  });

  it('"… First Quarter 2014 and Annual Revisions Current Account The U.S. current-account deficit increased …": the sentence starts at "The"', () => {
    expect(subjects('U.S. International Transactions: First Quarter 2014 and Annual Revisions Current Account The U.S. current-account deficit increased to $111.2 billion.')).toEqual([['$111.2 billion', 'The U.S. current-account deficit']]);
  });
});

describe('a list that leaves out what moved', () => {
  it('"exports to Brazil were up 57.3%, Colombia up 31.2%, Guatemala up 29.1%": each partner’s exports', () => {
    expect(subjects('In January, exports to Brazil were up 57.3%, Colombia up 31.2%, Guatemala up 29.1% and exports to Uruguay were up 13.8%.')).toEqual([
      ['57.3%', 'exports to Brazil'],
      ['31.2%', 'exports to Colombia'],
      ['29.1%', 'exports to Guatemala'],
      ['13.8%', 'exports to Uruguay'],
    ]);
  });
});

describe('a subject broken across lines', () => {
  it('"E-⏎commerce sales" is written on one line', () => {
    expect(subjects('E-\ncommerce sales accounted for 4.0 percent of total sales. U.S. retail\nsales rose 3 percent.')).toEqual([
      ['4.0 percent', 'E-commerce sales'],
      ['3 percent', 'U.S. retail sales'],
    ]);
  });
});

describe('a headline’s verb in the present', () => {
  it('"U.S. Exports Reach $2.3 Trillion", "Retail Sales Increase 2.1 Percent": what comes before the verb', () => {
    expect(subjects('U.S. Exports Reach $2.3 Trillion in 2013\n\nRetail Sales Increase 2.1 Percent in May')).toEqual([
      ['$2.3 Trillion', 'U.S. Exports'],
      ['2.1 Percent', 'Retail Sales'],
    ]);
  });

  it('a verb’s present form is a verb only right before a figure: "the increase in exports" stays a noun', () => {
    expect(measures('The increase in exports was $3 billion.')).toMatchObject([['$3 billion', { subject: 'The increase in exports', role: 'change' }]]);
  });
});

describe('a demonstrative for the subject named before', () => {
  it('"This industry contributed 2.50 percentage points …" after "Finance and insurance grew 9.0 percent", across a sentence without figures', () => {
    const text = 'Finance and insurance grew 9.0 percent in the third quarter of 2016. This industry contributed to growth in every state. This industry contributed 2.50 percentage points to the 4.4 percent growth in Delaware.';
    expect(subjects(text)).toEqual([
      ['9.0 percent', 'Finance and insurance'],
      ['2.50 percentage points', 'Finance and insurance'],
      ['4.4 percent', 'Delaware'],
    ]);
  });

  it('"This industry" with nothing named before is no subject at all', () => {
    expect(subjects('This industry contributed 2.50 percentage points to the 4.4 percent growth in Delaware.')).toEqual([
      ['2.50 percentage points', undefined],
      ['4.4 percent', 'Delaware'],
    ]);
  });
});

describe('shares and counted awards', () => {
  it('"Of all the U.S. companies that export, 59 percent …": a share of the whole named first', () => {
    expect(measures('In fact, of all the U.S. companies that export, 59 percent only export to one country.')[0]).toMatchObject(['59 percent', { subject: 'U.S. companies that export', role: 'share' }]);
  });

  it('a share’s whole ends before a relative clause or its verb', () => {
    expect(subjects('markets outside our borders, where 95 percent of the world’s consumers live.')).toEqual([['95 percent', 'the world’s consumers']]);
    expect(subjects('to sell to the 96 percent of the customers that live outside of our borders.')).toEqual([['96 percent', 'the customers']]);
  });

  it('"five projects for almost $1.3 million": the money is what the counted projects get', () => {
    expect(subjects('NOAA Fisheries announced recommendations to fund five projects for almost $1.3 million under the program.')).toContainEqual(['$1.3 million', 'five projects']);
  });

  it('"an increase of about $10 million or nearly 60 percent": the rate after "or" restates the change', () => {
    expect(measures('Centers will receive $26 million in federal funding, an increase of about $10 million or nearly 60 percent.')).toMatchObject([
      ['$26 million', { role: 'level' }],
      ['$10 million', { role: 'change' }],
      ['60 percent', { role: 'change' }],
    ]);
  });
});


describe('subjects in export statistics’ wording', () => {
  it('a count may be part of a subject, and "X Announces" is no part of one', () => {
    expect(subjects('U.S. Department of Commerce: Exports from 50 U.S. Metropolitan Areas Topped $1 Trillion in 2012')).toEqual([['$1 Trillion', 'Exports from 50 U.S. Metropolitan Areas']]);
    expect(subjects('U.S. Department of Commerce Announces Exports from U.S. Metropolitan Areas Totaled $1.31 Trillion in 2011')).toEqual([['$1.31 Trillion', 'Exports from U.S. Metropolitan Areas']]);
  });

  it('"with X totaling $N": the participle has its own subject', () => {
    expect(subjects('In 2011, merchandise exports from MSAs totaled $1.31 trillion, with merchandise exports from rural areas totaling $174.9 billion.')).toEqual([
      ['$1.31 trillion', 'merchandise exports from MSAs'],
      ['$174.9 billion', 'merchandise exports from rural areas'],
    ]);
  });

  it('money "in merchandise all over the world" or "internationally" is merchandise; "merchandise worth $25 billion" too', () => {
    expect(subjects('The 50 areas sent more than $1 trillion in merchandise all over the world.')).toEqual([['$1 trillion', 'merchandise']]);
    expect(subjects('The areas exported more than $1 billion in merchandise internationally in 2011.')).toEqual([['$1 billion', 'merchandise']]);
    expect(subjects('Eleven of these areas exported merchandise worth more than $25 billion.')).toEqual([['$25 billion', 'merchandise']]);
  });

  it('"increasing exports by nearly 43 percent" is a change in exports; "cut the deficit by $2 billion" one down', () => {
    expect(measures('Among the top 25 metropolitan areas, the Washington, D.C., metro area recorded the highest growth, increasing exports by nearly 43 percent.')).toMatchObject([['43 percent', { subject: 'exports', role: 'change', direction: 'up' }]]);
    expect(measures('The plan would cut the deficit by $2 billion.')).toMatchObject([['$2 billion', { subject: 'the deficit', role: 'change', direction: 'down' }]]);
  });

  it('"ramping up its export sales to its largest market, Israel, by 193 percent", "a 63 percent leap in exports": changes', () => {
    expect(measures('New Mexico is ramping up its export sales to its largest market, Israel, by 193 percent. Arkansas increased exports to its fourth leading market, France, by 117 percent. Colorado boasted a 63 percent leap in exports to Brazil.')).toMatchObject([
      ['193 percent', { subject: 'its export sales to its largest market, Israel', role: 'change', direction: 'up' }],
      ['117 percent', { subject: 'exports to its fourth leading market, France', role: 'change', direction: 'up' }],
      ['63 percent', { subject: 'exports', role: 'change', direction: 'up' }],
    ]);
  });

  it('"a $2.2 billion surplus in travel and tourism from India" is that surplus', () => {
    expect(subjects('In 2011, the United States had a $2.2 billion surplus in travel and tourism from India, and total spending rose.')).toEqual([['$2.2 billion', 'surplus in travel and tourism from India']]);
  });

  it('"San Antonio (up more than 33 percent from 2011), and Seattle (up …)": each name’s change', () => {
    expect(measures('High growth in exports included San Antonio (up more than 33 percent from 2011), and Seattle (up more than 22 percent from 2011).')).toMatchObject([
      ['33 percent', { subject: 'San Antonio', role: 'change', direction: 'up', basePeriod: '2011' }],
      ['22 percent', { subject: 'Seattle', role: 'change', direction: 'up', basePeriod: '2011' }],
    ]);
  });

  it('"New Mexico (+42 percent); … Kentucky (+10 percent.) In total, …": each name’s rise, and the sentence ends inside the parenthesis', () => {
    const m = measures('Those states include: New Mexico (+42 percent); and Kentucky (+10 percent.) In total, 20 states experienced growth of at least five percent.').filter(([t]) => /percent/.test(t));
    expect(m).toMatchObject([
      ['42 percent', { subject: 'New Mexico', role: 'change', direction: 'up' }],
      ['10 percent', { subject: 'Kentucky', role: 'change', direction: 'up' }],
      ['five percent', { role: 'change', direction: 'up' }],
    ]);
    expect(m[2]?.[1]?.subject).toBeUndefined();
  });

  it('"One hundred fifty U.S. metropolitan areas (40.9 percent)": a share of things counted in words', () => {
    expect(measures('One hundred fifty U.S. metropolitan areas (40.9 percent) exported more than $1 billion.')).toMatchObject([['40.9 percent', { subject: 'One hundred fifty U.S. metropolitan areas', role: 'share' }], ['$1 billion', {}]]);
  });

  it('"which is matched by $8,661,983 in local investments": the matching money is what it is in', () => {
    expect(subjects('EDA announced 16 investments totaling $12,583,865, which is matched by $8,661,983 in local investments.')).toEqual([
      ['$12,583,865', 'investments'],
      ['$8,661,983', 'local investments'],
    ]);
  });
});

describe('subjects in award lists and fee notices', () => {
  it('a bulleted list item is its name, without the bullet or the years before it', () => {
    const text = 'NOAA allocated funds to the following disasters:\n- 2017 and 2019 Muckleshoot Indian Tribe Coho Salmon Fisheries ($1,218,502).\n- 2018, 2019 and 2020 Oregon Chinook Salmon Fisheries ($7,050,722).\n- 2021/2022 Louisiana Shrimp Fisheries ($7,450,423).';
    expect(subjects(text)).toEqual([
      ['$1,218,502', 'Muckleshoot Indian Tribe Coho Salmon Fisheries'],
      ['$7,050,722', 'Oregon Chinook Salmon Fisheries'],
      ['$7,450,423', 'Louisiana Shrimp Fisheries'],
    ]);
  });

  it('a list item’s "$15 million to the University of Pittsburgh (…) for …" goes to the recipient', () => {
    expect(subjects('The awards include:\n\n  • $15 million to the University of Pittsburgh (Pittsburgh, Pa.) for new laboratories,\n  • $12.4 million to the University of Maine for a center.')).toEqual([
      ['$15 million', 'University of Pittsburgh'],
      ['$12.4 million', 'University of Maine'],
    ]);
    expect(subjects('Exports rose to $15 million to the United Kingdom.')).not.toContainEqual(['$15 million', 'United Kingdom']);
  });

  it('"a 15 percent surcharge on certain patent fees" is the surcharge, "the 90 percent confidence interval" the interval', () => {
    expect(subjects('The law places a 15 percent surcharge on certain patent fees that became effective in September.')).toEqual([['15 percent', 'surcharge on certain patent fees']]);
    expect(subjects('* The 90 percent confidence interval includes zero.')).toEqual([['90 percent', 'confidence interval']]);
  });

  it('a headline’s "$2 Million Grant to Create Jobs" names no recipient; "a grant to the City of Jackson." does, without the full stop', () => {
    expect(subjects('Locke Announces $2 Million Grant to Create Jobs, Strengthen Economy in Palestine, Texas')).toEqual([['$2 Million', 'Grant']]);
    expect(subjects('EDA awarded a $1.15 million grant to the City of Jackson.')).toEqual([['$1.15 million', 'grant to the City of Jackson']]);
  });

  it('"Real GDP growth in Canada, our largest trading partner, dropped from a 5-percent pace …": the appositive and the pace are no part of the subject', () => {
    expect(subjects('Real GDP growth in Canada, our largest trading partner, dropped from a 5-percent pace in the first quarter.')).toEqual([['5-percent', 'Real GDP growth in Canada']]);
  });

  it('"jobs that paid on average 25 percent higher wages than non-FDI employment": the wages are compared', () => {
    expect(subjects('FDI supported 5.3 million domestic jobs that paid on average 25 percent higher wages than non-FDI employment.').filter(([t]) => t?.endsWith('percent'))).toEqual([['25 percent', 'wages']]);
  });

  it('"Intel expects its investments in the United States to exceed $100 billion": the expected thing is the subject', () => {
    expect(subjects('Over the next five years, Intel expects its investments in the United States to exceed $100 billion.').filter(([t]) => t?.startsWith('$'))).toEqual([['$100 billion', 'its investments in the United States']]);
  });

  it('"expand this program to $20 million" is the program; "decreased slightly to $182.4 billion" is no object', () => {
    expect(subjects('The Administration wants to expand this program to $20 million in the next fiscal year.')).toEqual([['$20 million', 'program']]);
    expect(subjects('U.S. exports of goods and services decreased slightly to $182.4 billion in May.')).toEqual([['$182.4 billion', 'U.S. exports of goods and services']]);
  });

  it('"130 proposals … requesting more than $100 million", "businesses contribute $7.6 trillion"', () => {
    expect(subjects('NOAA received more than 130 proposals requesting more than $100 million.')).toEqual([['$100 million', 'proposals']]);
    expect(subjects('Coastal and ocean-based businesses contribute more than $7.6 trillion to the economy.')).toEqual([['$7.6 trillion', 'Coastal and ocean-based businesses']]);
  });
});
