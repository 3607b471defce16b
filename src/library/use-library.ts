/**
 * The library as the page holds it: the database, every release's entry (newest first),
 * and the search index once it is brought up to date. `reload` reads the entries again
 * after a change (a delete, an import, a release recorded in another tab).
 */
import { useEffect, useState } from 'preact/hooks';
import { newestFirst, type LibraryEntry } from '../core/library/record.js';
import type { LibraryIndex } from '../core/library/search.js';
import { Library } from '../storage/library/library.js';
import { syncedIndex } from '../storage/library/search-index.js';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; library: Library; entries: LibraryEntry[]; unreadable: number; index: LibraryIndex | null; reload(): void };

/** Reading and validating every entry, as a performance measure the benchmark reads. */
export const ENTRIES_MEASURE = 'release-lens:library-entries';

const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export function useLibrary(): LibraryState {
  const [library, setLibrary] = useState<Library | null>(null);
  const [error, setError] = useState('');
  const [read, setRead] = useState<{ entries: LibraryEntry[]; unreadable: number } | null>(null);
  const [index, setIndex] = useState<LibraryIndex | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let open: Library | undefined;
    Library.open().then(
      (l) => {
        open = l;
        setLibrary(l);
      },
      (e: unknown) => setError(`The library could not be opened (${e instanceof Error ? e.message : String(e)}).`),
    );
    return () => open?.close();
  }, []);

  useEffect(() => {
    if (!library) return;
    let current = true;
    void (async () => {
      const start = performance.now();
      const { items, unreadable } = await library.entries();
      performance.measure(ENTRIES_MEASURE, { start, end: performance.now() });
      if (!current) return;
      const entries = items.sort(newestFirst);
      setRead({ entries, unreadable });
      // The list first: loading or building the index holds the page for a while at
      // thousands of releases, so it waits for the frame that paints the list.
      await afterPaint();
      if (!current) return;
      const { index: synced } = await syncedIndex(library, entries);
      if (current) setIndex(synced);
    })().catch((e: unknown) => current && setError(`The library could not be read (${e instanceof Error ? e.message : String(e)}).`));
    return () => {
      current = false;
    };
  }, [library, generation]);

  if (error) return { status: 'error', message: error };
  if (!library || !read) return { status: 'loading' };
  return { status: 'ready', library, ...read, index, reload: () => setGeneration((g) => g + 1) };
}
