/** Telling a context when records of a type change in another one (tab, panel, options). */
import { onStorageChanged } from '../platform/browser.js';
import type { RecordType } from './records.js';

/** Calls `onChange` with the ids that changed; stops when `signal` aborts. */
export function watchRecords(type: RecordType<unknown>, onChange: (ids: string[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName !== type.area) return;
    const ids = Object.keys(changes)
      .filter((key) => key.startsWith(`${type.prefix}:`))
      .map((key) => key.slice(type.prefix.length + 1));
    if (ids.length) onChange(ids);
  };
  onStorageChanged(listener, signal);
}
