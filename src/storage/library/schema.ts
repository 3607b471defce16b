/**
 * The library's IndexedDB database: its object stores, its structural version and the
 * upgrades between versions, and the version of the records inside (each stored as
 * `{schemaVersion, value}`, read through the same migrate-then-validate path as the rest
 * of storage, so a record's shape can change without a database upgrade).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as z from 'zod';
import { LibraryEntry, LibraryText } from '../../core/library/record.js';
import { LibraryFigure } from '../../core/library/series.js';
import type { Envelope, Migration, VersionedShape } from '../versioned.js';

export const LIBRARY_DB = 'release-lens-library';

/** Stored records of one type: the current shape and the migrations from older ones. */
function shape<T>(schema: z.ZodType<T>, migrations: readonly Migration[] = []): VersionedShape<T> {
  return { schema, migrations, version: migrations.length + 1 };
}

export const SHAPES = {
  entries: shape(LibraryEntry),
  texts: shape(LibraryText),
  figures: shape(LibraryFigure),
};

/** A stored text read for its words alone (a sentence to show or link to): its findings are neither validated nor kept. */
export const PASSAGE_SHAPE: VersionedShape<Pick<LibraryText, 'key' | 'text'>> = { ...SHAPES.texts, schema: LibraryText.pick({ key: true, text: true }) };

export interface Stored<T> extends Envelope {
  value: T;
}

/** A cache the library can always build again from the records: the search index. */
export const SearchSnapshot = z.object({
  id: z.literal('search'),
  /** The index's own layout; another one is built again rather than read. */
  format: z.string(),
  /** Each indexed release's last reading, so a release read again is indexed again. */
  stamps: z.record(z.string(), z.string()),
  index: z.string(),
});
export type SearchSnapshot = z.infer<typeof SearchSnapshot>;

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: Stored<LibraryEntry>; indexes: { lastRead: string } };
  texts: { key: string; value: Stored<LibraryText> };
  figures: { key: string; value: Stored<LibraryFigure>; indexes: { seriesKey: string; releaseKey: string } };
  meta: { key: string; value: SearchSnapshot };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
export const RELEASE_STORES = ['entries', 'texts', 'figures'] as const;
export type WriteTx = IDBPTransaction<LibrarySchema, (typeof RELEASE_STORES)[number][], 'readwrite'>;
type Upgrade = (db: LibraryDb, tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>) => void;

/** UPGRADES[i] takes the database from version i to i + 1; each runs once, in order. */
export const UPGRADES: readonly Upgrade[] = [
  (db) => {
    db.createObjectStore('entries', { keyPath: 'value.key' }).createIndex('lastRead', 'value.lastRead');
    db.createObjectStore('texts', { keyPath: 'value.key' });
    const figures = db.createObjectStore('figures', { keyPath: 'value.id' });
    figures.createIndex('seriesKey', 'value.seriesKey');
    figures.createIndex('releaseKey', 'value.releaseKey');
    db.createObjectStore('meta', { keyPath: 'id' });
  },
];
export const DB_VERSION = UPGRADES.length;
