import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/content/detect/detect.js';
import { FIXTURES } from '../support/founding.js';

const fixtures = readdirSync(FIXTURES).filter((n) => n.endsWith('.expected.json'));

describe('detect against the saved fixture pages', () => {
  it.each(fixtures)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
    const html = readFileSync(join(FIXTURES, name.replace('.expected.json', '.html')), 'utf8');
    const { document } = new JSDOM(html, { url: expected.url }).window;
    const detection = detect(document, expected.url);
    expect(detection.release).toMatchObject(expected.release);
    if (expected.release.isRelease) {
      expect(detection.bodyRoot?.textContent).toContain('BEIJING, CHINA');
      expect(detection.bodyRoot?.textContent).not.toContain('Skip to Main Content');
      expect(detection.bodyRoot?.textContent).not.toContain('Privacy Policy');
    } else {
      expect(detection.bodyRoot).toBeNull();
    }
  });

  it('says why it recognized a release', () => {
    const html = readFileSync(join(FIXTURES, 'commerce-2001-2009-us-china-high-tech-guidelines.html'), 'utf8');
    const url = 'https://www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';
    const { release } = detect(new JSDOM(html, { url }).window.document, url);
    expect(release.reasons.join(' ')).toMatch(/Press Release/);
    expect(release.reasons.join(' ')).toMatch(/dateline/);
  });

  it('does not take a page with a release body at an unknown address', () => {
    const html = readFileSync(join(FIXTURES, 'commerce-2001-2009-us-china-high-tech-guidelines.html'), 'utf8');
    const url = 'https://www.commerce.gov/about';
    expect(detect(new JSDOM(html, { url }).window.document, url).release.isRelease).toBe(false);
  });
});
