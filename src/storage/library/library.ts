/**
 * The library of releases read, in IndexedDB in the extension's origin (through `idb`,
 * a thin promise wrapper). A release is written in one transaction over its entry, text
 * and figures, so a failed write (a full disk, a quota) leaves nothing half-written, and
 * two tabs recording at once are put one after the other by the database. Reads
 * validate every record: one that fails is skipped and counted, the rest are used.
 */
import { openDB } from 'idb';
import { mergeRelease, restoredRelease, type LibraryFile } from '../../core/library/library-file.js';
import { newestFirst, storedRelease, type LibraryEntry, type Recording, type StoredRelease } from '../../core/library/record.js';
import type { LibraryFigure } from '../../core/library/series.js';
import { StorageError } from '../errors.js';
import { readVersioned, type VersionedShape } from '../versioned.js';
import { DB_VERSION, LIBRARY_DB, PASSAGE_SHAPE, RELEASE_STORES, SHAPES, UPGRADES, type LibraryDb, type SearchSnapshot, type Stored, type WriteTx } from './schema.js';

export interface Read<T> {
  items: T[];
  /** How many stored records could not be read (damaged, or from a newer Release Lens); they stay stored. */
  unreadable: number;
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Why a write failed, in words a reader can act on. */
export function writeError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StorageError(
      'quota',
      'Not saved: there is no room left for the library (the disk or the browser’s storage is full). Nothing was half-written. Delete releases you no longer need, or keep them for fewer months.',
    );
  }
  return new StorageError('write', `Not saved: the library could not be written (${message}). Nothing was half-written.`);
}

function sealed<T>(shape: VersionedShape<T>, value: T): Stored<T> {
  return { schemaVersion: shape.version, value: shape.schema.parse(value) };
}

function readAll<T>(shape: VersionedShape<T>, raws: readonly unknown[]): Read<T> {
  const items: T[] = [];
  let unreadable = 0;
  for (const raw of raws) {
    const read = readVersioned(shape, raw);
    if (read.ok) items.push(read.value);
    else unreadable++;
  }
  return { items, unreadable };
}

/**
 * Issues a transaction's requests and waits for them. When one fails, the transaction
 * aborts and the rest reject too: those rejections are expected, not left unhandled.
 */
async function requests<T>(make: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const pending: Promise<T>[] = [];
  try {
    for (const issue of make) pending.push(issue());
  } finally {
    for (const p of pending) p.catch(() => undefined);
  }
  return Promise.all(pending);
}

/** Runs a write transaction; any failure aborts it, so none of its writes land. */
async function writing<T>(db: LibraryDb, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(RELEASE_STORES, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the database itself.
    }
    await tx.done.catch(() => undefined);
    throw writeError(e);
  }
}

export class Library {
  private constructor(private readonly db: LibraryDb) {}

  static async open(name = LIBRARY_DB): Promise<Library> {
    let db: LibraryDb | undefined = undefined;
    db = await openDB(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]?.(database, tx);
      },
      // A newer Release Lens in another context wants to upgrade the database: step aside.
      blocking: () => db?.close(),
    });
    return new Library(db);
  }

  close(): void {
    this.db.close();
  }

  /** Records a release read at `now`; one read before keeps its first-read date. */
  async record(recording: Recording, now: Date): Promise<{ key: string; created: boolean }> {
    const fresh = storedRelease(recording, now);
    return writing(this.db, async (tx) => {
      const raw = await tx.objectStore('entries').get(fresh.entry.key);
      const previous = raw ? readVersioned(SHAPES.entries, raw) : undefined;
      const stored = previous?.ok ? { ...fresh, entry: { ...fresh.entry, firstRead: previous.value.firstRead } } : fresh;
      await putIn(tx, stored);
      return { key: stored.entry.key, created: !raw };
    });
  }

  async entries(): Promise<Read<LibraryEntry>> {
    return readAll(SHAPES.entries, await this.db.getAll('entries'));
  }

  /**
   * Every entry, newest first, validated in two steps: the first `first` at once (what
   * the list paints first), the rest when asked, so a library of thousands paints about
   * as soon as one of fifty. The order is read from the stored dates as strings; a record
   * that does not validate is left out (and counted) either way.
   */
  async entriesNewestFirst(first: number): Promise<{ total: number; head: Read<LibraryEntry>; rest(): Read<LibraryEntry> }> {
    const raws = (await this.db.getAll('entries')).sort((a, b) => newestFirst(storedDates(a), storedDates(b)));
    return { total: raws.length, head: readAll(SHAPES.entries, raws.slice(0, first)), rest: () => readAll(SHAPES.entries, raws.slice(first)) };
  }

  /**
   * The words of some releases' texts (for sentences to show, link to and index), in one
   * transaction; their findings are neither validated nor kept. A missing or unreadable
   * text is absent from the map.
   */
  async passages(keys: readonly string[]): Promise<Map<string, string>> {
    const tx = this.db.transaction('texts');
    const raws = await Promise.all(keys.map((k) => tx.store.get(k)));
    await tx.done;
    return new Map(readAll(PASSAGE_SHAPE, raws.filter(Boolean)).items.map((t) => [t.key, t.text]));
  }

  async figures(seriesKey: string): Promise<Read<LibraryFigure>> {
    return readAll(SHAPES.figures, await this.db.getAllFromIndex('figures', 'seriesKey', seriesKey));
  }

  /** Forgets one release: its entry, text and figures. */
  async remove(key: string): Promise<void> {
    await writing(this.db, async (tx) => {
      await forget(tx, key);
    });
  }

  /** Forgets every release last read before `cutoff`, in one transaction; resolves with how many. */
  async removeReadBefore(cutoff: Date): Promise<number> {
    return writing(this.db, async (tx) => {
      const keys = await tx.objectStore('entries').index('lastRead').getAllKeys(IDBKeyRange.upperBound(cutoff.toISOString(), true));
      for (const key of keys) await forget(tx, key);
      return keys.length;
    });
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction([...RELEASE_STORES, 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('texts').clear(), tx.objectStore('figures').clear(), tx.objectStore('meta').clear()]);
    await tx.done;
  }

  /** Every release, whole, for the export; a release whose text cannot be read counts as unreadable. */
  async exportReleases(): Promise<Read<Pick<StoredRelease, 'entry' | 'text'>>> {
    const tx = this.db.transaction(['entries', 'texts']);
    const [entries, texts] = await Promise.all([tx.objectStore('entries').getAll(), tx.objectStore('texts').getAll()]);
    await tx.done;
    const readEntries = readAll(SHAPES.entries, entries);
    const byKey = new Map(readAll(SHAPES.texts, texts).items.map((t) => [t.key, t]));
    const items = readEntries.items.flatMap((entry) => {
      const text = byKey.get(entry.key);
      return text ? [{ entry, text }] : [];
    });
    return { items, unreadable: readEntries.unreadable + readEntries.items.length - items.length };
  }

  /**
   * Merges a parsed file in one transaction: all of it lands, or (on any failure) none of
   * it. Its requests are issued together rather than one release after another, which
   * at thousands of releases is the difference between seconds and a minute.
   */
  async importFile(file: LibraryFile): Promise<ImportResult> {
    const incoming = new Map<string, StoredRelease>();
    for (const release of file.releases.map(restoredRelease)) {
      // A file naming a release twice: the later reading, as when importing it twice.
      const twice = incoming.get(release.entry.key);
      const merge = twice ? mergeRelease(twice.entry, release) : undefined;
      if (!twice) incoming.set(release.entry.key, release);
      else if (merge?.action === 'replace') incoming.set(release.entry.key, merge.release);
      else if (merge?.action === 'first-read') incoming.set(release.entry.key, { ...twice, entry: { ...twice.entry, firstRead: merge.firstRead } });
    }
    return writing(this.db, async (tx) => {
      const entries = tx.objectStore('entries');
      const releases = [...incoming.values()];
      const raws = await requests(releases.map((r) => () => entries.get(r.entry.key)));
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      const writes: Array<() => Promise<unknown>> = [];
      releases.forEach((release, i) => {
        const raw = raws[i];
        const read = raw ? readVersioned(SHAPES.entries, raw) : undefined;
        const merge = mergeRelease(read?.ok ? read.value : undefined, release);
        if (merge.action === 'keep') result.unchanged++;
        else if (merge.action === 'add') result.added++;
        else result.updated++;
        if (merge.action === 'add' || merge.action === 'replace') writes.push(() => putIn(tx, merge.release));
        else if (merge.action === 'first-read' && read?.ok) writes.push(() => entries.put(sealed(SHAPES.entries, { ...read.value, firstRead: merge.firstRead })));
      });
      await requests(writes);
      return result;
    });
  }

  async searchSnapshot(): Promise<SearchSnapshot | undefined> {
    return this.db.get('meta', 'search');
  }

  async saveSearchSnapshot(snapshot: SearchSnapshot): Promise<void> {
    try {
      await this.db.put('meta', snapshot);
    } catch (e) {
      throw writeError(e);
    }
  }
}

/** A stored entry's dates for ordering, whatever the record holds. */
function storedDates(raw: unknown): { published?: string; lastRead: string } {
  const value = typeof raw === 'object' && raw !== null && 'value' in raw ? (raw.value as { published?: unknown; lastRead?: unknown } | null) : null;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return { ...(typeof value?.published === 'string' ? { published: value.published } : {}), lastRead: text(value?.lastRead) };
}

async function removeFigures(tx: WriteTx, key: string): Promise<void> {
  const figures = tx.objectStore('figures');
  const ids = await figures.index('releaseKey').getAllKeys(key);
  await requests(ids.map((id) => () => figures.delete(id)));
}

async function forget(tx: WriteTx, key: string): Promise<void> {
  await requests([() => tx.objectStore('entries').delete(key), () => tx.objectStore('texts').delete(key), () => removeFigures(tx, key)]);
}

async function putIn(tx: WriteTx, stored: StoredRelease): Promise<void> {
  const entry = sealed(SHAPES.entries, stored.entry);
  const text = sealed(SHAPES.texts, stored.text);
  const figures = stored.figures.map((f) => sealed(SHAPES.figures, f));
  await removeFigures(tx, stored.entry.key);
  const figureStore = tx.objectStore('figures');
  await requests([() => tx.objectStore('entries').put(entry), () => tx.objectStore('texts').put(text), ...figures.map((f) => () => figureStore.put(f))]);
}
