/** The library's IndexedDB store, on fake-indexeddb (the same API, in memory). */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryFile, parseLibraryFile } from '../../../src/core/library/library-file.js';
import { storedRelease } from '../../../src/core/library/record.js';
import { Library } from '../../../src/storage/library/library.js';
import { SHAPES } from '../../../src/storage/library/schema.js';
import { syncedIndex } from '../../../src/storage/library/search-index.js';
import { search } from '../../../src/core/library/search.js';
import { readVersioned } from '../../../src/storage/versioned.js';
import { fixtureRecording, foundingRecording, NOW, TRADE_STATEMENT_NAMES } from '../../support/library-fixtures.js';
import { FOUNDING_URL } from '../../support/founding.js';

let n = 0;
const opened: Library[] = [];
async function fresh(): Promise<Library> {
  const library = await Library.open(`test-library-${++n}`);
  opened.push(library);
  return library;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const l of opened.splice(0)) l.close();
});
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('the library store', () => {
  it('records a release once, whatever address it was read at', async () => {
    const library = await fresh();
    expect(await library.record(foundingRecording(), NOW)).toMatchObject({ created: true });
    // The print view and an archived copy are the same release.
    const print = await library.record(foundingRecording(`${FOUNDING_URL}?format_for_print=1`), later(5));
    const archived = await library.record(foundingRecording(`https://web.archive.org/web/20080101000000/${FOUNDING_URL}`), later(10));
    expect(print.created).toBe(false);
    expect(archived.key).toBe(print.key);
    const { items } = await library.entries();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ firstRead: NOW.toISOString(), lastRead: later(10).toISOString() });
  });

  it('keeps the text and the figures, and replaces the figures when the release is read again', async () => {
    const library = await fresh();
    const { key } = await library.record(foundingRecording(), NOW);
    await library.record(foundingRecording(), later(1));
    expect((await library.passages([key])).get(key)).toMatch(/MOFCOM/);
    const [series] = (await library.entries()).items[0]?.series ?? [];
    const { items } = await library.figures(series?.key as string);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((f) => f.id)).size).toBe(items.length);
  });

  it('keeps records that two tabs write at once', async () => {
    const library = await fresh();
    await Promise.all(TRADE_STATEMENT_NAMES.map((name, i) => library.record(fixtureRecording(name), later(i))));
    expect((await library.entries()).items).toHaveLength(TRADE_STATEMENT_NAMES.length);
  });

  it('forgets one release, every release read before a date, and everything', async () => {
    const library = await fresh();
    const keys = [];
    for (const [i, name] of TRADE_STATEMENT_NAMES.entries()) keys.push((await library.record(fixtureRecording(name), later(i * 60))).key);
    await library.remove(keys[0] as string);
    expect((await library.passages([keys[0] as string])).size).toBe(0);
    expect(await library.removeReadBefore(later(120))).toBe(1);
    expect((await library.entries()).items.map((e) => e.key).sort()).toEqual(keys.slice(2).sort());
    await library.clear();
    expect((await library.entries()).items).toEqual([]);
  });

  it('reads the newest entries first and the rest when asked, in the order the list shows', async () => {
    const library = await fresh();
    await library.record(foundingRecording(), NOW);
    for (const [i, name] of TRADE_STATEMENT_NAMES.entries()) await library.record(fixtureRecording(name), later(i + 1));
    const { total, head, rest } = await library.entriesNewestFirst(2);
    expect(total).toBe(5);
    const all = [...head.items, ...rest().items];
    expect(head.items).toHaveLength(2);
    expect(all.map((e) => e.published)).toEqual(['2016-07-06', '2016-05-04', '2016-04-05', '2015-11-04', '2007-12-11']);
  });

  it('skips a record it cannot read, counts it, and keeps it stored', async () => {
    const library = await fresh();
    await library.record(foundingRecording(), NOW);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(`test-library-${n}`);
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('entries', 'readwrite');
      tx.objectStore('entries').put({ schemaVersion: 99, value: { key: 'from-the-future' } });
      tx.oncomplete = () => resolve();
    });
    db.close();
    const read = await library.entries();
    expect(read.items).toHaveLength(1);
    expect(read.unreadable).toBe(1);
    const { total, head, rest } = await library.entriesNewestFirst(1);
    expect(total).toBe(2);
    expect(head.unreadable + rest().unreadable).toBe(1);
    expect([...head.items, ...rest().items]).toHaveLength(1);
  });

  it('says the disk is full and leaves nothing half-written', async () => {
    const library = await fresh();
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The entry and the text are written; the first figure finds the disk full.
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(library.record(foundingRecording(), NOW)).rejects.toMatchObject({ kind: 'quota', message: expect.stringMatching(/no room left.*Nothing was half-written/) });
    vi.restoreAllMocks();
    expect((await library.entries()).items).toEqual([]);
    expect((await library.passages([(storedRelease(foundingRecording(), NOW)).entry.key])).size).toBe(0);
  });
});

describe('export and import', () => {
  it('round-trips the whole library into an empty one', async () => {
    const from = await fresh();
    await from.record(foundingRecording(), NOW);
    for (const name of TRADE_STATEMENT_NAMES) await from.record(fixtureRecording(name), later(1));
    const file = libraryFile((await from.exportReleases()).items, NOW);
    const parsed = parseLibraryFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const to = await fresh();
    expect(await to.importFile(parsed.file)).toEqual({ added: 5, updated: 0, unchanged: 0 });
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect((await to.entries()).items.sort(byKey)).toEqual((await from.entries()).items.sort(byKey));
    expect((await to.exportReleases()).items.map((r) => r.text).sort(byKey)).toEqual((await from.exportReleases()).items.map((r) => r.text).sort(byKey));
    // Importing it again changes nothing.
    expect(await to.importFile(parsed.file)).toEqual({ added: 0, updated: 0, unchanged: 5 });
  });

  it('keeps one release of a file that names it twice: the later reading, with the earliest first reading', async () => {
    const library = await fresh();
    const older = storedRelease(foundingRecording(), NOW);
    const newer = storedRelease(foundingRecording('https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904?print=1'), later(10));
    expect(await library.importFile(libraryFile([newer, older], NOW))).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const { items } = await library.entries();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ url: newer.entry.url, lastRead: later(10).toISOString(), firstRead: NOW.toISOString() });
    expect((await library.exportReleases()).items).toHaveLength(1);
  });

  it('imports all of a file or none of it', async () => {
    const library = await fresh();
    await library.record(foundingRecording(), NOW);
    const before = await library.exportReleases();
    const incoming = TRADE_STATEMENT_NAMES.map((name) => storedRelease(fixtureRecording(name), later(5)));
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 20) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(library.importFile(libraryFile(incoming, NOW))).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await library.exportReleases()).toEqual(before);
  });
});

describe('stored records from earlier versions', () => {
  it('reads a frozen version-1 entry', () => {
    const frozen = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/library/entry-v1.json'), 'utf8')) as unknown;
    const read = readVersioned(SHAPES.entries, frozen);
    expect(read).toMatchObject({ ok: true, value: { key: 'commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904', published: '2007-12-11' } });
  });
});

describe('the search index', () => {
  it('indexes new releases, re-indexes ones read again, drops forgotten ones, and saves a snapshot', async () => {
    const library = await fresh();
    await library.record(foundingRecording(), NOW);
    const first = await syncedIndex(library, (await library.entries()).items);
    expect(first).toMatchObject({ added: 1, dropped: 0 });
    expect(search(first.index, 'MOFCOM')).toHaveLength(1);
    const { key } = await library.record(fixtureRecording(TRADE_STATEMENT_NAMES[0] as string), later(1));
    const second = await syncedIndex(library, (await library.entries()).items);
    expect(second).toMatchObject({ added: 1, dropped: 0 });
    expect(search(second.index, 'Pritzker').map((h) => h.key)).toEqual([key]);
    await library.remove(key);
    const third = await syncedIndex(library, (await library.entries()).items);
    expect(third).toMatchObject({ added: 0, dropped: 1 });
    expect(search(third.index, 'Pritzker')).toEqual([]);
    expect(await syncedIndex(library, (await library.entries()).items)).toMatchObject({ added: 0, dropped: 0 });
  });
});
