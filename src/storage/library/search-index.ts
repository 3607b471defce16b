/**
 * The search index, kept in the library's database as a snapshot and brought up to date
 * when the library page opens: releases read (again) since are indexed, forgotten ones
 * dropped. Recording stays cheap for the page and the background; the index is a cache
 * that can always be built again from the records, so a snapshot that cannot be read or
 * saved costs time, never data.
 */
import type { LibraryEntry } from '../../core/library/record.js';
import { createIndex, loadIndex, SEARCH_FORMAT, searchDoc, type LibraryIndex } from '../../core/library/search.js';
import type { Library } from './library.js';

/** Texts are read this many at a time while indexing. */
const BATCH = 200;

export interface IndexSync {
  index: LibraryIndex;
  added: number;
  dropped: number;
}

export async function syncedIndex(library: Library, entries: readonly LibraryEntry[]): Promise<IndexSync> {
  const snapshot = await library.searchSnapshot().catch(() => undefined);
  let index: LibraryIndex | undefined;
  let stamps = new Map<string, string>();
  if (snapshot?.format === SEARCH_FORMAT) {
    try {
      index = loadIndex(snapshot.index);
      stamps = new Map(Object.entries(snapshot.stamps));
    } catch {
      index = undefined;
    }
  }
  index ??= createIndex();
  const current = new Map(entries.map((e) => [e.key, e.lastRead]));
  let dropped = 0;
  for (const [key, stamp] of [...stamps]) {
    if (current.get(key) === stamp) continue;
    if (index.has(key)) index.discard(key);
    stamps.delete(key);
    dropped++;
  }
  const missing = entries.filter((e) => !stamps.has(e.key));
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH);
    const texts = await library.passages(batch.map((e) => e.key));
    for (const entry of batch) {
      const text = texts.get(entry.key);
      if (text === undefined) continue;
      if (index.has(entry.key)) index.discard(entry.key);
      index.add(searchDoc(entry, { text }));
      stamps.set(entry.key, entry.lastRead);
    }
  }
  const added = missing.length;
  if (added || dropped) {
    await library.saveSearchSnapshot({ id: 'search', format: SEARCH_FORMAT, stamps: Object.fromEntries(stamps), index: JSON.stringify(index) }).catch(() => undefined);
  }
  return { index, added, dropped };
}
