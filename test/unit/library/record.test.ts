import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../src/core/library/entities.js';
import { MAX_TEXT_CHARS, recordingOf, storedRelease, newestFirst } from '../../../src/core/library/record.js';
import { releaseKind } from '../../../src/core/library/release-kind.js';
import { releaseKey } from '../../../src/core/release-key.js';
import { foundingRecording, NOW } from '../../support/library-fixtures.js';
import { FOUNDING_URL } from '../../support/founding.js';

describe('what the library keeps of a release', () => {
  const stored = storedRelease(foundingRecording(), NOW);

  it('keys it by the release key, with its citation', () => {
    expect(stored.entry.key).toBe(releaseKey(FOUNDING_URL));
    expect(stored.text.key).toBe(stored.entry.key);
    expect(stored.entry).toMatchObject({ published: '2007-12-11', layout: 'commerce-2001-2009', kind: 'press-release', firstRead: NOW.toISOString(), lastRead: NOW.toISOString() });
    expect(stored.entry.title).toMatch(/Guidelines for U\.S\.-China High Technology/);
  });

  it('keeps the people with their roles, once each, and the acronyms with the page’s expansions', () => {
    const gutierrez = stored.entry.entities.filter((e) => e.kind === 'person' && e.key === entityKey('Carlos M. Gutierrez'));
    expect(gutierrez).toHaveLength(1);
    expect(gutierrez[0]?.role).toBe('Secretary of Commerce');
    const mofcom = stored.entry.entities.find((e) => e.kind === 'acronym' && e.key === 'MOFCOM');
    expect(mofcom).toMatchObject({ source: 'page' });
    expect(mofcom?.expansion).toMatch(/Ministry of Commerce/);
    // Where a page-defined acronym comes from: its definition, which names the expansion.
    expect(stored.text.text.slice(mofcom?.at ?? 0, (mofcom?.at ?? 0) + 200)).toMatch(/MOFCOM/);
    expect(stored.entry.entityIds).toContain('acronym:MOFCOM');
  });

  it('keeps the text the offsets point into, and the figures with a subject for series', () => {
    const money = stored.text.annotations.find((a) => a.kind === 'money' && a.value === 55e9);
    expect(money && stored.text.text.slice(money.start, money.end)).toBe('$55 billion');
    expect(stored.figures.find((f) => f.value === 55e9)?.subject).toMatch(/exports/i);
    expect(stored.entry.series.length).toBeGreaterThan(0);
    expect(stored.entry.bytes).toBeGreaterThan(stored.text.text.length);
  });

  it('keeps the first reading when a release is read again', () => {
    const later = new Date('2026-12-02T08:00:00Z');
    const again = storedRelease(foundingRecording(), later, stored.entry);
    expect(again.entry.firstRead).toBe(NOW.toISOString());
    expect(again.entry.lastRead).toBe(later.toISOString());
  });

  it('cuts a page longer than it keeps, with the findings that point past the cut', () => {
    const { release, annotations } = foundingRecording();
    const long = 'x'.repeat(MAX_TEXT_CHARS + 10);
    const past = { id: 'late', kind: 'year' as const, text: '2006', start: MAX_TEXT_CHARS + 2, end: MAX_TEXT_CHARS + 6, value: 2006 };
    const cut = recordingOf(release, long, [...annotations, past], [{ id: 'i', kind: 'elapsed', summary: 's', value: 1, unit: 'years', formula: 'f', inputs: ['late'] }]);
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.text).toHaveLength(MAX_TEXT_CHARS);
    expect(cut.annotations.some((a) => a.id === 'late')).toBe(false);
    expect(cut.insights).toEqual([]);
  });

  it('sorts newest first by the release’s date, then by the reading', () => {
    const a = { published: '2016-04-05', lastRead: '2026-01-01T00:00:00.000Z' };
    const b = { published: '2007-12-11', lastRead: '2026-06-01T00:00:00.000Z' };
    const c = { lastRead: '2026-03-01T00:00:00.000Z' };
    expect([b, c, a].sort(newestFirst)).toEqual([c, a, b]);
  });
});

describe('kinds of release', () => {
  it.each([
    ['Statement from U.S. Commerce Secretary Penny Pritzker on International Trade in Goods and Services in May 2016', 'https://2014-2017.commerce.gov/news/press-releases/2016/07/x', 'statement'],
    ['Remarks by Secretary Raimondo at SEMICON West', 'https://www.commerce.gov/news/speeches/2024/07/x', 'speech'],
    ['Fact Sheet: U.S.-India Strategic and Commercial Dialogue', 'https://www.commerce.gov/news/fact-sheets/2016/x', 'fact-sheet'],
    ['Two years of CHIPS', 'https://www.commerce.gov/news/blog/2024/08/x', 'blog'],
    ['Commerce Announces Guidelines', 'https://www.commerce.gov/news/press-releases/2007/12/x', 'press-release'],
  ])('%s', (title, url, kind) => expect(releaseKind(title, url)).toBe(kind));
});
