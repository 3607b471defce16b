/**
 * One stored setting as a page holds it: its default until storage answers, read again
 * whenever another page or tab changes it, and saved where it is kept.
 */
import { useEffect, useState } from 'preact/hooks';
import { watchRecords, type ExtensionStorage } from '../storage/index.js';
import type { RecordType } from '../storage/records.js';

export function useStoredSetting<T>(store: ExtensionStorage, type: RecordType<T>, fallback: T): [T, (next: T) => Promise<void>] {
  const [value, setValue] = useState<T>(fallback);
  // A setting is the one record of its type: its id is the default's.
  const id = type.idOf(fallback);
  useEffect(() => {
    const controller = new AbortController();
    const read = async (): Promise<void> => setValue((await store.getRecord(type, id)) ?? fallback);
    void read();
    watchRecords(type, () => void read(), controller.signal);
    return () => controller.abort();
  }, []);
  const save = async (next: T): Promise<void> => {
    setValue(next);
    await store.putRecord(type, next);
  };
  return [value, save];
}
