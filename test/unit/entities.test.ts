import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { findNames } from '../../src/core/extract/names.js';
import { findPeople } from '../../src/core/extract/people.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { FOUNDING_TEXT } from '../support/founding.js';

describe('people on the founding release', () => {
  it('the three people of DESIGN.md, with their roles as the text gives them', () => {
    expect(findPeople(FOUNDING_TEXT).map((p) => [p.name, p.role])).toEqual([
      ['Carlos M. Gutierrez', 'Secretary of Commerce'],
      ['Mario Mancuso', 'Under Secretary of Commerce'],
      ['Wei Jiangguo', 'MOFCOM Vice Minister'],
    ]);
  });

  it('a later mention by surname is the same person, with the same role', () => {
    const mancuso = extract(FOUNDING_TEXT, { glossary: BUILT_IN_GLOSSARY }).filter((a) => a.kind === 'person' && a.name === 'Mario Mancuso');
    expect(mancuso.map((a) => a.text)).toEqual(['Mario Mancuso', 'Mancuso']);
    expect(mancuso.every((a) => a.kind === 'person' && a.role === 'Under Secretary of Commerce')).toBe(true);
  });
});

describe('people in other forms', () => {
  it('a role after the name, a Chinese family name first, a contact', () => {
    const text = 'said Karen S. Doyle, Under Secretary of Commerce for Intellectual Property. Doyle added. Vice Premier Liu Ming met. Vice Premier Liu said. Contact: Ruth Adler, 301-975-2762.';
    expect(findPeople(text).map((p) => [p.name, p.role ?? null, p.surname])).toEqual([
      ['Karen S. Doyle', 'Under Secretary of Commerce for Intellectual Property', 'Doyle'],
      ['Liu Ming', 'Vice Premier', 'Liu'],
      ['Ruth Adler', 'contact', 'Adler'],
    ]);
  });

  it('names with letters of Latin-1 and beyond it', () => {
    const people = (text: string) => findPeople(text).map((p) => [p.name, p.role ?? null]);
    expect(people('Secretary of Commerce José Álvarez Núñez said. Contact: Åsa Öberg — “today”.')).toEqual([
      ['José Álvarez Núñez', 'Secretary of Commerce'],
      ['Åsa Öberg', 'contact'],
    ]);
    expect(people('Secretary of Commerce Łukasz Żółw said. Contact: Ďana Šťastná.')).toEqual([
      ['Łukasz Żółw', 'Secretary of Commerce'],
      ['Ďana Šťastná', 'contact'],
    ]);
    expect(findNames('ÞSection 232, ŁSection 233 and Section 5').map((a) => a.text)).toEqual(['Section 5']);
  });

  it('a title-case headline is not a name', () => {
    expect(findPeople('Secretary Whitfield Leads Delegation to Beijing')).toEqual([]);
  });
});

describe('organizations, places and documents', () => {
  const found = (text: string) => findNames(text).map((a) => [a.kind, a.text]);

  it('organizations by their head word, stopping at a headline verb or a second body', () => {
    expect(found('the Commerce Department and MOFCOM')).toEqual([['organization', 'Commerce Department']]);
    expect(found('Department of Commerce Announces Signing')).toEqual([['organization', 'Department of Commerce']]);
    expect(found('shares of Acme Widget Company rose')).toEqual([['organization', 'Acme Widget Company']]);
  });

  it('places, in datelines too', () => {
    expect(found('BEIJING, CHINA—signed in Beijing and the United Arab Emirates')).toEqual([
      ['place', 'BEIJING'],
      ['place', 'CHINA'],
      ['place', 'Beijing'],
      ['place', 'United Arab Emirates'],
    ]);
  });

  it('laws, rules and sections', () => {
    expect(found('under the Export Administration Regulations and the CHIPS and Science Act of 2022, and Section 232')).toEqual([
      ['document', 'Export Administration Regulations'],
      ['document', 'CHIPS and Science Act of 2022'],
      ['document', 'Section 232'],
    ]);
  });
});

describe('entities the card and panel show, as a reader would name them', () => {
  const names = (text: string) => findNames(text).map((a) => [a.kind, a.text]);
  const people = (text: string) => findPeople(text).map((p) => [p.name, p.role ?? null]);

  it('two bodies joined by "and" are two organizations', () => {
    expect(names('The U.S. Department of Commerce and China’s Ministry of Commerce signed it.')).toEqual([
      ['organization', 'U.S. Department of Commerce'],
      ['organization', 'China’s Ministry of Commerce'],
    ]);
    // One body whose name holds an "and" stays one.
    expect(names('The Bureau of Industry and Security said so.')).toEqual([['organization', 'Bureau of Industry and Security']]);
  });

  it('no person, organization or document made of headline words', () => {
    expect(people('Secretary Gutierrez Hails Strong Growth in 2nd Quarter')).toEqual([]);
    expect(people('Secretary Applauds Continued Export Growth')).toEqual([]);
    expect(people('Secretary Pritzker Declares America is Open for Business')).toEqual([]);
    const headline = names('Commerce Addresses Huawei’s Efforts to Undermine Entity List, Restricts Products Designed and Produced with U.S. Technologies');
    expect(headline).toContainEqual(['document', 'Entity List']);
    expect(headline.map(([, text]) => text)).not.toContain('U.S. Technologies');
    expect(headline.map(([, text]) => text)).not.toContain('Undermine Entity List');
    // A verb in the middle of a headline ends the name before it and starts the next.
    expect(names('Commerce Secretary Applauds Continued Growth in U.S. Technologies Exports')).toEqual([]);
    expect(names('Department of Commerce Announces Grants to Ohio')).toEqual([
      ['organization', 'Department of Commerce'],
      ['place', 'Ohio'],
    ]);
    expect(names('Secretary Welcomes Investment in American Industries by the Acme Widget Company')).toEqual([['organization', 'Acme Widget Company']]);
  });

  it('names in the Latin letters of every language', () => {
    expect(names('Officials met in Türkiye and signed with Škoda Transportation Company and Nguyễn Industries.')).toEqual([
      ['place', 'Türkiye'],
      ['organization', 'Škoda Transportation Company'],
      ['organization', 'Nguyễn Industries'],
    ]);
  });

  it('a header line, a dateline or a date is no part of a name', () => {
    expect(names('Contact\nJewel Jordan\nPublic Information Office')).toContainEqual(['organization', 'Public Information Office']);
    expect(names('WASHINGTON The Department of Commerce’s National Telecommunications and Information Administration said.')).toEqual([
      ['place', 'WASHINGTON'],
      ['organization', 'Department of Commerce’s National Telecommunications and Information Administration'],
    ]);
    expect(names('released by the U.S. Department of Commerce on Aug. 3 and the Bureau of Labor Statistics.')).toEqual([
      ['organization', 'U.S. Department of Commerce'],
      ['organization', 'Bureau of Labor Statistics'],
    ]);
    expect(names('NTIA Awards Recovery Act Grants')).toContainEqual(['document', 'Recovery Act']);
  });

  it('contacts in a header block, one or several, with the role "contact"', () => {
    expect(people('Contact: Matt Englehart/Jennifer Scoggins  (202) 482-3809')).toEqual([
      ['Matt Englehart', 'contact'],
      ['Jennifer Scoggins', 'contact'],
    ]);
    expect(people('Contact - Richard Mills/Dan Nelso 202-482-4883')).toEqual([
      ['Richard Mills', 'contact'],
      ['Dan Nelso', 'contact'],
    ]);
    expect(people('Contact\n\n\nJewel Jordan\nPublic Information Office')).toEqual([['Jewel Jordan', 'contact']]);
    expect(people('Rebecca DeNale (Data Collection and Data Products): (301) 763-2713\n| Technical: | James Rankin | (301) 278-9087 | (Personal Income) |')).toEqual([
      ['Rebecca DeNale', 'contact'],
      ['James Rankin', 'contact'],
    ]);
  });

  it('a name a quotation’s "said" follows, or one with its body or a relative clause before "said"; a company is none', () => {
    expect(people('“We are pleased,” Olga Orr said. Paul Pratt of the Port Authority said. Quinn Quill, who leads the group, said so.')).toEqual([
      ['Olga Orr', null],
      ['Paul Pratt', null],
      ['Quinn Quill', null],
    ]);
    expect(people('Acme Widgets said it would expand. “Fine,” Secretary Locke said.')).toEqual([]);
    expect(people('Rita Ross, Ph.D., assistant administrator for the National Ocean Service, said.')).toEqual([['Rita Ross', 'assistant administrator for the National Ocean Service']]);
  });

  it('a sentence’s opening time is no name before a title: "In May, Secretary Pritzker launched …"', () => {
    expect(people('In May, Secretary Pritzker launched NEI/NEXT.')).toEqual([]);
  });

  it('a name given with initials run together, and a role on its own line', () => {
    expect(people('With approval from Indian Secretary of Commerce S.N. Menon, Lavin invited them.')).toEqual([['S.N. Menon', 'Indian Secretary of Commerce']]);
    expect(people('EVANS KICKS OFF MEETINGS\nJobs Are Key Focus of Week-Long Blitz\n\nCommerce Secretary Don Evans today announced')).toEqual([['Don Evans', 'Commerce Secretary']]);
  });

  it('a possessive is no part of a defined long form', () => {
    const text = 'the National Telecommunications and Information Administration’s (NTIA) grants. NTIA said.';
    const ntia = extract(text).find((a) => a.kind === 'acronym' && a.text === 'NTIA');
    expect(ntia?.kind === 'acronym' ? ntia.expansion : undefined).toBe('National Telecommunications and Information Administration');
  });
});

it('a name ends at the end of its sentence', () => {
  const found = findNames('The estimate was released by the U.S. Bureau of Economic Analysis. In the first quarter, real GDP rose.');
  expect(found.map((a) => [a.kind, a.text])).toContainEqual(['organization', 'U.S. Bureau of Economic Analysis']);
});
