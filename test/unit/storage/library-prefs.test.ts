/** The library's settings: where releases are recorded and how long they are kept. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY_PREFS, recordsAt, retentionCutoff, siteOf } from '../../../src/storage/library/prefs.js';

const FOUNDING = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';
const STATEMENT = 'https://2014-2017.commerce.gov/news/press-releases/2016/04/statement-us-secretary-commerce-penny-pritzker-international-trade-goods.html';
const BIS = 'https://www.bis.gov/press-release/commerce-adds-entities';

describe('where releases are recorded', () => {
  it('names a release’s site as its key does: the era hosts and an archived copy are one site', () => {
    expect(siteOf(FOUNDING)).toBe('commerce.gov');
    expect(siteOf(STATEMENT)).toBe('commerce.gov');
    expect(siteOf(`https://webarchive.library.unt.edu/eot2008/20090509100431/http:/www.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_004104`)).toBe('commerce.gov');
    expect(siteOf(BIS)).toBe('bis.gov');
  });

  it('records everywhere by default, nowhere when turned off, and not on a site turned off', () => {
    expect(recordsAt(DEFAULT_LIBRARY_PREFS, FOUNDING)).toBe(true);
    expect(recordsAt({ ...DEFAULT_LIBRARY_PREFS, recording: false }, BIS)).toBe(false);
    const offCommerce = { ...DEFAULT_LIBRARY_PREFS, offSites: ['commerce.gov'] };
    expect(recordsAt(offCommerce, FOUNDING)).toBe(false);
    expect(recordsAt(offCommerce, STATEMENT)).toBe(false);
    expect(recordsAt(offCommerce, BIS)).toBe(true);
  });
});

describe('how long releases are kept', () => {
  it('keeps everything, or the releases read in the last N months', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(retentionCutoff({ keepMonths: null }, now)).toBeUndefined();
    expect(retentionCutoff({ keepMonths: 3 }, now)?.toISOString()).toBe('2026-09-03T12:00:00.000Z');
    expect(retentionCutoff({ keepMonths: 24 }, now)?.toISOString()).toBe('2024-12-03T12:00:00.000Z');
  });
});
