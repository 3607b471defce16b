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
