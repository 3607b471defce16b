/** The panel's preferences (shortcuts on or off), stored in sync and shared with the options page. */
import { useEffect, useState } from 'preact/hooks';
import { watchRecords, type ExtensionStorage } from '../storage/index.js';
import { DEFAULT_PREFERENCES, PREFERENCES, savePreferences, type Preferences } from '../storage/settings.js';

export function usePreferences(store: ExtensionStorage): [Preferences, (next: Preferences) => Promise<void>] {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  useEffect(() => {
    const controller = new AbortController();
    const read = async (): Promise<void> => setPreferences((await store.getRecord(PREFERENCES, 'main')) ?? DEFAULT_PREFERENCES);
    void read();
    watchRecords(PREFERENCES, () => void read(), controller.signal);
    return () => controller.abort();
  }, []);
  const save = async (next: Preferences): Promise<void> => {
    setPreferences(next);
    await savePreferences(store, next);
  };
  return [preferences, save];
}
