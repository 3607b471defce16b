import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../src/core/extract/acronym-definitions.js';
import { findAcronyms } from '../../src/core/extract/acronyms.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import type { AnnotationOf } from '../../src/core/model.js';

const defs = (text: string) => Object.fromEntries(findDefinitions(text).map((d) => [d.short, d.long]));
const acronyms = (text: string, sources = {}) => findAcronyms(text, sources) as Array<Omit<AnnotationOf<'acronym'>, 'id'>>;

describe('page definitions in every form releases use', () => {
  it('Long Name (ABBR), bare or in straight or curly quotes', () => {
    expect(defs('the Bureau of Industry and Security (BIS) said')).toEqual({ BIS: 'Bureau of Industry and Security' });
    expect(defs("the Bureau of Industry and Security ('BIS') said")).toEqual({ BIS: 'Bureau of Industry and Security' });
    expect(defs('the Bureau of Industry and Security (“BIS”) said')).toEqual({ BIS: 'Bureau of Industry and Security' });
    expect(defs('China’s Ministry of Commerce (‘MOFCOM’).')).toEqual({ MOFCOM: 'Ministry of Commerce' });
  });

  it('ABBR (Long Name)', () => {
    expect(defs('officials of MOFCOM (Ministry of Commerce) met')).toEqual({ MOFCOM: 'Ministry of Commerce' });
    expect(defs('under the EAR (Export Administration Regulations), exporters')).toEqual({ EAR: 'Export Administration Regulations' });
  });

  it('a department whose letters leave out "Department of" is named with it', () => {
    expect(defs('the U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau')).toEqual({ HUD: 'Department of Housing and Urban Development' });
    expect(defs('the Department of Homeland Security (DHS) said')).toEqual({ DHS: 'Department of Homeland Security' });
  });

  it('the Long Name, or ABBR,', () => {
    expect(defs('the Export Administration Regulations, or EAR, control')).toEqual({ EAR: 'Export Administration Regulations' });
  });

  it('plurals, defined in the plural and expanded in the singular', () => {
    expect(defs('new free trade agreements (FTAs) with Peru')).toEqual({ FTA: 'free trade agreement' });
    const found = acronyms('new free trade agreements (FTAs) with Peru. Each FTA and all FTAs');
    expect(found.map((a) => a.text)).toEqual(['FTA', 'FTA', 'FTA']);
    expect(found.every((a) => a.expansion === 'free trade agreement' && a.source === 'page')).toBe(true);
  });

  it('long forms with hyphens and slashes', () => {
    expect(defs('under the U.S.-China High Technology and Strategic Trade Working Group (HTWG).')).toEqual({
      HTWG: 'U.S.-China High Technology and Strategic Trade Working Group',
    });
    expect(defs('the Assistant Secretary of Commerce for Export Administration (AS/EA) said')).toEqual({
      'AS/EA': 'Assistant Secretary of Commerce for Export Administration',
    });
  });

  it('nested parentheses and more after the short form', () => {
    expect(defs('rules (the Export Administration Regulations (EAR)) apply')).toEqual({ EAR: 'Export Administration Regulations' });
    expect(defs('the Bureau of Industry and Security (BIS, formerly BXA) said')).toEqual({ BIS: 'Bureau of Industry and Security' });
    expect(defs('the Bureau of Industry and Security (BIS (formerly BXA)) said')).toEqual({ BIS: 'Bureau of Industry and Security' });
  });

  it('does not read a parenthesis of other words as a definition', () => {
    expect(defs('the Department of Commerce (XYZ) said')).toEqual({});
    expect(defs('BIS (which the text defines later) said')).toEqual({});
    expect(defs('in 2006 (the latest year) exports')).toEqual({});
  });
});

describe('mentions and where their expansion came from', () => {
  it('a use before the definition still gets the page expansion, with where it was defined', () => {
    const text = 'BIS acted today. The Bureau of Industry and Security (BIS) is part of Commerce.';
    const [first, second] = acronyms(text);
    expect(first).toMatchObject({ text: 'BIS', start: 0, source: 'page', expansion: 'Bureau of Industry and Security', definedAt: text.indexOf('(BIS') + 1 });
    expect(second?.start).toBe(text.indexOf('(BIS') + 1);
  });

  it('possessives and plurals, and acronyms inside longer names', () => {
    const text = "BIS's rule amends the EAR. The SME IFR and the AC/S IFR, and two ECCNs.";
    const found = acronyms(text, { glossary: BUILT_IN_GLOSSARY, user: { 'AC/S': 'Assistant Secretary of Commerce' } });
    expect(found.map((a) => a.text)).toEqual(['BIS', 'EAR', 'SME', 'IFR', 'AC/S', 'IFR', 'ECCN']);
    expect(found.map((a) => text.slice(a.start, a.end))).toEqual(found.map((a) => a.text));
    expect(found.find((a) => a.text === 'SME')?.expansion).toBe('semiconductor manufacturing equipment');
  });

  it('the glossary expands an acronym the page does not define, with its description and address', () => {
    const [ofac] = acronyms('OFAC designated the firm.', { glossary: BUILT_IN_GLOSSARY });
    expect(ofac).toMatchObject({ source: 'glossary', expansion: 'Office of Foreign Assets Control', parent: 'Department of the Treasury', url: 'https://ofac.treasury.gov' });
    expect(ofac?.description).toMatch(/sanctions/);
  });

  it('a page definition wins over the glossary, the user and what was learned', () => {
    const text = 'The Information Technology Agreement (ITA) cut tariffs. ITA members met.';
    const sources = { glossary: BUILT_IN_GLOSSARY, user: { ITA: 'mine' }, learned: { ITA: 'learned' } };
    expect(acronyms(text, sources).map((a) => [a.source, a.expansion])).toEqual([
      ['page', 'Information Technology Agreement'],
      ['page', 'Information Technology Agreement'],
    ]);
  });

  it('then the user’s own, then what was learned, then the glossary', () => {
    const glossary = BUILT_IN_GLOSSARY;
    expect(acronyms('OFAC acted.', { glossary, user: new Map([['OFAC', 'my own']]), learned: { OFAC: 'learned' } })[0]).toMatchObject({ source: 'user', expansion: 'my own' });
    expect(acronyms('OFAC acted.', { glossary, learned: { OFAC: 'learned one' } })[0]).toMatchObject({ source: 'learned', expansion: 'learned one' });
  });

  it('resolves SME and ITA by the release’s context', () => {
    const glossary = BUILT_IN_GLOSSARY;
    const promotion = acronyms('The trade mission helps SMEs find exporters and small businesses new markets.', { glossary });
    expect(promotion[0]?.expansion).toBe('small and medium-sized enterprises');
    const agreement = acronyms('WTO members expanding the ITA eliminate tariffs on information technology products.', { glossary });
    expect(agreement.find((a) => a.text === 'ITA')?.expansion).toBe('Information Technology Agreement');
  });

  it('reads an all-capitals headline as words, not a list of acronyms', () => {
    const glossary = BUILT_IN_GLOSSARY;
    expect(acronyms('COMMERCE ISSUES RULE ON EAR AND DOC POLICY', { glossary })).toEqual([]);
    expect(acronyms('BIS ADDS ENTITIES TO LIST', { glossary }).map((a) => a.text)).toEqual(['BIS']);
    expect(acronyms('Exporters must follow the EAR.', { glossary }).map((a) => a.text)).toEqual(['EAR']);
  });

  it('ignores unknown capitals and capitalized words', () => {
    expect(acronyms('BEIJING, CHINA—The Department said XQZT and McDonald agreed.', { glossary: BUILT_IN_GLOSSARY })).toEqual([]);
  });
});

describe('defined terms that are not acronyms', () => {
  it('names the quoted title before them, or the capitalized phrase', async () => {
    const { findDefinedTerms } = await import('../../src/core/extract/defined-terms.js');
    expect(findDefinedTerms('signed “Guidelines for Trade Development” (‘Guidelines’) today')).toEqual([
      { term: 'Guidelines', name: 'Guidelines for Trade Development', kind: 'document' },
    ]);
    expect(findDefinedTerms('under the Export Administration Regulations (“Regulations”), exporters')).toEqual([
      { term: 'Regulations', name: 'Export Administration Regulations', kind: 'document' },
    ]);
    expect(findDefinedTerms('shares of Acme Widget Company (“Company”) rose')).toEqual([{ term: 'Company', name: 'Acme Widget Company', kind: 'organization' }]);
    expect(findDefinedTerms('the weather was fine (“Sunny”) today')).toEqual([]);
  });
});
