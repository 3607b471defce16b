import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detect } from '../../src/content/detect/detect.js';
import { LAYOUTS } from '../../src/content/detect/layouts.js';
import { FOUNDING_HTML } from '../support/founding.js';
import { detectFixture, releaseFixtures } from '../support/release-fixtures.js';

const fixtures = releaseFixtures();
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('detect against the saved fixture pages', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { expected } = fixture;
    for (const url of [expected.url, ...(expected.aliases ?? [])]) {
      const { detection, text } = detectFixture(fixture, url);
      expect(detection.release, url).toMatchObject(expected.release);
      if (!expected.release.isRelease) {
        expect(detection.bodyRoot).toBeNull();
        continue;
      }
      for (const sentence of expected.inside ?? []) expect(squash(text), `inside: ${sentence}`).toContain(squash(sentence));
      for (const sentence of expected.outside ?? []) expect(squash(text), `outside: ${sentence}`).not.toContain(squash(sentence));
    }
  });

  it('covers every layout with a release and a page that is not one', () => {
    const verdicts = new Map<string, Set<boolean>>();
    for (const f of fixtures) {
      const layout = f.expected.release.layout ?? 'none';
      verdicts.set(layout, (verdicts.get(layout) ?? new Set()).add(f.expected.release.isRelease));
    }
    const oneSided = [...LAYOUTS.map((l) => l.id), 'generic'].filter((layout) => verdicts.get(layout)?.size !== 2);
    expect(oneSided).toEqual([]);
  });

  it('finds the same releases when every class and id is gone', () => {
    for (const fixture of fixtures.filter((f) => f.expected.release.isRelease)) {
      const html = fixture.html.replace(/\s(?:class|id)="[^"]*"/g, '');
      const { detection } = detectFixture({ ...fixture, html });
      expect(detection.release.isRelease, fixture.name).toBe(true);
      expect(detection.release.published, fixture.name).toBe(fixture.expected.release.published);
    }
  });

  it('says why it recognized a release', () => {
    const url = 'https://www.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';
    const { release } = detect(new JSDOM(FOUNDING_HTML, { url }).window.document, url);
    expect(release.reasons.join(' ')).toMatch(/Press Release/);
    expect(release.reasons.join(' ')).toMatch(/dateline/);
    expect(release.reasons.join(' ')).toMatch(/address/);
  });

  it('does not take a page with a release body at an address where the site keeps none', () => {
    const url = 'https://www.commerce.gov/about';
    const { release } = detect(new JSDOM(FOUNDING_HTML, { url }).window.document, url);
    expect(release.isRelease).toBe(false);
    expect(release.reasons.join(' ')).toMatch(/not an address where/);
  });
});
