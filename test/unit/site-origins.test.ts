import { describe, expect, it } from 'vitest';
import { ARCHIVE_ORIGINS, archivesEnabled, hostOfPattern, originPattern, userOrigins } from '../../src/sites/origins.js';

describe('site origins', () => {
  it('covers one site, every path, its own scheme', () => {
    expect(originPattern('https://www.sba.gov/article/2024/10/22/x?y=1#z')).toBe('https://www.sba.gov/*');
    expect(originPattern('http://commerce.example-state.gov/news')).toBe('http://commerce.example-state.gov/*');
  });

  it('refuses what is not a web page or would smuggle credentials', () => {
    for (const href of ['chrome://extensions', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'https://user:pw@example.gov/']) {
      expect(originPattern(href), href).toBeUndefined();
    }
  });

  it('lists the runtime grants only, not the Commerce hosts asked for at install', () => {
    const installed = ['https://*.commerce.gov/*', 'https://*.bis.gov/*'];
    const granted = [...installed, 'https://www.sba.gov/*', ...ARCHIVE_ORIGINS];
    expect(userOrigins(granted, installed)).toEqual(['https://web.archive.org/*', 'https://webarchive.library.unt.edu/*', 'https://www.sba.gov/*']);
    expect(archivesEnabled(granted)).toBe(true);
    expect(archivesEnabled(['https://web.archive.org/*'])).toBe(false);
    expect(hostOfPattern('https://www.sba.gov/*')).toBe('www.sba.gov');
  });
});
