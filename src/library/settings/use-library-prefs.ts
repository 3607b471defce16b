/** The library's settings as a page holds them, kept in step with the other pages that change them. */
import { useEffect, useState } from 'preact/hooks';
import { watchRecords, type ExtensionStorage } from '../../storage/index.js';
import { DEFAULT_LIBRARY_PREFS, LIBRARY_PREFS, loadLibraryPrefs, saveLibraryPrefs, type LibraryPrefs } from '../../storage/library/prefs.js';

export function useLibraryPrefs(store: ExtensionStorage): [LibraryPrefs, (next: LibraryPrefs) => Promise<void>] {
  const [prefs, setPrefs] = useState<LibraryPrefs>(DEFAULT_LIBRARY_PREFS);
  useEffect(() => {
    const controller = new AbortController();
    const read = async (): Promise<void> => setPrefs(await loadLibraryPrefs(store));
    void read();
    watchRecords(LIBRARY_PREFS, () => void read(), controller.signal);
    return () => controller.abort();
  }, []);
  const save = async (next: LibraryPrefs): Promise<void> => {
    setPrefs(next);
    await saveLibraryPrefs(store, next);
  };
  return [prefs, save];
}
