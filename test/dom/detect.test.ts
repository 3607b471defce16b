import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detect } from '../../src/page/detect/detect.js';
import { LAYOUTS } from '../../src/core/detect/layouts.js';
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

describe('bad input: no exception escapes, the verdict is sensible', () => {
  const at = (html: string, url: string) => detect(new JSDOM(html, { url }).window.document, url);
  const releaseUrl = 'https://www.commerce.gov/news/press-releases/2024/09/big-release';
  const paragraph = '<p>The Department of Commerce announced $10 million in grants to 12 regional coalitions today, a figure repeated to make the page large.</p>';

  // Long paragraphs keep jsdom's parse quick; the bench measures a 10 MB page of short ones in Chromium.
  it('reads a 10 MB release without reading all of it', () => {
    const long = `<p>${'The Department of Commerce announced $10 million in grants to 12 regional coalitions. '.repeat(120)}</p>`;
    const body = long.repeat(Math.ceil(10_000_000 / long.length));
    const { release, bodyRoot } = at(`<main><article><h1>A Very Long Release</h1><time datetime="2024-09-03">September 3, 2024</time>${body}</article></main>`, releaseUrl);
    expect(release).toMatchObject({ isRelease: true, title: 'A Very Long Release', published: '2024-09-03' });
    expect(bodyRoot?.tagName).toBe('ARTICLE');
  }, 60_000);

  it('survives markup nested 2,000 deep', () => {
    const deep = `${'<div>'.repeat(2_000)}${paragraph}${'</div>'.repeat(2_000)}`;
    expect(() => at(`<main><h1>Deep</h1>${deep}</main>`, releaseUrl)).not.toThrow();
  }, 60_000);

  it('says no, with a reason, for a document that is not HTML', () => {
    const doc = new JSDOM('<release><title>x</title></release>', { url: releaseUrl, contentType: 'application/xml' }).window.document;
    const { release } = detect(doc, releaseUrl);
    expect(release.isRelease).toBe(false);
    expect(release.reasons.length).toBeGreaterThan(1);
  });

  it('says no for an address it cannot read', () => {
    expect(detect(new JSDOM('<p>x</p>').window.document, 'not a url').release).toMatchObject({ isRelease: false, reasons: ['the address cannot be read'] });
  });
});
