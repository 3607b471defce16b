import { describe, expect, it } from 'vitest';
import { LIBRARY_FORMAT, libraryFile, mergeRelease, parseLibraryFile, restoredRelease } from '../../../src/core/library/library-file.js';
import { storedRelease } from '../../../src/core/library/record.js';
import { fixtureRecording, foundingRecording, NOW, TRADE_STATEMENT_NAMES } from '../../support/library-fixtures.js';

const stored = [storedRelease(foundingRecording(), NOW), storedRelease(fixtureRecording(TRADE_STATEMENT_NAMES[0] as string), NOW)];

describe('the library file', () => {
  it('round-trips every release, derived parts included', () => {
    const parsed = parseLibraryFile(JSON.stringify(libraryFile(stored, NOW)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.releases.map(restoredRelease)).toEqual(stored);
  });

  it('refuses text that is not JSON, or JSON cut short', () => {
    const json = JSON.stringify(libraryFile(stored, NOW));
    for (const bad of ['hello', json.slice(0, json.length / 2)]) {
      const parsed = parseLibraryFile(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/not JSON/);
    }
  });

  it('refuses another program’s file, or another Release Lens export, by name', () => {
    const facts = parseLibraryFile(JSON.stringify({ format: 'release-lens/storage-export@1', local: {} }));
    expect(facts).toEqual({ ok: false, error: expect.stringMatching(/“release-lens\/storage-export@1” file/) });
    expect(parseLibraryFile('[1, 2]')).toEqual({ ok: false, error: expect.stringMatching(/not a Release Lens library file/) });
  });

  it('refuses a file with one damaged release, saying where', () => {
    const file = libraryFile(stored, NOW);
    const damaged = JSON.parse(JSON.stringify(file)) as { releases: Array<{ entry: { lastRead: unknown } }> };
    (damaged.releases[1] as { entry: { lastRead: unknown } }).entry.lastRead = 'yesterday';
    const parsed = parseLibraryFile(JSON.stringify(damaged));
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/damaged \(releases\.1\.entry\.lastRead/) });
    const swapped = { ...file, releases: [{ entry: file.releases[0]?.entry, text: file.releases[1]?.text }] };
    expect(parseLibraryFile(JSON.stringify(swapped))).toMatchObject({ ok: false, error: expect.stringMatching(/belongs to another release/) });
    expect(LIBRARY_FORMAT).toBe('release-lens/library@1');
  });
});

describe('merging by release key', () => {
  const [mine] = stored as [(typeof stored)[0]];
  const at = (first: string, last: string) => ({ ...mine, entry: { ...mine.entry, firstRead: first, lastRead: last } });

  it('adds a release not stored', () => {
    expect(mergeRelease(undefined, mine)).toEqual({ action: 'add', release: mine });
  });

  it('takes a later reading, keeping the earliest first reading', () => {
    const merge = mergeRelease(at('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z').entry, at('2026-01-15T00:00:00.000Z', '2026-03-01T00:00:00.000Z'));
    expect(merge.action).toBe('replace');
    if (merge.action === 'replace') expect(merge.release.entry).toMatchObject({ firstRead: '2026-01-01T00:00:00.000Z', lastRead: '2026-03-01T00:00:00.000Z' });
  });

  it('keeps the stored copy over an older one, taking only an earlier first reading', () => {
    const stored = at('2026-01-15T00:00:00.000Z', '2026-03-01T00:00:00.000Z').entry;
    expect(mergeRelease(stored, at('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'))).toEqual({ action: 'first-read', firstRead: '2026-01-01T00:00:00.000Z' });
    expect(mergeRelease(stored, at('2026-01-20T00:00:00.000Z', '2026-03-01T00:00:00.000Z'))).toEqual({ action: 'keep' });
  });
});
