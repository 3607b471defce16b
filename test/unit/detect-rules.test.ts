/** Detection's pure rules, in Node without a DOM: what an address says, and the dates a release page prints. */
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/core/detect/address.js';
import { countDates, findDate } from '../../src/core/detect/published-date.js';
import { dateExists, monthNumber } from '../../src/core/dates.js';

const FOUNDING = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';

describe('what an address says', () => {
  it('knows where each site keeps its releases', () => {
    expect(classifyAddress(FOUNDING)).toMatchObject({ kind: 'release', layout: { id: 'commerce-2001-2009' } });
    expect(classifyAddress('https://www.commerce.gov/news/press-releases/2024/05/some-release')).toMatchObject({ kind: 'release', layout: { id: 'commerce' } });
  });

  it('rules out a site’s home page, its search and its listings', () => {
    expect(classifyAddress('https://www.commerce.gov/')).toMatchObject({ kind: 'other' });
    expect(classifyAddress('https://www.commerce.gov/search?q=exports')).toMatchObject({ kind: 'other' });
    expect(classifyAddress('https://www.commerce.gov/news/press-releases')).toMatchObject({ kind: 'other', what: expect.stringContaining('a list of releases') });
  });

  it('judges an archived copy by the address inside it', () => {
    const address = classifyAddress(`https://web.archive.org/web/20080101000000/${FOUNDING}`);
    expect(address).toMatchObject({ kind: 'release', archive: 'web.archive.org', layout: { id: 'commerce-2001-2009' } });
  });

  it('leaves a site it has no layout for to the page, and cannot read a non-address', () => {
    expect(classifyAddress('https://news.example.org/2024/a-story')).toMatchObject({ kind: 'unknown-site' });
    expect(classifyAddress('not a url')).toBeUndefined();
  });
});

describe('dates as release pages print them', () => {
  it('reads every form to the same day', () => {
    for (const printed of ['Tuesday, December 11, 2007', 'Dec. 11, 2007', '11 December 2007', '2007-12-11', '12/11/2007', '11 de diciembre de 2007']) {
      expect(findDate(`Released ${printed} in Washington`)?.iso, printed).toBe('2007-12-11');
    }
  });

  it('takes the earliest date printed, and says where it is', () => {
    expect(findDate('Updated 01/15/2008. Originally December 11, 2007.')).toMatchObject({ iso: '2008-01-15', text: '01/15/2008', index: 8 });
  });

  it('rejects days that do not exist and years outside the web era', () => {
    expect(findDate('April 31, 2007')).toBeUndefined();
    expect(findDate('February 29, 2007')).toBeUndefined();
    expect(findDate('February 29, 2008')?.iso).toBe('2008-02-29');
    expect(findDate('March 3, 1850')).toBeUndefined();
  });

  it('counts the dates of a listing, up to a cap', () => {
    expect(countDates('Jan 1, 2007 · Feb 2, 2007 · 03/03/2007 · 2007-04-04', 10)).toBe(4);
    expect(countDates('Jan 1, 2007 · Feb 2, 2007 · 03/03/2007 · 2007-04-04', 2)).toBe(2);
  });

  it('names months in English, abbreviated or not, and in Spanish', () => {
    expect(['January', 'Jan.', 'Sept', 'sep', 'DECEMBER', 'diciembre', 'marzo'].map(monthNumber)).toEqual([1, 1, 9, 9, 12, 12, 3]);
    expect(['Janvier', 'Mayo', ''].map(monthNumber)).toEqual([0, 5, 0]);
    expect(dateExists(2007, 4, 31)).toBe(false);
  });
});
