import { describe, expect, it } from 'vitest';
import { releaseKey, unarchive } from '../../src/core/release-key.js';

const KEY = 'commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';

describe('releaseKey', () => {
  it.each([
    'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
    'https://www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
    'https://www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904/?format_for_print=true#top',
    'https://web.archive.org/web/20080101000000/http://www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
    'https://webarchive.library.unt.edu/eot2008/20080915123456/http://www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
    // As the UNT archive writes them: the original's scheme with one slash.
    'https://webarchive.library.unt.edu/eot2008/20090509100431/http:/www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
  ])('gives one key for the live, era, print and archived addresses: %s', (url) => {
    expect(releaseKey(url)).toBe(KEY);
  });

  it('keeps different releases apart', () => {
    expect(releaseKey('https://www.bis.gov/press-release/a')).not.toBe(releaseKey('https://www.bis.gov/press-release/b'));
  });

  it('returns what it cannot parse unchanged rather than throwing', () => {
    expect(releaseKey('not a url')).toBe('not a url');
    expect(unarchive('https://example.org/x')).toBe('https://example.org/x');
  });
});
