/** Facts for tests: built the way the page builds them, from the founding release's text. */
import type { Fact } from '../../src/core/facts.js';
import { selectionFact } from '../../src/core/facts.js';
import type { ReleaseInfo } from '../../src/core/model.js';
import { releaseKey } from '../../src/core/release-key.js';
import { FOUNDING_TEXT, FOUNDING_URL } from './founding.js';

export const FOUNDING_RELEASE: ReleaseInfo = {
  isRelease: true,
  layout: 'commerce-2001-2009',
  confidence: 1,
  reasons: [],
  title: 'Department of Commerce Announces Signing of ‘Guidelines for U.S.-China High Technology and Strategic Trade Development’',
  published: '2007-12-11',
  agency: 'U.S. Department of Commerce',
  url: FOUNDING_URL,
};

export const NOW = new Date('2026-11-29T12:00:00.000Z');

let counter = 0;

/** A selection fact over the first occurrence of `quote` in `text`. */
export function factOf(quote: string, extra: { note?: string; tags?: string[]; text?: string; release?: ReleaseInfo } = {}): Fact {
  const text = extra.text ?? FOUNDING_TEXT;
  const release = extra.release ?? FOUNDING_RELEASE;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const fact = selectionFact(
    { id: `f${++counter}`, now: NOW, release, releaseKey: releaseKey(release.url), text, note: extra.note, tags: extra.tags },
    start,
    start + quote.length,
  );
  if (!fact) throw new Error('empty fact');
  return fact;
}
