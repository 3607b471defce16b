/**
 * The library as the page holds it: the database, every release's entry (newest first),
 * and the search index once it is brought up to date. On opening, the newest releases
 * come first (`complete` false) and the rest after the frame that paints them. `reload`
 * reads the entries again after a change (a delete, an import, a release recorded in
 * another tab).
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryEntry } from '../core/library/record.js';
import type { LibraryIndex } from '../core/library/search.js';
import { Library } from '../storage/library/library.js';
import { syncedIndex } from '../storage/library/search-index.js';
import { errorText } from '../core/error-text.js';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      library: Library;
      entries: LibraryEntry[];
      /** How many releases there are: while incomplete, how many records are stored. */
      total: number;
      /** False while only the newest `FIRST_READ` entries are read. */
      complete: boolean;
      unreadable: number;
      index: LibraryIndex | null;
      reload(): void;
    };

/** The newest releases read before the list first paints: its first page. */
export const FIRST_READ = 50;

/** Reading and validating every entry (the first page painted in between), as a performance measure the benchmark reads. */
export const ENTRIES_MEASURE = 'release-lens:library-entries';

const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export function useLibrary(): LibraryState {
  const [library, setLibrary] = useState<Library | null>(null);
  const [error, setError] = useState('');
  const [read, setRead] = useState<{ entries: LibraryEntry[]; total: number; complete: boolean; unreadable: number } | null>(null);
  const [index, setIndex] = useState<LibraryIndex | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let open: Library | undefined;
    Library.open().then(
      (l) => {
        open = l;
        setLibrary(l);
      },
      (e: unknown) => setError(`The library could not be opened (${errorText(e)}).`),
    );
    return () => open?.close();
  }, []);

  useEffect(() => {
    if (!library) return;
    let current = true;
    void (async () => {
      const start = performance.now();
      // Only on opening: a reload keeps what is shown until the whole is read.
      const { total, head, rest } = await library.entriesNewestFirst(generation === 0 ? FIRST_READ : Infinity);
      if (!current) return;
      if (total > FIRST_READ && generation === 0) {
        setRead({ entries: head.items, total, complete: false, unreadable: head.unreadable });
        await afterPaint();
        if (!current) return;
      }
      const tail = rest();
      const entries = [...head.items, ...tail.items];
      setRead({ entries, total: entries.length, complete: true, unreadable: head.unreadable + tail.unreadable });
      performance.measure(ENTRIES_MEASURE, { start, end: performance.now() });
      // The list first: loading or building the index holds the page for a while at
      // thousands of releases, so it waits for the frame that paints the list.
      await afterPaint();
      if (!current) return;
      const { index: synced } = await syncedIndex(library, entries);
      if (current) setIndex(synced);
    })().catch((e: unknown) => current && setError(`The library could not be read (${errorText(e)}).`));
    return () => {
      current = false;
    };
  }, [library, generation]);

  if (error) return { status: 'error', message: error };
  if (!library || !read) return { status: 'loading' };
  return { status: 'ready', library, ...read, index, reload: () => setGeneration((g) => g + 1) };
}
