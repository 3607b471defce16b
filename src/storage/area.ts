/**
 * The storage areas as the storage module sees them: the few calls it uses, so tests can
 * hand it an in-memory area with the same quotas, and one place that knows the limits.
 */
export interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Limits {
  /** Bytes the whole area may hold. */
  total: number;
  /** Bytes one item (key plus JSON value) may hold; storage.sync only. */
  perItem?: number;
}

/** storage.local holds 10 MB; storage.sync 100 KB in all and 8 KB per item. */
export const LOCAL_LIMITS: Limits = { total: 10 * 1024 * 1024 };
export const SYNC_LIMITS: Limits = { total: 100 * 1024, perItem: 8 * 1024 };

export interface Areas {
  local: Area;
  sync: Area;
}

/** How the browsers count an item against quota: the key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function areaBytes(items: Record<string, unknown>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(items)) bytes += itemBytes(key, value);
  return bytes;
}
