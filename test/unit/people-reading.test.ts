/** People as a reader finds them: given names that are also verbs, names broken across a line, headline nouns that are nobody. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';

const people = (text: string) => extract(text).flatMap((a) => (a.kind === 'person' ? [{ text: a.text, name: a.name, role: a.role }] : []));
const named = (text: string) => people(text).map((p) => [p.name, p.role]);

describe('people', () => {
  it('"Grant" and "Mark" are given names after a title', () => {
    expect(people('Secretary Mark Brown spoke.')).toEqual([{ text: 'Mark Brown', name: 'Mark Brown', role: 'Secretary' }]);
    expect(people('Under Secretary for International Trade Grant Aldonas spoke.').map((p) => p.name)).toEqual(['Grant Aldonas']);
  });

  it('local and legislative titles before a name: Councilwoman, Congressman, Supervisor', () => {
    expect(people('Also attending were Councilwoman Tameika Isaac Devine, Congressman Jim Clyburn and County Supervisor Ann Lee.').map((x) => [x.name, x.role])).toEqual([
      ['Tameika Isaac Devine', 'Councilwoman'],
      ['Jim Clyburn', 'Congressman'],
      ['Ann Lee', 'County Supervisor'],
    ]);
  });

  it('a header row whose columns ran together: each name is a contact, and no two of them one person', () => {
    const header = 'EMBARGOED UNTIL RELEASE AT 8:30 A.M. EST, WEDNESDAY, December 13, 2017 BEA 17-66 Technical: Sarah Osborne Seth Markowitz (301) 278-9459 (301) 278-9486 Media: Jeannine Aversa (301) 278-9003 Travel and Tourism Spending Accelerated';
    expect(people(header).map((x) => [x.name, x.role])).toEqual([
      ['Sarah Osborne', 'contact'],
      ['Seth Markowitz', 'contact'],
      ['Jeannine Aversa', 'contact'],
    ]);
    const embargo = 'NEWS RELEASE EMBARGOED FOR RELEASE: 8:30 A.M. ET, Thursday, September 20, 2007 David G. Lenze Matthew von Kerczek E-mail inquiries: (202) 606-9292';
    expect(people(embargo).map((x) => x.name)).toEqual(['David G. Lenze', 'Matthew von Kerczek']);
    expect(people('Technical: Media: Todd Siebeneck Catherine Wang Jeannine Aversa (301) 278-9705').map((x) => x.name)).toEqual(['Todd Siebeneck', 'Catherine Wang', 'Jeannine Aversa']);
  });

  it('a row after the release’s number, names joined by "or", before the contacts’ division', () => {
    expect(people('AT 8:30 A.M. EDT CB09-109 Erica Filipek or Stephen Cooper Manufacturing and Construction Division (301) 763-5160').map((x) => [x.name, x.role])).toEqual([
      ['Erica Filipek', 'contact'],
      ['Stephen Cooper', 'contact'],
    ]);
  });

  it('an agency’s unit beside a telephone number is no person: "Retail Indicator Branch: 301-763-2713"', () => {
    expect(people('Retail Indicator Branch: 301-763-2713 / 301-763-3030')).toEqual([]);
  });

  it('a byline, and a role that names its department in lower case', () => {
    expect(people('By John Ward, a writer in the International Trade Administration’s Office of Public Affairs.\n\nReacting to the numbers, Rebecca Blank, acting secretary of commerce, noted that exports rose.').map((x) => [x.name, x.role])).toEqual([
      ['John Ward', 'writer in the International Trade Administration’s Office of Public Affairs'],
      ['Rebecca Blank', 'acting secretary of commerce'],
    ]);
  });

  it('a row that ends at the next heading, and names each before its own local number', () => {
    expect(people('EMBARGOED UNTIL RELEASE AT 8:30 A.M. EDT, TUESDAY, JUNE 5, 2012 Technical: Clifford Woodruff Catherine Wang Media: Ralph Stewart E-Mail:').map((x) => x.name)).toEqual(['Clifford Woodruff', 'Catherine Wang', 'Ralph Stewart']);
    expect(people('Technical: Paul Kern: (202) 606-9596 Ben Hobbs: 606-9594 Media: Jeannine Aversa: 606-2649 E-mail inquiries').map((x) => x.name)).toEqual(['Paul Kern', 'Ben Hobbs', 'Jeannine Aversa']);
  });

  it('a row that does not divide into names two words at a time is left alone', () => {
    expect(people('Technical: Regional Economic Information (301) 278-9705')).toEqual([]);
  });

  it('a role with an ampersand goes on past it: "Vice President of Legal & Public Affairs for UPS"', () => {
    expect(people('joined by Scott Casey, Vice President of Legal & Public Affairs for UPS, and others.')).toEqual([{ text: 'Scott Casey', name: 'Scott Casey', role: 'Vice President of Legal & Public Affairs for UPS' }]);
  });

  it('a full name broken across a line is still the person, at every mention', () => {
    const found = people('Evans asked Under Secretary for International Trade Grant\nAldonas to lead. Aldonas agreed.');
    expect(found).toEqual([
      { text: 'Grant\nAldonas', name: 'Grant Aldonas', role: 'Under Secretary for International Trade' },
      { text: 'Aldonas', name: 'Grant Aldonas', role: 'Under Secretary for International Trade' },
    ]);
  });

  it('title-case headline nouns after a title are nobody', () => {
    expect(people('EDA Administrator Grant Funding Opportunity Opens for Applications')).toEqual([]);
    expect(people('NOAA Director Mark Competition Winners Named')).toEqual([]);
    expect(people('U.S. Secretary of Commerce Concludes Successful 2018')).toEqual([]);
  });

  it('letters outside Latin-1, in a contact line', () => {
    expect(people('Contact: Jürgen Müller, 202-482-4883')).toEqual([{ text: 'Jürgen Müller', name: 'Jürgen Müller', role: 'contact' }]);
  });

  it('a role in lower case after the name: after a speech verb, or opening the sentence', () => {
    expect(people('“We are pleased,” said Jane Roe, president of the Acme Corporation.')).toEqual([{ text: 'Jane Roe', name: 'Jane Roe', role: 'president of the Acme Corporation' }]);
    expect(people('Mary Major, director of the Census Bureau, said the count was done.')).toEqual([{ text: 'Mary Major', name: 'Mary Major', role: 'director of the Census Bureau' }]);
    expect(people('“It works,” said Paul Minor.')).toEqual([{ text: 'Paul Minor', name: 'Paul Minor', role: undefined }]);
  });

  it('a capitalized phrase opening a line is no person without a role after it', () => {
    expect(people('Printing Page. To return to the web site, close this window.')).toEqual([]);
  });
});


describe('people: a role’s words stay in their sentence and a company is nobody', () => {
  it('a title after the name ends at its sentence: the next sentence’s name does not take it', () => {
    expect(people('"We are pleased," said David J. Bohigian, Assistant Secretary for Export Enforcement. Martin Luther King Jr. was cited.')).toEqual([
      { text: 'David J. Bohigian', name: 'David J. Bohigian', role: 'Assistant Secretary for Export Enforcement' },
    ]);
    expect(people('U.S. Secretary of Commerce Carlos M. Gutierrez led.')).toEqual([{ text: 'Carlos M. Gutierrez', name: 'Carlos M. Gutierrez', role: 'U.S. Secretary of Commerce' }]);
  });

  it('"President of the Acme Widget Company" names the company, not a person "Widget Company"', () => {
    expect(people('Joining him was Jane Roe, President of the Acme Widget Company.')).toEqual([{ text: 'Jane Roe', name: 'Jane Roe', role: 'President of the Acme Widget Company' }]);
    const organizations = extract('Joining him was John Poe, CEO of Acme Corp., in Ohio.').flatMap((a) => (a.kind === 'organization' ? [a.text] : []));
    expect(organizations).toEqual(['Acme Corp']);
  });

  it('a name in a list with a role of a named body after it, and a legislator’s party and state', () => {
    expect(people('Also present were John Poe, and Mary-Kate Smith-Jones, president of Foo Inc.')).toEqual([
      { text: 'Mary-Kate Smith-Jones', name: 'Mary-Kate Smith-Jones', role: 'president of Foo Inc' },
    ]);
    expect(people('Maria Cantwell (D-Wash.) attended.')).toEqual([{ text: 'Maria Cantwell', name: 'Maria Cantwell', role: undefined }]);
    expect(people('Seattle, president of nothing, and Ohio (R-Ohio) are places.')).toEqual([]);
  });
});

describe('people: contacts a release header lists with their telephone numbers', () => {
  it('"James Rankin: (202) 606-5301 Kyle Brown: (202) 606-5302" are two contacts', () => {
    expect(people('BEA 11-43 James Rankin: (202) 606-5301 Kyle Brown: (202) 606-5302 (Personal Income)')).toEqual([
      { text: 'James Rankin', name: 'James Rankin', role: 'contact' },
      { text: 'Kyle Brown', name: 'Kyle Brown', role: 'contact' },
    ]);
  });
  it('"Media: Jeannine Aversa (202) 606-2649" is a contact; an office before a number is no person', () => {
    expect(people('Media:     Jeannine Aversa (202) 606-2649\nContact: Public Affairs Department, (202) 482-4085')).toEqual([{ text: 'Jeannine Aversa', name: 'Jeannine Aversa', role: 'contact' }]);
  });
  it('a name over its office and its number in a header block is a contact, beside a release number or alone', () => {
    expect(people('FOR RELEASE AT 10 A.M.\nMaria Lopez          XY21-04\nRegional Accounts Office\n(301) 555-0142\n\nSales rose.')).toEqual([
      { text: 'Maria Lopez', name: 'Maria Lopez', role: 'contact' },
    ]);
    expect(people('Tom O’Hara\nOffice of Public Affairs\nTrade Division\n202-555-0199')).toEqual([{ text: 'Tom O’Hara', name: 'Tom O’Hara', role: 'contact' }]);
    // An office right over the number is no person, and neither is a line of prose.
    expect(people('Economic Indicators Division\n(301) 555-0100')).toEqual([]);
    expect(people('Regional Sales Rose Sharply\nin the third quarter, the bureau said\n(301) 555-0100')).toEqual([]);
  });
});

describe('people: titles and names as a release runs them together', () => {
  const mentioned = (text: string) => people(text).map((p) => [p.text, p.name, p.role]);

  it('a title after a speech verb is no part of the name, and a title before a surname alone names no one', () => {
    expect(mentioned('“Vital,” said Governor Dan McKee. “I thank President Biden, Secretary Raimondo and the EDA.”')).toEqual([['Dan McKee', 'Dan McKee', 'Governor']]);
  });

  it('a plural title goes before each of the names it lists', () => {
    expect(mentioned('Locke was joined by U.S. Sen. Bill Nelson and U.S. Reps. Suzanne Kosmas and Alan Grayson.')).toEqual([
      ['Bill Nelson', 'Bill Nelson', 'U.S. Sen'],
      ['Suzanne Kosmas', 'Suzanne Kosmas', 'U.S. Reps'],
      ['Alan Grayson', 'Alan Grayson', 'U.S. Reps'],
    ]);
  });

  it('a body’s name between a title and a name is the role’s: "Director of the National Economic Council Lawrence Summers"', () => {
    expect(mentioned('Participants included Labor Secretary Hilda Solis, Director of the National Economic Council Lawrence Summers, and others.')).toEqual([
      ['Hilda Solis', 'Hilda Solis', 'Labor Secretary'],
      ['Lawrence Summers', 'Lawrence Summers', 'Director of the National Economic Council'],
    ]);
  });

  it('a title in lower case before a name: "Mega Industries owner Peter Anania"', () => {
    expect(mentioned('Evans presented Mega Industries owner Peter Anania with an award.')).toEqual([['Peter Anania', 'Peter Anania', 'Mega Industries owner']]);
    expect(mentioned('the program director said that funding would rise.')).toEqual([]);
  });

  it('a byline with its office after a colon', () => {
    expect(mentioned('Featured article\n\nBy Paul Fucito : Office of the Chief Communications Officer\n\nThe office')).toEqual([['Paul Fucito', 'Paul Fucito', 'Office of the Chief Communications Officer']]);
  });

  it('"St." opens a surname: "Jordan St. John", later "St. John"', () => {
    expect(mentioned('Contact: Jordan St. John\nNOAA News. Questions go to St. John by phone.')).toEqual([
      ['Jordan St. John', 'Jordan St. John', 'contact'],
      ['St. John', 'Jordan St. John', 'contact'],
    ]);
  });

  it('a name written with and without its middle initial or its suffix’s full stop is one person, named in full', () => {
    expect(mentioned('Remarks by Secretary of Commerce Donald L. Evans.\nSecretary Donald Evans speaking on trade.')).toEqual([
      ['Donald L. Evans', 'Donald L. Evans', 'Secretary of Commerce'],
      ['Donald Evans', 'Donald L. Evans', 'Secretary of Commerce'],
    ]);
    expect(mentioned('“Users track trends,” said C. Harvey Monk Jr., Associate Director for Economic Programs at the U.S. Census Bureau.')).toEqual([
      ['C. Harvey Monk Jr.', 'C. Harvey Monk Jr.', 'Associate Director for Economic Programs'],
    ]);
  });

  it('a role starts at its own words: not "According to", not another person’s "Locke and", no word written twice', () => {
    expect(mentioned('According to U.S. Deputy Secretary of Commerce Rebecca Blank, exports rose.')[0]?.[2]).toBe('U.S. Deputy Secretary of Commerce');
    expect(mentioned('In 2009, Locke and Census Bureau Director Robert Groves heard warnings.')[0]?.[2]).toBe('Census Bureau Director');
    expect(mentioned('U.S. Commerce Secretary Secretary Gary Locke Announces Savings')[0]?.[2]).toBe('U.S. Commerce Secretary');
    expect(mentioned('Under Secretary for Industry and Security Daniel Ferraro spoke.')[0]?.[2]).toBe('Under Secretary for Industry and Security');
  });

  it('an agency’s initials before a title in lower case: "assistant NOAA administrator"', () => {
    expect(mentioned('“Help,” said Russell Callender, Ph.D., assistant NOAA administrator for the National Ocean Service. “Coastal”')[0]?.[2]).toBe('assistant NOAA administrator for the National Ocean Service');
  });
});

describe('people: contacts and offices in headers and long titles', () => {

  it('a contact’s topic in parentheses after the name, in a row that ran together', () => {
    expect(named('EMBARGOED UNTIL 10:00 a.m. EDT, Friday, June 28, 2024 Technical: Media: Clifford Woodruff (GDP) Matthew von Kerczek (Income) Connie O’Connell 301-278-9234 301-278-9250')).toEqual([
      ['Clifford Woodruff', 'contact'],
      ['Matthew von Kerczek', 'contact'],
      ['Connie O’Connell', 'contact'],
    ]);
  });

  it('names in a header’s right-hand column, over their division and telephone number', () => {
    const header = 'U.S. Dept. of Housing                U.S. Census Bureau\nOffice of Public Affairs                  Raemeka Mayo or Stephen Cooper\n202-708-0685                         Economic Indicators Division\nhud@hud.gov                          301-763-5160\n';
    expect(named(header)).toEqual([
      ['Raemeka Mayo', 'contact'],
      ['Stephen Cooper', 'contact'],
    ]);
    expect(named('Sales Rose In October\nThe bureau said prices rose\n301-763-5160')).toEqual([]);
  });

  it('an office held for the time being: "Performing the Delegated Duties of the Assistant Secretary …"', () => {
    expect(named('“Good,” said Dana Gartzke, Performing the Delegated Duties of the Assistant Secretary of Commerce for Economic Development. “This”')).toEqual([
      ['Dana Gartzke', 'Performing the Delegated Duties of the Assistant Secretary of Commerce for Economic Development'],
    ]);
  });

  it('the office after a name is the role, not a military rank before it', () => {
    expect(named('said retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., undersecretary of commerce for oceans and atmosphere and NOAA administrator. “These”')).toEqual([
      ['Conrad C. Lautenbacher', 'undersecretary of commerce for oceans and atmosphere and NOAA administrator'],
    ]);
    expect(named('Vice Adm. Jane Roe spoke.')).toEqual([['Jane Roe', 'Vice Adm']]);
  });
});

describe('people a speaker thanks, and a name at the end of its line', () => {

  it('"Thank you, John Castellani, …", "I’d like to thank Steve Lamar and James Wilkinson", "Thanks also to A, B, C —"', () => {
    expect(named('Thank you, John Castellani, for your introduction. I’d like to thank Steve Lamar and James Wilkinson for their leadership.')).toEqual([
      ['John Castellani', undefined],
      ['Steve Lamar', undefined],
      ['James Wilkinson', undefined],
    ]);
    expect(named('Thanks also to Ramiro Cavazos, Anthony Hinojosa, Santiago Salas Oliva — and the entire team.').map(([n]) => n)).toEqual(['Ramiro Cavazos', 'Anthony Hinojosa', 'Santiago Salas Oliva']);
    expect(named('Thank you, Nelson. Thanks to Commerce Department funding, we thank President Biden.')).toEqual([]);
  });

  it('a name whose given name and surname are read ends at its line, though a line may break a name', () => {
    expect(named('Secretary of Commerce Carlos M. Gutierrez\nWashington International Trade Association')).toEqual([['Carlos M. Gutierrez', 'Secretary of Commerce']]);
    expect(named('Secretary of Commerce Carlos M.\nGutierrez spoke.')).toEqual([['Carlos M. Gutierrez', 'Secretary of Commerce']]);
  });
});

describe('people a list names after their titles and a comma', () => {

  it('"Lincoln Electric COO, John Stropki; … and Fredon Corporation President, Roger Sustar."', () => {
    expect(named('Evans was joined by Lincoln Electric COO, John Stropki; and Fredon Corporation President, Roger Sustar.')).toEqual([
      ['John Stropki', 'Lincoln Electric COO'],
      ['Roger Sustar', 'Fredon Corporation President'],
    ]);
  });

  it('a title and a comma before words that run on names no one', () => {
    expect(named('He met the President, Commerce Department officials and others.')).toEqual([]);
  });

  it('a role in lower case after a name ends before a trailing "and"', () => {
    expect(named('I recognize our partners: Yvonne Ho, President of the Metropolitan Economic Development Association and members of its board.')).toEqual([
      ['Yvonne Ho', 'President of the Metropolitan Economic Development Association'],
    ]);
  });
});

describe('a roster of names, roles and e-mail addresses', () => {
  it('"Dr. Gerald Bell, Meteorologist; Gerry.Bell@noaa.gov" on each line', () => {
    const roster = "FORECASTERS\n\nNOAA's Climate Prediction Center\nDr. Gerald Bell, Meteorologist; Gerry.Bell@noaa.gov\nStanley Goldenberg, Physical Scientist; Stanley.Goldenberg@noaa.gov\n";
    expect(people(roster).map((p) => [p.name, p.role])).toEqual([
      ['Gerald Bell', 'Meteorologist'],
      ['Stanley Goldenberg', 'Physical Scientist'],
    ]);
  });
});
