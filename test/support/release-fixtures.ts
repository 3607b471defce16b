/**
 * The release fixtures and how detection scores against them: each saved page with its
 * golden `.expected.json` — the address it is served at, the expected verdict and parts,
 * and sentences that must be inside (`inside`) and outside (`outside`) the release's
 * text. Shared by the dom tests and the accuracy benchmark.
 *
 * To add one: save `test/fixtures/releases/<layout>-<slug>.html` mirroring the site's
 * markup and wording, write its `.expected.json`, and run `npx vitest run test/dom/detect.test.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { detect, type Detection } from '../../src/page/detect/detect.js';
import { buildTextMap } from '../../src/page/text-map.js';
import { FIXTURES } from './founding.js';

export interface Expected {
  url: string;
  /** The accuracy table's row, when not the layout (bad input, for one). */
  group?: string;
  aliases?: string[];
  release: { isRelease: boolean; layout?: string; title?: string; subtitle?: string; published?: string; agency?: string; contacts?: string[] };
  inside?: string[];
  outside?: string[];
}

export interface ReleaseFixture {
  name: string;
  /** The layout part of the name: the row of the accuracy table. */
  group: string;
  expected: Expected;
  html: string;
}

export function releaseFixtures(dir = FIXTURES): ReleaseFixture[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace('.expected.json', '');
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      return { name, group: groupOf(expected), expected, html };
    });
}

function groupOf(expected: Expected): string {
  return expected.group ?? (expected.url.includes('web.archive.org') || expected.url.includes('webarchive.library.unt.edu') ? `archive: ${expected.release.layout ?? 'none'}` : (expected.release.layout ?? 'none'));
}

export function detectFixture(fixture: ReleaseFixture, url = fixture.expected.url): { detection: Detection; text: string } {
  const { window } = new JSDOM(fixture.html, { url });
  try {
    const detection = detect(window.document, url);
    const text = detection.bodyRoot ? buildTextMap(detection.bodyRoot, detection.excluded).text : '';
    return { detection, text };
  } finally {
    window.close();
  }
}

export interface Score {
  verdict: boolean;
  /** Undefined where the fixture is not a release: there is nothing to check. */
  title?: boolean;
  date?: boolean;
  body?: boolean;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

export function score(fixture: ReleaseFixture, detection: Detection, text: string): Score {
  const { release } = fixture.expected;
  const verdict = detection.release.isRelease === release.isRelease;
  if (!release.isRelease) return { verdict };
  const flat = squash(text);
  return {
    verdict,
    title: detection.release.title === release.title,
    date: detection.release.published === release.published,
    body:
      (fixture.expected.inside ?? []).every((s) => flat.includes(squash(s))) &&
      (fixture.expected.outside ?? []).every((s) => !flat.includes(squash(s))),
  };
}
